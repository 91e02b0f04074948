// Spot checks of the committed JSON against published figures (shared/data/FACTS.md),
// structural checks, and the gzip budget.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fedHoldings,
  loadDataset,
  net,
  netSeries,
  positions10y,
  positionsAll,
  ratesWindow,
  toRows,
  valueOn,
  yields2020,
  type DatasetId,
} from '../../../src/data/index.ts';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src', 'data');
const FILES: DatasetId[] = ['positions-10y', 'positions-all', 'rates-stress', 'yields-2020', 'fed-holdings'];

const sep = ratesWindow('sep2019');
const mar = ratesWindow('mar2020');

describe('published figures reproduced from the committed JSON', () => {
  it('SOFR 2.43 on 2019-09-16 and 5.25 on 2019-09-17; EFFR 2.30 on 2019-09-17', () => {
    expect(valueOn(sep.date, sep.sofr, '2019-09-16')).toBe(2.43);
    expect(valueOn(sep.date, sep.sofr, '2019-09-17')).toBe(5.25);
    expect(valueOn(sep.date, sep.effr, '2019-09-17')).toBe(2.3);
    // EFFR above the 2.00–2.25 range; SOFR 300 bp above its top
    expect(valueOn(sep.date, sep.targetUpper, '2019-09-17')).toBe(2.25);
    expect(valueOn(sep.date, sep.sofrMinusTopBp, '2019-09-17')).toBe(300);
    expect(valueOn(sep.date, sep.sofrMinusEffrBp, '2019-09-17')).toBe(295);
  });
  it('March 2020: SOFR 0.54 and EFFR 0.25 on 2020-03-17 against a 0–0.25 range', () => {
    expect(valueOn(mar.date, mar.sofr, '2020-03-17')).toBe(0.54);
    expect(valueOn(mar.date, mar.effr, '2020-03-16')).toBe(0.25);
    expect(valueOn(mar.date, mar.targetUpper, '2020-03-17')).toBe(0.25);
    expect(valueOn(mar.date, mar.targetUpper, '2020-03-13')).toBe(1.25);
    expect(valueOn(mar.date, mar.sofrMinusTopBp, '2020-03-17')).toBe(29);
  });
  it('holidays are null, not dropped or interpolated', () => {
    expect(sep.date).toContain('2019-09-02');
    expect(valueOn(sep.date, sep.sofr, '2019-09-02')).toBeNull();
    expect(valueOn(mar.date, mar.sofr, '2020-02-17')).toBeNull();
    expect(valueOn(mar.date, mar.effr, '2020-02-17')).toBeNull();
    expect(valueOn(mar.date, mar.sofr, '2020-04-10')).toBeNull(); // Good Friday: no SOFR
  });
  it('10-year CMT 0.54 on 2020-03-09 and 1.18 on 2020-03-18; 2-year 0.38 and 0.54', () => {
    expect(valueOn(yields2020.date, yields2020.dgs10, '2020-03-09')).toBe(0.54);
    expect(valueOn(yields2020.date, yields2020.dgs10, '2020-03-18')).toBe(1.18);
    expect(valueOn(yields2020.date, yields2020.dgs2, '2020-03-09')).toBe(0.38);
    expect(valueOn(yields2020.date, yields2020.dgs2, '2020-03-18')).toBe(0.54);
    expect(yields2020.date[0] >= '2020-02-01' && yields2020.date.at(-1)! <= '2020-04-30').toBe(true);
  });
  it('TREAST ≈ $2,523bn on 2020-03-11 and ≈ $3,971bn on 2020-04-29', () => {
    expect(valueOn(fedHoldings.date, fedHoldings.treastBn, '2020-03-11')).toBeCloseTo(2523, 0);
    expect(valueOn(fedHoldings.date, fedHoldings.treastBn, '2020-04-29')).toBeCloseTo(3971.4, 1);
    expect(fedHoldings.date[0]).toBe('2019-01-02');
    expect(fedHoldings.date.at(-1)).toBe('2021-06-02');
  });
  it('10-year TFF leveraged-fund short 1,245,886 contracts on 2020-03-03 (net −747,333)', () => {
    const i = positions10y.date.indexOf('2020-03-03');
    expect(positions10y.levShort[i]).toBe(1_245_886);
    expect(positions10y.levShortBn[i]).toBe(124.6);
    expect(net(positions10y.levLong[i], positions10y.levShort[i])).toBe(-747_333);
    expect(valueOn(positions10y.date, positions10y.levShort, '2020-04-28')).toBe(956_439);
    expect(Math.max(...positions10y.levShort)).toBe(3_033_973); // 2025-11-25, FACTS.md §6
  });
  it('all-contract leveraged-fund short ≈ $749bn on 2020-03-03 and ≈ $554bn on 2020-04-28', () => {
    const at = (d: string) => valueOn(positionsAll.date, positionsAll.levShortBn, d)!;
    expect(at('2020-03-03')).toBeCloseTo(749, -1);
    expect(Math.abs(at('2020-03-03') / 749 - 1)).toBeLessThan(0.01);
    expect(Math.abs(at('2020-04-28') / 554 - 1)).toBeLessThan(0.01);
    // OFR Brief 20-01: about $774bn (Feb 18) → $684bn (Mar 17)
    expect(Math.abs(at('2020-02-18') / 774 - 1)).toBeLessThan(0.01);
    expect(Math.abs(at('2020-03-17') / 684 - 1)).toBeLessThan(0.01);
  });
  it('all-contract short vs FEDS Notes Table 1 ($745.52bn on 2019-01-31): documented discrepancy', () => {
    // The nearest report (2019-01-29) gives $673.0bn, about 10% below the Fed note's figure
    // ("contract notional"; its exact construction is not stated). Two weeks later the CFTC-based
    // series reaches the Fed's level (2019-02-12 $734.4bn, 2019-02-19 $732.2bn, within 2%).
    // Chapters should quote the Fed's number as the Fed's and ours as "computed from CFTC data".
    const at = (d: string) => valueOn(positionsAll.date, positionsAll.levShortBn, d)!;
    expect(at('2019-01-29')).toBe(673);
    const rel = at('2019-01-29') / 745.52 - 1;
    expect(rel).toBeGreaterThan(-0.12);
    expect(rel).toBeLessThan(-0.08);
    const feb = ['2019-02-05', '2019-02-12', '2019-02-19', '2019-02-26'].map(at);
    expect(Math.abs(Math.max(...feb) / 745.52 - 1)).toBeLessThan(0.02);
  });
});

describe('structure', () => {
  const columnar = (o: Record<string, unknown>) => Object.entries(o).filter(([k]) => k !== 'meta' && k !== 'windows' && Array.isArray(o[k]));
  it('every dataset has meta and equal-length columns', () => {
    for (const id of FILES) {
      const d = loadDataset(id) as unknown as Record<string, unknown>;
      const meta = d.meta as Record<string, unknown>;
      for (const k of ['title', 'publisher', 'seriesIds', 'units', 'dateRange', 'derivation', 'sourceFiles']) expect(meta, `${id}.meta.${k}`).toHaveProperty(k);
      const groups = id === 'rates-stress' ? (d.windows as Record<string, unknown>[]) : [d];
      for (const g of groups) {
        const cols = columnar(g);
        expect(cols.length).toBeGreaterThan(1);
        const n = (g.date as unknown[]).length;
        for (const [k, v] of cols) expect((v as unknown[]).length, `${id}.${k}`).toBe(n);
        const dates = g.date as string[];
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(n);
      }
    }
  });
  it('positions-10y: weekly from the first report of 2010, shorts positive, Bn = contracts / 10,000', () => {
    expect(positions10y.date[0]).toBe('2010-01-05');
    for (const k of ['levLong', 'levShort', 'amLong', 'amShort'] as const) {
      expect(positions10y[k].every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      const bn = positions10y[`${k}Bn`];
      positions10y[k].forEach((c, i) => expect(Math.abs(bn[i] - c / 10_000)).toBeLessThanOrEqual(0.05 + 1e-9));
    }
  });
  it('positions-all: gaps are explicit null rows (2016, Mar–Dec 2023, Aug–Dec 2024, May–Dec 2025)', () => {
    const gaps = positionsAll.meta.gaps.map((g) => [g.from.slice(0, 7), g.to.slice(0, 7)]);
    expect(gaps).toEqual([
      ['2016-01', '2016-12'],
      ['2023-03', '2023-12'],
      ['2024-07', '2024-12'],
      ['2025-05', '2025-12'],
    ]);
    for (const g of positionsAll.meta.gaps) {
      const a = positionsAll.date.indexOf(g.from);
      const b = positionsAll.date.indexOf(g.to);
      expect(b - a + 1).toBe(g.weeks);
      for (let i = a; i <= b; i++) expect(positionsAll.levShortBn[i]).toBeNull();
    }
    expect(valueOn(positionsAll.date, positionsAll.levShortBn, '2016-06-07')).toBeNull();
    expect(positionsAll.meta.incompleteWeeks).toEqual([]);
    // consecutive rows are about a week apart, so a chart can assume a weekly grid
    for (let i = 1; i < positionsAll.date.length; i++) {
      const days = (Date.parse(positionsAll.date[i]) - Date.parse(positionsAll.date[i - 1])) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(5);
      expect(days).toBeLessThanOrEqual(9);
    }
  });
  it('helpers: netSeries and toRows', () => {
    expect(netSeries([10, null], [4, 1])).toEqual([6, null]);
    const rows = toRows(yields2020, ['date', 'dgs10']);
    expect(rows.length).toBe(yields2020.date.length);
    expect(rows.find((r) => r.date === '2020-03-09')?.dgs10).toBe(0.54);
  });
  it('no Chinese text in the data files', () => {
    for (const id of FILES) expect(readFileSync(join(DATA_DIR, `${id}.json`), 'utf8')).not.toMatch(/[\u3400-\u9fff]/);
    for (const f of ['index.ts', 'facts.ts']) expect(readFileSync(join(DATA_DIR, f), 'utf8')).not.toMatch(/[\u3400-\u9fff]/);
  });
});

describe('size budget (gzip)', () => {
  const PAGE_BUDGET = 60_000;
  const sizes = Object.fromEntries(
    FILES.map((id) => {
      const buf = readFileSync(join(DATA_DIR, `${id}.json`));
      return [id, { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length }];
    }),
  );
  it('prints sizes and keeps every file small', () => {
    console.table(sizes);
    for (const id of FILES) expect(sizes[id].gzip, id).toBeLessThan(30_000);
  });
  it('all datasets together stay within one page budget of 60 kB gzip', () => {
    const total = FILES.reduce((s, id) => s + sizes[id].gzip, 0);
    console.log(`all datasets: ${total} B gzip (budget ${PAGE_BUDGET} B per chapter page)`);
    expect(total).toBeLessThanOrEqual(PAGE_BUDGET);
  });
});
