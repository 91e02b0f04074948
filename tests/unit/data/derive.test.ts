// Pure derivation functions on tiny synthetic inputs.
import { describe, expect, it } from 'vitest';
import {
  CONTRACT_FACE_USD,
  addDays,
  contractsToFaceBn,
  derivePositions10y,
  derivePositionsAll,
  deriveRatesStress,
  deriveFedHoldings,
  deriveYields2020,
  netPosition,
  parseCsv,
  parseNumber,
  round,
  serialize,
  shortMagnitude,
  spreadBp,
  targetRangeOn,
} from '../../../scripts/lib/derive.mjs';

const ALL_HEADER =
  'Report_Date,CFTC_Contract_Market_Code,Contract,Market_and_Exchange_Names,Open_Interest_All,Dealer_Positions_Long_All,Dealer_Positions_Short_All,Dealer_Positions_Spread_All,Asset_Mgr_Positions_Long_All,Asset_Mgr_Positions_Short_All,Asset_Mgr_Positions_Spread_All,Lev_Money_Positions_Long_All,Lev_Money_Positions_Short_All,Lev_Money_Positions_Spread_All,Other_Rept_Positions_Long_All,Other_Rept_Positions_Short_All,Other_Rept_Positions_Spread_All,NonRept_Positions_Long_All,NonRept_Positions_Short_All,Source';
const LABEL: Record<string, string> = {
  '042601': '2Y', '044601': '5Y', '043602': '10Y', '043607': 'ULTRA10Y', '020601': 'BOND', '020604': 'ULTRABOND',
};
/** One source row: lev long/short and AM long/short in contracts. */
function allRow(date: string, code: string, levLong: number, levShort: number, amLong = 0, amShort = 0): string {
  return [date, code, LABEL[code], '"NAME, WITH COMMA"', 0, 0, 0, 0, amLong, amShort, 0, levLong, levShort, 0, 0, 0, 0, 0, 0, 'T'].join(',');
}
const SIX = ['042601', '044601', '043602', '043607', '020601', '020604'];

describe('parsing', () => {
  it('parses CSV with quotes and CRLF', () => {
    const { header, rows } = parseCsv('a,b\r\n"x, y",2\r\n"q""q",\r\n');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([['x, y', '2'], ['q"q', '']]);
  });
  it('treats blank and "." as missing', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('.')).toBeNull();
    expect(parseNumber(' 5087157.0 ')).toBe(5087157);
    expect(() => parseNumber('abc')).toThrow(RangeError);
  });
  it('rounds half away from zero and never yields -0', () => {
    expect(round(0.05, 1)).toBe(0.1);
    expect(round(-0.05, 1)).toBe(-0.1);
    expect(Object.is(round(-0.01, 1), 0)).toBe(true);
    expect(round(null, 1)).toBeNull();
  });
});

describe('contract sizes when summing to face value', () => {
  it('uses $200,000 for the 2-year note and $100,000 for the five others', () => {
    expect(CONTRACT_FACE_USD['042601']).toBe(200_000);
    for (const c of ['044601', '043602', '043607', '020601', '020604'] as const) expect(CONTRACT_FACE_USD[c]).toBe(100_000);
    expect(contractsToFaceBn(10_000, 200_000)).toBe(2);
    expect(contractsToFaceBn(10_000, 100_000)).toBe(1);
  });

  it('sums a synthetic week with per-contract face sizes', () => {
    // 2Y: 10,000 contracts short = $2.0bn; every other contract 10,000 short = $1.0bn each → $7.0bn.
    const csv = [ALL_HEADER, ...SIX.map((c) => allRow('2020-03-03', c, c === '042601' ? 5_000 : 1_000, 10_000, 20_000, 3_000))].join('\n');
    const d = derivePositionsAll(csv);
    expect(d.date).toEqual(['2020-03-03']);
    expect(d.levShortBn).toEqual([7]);
    // long: 2Y 5,000 × $200k = $1.0bn, others 1,000 × $100k × 5 = $0.5bn
    expect(d.levLongBn).toEqual([1.5]);
    // AM long: 2Y 20,000 × $200k = $4bn + 5 × $2bn = $14bn; AM short: 2Y $0.6bn + 5 × $0.3bn = $2.1bn
    expect(d.amLongBn).toEqual([14]);
    expect(d.amShortBn).toEqual([2.1]);
  });

  it('nulls a week in which an expected contract is missing (no partial sums)', () => {
    const rows = [
      ...SIX.map((c) => allRow('2020-03-03', c, 0, 10_000)),
      ...SIX.filter((c) => c !== '020604').map((c) => allRow('2020-03-10', c, 0, 10_000)),
    ];
    const d = derivePositionsAll([ALL_HEADER, ...rows].join('\n'));
    expect(d.date).toEqual(['2020-03-03', '2020-03-10']);
    expect(d.levShortBn).toEqual([7, null]);
    expect(d.meta.incompleteWeeks).toEqual(['2020-03-10']);
  });

  it('treats five contracts as complete before Ultra 10Y was listed (2016-01-11)', () => {
    const rows = SIX.filter((c) => c !== '043607').map((c) => allRow('2015-06-02', c, 0, 10_000));
    const d = derivePositionsAll([ALL_HEADER, ...rows].join('\n'));
    expect(d.levShortBn).toEqual([6]);
  });

  it('fills missing weeks with explicit null rows and lists the gap', () => {
    const rows = [
      ...SIX.map((c) => allRow('2023-02-28', c, 0, 10_000)),
      ...SIX.map((c) => allRow('2023-03-28', c, 0, 20_000)),
    ];
    const d = derivePositionsAll([ALL_HEADER, ...rows].join('\n'));
    expect(d.date).toEqual(['2023-02-28', '2023-03-07', '2023-03-14', '2023-03-21', '2023-03-28']);
    expect(d.levShortBn).toEqual([7, null, null, null, 14]);
    expect(d.meta.gaps).toEqual([{ from: '2023-03-07', to: '2023-03-21', weeks: 3 }]);
  });

  it('does not treat a holiday-shifted report (Monday/Wednesday) as a gap', () => {
    const rows = [...SIX.map((c) => allRow('2018-12-18', c, 0, 1)), ...SIX.map((c) => allRow('2018-12-24', c, 0, 1)), ...SIX.map((c) => allRow('2018-12-31', c, 0, 1))];
    const d = derivePositionsAll([ALL_HEADER, ...rows].join('\n'));
    expect(d.date).toEqual(['2018-12-18', '2018-12-24', '2018-12-31']);
    expect(d.meta.gaps).toEqual([]);
  });

  it('rejects unknown contract codes and duplicates', () => {
    expect(() => derivePositionsAll([ALL_HEADER, allRow('2020-01-07', '043602', 0, 1), allRow('2020-01-07', '043602', 0, 1)].join('\n'))).toThrow(/duplicate/);
    expect(() => derivePositionsAll([ALL_HEADER, allRow('2020-01-07', '043602', 0, 1).replace('043602', '999999')].join('\n'))).toThrow(/unknown/);
  });
});

describe('sign convention of shorts', () => {
  const TFF_HEADER = 'date,all,am_long,am_short,am_net,lev_long,lev_short,lev_net';
  it('source negative → output positive magnitude; net = long − short', () => {
    const csv = [TFF_HEADER, '2020-03-03,4000000,1500000,-680995,819005,498553,-1245886,-747333'].join('\n');
    const d = derivePositions10y(csv, { from: '2010-01-01' });
    expect(d.levShort).toEqual([1_245_886]);
    expect(d.amShort).toEqual([680_995]);
    expect(d.levShort[0]).toBeGreaterThan(0);
    expect(netPosition(d.levLong[0], d.levShort[0])).toBe(-747_333);
    expect(netPosition(d.amLong[0], d.amShort[0])).toBe(819_005);
    // face value in $bn, $100k per contract, 0.1 precision
    expect(d.levShortBn).toEqual([124.6]);
    expect(d.levLongBn).toEqual([49.9]);
    expect(d.meta.derivation).toMatch(/positive magnitude/);
  });
  it('shortMagnitude rejects a positive source short (convention violated)', () => {
    expect(shortMagnitude(-5)).toBe(5);
    expect(Object.is(shortMagnitude(-0), 0)).toBe(true);
    expect(() => shortMagnitude(5)).toThrow(RangeError);
  });
  it('rejects a row whose stated net disagrees with long + short', () => {
    const csv = [TFF_HEADER, '2020-03-03,1,10,-5,5,10,-4,7'].join('\n');
    expect(() => derivePositions10y(csv)).toThrow(/lev_net/);
  });
  it('keeps only report dates from 2010-01 by default', () => {
    const csv = [TFF_HEADER, '2009-12-29,1,1,-1,0,1,-1,0', '2010-01-05,1,2,-1,1,1,-1,0'].join('\n');
    expect(derivePositions10y(csv).date).toEqual(['2010-01-05']);
  });
});

describe('rates, yields and holdings', () => {
  it('applies the FOMC target ranges by effective date', () => {
    expect(targetRangeOn('2019-09-17')).toEqual({ lower: 2, upper: 2.25 });
    expect(targetRangeOn('2019-09-19')).toEqual({ lower: 1.75, upper: 2 });
    expect(targetRangeOn('2019-10-31')).toEqual({ lower: 1.5, upper: 1.75 });
    expect(targetRangeOn('2020-03-03')).toEqual({ lower: 1.5, upper: 1.75 });
    expect(targetRangeOn('2020-03-04')).toEqual({ lower: 1, upper: 1.25 });
    expect(targetRangeOn('2020-03-13')).toEqual({ lower: 1, upper: 1.25 });
    expect(targetRangeOn('2020-03-16')).toEqual({ lower: 0, upper: 0.25 });
    expect(() => targetRangeOn('2019-07-01')).toThrow(RangeError);
  });
  it('computes spreads in integer basis points, null when a rate is missing', () => {
    expect(spreadBp(5.25, 2.3)).toBe(295);
    expect(spreadBp(0.54, 0.25)).toBe(29);
    expect(spreadBp(null, 2)).toBeNull();
  });
  it('aligns SOFR and EFFR on the union of dates; holidays become null', () => {
    const sofr = 'observation_date,SOFR\n2019-09-02,\n2019-09-17,5.25\n';
    const effr = 'DATE,EFFR\n2019-09-02,.\n2019-09-17,2.3\n2019-09-18,2.25\n';
    const r = deriveRatesStress(sofr, effr, [{ id: 'sep2019', from: '2019-09-01', to: '2019-09-30' }]);
    const w = r.windows[0];
    expect(w.date).toEqual(['2019-09-02', '2019-09-17', '2019-09-18']);
    expect(w.sofr).toEqual([null, 5.25, null]);
    expect(w.effr).toEqual([null, 2.3, 2.25]);
    expect(w.sofrMinusEffrBp).toEqual([null, 295, null]);
    expect(w.sofrMinusTopBp).toEqual([null, 300, null]);
    expect(w.targetUpper).toEqual([2.25, 2.25, 2.25]);
  });
  it('converts TREAST millions to billions (0.1) and keeps the date window', () => {
    const csv = 'DATE,TREAST\n2018-12-26,1\n2020-03-11,2523031\n2020-04-29,3971419.0\n2021-06-09,9\n';
    const d = deriveFedHoldings(csv);
    expect(d.date).toEqual(['2020-03-11', '2020-04-29']);
    expect(d.treastBn).toEqual([2523, 3971.4]);
  });
  it('yields: blank closes are null', () => {
    const d = deriveYields2020('observation_date,DGS10\n2020-02-14,1.59\n2020-02-17,\n', 'observation_date,DGS2\n2020-02-14,1.42\n2020-02-17,\n');
    expect(d.dgs10).toEqual([1.59, null]);
    expect(d.dgs2).toEqual([1.42, null]);
  });
});

describe('serialisation', () => {
  it('is stable: insertion key order, primitive arrays on one line, trailing newline', () => {
    const s = serialize({ b: 1, a: [1, null, 'x'], m: { z: 0.1 } });
    expect(s).toBe('{\n  "b": 1,\n  "a": [1,null,"x"],\n  "m": {\n    "z": 0.1\n  }\n}\n');
    expect(JSON.parse(s)).toEqual({ b: 1, a: [1, null, 'x'], m: { z: 0.1 } });
  });
  it('refuses non-finite numbers', () => {
    expect(() => serialize({ x: Number.NaN })).toThrow(RangeError);
  });
  it('addDays crosses month and year ends in UTC', () => {
    expect(addDays('2019-12-31', 7)).toBe('2020-01-07');
    expect(addDays('2020-02-25', 7)).toBe('2020-03-03');
  });
});
