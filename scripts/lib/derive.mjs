// Pure parsing / derivation functions for the site's datasets.
// No file I/O here: every function takes source text (or parsed rows) and returns plain
// objects, so the same code runs from `scripts/derive-data.mjs` and from Vitest.
//
// Conventions of the output (see src/data/README.md):
// - columnar: one array per field, all arrays of a dataset have the same length;
// - dates as "YYYY-MM-DD" strings; missing values as null (never interpolated);
// - positions: shorts are POSITIVE magnitudes in fields whose name contains "Short"
//   (the 10-year source file stores them as negative numbers); net = long - short;
// - face values in billions of USD rounded to 0.1; rates in percent rounded to 0.01;
//   spreads in basis points (integers).

/** Face value of one contract in USD, by CFTC contract market code. */
export const CONTRACT_FACE_USD = Object.freeze({
  '042601': 200000, // 2-Year T-Note
  '044601': 100000, // 5-Year T-Note
  '043602': 100000, // 10-Year T-Note
  '043607': 100000, // Ultra 10-Year T-Note
  '020601': 100000, // T-Bond
  '020604': 100000, // Ultra T-Bond
});

/** Short labels used in the source's `Contract` column, by code. */
export const CONTRACT_LABEL = Object.freeze({
  '042601': '2Y',
  '044601': '5Y',
  '043602': '10Y',
  '043607': 'ULTRA10Y',
  '020601': 'BOND',
  '020604': 'ULTRABOND',
});

/**
 * First report date from which a contract is expected in every weekly report.
 * Ultra 10-Year T-Note futures were launched by CME in January 2016 (first trade 2016-01-11),
 * so 2015 weeks are complete with five contracts.
 */
export const CONTRACT_EXPECTED_FROM = Object.freeze({
  '042601': '0000-01-01',
  '044601': '0000-01-01',
  '043602': '0000-01-01',
  '043607': '2016-01-11',
  '020601': '0000-01-01',
  '020604': '0000-01-01',
});

/**
 * FOMC target range for the federal funds rate, in percent, by first effective day.
 * Source: Federal Reserve Board, FOMC statements / "Open Market Operations" policy-rate table.
 */
export const FOMC_TARGET_RANGES = Object.freeze([
  { from: '2019-08-01', lower: 2.0, upper: 2.25, decided: '2019-07-31' },
  { from: '2019-09-19', lower: 1.75, upper: 2.0, decided: '2019-09-18' },
  { from: '2019-10-31', lower: 1.5, upper: 1.75, decided: '2019-10-30' },
  { from: '2020-03-04', lower: 1.0, upper: 1.25, decided: '2020-03-03' },
  { from: '2020-03-16', lower: 0.0, upper: 0.25, decided: '2020-03-15' },
]);

export const FOMC_SOURCE = Object.freeze({
  title: 'FOMC statements of 2019-07-31, 2019-09-18, 2019-10-30, 2020-03-03 and 2020-03-15; Open Market Operations (policy rate changes)',
  publisher: 'Board of Governors of the Federal Reserve System',
  url: 'https://www.federalreserve.gov/monetarypolicy/openmarket.htm',
});

// ---------------------------------------------------------------------------------------
// Parsing

/**
 * Minimal RFC 4180 CSV parser (quoted fields, CRLF or LF, trailing newline optional).
 * @param {string} text
 * @returns {{ header: string[], rows: string[][] }}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const records = [];
  /** @type {string[]} */
  let rec = [];
  let field = '';
  let i = 0;
  let inQuotes = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  while (i < s.length) {
    const c = s[i];
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      i++;
    } else if (c === ',') {
      rec.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      rec.push(field);
      field = '';
      records.push(rec);
      rec = [];
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || rec.length > 0) {
    rec.push(field);
    records.push(rec);
  }
  const nonEmpty = records.filter((r) => !(r.length === 1 && r[0].trim() === ''));
  if (nonEmpty.length === 0) throw new RangeError('parseCsv: empty input');
  const [header, ...rows] = nonEmpty;
  return { header: header.map((h) => h.trim()), rows };
}

/**
 * Parse a numeric cell. Blank and "." (FRED's missing marker) give null.
 * @param {string | undefined} cell
 * @returns {number | null}
 */
export function parseNumber(cell) {
  const t = (cell ?? '').trim();
  if (t === '' || t === '.') return null;
  const v = Number(t);
  if (!Number.isFinite(v)) throw new RangeError(`parseNumber: not a number: "${t}"`);
  return v;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** @param {string} d */
function checkDate(d) {
  if (!DATE_RE.test(d)) throw new RangeError(`bad date "${d}" (expected YYYY-MM-DD)`);
  return d;
}

/**
 * Read a two-column FRED-style file (date, value) into a sorted array.
 * @param {string} text
 * @returns {{ date: string, value: number | null }[]}
 */
export function parseDailySeries(text) {
  const { rows } = parseCsv(text);
  const out = rows.map((r) => ({ date: checkDate(r[0].trim()), value: parseNumber(r[1]) }));
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

/**
 * Rows of a CSV as objects keyed by header name.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function csvObjects(text) {
  const { header, rows } = parseCsv(text);
  return rows.map((r) => {
    /** @type {Record<string, string>} */
    const o = {};
    header.forEach((h, j) => {
      o[h] = (r[j] ?? '').trim();
    });
    return o;
  });
}

// ---------------------------------------------------------------------------------------
// Numbers and dates

/**
 * Round half away from zero to `digits` decimals; null stays null.
 * @param {number | null} x
 * @param {number} digits
 * @returns {number | null}
 */
export function round(x, digits) {
  if (x === null) return null;
  const f = 10 ** digits;
  const r = Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Face value in billions of USD of `contracts` contracts of a given face size.
 * @param {number} contracts
 * @param {number} faceUsd face value of one contract in USD
 */
export function contractsToFaceBn(contracts, faceUsd) {
  return (contracts * faceUsd) / 1e9;
}

/**
 * Short position from the source's sign convention (negative = short) to a positive magnitude.
 * Throws when the source value is positive (the source convention would have been violated).
 * @param {number} sourceShort
 */
export function shortMagnitude(sourceShort) {
  if (sourceShort > 0) throw new RangeError(`short position must be <= 0 in the source, got ${sourceShort}`);
  return sourceShort === 0 ? 0 : -sourceShort;
}

/** net = long - short, where short is a positive magnitude. */
export function netPosition(/** @type {number} */ long, /** @type {number} */ short) {
  return long - short;
}

/** @param {string} date @param {number} days */
export function addDays(date, days) {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from a to b (b - a). @param {string} a @param {string} b */
export function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

// ---------------------------------------------------------------------------------------
// Datasets

/**
 * @typedef {{ title: string, publisher: string, seriesIds: string[], units: Record<string,string>,
 *   dateRange: [string, string], derivation: string, sourceFiles: string[], notes?: string[] }} Meta
 */

/**
 * Weekly CFTC TFF 10-year note positions (file us10y_tff.csv: shorts stored negative).
 * @param {string} text
 * @param {{ from?: string, to?: string }} [opts]
 */
export function derivePositions10y(text, opts = {}) {
  const from = opts.from ?? '2010-01-01';
  const to = opts.to ?? '9999-12-31';
  const face = CONTRACT_FACE_USD['043602'];
  const rows = csvObjects(text)
    .map((o) => ({ ...o, date: checkDate(o.date) }))
    .filter((o) => o.date >= from && o.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  if (rows.length === 0) throw new RangeError('derivePositions10y: no rows in range');
  const cols = {
    date: /** @type {string[]} */ ([]),
    levLong: /** @type {number[]} */ ([]),
    levShort: /** @type {number[]} */ ([]),
    amLong: /** @type {number[]} */ ([]),
    amShort: /** @type {number[]} */ ([]),
    levLongBn: /** @type {number[]} */ ([]),
    levShortBn: /** @type {number[]} */ ([]),
    amLongBn: /** @type {number[]} */ ([]),
    amShortBn: /** @type {number[]} */ ([]),
  };
  for (const o of rows) {
    const num = (/** @type {string} */ k) => {
      const v = parseNumber(o[k]);
      if (v === null) throw new RangeError(`derivePositions10y: missing ${k} on ${o.date}`);
      return v;
    };
    const levLong = num('lev_long');
    const levShort = shortMagnitude(num('lev_short'));
    const amLong = num('am_long');
    const amShort = shortMagnitude(num('am_short'));
    if (num('lev_net') !== netPosition(levLong, levShort)) throw new RangeError(`lev_net mismatch on ${o.date}`);
    if (num('am_net') !== netPosition(amLong, amShort)) throw new RangeError(`am_net mismatch on ${o.date}`);
    cols.date.push(o.date);
    cols.levLong.push(levLong);
    cols.levShort.push(levShort);
    cols.amLong.push(amLong);
    cols.amShort.push(amShort);
    cols.levLongBn.push(/** @type {number} */ (round(contractsToFaceBn(levLong, face), 1)));
    cols.levShortBn.push(/** @type {number} */ (round(contractsToFaceBn(levShort, face), 1)));
    cols.amLongBn.push(/** @type {number} */ (round(contractsToFaceBn(amLong, face), 1)));
    cols.amShortBn.push(/** @type {number} */ (round(contractsToFaceBn(amShort, face), 1)));
  }
  /** @type {Meta} */
  const meta = {
    title: 'Traders in Financial Futures (TFF), futures only: 10-Year U.S. Treasury Note (CBOT)',
    publisher: 'U.S. Commodity Futures Trading Commission (CFTC), Commitments of Traders',
    seriesIds: ['CFTC contract market code 043602'],
    units: {
      levLong: 'contracts',
      levShort: 'contracts (positive magnitude of the short position)',
      amLong: 'contracts',
      amShort: 'contracts (positive magnitude of the short position)',
      levLongBn: 'billions of USD face value (contracts x $100,000), rounded to 0.1',
      levShortBn: 'billions of USD face value (contracts x $100,000), rounded to 0.1',
      amLongBn: 'billions of USD face value (contracts x $100,000), rounded to 0.1',
      amShortBn: 'billions of USD face value (contracts x $100,000), rounded to 0.1',
    },
    dateRange: [cols.date[0], cols.date[cols.date.length - 1]],
    derivation:
      'Weekly report ("as of", usually Tuesday) positions of Leveraged Funds (lev) and Asset Managers/Institutional (am), excluding spreads. ' +
      'Sign convention: the source stores shorts as negative numbers; here every *Short field is the positive magnitude, so net = long - short. ' +
      'Face value = contracts x $100,000 / 1e9, not duration-adjusted.',
    sourceFiles: ['cftc_tff_ust10y/us10y_tff.csv'],
  };
  return { meta, ...cols };
}

/**
 * Weekly sum over the six CBOT Treasury futures, in billions of USD face value.
 * Rule: a week is summed only when every contract expected that week (see CONTRACT_EXPECTED_FROM)
 * is present; otherwise all values of the week are null. Weeks missing from the source
 * (gaps of more than 10 days between reports) are filled with one null row per missing week
 * (previous report date + 7, +14, ...), so a line chart breaks there.
 * @param {string} text tff_treasury_futures_fo.csv (CFTC convention: all positions positive)
 */
export function derivePositionsAll(text) {
  const objs = csvObjects(text);
  /** @type {Map<string, Map<string, Record<string,string>>>} */
  const byDate = new Map();
  for (const o of objs) {
    const date = checkDate(o.Report_Date);
    const code = o.CFTC_Contract_Market_Code;
    if (!(code in CONTRACT_FACE_USD)) throw new RangeError(`derivePositionsAll: unknown contract code ${code}`);
    if (date < CONTRACT_EXPECTED_FROM[/** @type {keyof typeof CONTRACT_EXPECTED_FROM} */ (code)])
      throw new RangeError(`derivePositionsAll: contract ${code} reported on ${date}, before its listing`);
    let m = byDate.get(date);
    if (!m) byDate.set(date, (m = new Map()));
    if (m.has(code)) throw new RangeError(`derivePositionsAll: duplicate ${code} on ${date}`);
    m.set(code, o);
  }
  const dates = [...byDate.keys()].sort();
  if (dates.length === 0) throw new RangeError('derivePositionsAll: no rows');
  const cols = {
    date: /** @type {string[]} */ ([]),
    levShortBn: /** @type {(number|null)[]} */ ([]),
    levLongBn: /** @type {(number|null)[]} */ ([]),
    amLongBn: /** @type {(number|null)[]} */ ([]),
    amShortBn: /** @type {(number|null)[]} */ ([]),
  };
  /** @type {{ from: string, to: string, weeks: number }[]} */
  const gaps = [];
  /** @type {string[]} */
  const incomplete = [];
  const pushNull = (/** @type {string} */ d) => {
    cols.date.push(d);
    cols.levShortBn.push(null);
    cols.levLongBn.push(null);
    cols.amLongBn.push(null);
    cols.amShortBn.push(null);
  };
  for (let k = 0; k < dates.length; k++) {
    const date = dates[k];
    if (k > 0 && daysBetween(dates[k - 1], date) > 10) {
      const filled = [];
      for (let d = addDays(dates[k - 1], 7); daysBetween(d, date) > 3; d = addDays(d, 7)) {
        pushNull(d);
        filled.push(d);
      }
      gaps.push({ from: filled[0], to: filled[filled.length - 1], weeks: filled.length });
    }
    const m = /** @type {Map<string, Record<string,string>>} */ (byDate.get(date));
    const expected = Object.keys(CONTRACT_FACE_USD).filter(
      (c) => date >= CONTRACT_EXPECTED_FROM[/** @type {keyof typeof CONTRACT_EXPECTED_FROM} */ (c)],
    );
    if (!expected.every((c) => m.has(c))) {
      incomplete.push(date);
      pushNull(date);
      continue;
    }
    let levShort = 0;
    let levLong = 0;
    let amLong = 0;
    let amShort = 0;
    for (const [code, o] of m) {
      const face = CONTRACT_FACE_USD[/** @type {keyof typeof CONTRACT_FACE_USD} */ (code)];
      const num = (/** @type {string} */ f) => {
        const v = parseNumber(o[f]);
        if (v === null || v < 0) throw new RangeError(`derivePositionsAll: bad ${f} for ${code} on ${date}`);
        return v;
      };
      levShort += contractsToFaceBn(num('Lev_Money_Positions_Short_All'), face);
      levLong += contractsToFaceBn(num('Lev_Money_Positions_Long_All'), face);
      amLong += contractsToFaceBn(num('Asset_Mgr_Positions_Long_All'), face);
      amShort += contractsToFaceBn(num('Asset_Mgr_Positions_Short_All'), face);
    }
    cols.date.push(date);
    cols.levShortBn.push(round(levShort, 1));
    cols.levLongBn.push(round(levLong, 1));
    cols.amLongBn.push(round(amLong, 1));
    cols.amShortBn.push(round(amShort, 1));
  }
  const meta = {
    title: 'Traders in Financial Futures (TFF), futures only: six CBOT Treasury futures summed (2Y, 5Y, 10Y, Ultra 10Y, Bond, Ultra Bond)',
    publisher: 'U.S. Commodity Futures Trading Commission (CFTC), Commitments of Traders (annual FinFutYY files)',
    seriesIds: Object.keys(CONTRACT_FACE_USD).map((c) => `CFTC ${c} (${CONTRACT_LABEL[/** @type {keyof typeof CONTRACT_LABEL} */ (c)]})`),
    units: {
      levShortBn: 'billions of USD face value, positive magnitude of the short, rounded to 0.1',
      levLongBn: 'billions of USD face value, rounded to 0.1',
      amLongBn: 'billions of USD face value, rounded to 0.1',
      amShortBn: 'billions of USD face value, positive magnitude of the short, rounded to 0.1',
    },
    dateRange: /** @type {[string, string]} */ ([cols.date[0], cols.date[cols.date.length - 1]]),
    derivation:
      'Face value = contracts x contract face ($200,000 for the 2-Year note, $100,000 for 5Y, 10Y, Ultra 10Y, Bond, Ultra Bond), summed over contracts, / 1e9; not duration-adjusted. ' +
      'A week is summed only if every contract expected that week is present (Ultra 10Y expected from 2016-01-11, its CME launch); otherwise the week is null. ' +
      'Weeks absent from the source are listed in meta.gaps and filled with null rows (one per missing week), never interpolated: draw a break there. ' +
      'Spread positions excluded. Shorts are positive magnitudes (CFTC convention); net = long - short.',
    sourceFiles: ['cftc_tff_treasury_futures/tff_treasury_futures_fo.csv'],
    gaps,
    incompleteWeeks: incomplete,
  };
  return { meta, ...cols };
}

/**
 * Target range in force on `date`.
 * @param {string} date
 * @param {readonly { from: string, lower: number, upper: number }[]} [ranges]
 */
export function targetRangeOn(date, ranges = FOMC_TARGET_RANGES) {
  let cur = null;
  for (const r of ranges) if (r.from <= date) cur = r;
  if (!cur) throw new RangeError(`targetRangeOn: no FOMC target range known for ${date}`);
  return { lower: cur.lower, upper: cur.upper };
}

/** Spread a - b in basis points (integer), null if either is null. */
export function spreadBp(/** @type {number|null} */ a, /** @type {number|null} */ b) {
  if (a === null || b === null) return null;
  return Math.round(a * 100 - b * 100);
}

/**
 * Union of dates of several daily series inside [from, to], values aligned (null where absent/blank).
 * @param {Record<string, { date: string, value: number | null }[]>} series
 * @param {string} from
 * @param {string} to
 */
export function alignDaily(series, from, to) {
  /** @type {Set<string>} */
  const all = new Set();
  /** @type {Record<string, Map<string, number | null>>} */
  const maps = {};
  for (const [k, s] of Object.entries(series)) {
    maps[k] = new Map();
    for (const p of s) {
      if (p.date < from || p.date > to) continue;
      all.add(p.date);
      maps[k].set(p.date, p.value);
    }
  }
  const date = [...all].sort();
  /** @type {Record<string, (number|null)[]>} */
  const values = {};
  for (const k of Object.keys(series)) values[k] = date.map((d) => round(maps[k].get(d) ?? null, 2));
  return { date, values };
}

export const STRESS_WINDOWS = Object.freeze([
  { id: 'sep2019', from: '2019-08-15', to: '2019-10-31' },
  { id: 'mar2020', from: '2020-02-01', to: '2020-04-30' },
]);

/**
 * Daily SOFR and EFFR around the Sept 2019 repo spike and the March 2020 stress.
 * @param {string} sofrText @param {string} effrText
 */
export function deriveRatesStress(sofrText, effrText, windows = STRESS_WINDOWS) {
  const sofr = parseDailySeries(sofrText);
  const effr = parseDailySeries(effrText);
  const out = windows.map((w) => {
    const { date, values } = alignDaily({ sofr, effr }, w.from, w.to);
    const ranges = date.map((d) => targetRangeOn(d));
    const targetLower = ranges.map((r) => r.lower);
    const targetUpper = ranges.map((r) => r.upper);
    return {
      id: w.id,
      from: w.from,
      to: w.to,
      date,
      sofr: values.sofr,
      effr: values.effr,
      targetLower,
      targetUpper,
      sofrMinusEffrBp: date.map((_, i) => spreadBp(values.sofr[i], values.effr[i])),
      sofrMinusTopBp: date.map((_, i) => spreadBp(values.sofr[i], targetUpper[i])),
    };
  });
  const meta = {
    title: 'Secured Overnight Financing Rate (SOFR) and Effective Federal Funds Rate (EFFR), with the FOMC target range',
    publisher: 'Federal Reserve Bank of New York (rates, via FRED); Board of Governors of the Federal Reserve System (target range)',
    seriesIds: ['FRED:SOFR', 'FRED:EFFR'],
    units: {
      sofr: 'percent per year',
      effr: 'percent per year',
      targetLower: 'percent per year (FOMC target range, lower bound)',
      targetUpper: 'percent per year (FOMC target range, upper bound)',
      sofrMinusEffrBp: 'basis points (SOFR - EFFR)',
      sofrMinusTopBp: 'basis points (SOFR - target range upper bound)',
    },
    dateRange: /** @type {[string, string]} */ ([windows[0].from, windows[windows.length - 1].to]),
    derivation:
      'Business days of the source files inside each window; blank/"." values (holidays) are null and spreads are null when either rate is null. ' +
      'Target range per day from the FOMC decisions listed in meta.targetRanges (effective the day after the decision; 2020-03-15 was a Sunday, effective 2020-03-16).',
    sourceFiles: ['sofr/SOFR.csv', 'effr/EFFR.csv'],
    targetRanges: FOMC_TARGET_RANGES.map((r) => ({ from: r.from, decided: r.decided, lower: r.lower, upper: r.upper })),
    targetRangeSource: { ...FOMC_SOURCE },
  };
  return { meta, windows: out };
}

/**
 * Daily 10-year and 2-year constant-maturity yields.
 * @param {string} dgs10Text @param {string} dgs2Text
 */
export function deriveYields2020(dgs10Text, dgs2Text, from = '2020-02-01', to = '2020-04-30') {
  const { date, values } = alignDaily({ dgs10: parseDailySeries(dgs10Text), dgs2: parseDailySeries(dgs2Text) }, from, to);
  const meta = {
    title: 'Market yield on U.S. Treasury securities at 10-year and 2-year constant maturity (H.15)',
    publisher: 'Board of Governors of the Federal Reserve System, H.15 (via FRED)',
    seriesIds: ['FRED:DGS10', 'FRED:DGS2'],
    units: { dgs10: 'percent per year', dgs2: 'percent per year' },
    dateRange: /** @type {[string, string]} */ ([from, to]),
    derivation: 'Daily closes copied unchanged (rounded to 0.01); days with a blank value (market closed) are null.',
    sourceFiles: ['dgs10/DGS10.csv', 'dgs2/DGS2.csv'],
  };
  return { meta, date, dgs10: values.dgs10, dgs2: values.dgs2 };
}

/**
 * Weekly Fed holdings of Treasury securities held outright (Wednesday level), billions of USD.
 * @param {string} text TREAST.csv in millions of USD
 */
export function deriveFedHoldings(text, from = '2019-01-02', to = '2021-06-02') {
  const s = parseDailySeries(text).filter((p) => p.date >= from && p.date <= to);
  const meta = {
    title: 'Assets: Securities Held Outright: U.S. Treasury Securities: All: Wednesday Level',
    publisher: 'Board of Governors of the Federal Reserve System, H.4.1 (via FRED)',
    seriesIds: ['FRED:TREAST'],
    units: { treastBn: 'billions of USD, face value, rounded to 0.1 (source: millions)' },
    dateRange: /** @type {[string, string]} */ ([s[0].date, s[s.length - 1].date]),
    derivation: 'Wednesday levels; millions / 1000, rounded to 0.1 billion.',
    sourceFiles: ['fed_treasury_holdings_treast/TREAST.csv'],
  };
  return { meta, date: s.map((p) => p.date), treastBn: s.map((p) => round(p.value === null ? null : p.value / 1000, 1)) };
}

// ---------------------------------------------------------------------------------------
// Whole derivation and serialisation

/** Input files, relative to the shared data folder. */
export const INPUT_FILES = Object.freeze({
  tff10y: 'cftc_tff_ust10y/us10y_tff.csv',
  tffAll: 'cftc_tff_treasury_futures/tff_treasury_futures_fo.csv',
  sofr: 'sofr/SOFR.csv',
  effr: 'effr/EFFR.csv',
  dgs10: 'dgs10/DGS10.csv',
  dgs2: 'dgs2/DGS2.csv',
  treast: 'fed_treasury_holdings_treast/TREAST.csv',
});

/**
 * All datasets, keyed by output file name.
 * @param {Record<keyof typeof INPUT_FILES, string>} inputs source texts
 * @returns {Record<string, string>} file name -> serialised JSON text
 */
export function deriveAll(inputs) {
  const datasets = {
    'positions-10y.json': derivePositions10y(inputs.tff10y),
    'positions-all.json': derivePositionsAll(inputs.tffAll),
    'rates-stress.json': deriveRatesStress(inputs.sofr, inputs.effr),
    'yields-2020.json': deriveYields2020(inputs.dgs10, inputs.dgs2),
    'fed-holdings.json': deriveFedHoldings(inputs.treast),
  };
  /** @type {Record<string, string>} */
  const out = {};
  for (const [name, data] of Object.entries(datasets)) out[name] = serialize(data);
  return out;
}

/**
 * Deterministic JSON: keys in insertion order (set by the code above), 2-space indentation,
 * arrays of primitives on a single line, trailing newline.
 * @param {unknown} value
 */
export function serialize(value) {
  return `${ser(value, '')}\n`;
}

/** @param {unknown} v @param {string} ind @returns {string} */
function ser(v, ind) {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'number' && !Number.isFinite(v)) throw new RangeError('serialize: non-finite number');
    return JSON.stringify(v);
  }
  const inner = `${ind}  `;
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => ser(x, inner)).join(',')}]`;
    return `[\n${v.map((x) => inner + ser(x, inner)).join(',\n')}\n${ind}]`;
  }
  const entries = Object.entries(/** @type {Record<string, unknown>} */ (v)).filter(([, x]) => x !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${ser(x, inner)}`).join(',\n')}\n${ind}}`;
}
