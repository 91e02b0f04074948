// Running the derivation twice gives identical bytes, and the committed files equal a
// fresh derivation (when ../shared/data is available).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveAll } from '../../../scripts/lib/derive.mjs';
import { DEFAULT_OUT_DIR, defaultSharedDir, hasInputs, readInputs, run } from '../../../scripts/lib/io.mjs';

const sharedDir = defaultSharedDir();
const haveShared = hasInputs(sharedDir);
if (!haveShared) {
  console.warn(`[data] shared data not found at ${sharedDir} (set SHARED_DATA_DIR): skipping tests that re-derive from the sources.`);
}

describe('determinism', () => {
  it.skipIf(!haveShared)('two in-process runs into temp dirs give byte-identical files', () => {
    const a = mkdtempSync(join(tmpdir(), 'derive-a-'));
    const b = mkdtempSync(join(tmpdir(), 'derive-b-'));
    try {
      run({ sharedDir, outDir: a });
      run({ sharedDir, outDir: b });
      const names = readdirSync(a).sort();
      expect(names).toEqual(['fed-holdings.json', 'positions-10y.json', 'positions-all.json', 'rates-stress.json', 'yields-2020.json']);
      expect(readdirSync(b).sort()).toEqual(names);
      for (const n of names) expect(readFileSync(join(b, n)).equals(readFileSync(join(a, n))), n).toBe(true);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it.skipIf(!haveShared)('committed src/data/*.json equal a fresh derivation from shared/data (run `npm run data` if this fails)', () => {
    const fresh = deriveAll(readInputs(sharedDir));
    for (const [name, text] of Object.entries(fresh)) {
      expect(readFileSync(join(DEFAULT_OUT_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('deriveAll output does not depend on call order or time (synthetic inputs)', () => {
    const inputs = {
      tff10y: 'date,all,am_long,am_short,am_net,lev_long,lev_short,lev_net\n2020-03-03,1,2,-1,1,3,-5,-2\n',
      tffAll:
        'Report_Date,CFTC_Contract_Market_Code,Contract,Market_and_Exchange_Names,Open_Interest_All,Asset_Mgr_Positions_Long_All,Asset_Mgr_Positions_Short_All,Lev_Money_Positions_Long_All,Lev_Money_Positions_Short_All\n' +
        ['042601', '044601', '043602', '043607', '020601', '020604'].map((c) => `2020-03-03,${c},X,N,0,1,2,3,4`).join('\n'),
      sofr: 'observation_date,SOFR\n2019-09-17,5.25\n2020-03-17,0.54\n',
      effr: 'DATE,EFFR\n2019-09-17,2.3\n2020-03-17,0.25\n',
      dgs10: 'observation_date,DGS10\n2020-03-09,0.54\n',
      dgs2: 'observation_date,DGS2\n2020-03-09,0.38\n',
      treast: 'DATE,TREAST\n2020-03-11,2523031\n',
    };
    const first = deriveAll(inputs);
    const second = deriveAll({ ...inputs });
    expect(second).toEqual(first);
    for (const text of Object.values(first)) {
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/); // no timestamps
    }
  });
});
