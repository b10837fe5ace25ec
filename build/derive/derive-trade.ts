/**
 * Derives the atlas's per-reporter goods-trade files from IMF Direction of Trade Statistics (DOTS)
 * and merges the hand-curated years after 2020.
 *
 *   npx tsx build/derive/derive-trade.ts
 *
 * Reads  ../shared/data/trade/imf_dots_all_reporters_top20_1992-2020.csv   (partners, 1992–2020)
 *        ../shared/data/trade/imf_dots_all_reporters_world_totals_1992-2020.csv (trade with World)
 *        ../shared/data/trade/imf_dots_eurasia18_1960-2020_long.csv       (cross-check only)
 *        ../shared/data/trade/cow_trade_v4_dyadic_eurasia18_1992-2014.csv (cross-check only)
 *        ../shared/data/reference/cow_country_codes.csv                    (cross-check only)
 *        geodata/curated/imf-country-codes.json  (IMF name -> ISO3 | null; every name must be in it)
 *        geodata/curated/trade/<ISO3>.json      (hand-curated years, 2021 onward, with citations)
 *        geodata/data/sources/trade.json (the curated citations must cite ids defined here)
 * Writes geodata/data/trade/<ISO3>.json (tradeFileSchema), index.json and provenance.json.
 *
 * Fails (exit 1) on: IMF names missing from the mapping table, conflicting duplicate rows,
 * curated entries that clash with IMF years or cite unknown sources, or any schema error.
 * The output is deterministic: same inputs, same bytes (no timestamps anywhere).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SOVIET_REPUBLICS } from '../../geodata/src/soviet-union.js';
import {
  citationSchema,
  sourcesFileSchema,
  tradeFileSchema,
  tradePartnerSchema,
  type Citation,
  type TradeFile,
  type TradePartner,
  type TradeYear,
} from '../../geodata/src/schema.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const TOP20 = join(SHARED, 'trade', 'imf_dots_all_reporters_top20_1992-2020.csv');
const WORLD = join(SHARED, 'trade', 'imf_dots_all_reporters_world_totals_1992-2020.csv');
const LONG = join(SHARED, 'trade', 'imf_dots_eurasia18_1960-2020_long.csv');
const COW = join(SHARED, 'trade', 'cow_trade_v4_dyadic_eurasia18_1992-2014.csv');
const COW_CODES = join(SHARED, 'reference', 'cow_country_codes.csv');
const MAPPING = join(ROOT, 'geodata', 'curated', 'imf-country-codes.json');
/** One file per reporter: geodata/curated/trade/<ISO3>.json. */
const CURATED = join(ROOT, 'geodata', 'curated', 'trade');
/** Every geodata/data/sources/trade*.json file: the curated citations must resolve to one of them. */
const SOURCES_DIR = join(ROOT, 'geodata', 'data', 'sources');
const INFO = join(ROOT, 'geodata', 'data', 'info.json');
const OUT = join(process.env.ATLAS_DERIVE_OUT ?? join(ROOT, 'geodata', 'data'), 'trade');

const IMF_SOURCE = 'trade-imf-dots';
const IMF_SUPPORTS = 'goods trade with its largest partners and with the World, US$ millions';

/**
 * Reporters written: every IMF reporter economy in Europe or Asia (UN M49 regions, plus Kosovo,
 * Taiwan and the historical states the data still holds in 1992–2004), and the United States.
 * Reporters of the list that the data does not hold (e.g. TWN, AND, LIE, MCO) are simply absent.
 */
const EUROPE = [
  'ALB', 'AND', 'AUT', 'BEL', 'BGR', 'BIH', 'BLR', 'CHE', 'CSK', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN',
  'FRA', 'FRO', 'GBR', 'GIB', 'GRC', 'HRV', 'HUN', 'IRL', 'ISL', 'ITA', 'LIE', 'LTU', 'LUX', 'LVA', 'MCO', 'MDA',
  'MKD', 'MLT', 'MNE', 'NLD', 'NOR', 'POL', 'PRT', 'ROU', 'RUS', 'SCG', 'SMR', 'SRB', 'SUN', 'SVK', 'SVN', 'SWE',
  'UKR', 'VAT', 'XKX', 'YUG',
];
const ASIA = [
  'AFG', 'ARE', 'ARM', 'AZE', 'BGD', 'BHR', 'BRN', 'BTN', 'CHN', 'GEO', 'HKG', 'IDN', 'IND', 'IRN', 'IRQ', 'ISR',
  'JOR', 'JPN', 'KAZ', 'KGZ', 'KHM', 'KOR', 'KWT', 'LAO', 'LBN', 'LKA', 'MAC', 'MDV', 'MMR', 'MNG', 'MYS', 'NPL',
  'OMN', 'PAK', 'PHL', 'PRK', 'PSE', 'QAT', 'SAU', 'SGP', 'SYR', 'THA', 'TJK', 'TKM', 'TLS', 'TUR', 'TWN', 'UZB',
  'VNM', 'YEM',
];
const REPORTERS = new Set([...EUROPE, ...ASIA, 'USA']);

/** States the brief requires; the run fails if any of them is missing from the output. */
const REQUIRED = [
  ...SOVIET_REPUBLICS,
  'CHN', 'IND', 'PAK', 'IRN', 'AFG', 'MNG', 'TUR', 'USA',
];

class BuildError extends Error {}

// ---------------------------------------------------------------- helpers

/** RFC 4180 CSV (quoted fields may hold commas and doubled quotes) -> objects keyed by header. */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ''));
  if (!header) throw new BuildError(`${path}: empty file`);
  return body.map((r, n) => {
    if (r.length !== header.length) throw new BuildError(`${path}: row ${n + 2} has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']));
  });
}

function requireColumns(path: string, rows: Record<string, string>[], columns: string[]): void {
  const have = rows[0] ? Object.keys(rows[0]) : [];
  const missing = columns.filter((c) => !have.includes(c));
  if (missing.length > 0) throw new BuildError(`${rel(path)}: missing column(s) ${missing.join(', ')}`);
}

function num(path: string, value: string, what: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new BuildError(`${rel(path)}: ${what} is not a number: "${value}"`);
  return n;
}

const round1 = (v: number): number => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0
const rel = (p: string): string => relative(ROOT, p).split('\\').join('/');
const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
const byKey = <T>(key: (t: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** JSON with one partner (or index row) per line: readable diffs, files a fifth of the indented size. */
function formatJson(value: unknown, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = value.every((v) => typeof v !== 'object' || v === null || isLeafObject(v));
    if (flat && value.every((v) => typeof v !== 'object' || v === null)) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    if (isLeafObject(value)) return JSON.stringify(value).replace(/":/g, '": ').replace(/,"/g, ', "');
    const entries = Object.entries(value as Record<string, unknown>);
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
/** An object whose values are all scalars or short scalar arrays is printed on one line. */
function isLeafObject(v: object): boolean {
  if (Array.isArray(v)) return false;
  return Object.values(v).every(
    (x) => x === null || typeof x !== 'object' || (Array.isArray(x) && x.length <= 40 && x.every((y) => typeof y !== 'object')),
  );
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, formatJson(value) + '\n');
}

// ---------------------------------------------------------------- inputs

const mappingFileSchema = z
  .object({ note: z.string(), codes: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/).nullable()) })
  .strict();

const curatedPartnerSchema = tradePartnerSchema;
const curatedEntrySchema = z
  .object({
    reporter: z.string().regex(/^[A-Z]{3}$/),
    year: z.number().int().min(2021).max(2100),
    worldTotal: z.number().nonnegative().nullable(),
    partners: z.array(curatedPartnerSchema),
    /** Shown to the reader: how the figures differ from calendar-year customs figures of the reporter. */
    basis: z.string().min(5).optional(),
    sources: z.array(citationSchema).min(1),
    /** Curator's note: what the figures are (e.g. "Jan–Dec, customs basis"); not written out. */
    note: z.string().optional(),
  })
  .strict();
const curatedFileSchema = z
  .object({ reporter: z.string().regex(/^[A-Z]{3}$/), note: z.string().optional(), entries: z.array(curatedEntrySchema) })
  .strict();

/** Reads every curated reporter file; an entry must belong to its file's reporter. */
function readCurated(): { entries: CuratedEntry[]; files: string[] } {
  const files = readdirSync(CURATED).filter((f) => f.endsWith('.json')).sort();
  const entries: CuratedEntry[] = [];
  for (const f of files) {
    const parsed = curatedFileSchema.parse(JSON.parse(readFileSync(join(CURATED, f), 'utf8')));
    if (f !== `${parsed.reporter}.json`) throw new BuildError(`${rel(join(CURATED, f))}: file name must be <reporter>.json`);
    for (const e of parsed.entries) {
      if (e.reporter !== parsed.reporter) throw new BuildError(`${rel(join(CURATED, f))}: entry ${e.reporter} ${e.year} is not the file's reporter`);
      entries.push(e);
    }
  }
  return { entries, files };
}

function tradeSourceFiles(): string[] {
  return readdirSync(SOURCES_DIR).filter((f) => /^trade.*\.json$/.test(f)).sort().map((f) => join(SOURCES_DIR, f));
}
type CuratedEntry = z.infer<typeof curatedEntrySchema>;

interface ImfRow {
  reporter: string;
  partnerName: string;
  partner: string | null;
  year: number;
  exports: number;
  imports: number;
  total: number;
  estimated: boolean;
}

function main(): void {
  const mapping = mappingFileSchema.parse(JSON.parse(readFileSync(MAPPING, 'utf8'))).codes;

  const top20 = readCsv(TOP20);
  const top20Columns = ['reporter_imf_name', 'partner_imf_name', 'year', 'exports_musd', 'imports_musd', 'total_musd', 'estimated'];
  requireColumns(TOP20, top20, top20Columns);
  const world = readCsv(WORLD);
  const worldColumns = ['reporter_imf_name', 'year', 'total_world_musd'];
  requireColumns(WORLD, world, worldColumns);
  const long = readCsv(LONG);
  const longColumns = ['reporter_imf_name', 'partner_imf_name', 'flow', 'year', 'value_musd', 'estimated'];
  requireColumns(LONG, long, longColumns);

  // 1. Every IMF name must be in the mapping table.
  const seen = new Set<string>();
  for (const r of top20) seen.add(r.reporter_imf_name!).add(r.partner_imf_name!);
  for (const r of world) seen.add(r.reporter_imf_name!);
  for (const r of long) seen.add(r.reporter_imf_name!).add(r.partner_imf_name!);
  const unmapped = [...seen].filter((n) => !(n in mapping)).sort();
  if (unmapped.length > 0) {
    throw new BuildError(
      `${unmapped.length} IMF name(s) missing from ${rel(MAPPING)} (add each, with its ISO3 or null):\n  ` +
        unmapped.map((n) => JSON.stringify(n)).join('\n  '),
    );
  }
  const unused = Object.keys(mapping).filter((n) => !seen.has(n));
  const iso = (name: string): string | null => mapping[name] ?? null;

  // 2. IMF rows of the chosen reporters.
  const imfName = new Map<string, string>(); // ISO3 -> IMF reporter name
  const droppedRows = new Map<string, number>(); // IMF name -> partner rows dropped (not a state)
  let droppedReporterRows = 0;
  let duplicateRows = 0;
  const cells = new Map<string, Map<string, ImfRow>>(); // "ISO3|year" -> partner ISO3 -> row
  for (const r of top20) {
    const reporter = iso(r.reporter_imf_name!);
    if (reporter === null || !REPORTERS.has(reporter)) {
      droppedReporterRows++;
      continue;
    }
    const prior = imfName.get(reporter);
    if (prior !== undefined && prior !== r.reporter_imf_name)
      throw new BuildError(`two IMF reporters map to ${reporter}: "${prior}" and "${r.reporter_imf_name}"`);
    imfName.set(reporter, r.reporter_imf_name!);
    const partner = iso(r.partner_imf_name!);
    if (partner === null) {
      droppedRows.set(r.partner_imf_name!, (droppedRows.get(r.partner_imf_name!) ?? 0) + 1);
      continue;
    }
    if (partner === reporter) throw new BuildError(`${r.reporter_imf_name} ${r.year}: reports trade with itself`);
    const row: ImfRow = {
      reporter,
      partnerName: r.partner_imf_name!,
      partner,
      year: num(TOP20, r.year!, 'year'),
      exports: num(TOP20, r.exports_musd!, 'exports_musd'),
      imports: num(TOP20, r.imports_musd!, 'imports_musd'),
      total: num(TOP20, r.total_musd!, 'total_musd'),
      estimated: r.estimated === '1',
    };
    if (Math.abs(row.exports + row.imports - row.total) > 0.01)
      throw new BuildError(`${r.reporter_imf_name} ${r.year} ${r.partner_imf_name}: exports + imports != total`);
    const key = `${reporter}|${row.year}`;
    const partners = cells.get(key) ?? new Map<string, ImfRow>();
    cells.set(key, partners);
    const dup = partners.get(partner);
    if (dup) {
      const same = dup.partnerName === row.partnerName && dup.total === row.total && dup.exports === row.exports && dup.estimated === row.estimated;
      if (!same) throw new BuildError(`${r.reporter_imf_name} ${row.year}: two different rows for partner ${partner}`);
      duplicateRows++;
      continue;
    }
    partners.set(partner, row);
  }

  const worldTotals = new Map<string, number>();
  for (const r of world) {
    const reporter = iso(r.reporter_imf_name!);
    if (reporter === null || !REPORTERS.has(reporter)) continue;
    worldTotals.set(`${reporter}|${num(WORLD, r.year!, 'year')}`, num(WORLD, r.total_world_musd!, 'total_world_musd'));
  }

  // 3. Build the IMF years per reporter.
  const files = new Map<string, TradeYear[]>();
  const keys = new Set([...cells.keys(), ...worldTotals.keys()]);
  let partnerRowsWritten = 0;
  for (const key of [...keys].sort()) {
    const [reporter, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const rows = [...(cells.get(key)?.values() ?? [])].sort((a, b) => b.total - a.total || (a.partner! < b.partner! ? -1 : 1));
    if (rows.length > 20) throw new BuildError(`${reporter} ${year}: ${rows.length} partners, expected at most 20`);
    const partners: TradePartner[] = rows.map((r) => ({
      partner: r.partner!,
      exports: round1(r.exports),
      imports: round1(r.imports),
      total: round1(r.total),
      estimated: r.estimated,
    }));
    partnerRowsWritten += partners.length;
    const wt = worldTotals.get(key);
    const name = imfName.get(reporter) ?? world.find((w) => iso(w.reporter_imf_name!) === reporter)!.reporter_imf_name!;
    imfName.set(reporter, name);
    const cite: Citation = { source: IMF_SOURCE, supports: IMF_SUPPORTS, locator: `${name}, ${year}` };
    const list = files.get(reporter) ?? [];
    files.set(reporter, list);
    list.push({ year, worldTotal: wt === undefined ? null : round1(wt), partners, sources: [cite] });
  }

  // 4. Merge the curated years.
  const curatedRead = readCurated();
  const curated = curatedRead.entries;
  const sourceIds = new Set(tradeSourceFiles().flatMap((f) => sourcesFileSchema.parse(JSON.parse(readFileSync(f, 'utf8'))).sources.map((s) => s.id)));
  const asOfYear = Number(String((JSON.parse(readFileSync(INFO, 'utf8')) as { asOf: string }).asOf).slice(0, 4));
  const curatedYears = new Map<string, number[]>();
  const curatedSeen = new Set<string>();
  for (const e of curated as CuratedEntry[]) {
    const where = `${rel(join(CURATED, `${e.reporter}.json`))} ${e.year}`;
    if (!REPORTERS.has(e.reporter)) throw new BuildError(`${where}: reporter is not in the atlas's reporter list`);
    if (curatedSeen.has(`${e.reporter}|${e.year}`)) throw new BuildError(`${where}: entered twice`);
    curatedSeen.add(`${e.reporter}|${e.year}`);
    if (e.year > asOfYear) throw new BuildError(`${where}: after the dataset's as-of year ${asOfYear}`);
    for (const c of e.sources) if (!sourceIds.has(c.source)) throw new BuildError(`${where}: cites unknown source "${c.source}"`);
    const list = files.get(e.reporter) ?? [];
    files.set(e.reporter, list);
    if (list.some((y) => y.year === e.year)) throw new BuildError(`${where}: the IMF data already has this year`);
    const partnerIds = new Set<string>();
    for (const p of e.partners) {
      if (p.partner === e.reporter) throw new BuildError(`${where}: partner is the reporter`);
      if (partnerIds.has(p.partner)) throw new BuildError(`${where}: partner ${p.partner} twice`);
      partnerIds.add(p.partner);
      // Sources round each figure on its own (e.g. total $2.1bn, imports $1.8bn, exports $322.2m),
      // so allow 5% between exports + imports and the stated total; more means a typing error.
      if (p.exports !== null && p.imports !== null && Math.abs(p.exports + p.imports - p.total) > Math.max(0.15, 0.05 * p.total))
        throw new BuildError(`${where}: ${p.partner} exports + imports differ from total by more than 5%`);
      if ((p.exports ?? 0) > p.total * 1.05 || (p.imports ?? 0) > p.total * 1.05)
        throw new BuildError(`${where}: ${p.partner} one flow exceeds the total`);
      if (e.worldTotal !== null && p.total > e.worldTotal) throw new BuildError(`${where}: ${p.partner} total exceeds world total`);
    }
    const partners = [...e.partners]
      .map((p) => ({
        partner: p.partner,
        exports: p.exports === null ? null : round1(p.exports),
        imports: p.imports === null ? null : round1(p.imports),
        total: round1(p.total),
        estimated: p.estimated,
      }))
      .sort((a, b) => b.total - a.total || (a.partner < b.partner ? -1 : 1));
    list.push({
      year: e.year,
      worldTotal: e.worldTotal === null ? null : round1(e.worldTotal),
      partners,
      ...(e.basis !== undefined ? { basis: e.basis } : {}),
      sources: e.sources,
    });
    curatedYears.set(e.reporter, [...(curatedYears.get(e.reporter) ?? []), e.year]);
  }

  // 5. Validate and write.
  const missing = REQUIRED.filter((r) => !files.has(r));
  if (missing.length > 0) throw new BuildError(`required reporters missing from the data: ${missing.join(', ')}`);
  mkdirSync(OUT, { recursive: true });
  const written = [...files.keys()].sort();
  for (const stale of readdirSync(OUT)) {
    if (/^[A-Z]{3}\.json$/.test(stale) && !files.has(stale.slice(0, 3))) unlinkSync(join(OUT, stale));
  }
  const index: { reporter: string; years: [number, number]; curatedYears: number[] }[] = [];
  for (const reporter of written) {
    const years = files.get(reporter)!.sort((a, b) => a.year - b.year);
    const file: TradeFile = tradeFileSchema.parse({ reporter, years });
    writeJson(join(OUT, `${reporter}.json`), file);
    index.push({
      reporter,
      years: [years[0]!.year, years[years.length - 1]!.year],
      curatedYears: (curatedYears.get(reporter) ?? []).sort((a, b) => a - b),
    });
  }
  writeJson(join(OUT, 'index.json'), {
    note: 'One row per geodata/data/trade/<reporter>.json: first and last year held, and which years were curated by hand (the rest are IMF DOTS). Years between may be missing; a year is never invented.',
    reporters: index,
  });

  // 6. Cross-checks (reported, never fatal).
  const longCheck = crossCheckLong(long, mapping, cells);
  const cowCheck = crossCheckCow(cells, worldTotals);

  const dropped = [...droppedRows.entries()].sort(byKey(([n]) => n)).map(([name, rows]) => ({ name, rows }));
  writeJson(join(OUT, 'provenance.json'), {
    generatedBy: 'build/derive/derive-trade.ts',
    command: 'npx tsx build/derive/derive-trade.ts',
    description:
      'Per-reporter goods trade (US$ millions, rounded to 0.1): 1992–2020 from IMF Direction of Trade Statistics (each reporter-year: up to its 20 largest partners by exports + imports, and its trade with the World); later years from geodata/curated/trade/<ISO3>.json, each citing its own source.',
    source: IMF_SOURCE,
    inputs: [
      { file: rel(TOP20), sha256: sha256(TOP20), rows: top20.length, columns: top20Columns, use: 'partners, 1992–2020' },
      { file: rel(WORLD), sha256: sha256(WORLD), rows: world.length, columns: worldColumns, use: 'worldTotal' },
      { file: rel(LONG), sha256: sha256(LONG), rows: long.length, columns: longColumns, use: 'cross-check of the top-20 file for the 18 core states; not written out' },
      { file: rel(COW), sha256: sha256(COW), rows: cowRows, columns: ['ccode1', 'ccode2', 'year', 'flow1', 'flow2'], use: 'cross-check only (printed); not written out' },
      { file: rel(MAPPING), sha256: sha256(MAPPING), names: Object.keys(mapping).length, use: 'IMF name -> ISO3 mapping table' },
      ...curatedRead.files.map((f) => ({ file: rel(join(CURATED, f)), sha256: sha256(join(CURATED, f)), entries: curated.filter((e) => `${e.reporter}.json` === f).length, use: 'hand-curated years (2021 onward)' })),
    ],
    mappingFile: rel(MAPPING),
    reporterRule:
      'every IMF reporter economy in Europe or Asia (UN M49 regions, plus Kosovo and the historical states CSK, YUG, SCG present in 1992–2004) and the United States; IMF aggregates are not reporters',
    counts: {
      imfReporterYears: [...cells.keys()].length,
      imfPartnerRowsWritten: partnerRowsWritten,
      duplicateRowsDropped: duplicateRows,
      rowsOfOtherReportersSkipped: droppedReporterRows,
      curatedEntries: curated.length,
    },
    droppedPartnerNames: dropped,
    mappingNamesNotInData: unused,
    reportersWritten: written,
    crossChecks: { topTwentyVersusLongFile: longCheck, cowVersusImf: cowCheck },
  });

  // 7. Report.
  console.log(`wrote ${written.length} reporter files to ${rel(OUT)} (${partnerRowsWritten} IMF partner rows, ${curated.length} curated years)`);
  console.log(`reporters: ${written.join(' ')}`);
  console.log(`dropped non-state partner rows: ${dropped.map((d) => `${d.name} ×${d.rows}`).join('; ') || 'none'}`);
  console.log(`duplicate rows dropped: ${duplicateRows}`);
  console.log(`top-20 vs long-file cross-check (18 core states): ${longCheck.reporterYearsChecked} reporter-years, ${longCheck.differences.length} differ`);
  for (const d of longCheck.differences) console.log(`  ${d}`);
  console.log('COW v4 cross-check (IMF as reported by the reporter vs COW flow1 + flow2, US$ millions):');
  for (const line of cowCheck) console.log(`  ${line}`);
}

// ---------------------------------------------------------------- cross-checks

/** Rank all partners in the long file (aggregates excluded) and compare with the top-20 file. */
function crossCheckLong(
  long: Record<string, string>[],
  mapping: Record<string, string | null>,
  cells: Map<string, Map<string, ImfRow>>,
): { reporterYearsChecked: number; differences: string[] } {
  const sums = new Map<string, Map<string, number>>();
  for (const r of long) {
    const year = Number(r.year);
    if (year < 1992) continue;
    const reporter = mapping[r.reporter_imf_name!];
    const partner = mapping[r.partner_imf_name!];
    if (!reporter || !partner) continue;
    const key = `${reporter}|${year}`;
    const m = sums.get(key) ?? new Map<string, number>();
    sums.set(key, m);
    m.set(partner, (m.get(partner) ?? 0) + Number(r.value_musd));
  }
  const differences: string[] = [];
  for (const key of [...sums.keys()].sort()) {
    const mine = cells.get(key) ?? new Map<string, ImfRow>();
    // The top-20 file ranked aggregates ("Africa") and Belgium-Luxembourg too; those slots were
    // dropped, so compare with as many of the long file's largest state partners as were kept.
    const ranked = [...sums.get(key)!.entries()].sort((a, b) => b[1] - a[1]).slice(0, mine.size);
    const fromLong = new Set(ranked.map(([p]) => p));
    const onlyTop20 = [...mine.keys()].filter((p) => !fromLong.has(p));
    const onlyLong = ranked.map(([p]) => p).filter((p) => !mine.has(p));
    const valueDiffs = ranked.filter(([p, v]) => mine.has(p) && Math.abs(mine.get(p)!.total - v) > 0.1).map(([p]) => p);
    if (onlyTop20.length || onlyLong.length || valueDiffs.length)
      differences.push(
        `${key.replace('|', ' ')}: only in top-20 file [${onlyTop20.join(' ')}], only in long file's top 20 [${onlyLong.join(' ')}], values differ [${valueDiffs.join(' ')}]`,
      );
  }
  return { reporterYearsChecked: sums.size, differences };
}

let cowRows = 0;

/** ISO3 -> COW ccode for the states compared (checked against the COW code list's names). */
const COW_CCODE: Record<string, number> = {
  USA: 2, GBR: 200, NLD: 210, FRA: 220, CHE: 225, ESP: 230, DEU: 255, POL: 290, ITA: 325, RUS: 365, UKR: 369,
  BLR: 370, FIN: 375, IRN: 630, TUR: 640, SAU: 670, TKM: 701, TJK: 702, KGZ: 703, UZB: 704, KAZ: 705, CHN: 710,
  MNG: 712, TWN: 713, PRK: 731, KOR: 732, JPN: 740, IND: 750, VNM: 816, MYS: 820, SGP: 830, AUS: 900, BRA: 140,
};

function crossCheckCow(cells: Map<string, Map<string, ImfRow>>, worldTotals: Map<string, number>): string[] {
  const names = new Map<number, string>();
  for (const r of readCsv(COW_CODES)) names.set(Number(r.CCode), r.StateNme!);
  const cow = readCsv(COW);
  cowRows = cow.length;
  const dyad = new Map<string, number | null>(); // "c1|c2|year" (c1 < c2) -> flow1 + flow2
  for (const r of cow) {
    const f1 = Number(r.flow1);
    const f2 = Number(r.flow2);
    const ok = r.flow1 !== '' && r.flow2 !== '' && f1 >= 0 && f2 >= 0;
    const a = Number(r.ccode1);
    const b = Number(r.ccode2);
    dyad.set(`${Math.min(a, b)}|${Math.max(a, b)}|${r.year}`, ok ? f1 + f2 : null);
  }
  const lines: string[] = [];
  const pct = (imf: number, cow: number): string => (imf === 0 ? 'n/a' : `${(((cow - imf) / imf) * 100).toFixed(1)}%`);
  for (const reporter of ['KAZ', 'RUS', 'CHN']) {
    const c = COW_CCODE[reporter]!;
    for (const year of [2000, 2010, 2014]) {
      let cowWorld = 0;
      let missing = 0;
      for (const [k, v] of dyad) {
        const [a, b, y] = k.split('|').map(Number) as [number, number, number];
        if (y !== year || (a !== c && b !== c)) continue;
        if (v === null) missing++;
        else cowWorld += v;
      }
      const imfWorld = worldTotals.get(`${reporter}|${year}`) ?? NaN;
      lines.push(
        `${reporter} ${year} World: IMF ${imfWorld.toFixed(0)}, COW ${cowWorld.toFixed(0)} (sum of ${names.get(c)}'s dyads${missing ? `, ${missing} missing` : ''}), COW-IMF ${(cowWorld - imfWorld).toFixed(0)} (${pct(imfWorld, cowWorld)})`,
      );
      const partners = [...(cells.get(`${reporter}|${year}`)?.values() ?? [])].sort((a, b) => b.total - a.total).slice(0, 5);
      for (const p of partners) {
        const pc = COW_CCODE[p.partner!];
        const v = pc === undefined ? undefined : dyad.get(`${Math.min(c, pc)}|${Math.max(c, pc)}|${year}`);
        if (pc === undefined || v === undefined || v === null) {
          lines.push(`    with ${p.partner}: IMF ${p.total.toFixed(0)}, COW ${pc === undefined ? 'no COW state (not compared)' : 'missing'}`);
          continue;
        }
        lines.push(`    with ${p.partner} (${names.get(pc)}): IMF ${p.total.toFixed(0)}, COW ${v.toFixed(0)}, COW-IMF ${(v - p.total).toFixed(0)} (${pct(p.total, v)})`);
      }
    }
  }
  return lines;
}

try {
  if (!existsSync(CURATED)) throw new BuildError(`${rel(CURATED)} is missing`);
  main();
} catch (error) {
  if (error instanceof BuildError || error instanceof z.ZodError) {
    console.error(`derive-trade: ${error instanceof z.ZodError ? z.prettifyError(error) : error.message}`);
    process.exit(1);
  }
  throw error;
}
