/**
 * Derives the atlas's per-reporter goods-trade files from IMF Direction of Trade Statistics (DOTS)
 * and merges the hand-curated years after 2020.
 *
 *   npx tsx build/derive/derive-trade.ts
 *
 * Reads  ../shared/data/trade/imf_dots_all_reporters_top20_1992-2020.csv   (partners of every reporter but the core 18)
 *        ../shared/data/trade/imf_dots_all_reporters_world_totals_1992-2020.csv (trade with World)
 *        ../shared/data/trade/imf_dots_eurasia18_1960-2020_long.csv       (every partner of the core 18: ranking and mirror check)
 *        ../shared/data/trade/cow_trade_v4_dyadic_eurasia18_1992-2014.csv (cross-check only)
 *        ../shared/data/reference/cow_country_codes.csv                    (cross-check only)
 *        geodata/curated/imf-country-codes.json  (IMF name -> ISO3 | null, and dated partner rules)
 *        geodata/curated/trade/<ISO3>.json      (hand-curated years, 2021 onward, with citations)
 *        geodata/data/sources/trade*.json (the curated citations must cite ids defined there)
 *        geodata/data/states.json (state names for the mirror notes; curated partners must be in it)
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
import { csvParseRows } from 'd3-dsv';
import { z } from 'zod';
import { SOVIET_REPUBLICS } from '../../geodata/src/soviet-union.js';
import {
  citationSchema,
  sourcesFileSchema,
  tradeFileSchema,
  tradeLabelledRowSchema,
  tradePartnerSchema,
  type Citation,
  type TradeFile,
  type TradeLabelledRow,
  type TradeMirror,
  type TradePartner,
  type TradePartnerReportedRow,
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
const STATES = join(ROOT, 'geodata', 'data', 'states.json');
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

/** The 18 core states: the long file holds every partner of theirs, so no aggregate takes a place. */
const CORE = ['AFG', 'ARM', 'AZE', 'BLR', 'CHN', 'GEO', 'IND', 'IRN', 'KAZ', 'KGZ', 'MDA', 'MNG', 'PAK', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'];
/**
 * Post-Soviet reporters' years up to this one are checked for data that leave out the other former
 * Soviet republics (1992–93 for most of them); under this share of recorded trade they carry a caveat.
 */
const EARLY_YEARS_END = 1995;
const EX_SOVIET_MIN_SHARE = 0.2;

/**
 * Partners the IMF workbooks list twice with the same figures: the long file holds each of their
 * rows twice (identical values), and the top-20 extract added the copies up, doubling the figure
 * (China 2010 with Australia: 173,851 in the extract, 86,926 in the long file, 91,499 from
 * Australia's side). The extract's figures for them are halved; the long file is de-duplicated.
 */
const DOUBLED_IN_EXTRACT = ['Australia'];

class BuildError extends Error {}

// ---------------------------------------------------------------- helpers

/** RFC 4180 CSV (d3-dsv) -> objects keyed by header; every row must have the header's field count. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...body] = csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (!header) throw new BuildError(`${rel(path)}: empty file`);
  return body.map((r, n) => {
    if (r.length !== header.length) throw new BuildError(`${rel(path)}: row ${n + 2} has ${r.length} fields, header has ${header.length}`);
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

const ruleRowSchema = tradeLabelledRowSchema.pick({ id: true, label: true, flag: true, note: true });
const partnerRuleSchema = z
  .object({
    name: z.string(),
    /** First and last year the rule applies to (inclusive); open when absent. */
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    /** The state the name stands for in these years, with a note shown beside the row … */
    partner: z.string().regex(/^[A-Z]{3}$/).optional(),
    note: z.string().min(10).optional(),
    /** … or a labelled row that is not a state. */
    row: ruleRowSchema.optional(),
  })
  .strict()
  .refine((r) => (r.partner !== undefined && r.note !== undefined && r.row === undefined) || (r.row !== undefined && r.partner === undefined && r.note === undefined), {
    message: 'a partner rule gives either `partner` with a `note`, or a labelled `row`',
  });
type PartnerRule = z.infer<typeof partnerRuleSchema>;
const mappingFileSchema = z
  .object({
    note: z.string(),
    codes: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/).nullable()),
    partnerRules: z.object({ note: z.string(), rules: z.array(partnerRuleSchema) }).strict(),
  })
  .strict();

const curatedPartnerSchema = tradePartnerSchema.omit({ mirror: true });
const curatedEntrySchema = z
  .object({
    reporter: z.string().regex(/^[A-Z]{3}$/),
    year: z.number().int().min(2021).max(2100),
    worldTotal: z.number().nonnegative().nullable(),
    partners: z.array(curatedPartnerSchema),
    /** Shown to the reader: how the figures differ from calendar-year customs figures of the reporter. */
    basis: z.string().min(5).optional(),
    sources: z.array(citationSchema).min(1),
    /**
     * Shown to the reader beside the figures: which of the reporter's larger partners the list
     * leaves out, or how far its ranks hold (lower bounds, ranks from part of the year).
     */
    listed: z.string().min(20).optional(),
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

/** One partner's trade in one reporter-year, summed over the IMF rows that map to it. */
interface Figure {
  exports: number;
  imports: number;
  estimated: boolean;
  /** IMF partner names summed into this figure. */
  names: Set<string>;
}
const totalOf = (f: Figure): number => f.exports + f.imports;

/** What an IMF partner name stands for in a year. */
type Resolved =
  | { kind: 'state'; id: string; note?: string }
  | { kind: 'labelled'; id: string; row: z.infer<typeof ruleRowSchema> }
  | { kind: 'dropped' };

/** One reporter-year before it is written: states and labelled rows with their figures. */
interface Cell {
  states: Map<string, Figure>;
  labelled: Map<string, Figure>;
  /** Rows the IMF top-20 extract holds for the reporter-year (aggregates included). */
  extractRows: number;
  /** IMF names of aggregate rows that took places in the extract. */
  aggregates: string[];
}
const newCell = (): Cell => ({ states: new Map(), labelled: new Map(), extractRows: 0, aggregates: [] });

function addTo(map: Map<string, Figure>, id: string, name: string, exports: number, imports: number, estimated: boolean): void {
  const f = map.get(id) ?? { exports: 0, imports: 0, estimated: false, names: new Set<string>() };
  map.set(id, f);
  f.exports += exports;
  f.imports += imports;
  f.estimated ||= estimated;
  f.names.add(name);
}

/** A labelled row or state partner, ready to rank. */
interface Ranked {
  id: string;
  labelled: boolean;
  figure: Figure;
}
function rankedOf(cell: Cell): Ranked[] {
  return [
    ...[...cell.states].map(([id, figure]) => ({ id, labelled: false, figure })),
    ...[...cell.labelled].map(([id, figure]) => ({ id, labelled: true, figure })),
  ].sort((a, b) => totalOf(b.figure) - totalOf(a.figure) || (a.id < b.id ? -1 : 1));
}

const fmt = (v: number): string => round1(v).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mirror-check finding, listed in provenance.json. */
interface MirrorCase {
  reporter: string;
  year: number;
  partner: string;
  /** The reporter's own total with the partner (null: its data hold none). */
  reported: number | null;
  /** The partner's own total with the reporter. */
  partnerReported: number;
  /** How it is shown: a mirror figure beside the reporter's row, or a partner-reported row. */
  shownAs: 'mirror beside the row' | 'partner-reported row';
}

function main(): void {
  const mappingFile = mappingFileSchema.parse(JSON.parse(readFileSync(MAPPING, 'utf8')));
  const mapping = mappingFile.codes;
  const rules = mappingFile.partnerRules.rules;
  const stateNames = new Map(
    (JSON.parse(readFileSync(STATES, 'utf8')) as { states: { iso3: string; name: string }[] }).states.map((s) => [s.iso3, s.name]),
  );
  const nameOf = (code: string): string => stateNames.get(code) ?? code;
  for (const r of rules) {
    if (!(r.name in mapping)) throw new BuildError(`${rel(MAPPING)}: partner rule for "${r.name}", which is not in \`codes\``);
    if (r.partner !== undefined && !stateNames.has(r.partner)) throw new BuildError(`${rel(MAPPING)}: partner rule for "${r.name}" gives ${r.partner}, not in the state registry`);
  }

  const top20 = readCsv(TOP20);
  const top20Columns = ['reporter_imf_name', 'partner_imf_name', 'year', 'exports_musd', 'imports_musd', 'total_musd', 'estimated'];
  requireColumns(TOP20, top20, top20Columns);
  const world = readCsv(WORLD);
  const worldColumns = ['reporter_imf_name', 'year', 'total_world_musd'];
  requireColumns(WORLD, world, worldColumns);
  const long = readCsv(LONG);
  const longColumns = ['reporter_iso3', 'reporter_imf_name', 'partner_imf_name', 'flow', 'year', 'value_musd', 'estimated'];
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
  const ruleCounts = new Map<PartnerRule, number>();
  /** A partner name in a year: the dated rules first, then the plain table. */
  const resolve = (name: string, year: number): Resolved => {
    const rule = rules.find((r) => r.name === name && (r.from === undefined || r.from <= year) && (r.to === undefined || year <= r.to));
    if (rule) {
      ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
      return rule.row ? { kind: 'labelled', id: rule.row.id, row: rule.row } : { kind: 'state', id: rule.partner!, note: rule.note! };
    }
    const code = iso(name);
    return code === null ? { kind: 'dropped' } : { kind: 'state', id: code };
  };
  const labelRows = new Map(rules.filter((r) => r.row).map((r) => [r.row!.id, r.row!]));
  const stateNotes = new Map<string, string>(); // "reporter|year|partner" -> rule note

  // 2. The IMF top-20 extract: every reporter's largest partners (used as is except for the core 18).
  const imfName = new Map<string, string>(); // ISO3 -> IMF reporter name
  const droppedRows = new Map<string, number>(); // IMF name -> partner rows dropped (not a state)
  let droppedReporterRows = 0;
  let duplicateRows = 0;
  let halvedRows = 0;
  const extract = new Map<string, Cell>(); // "ISO3|year"
  const extractSeen = new Map<string, string>(); // "ISO3|year|IMF partner name" -> row text
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
    const year = num(TOP20, r.year!, 'year');
    const halve = DOUBLED_IN_EXTRACT.includes(r.partner_imf_name!) ? 0.5 : 1;
    const exports = num(TOP20, r.exports_musd!, 'exports_musd') * halve;
    const imports = num(TOP20, r.imports_musd!, 'imports_musd') * halve;
    if (Math.abs(exports + imports - num(TOP20, r.total_musd!, 'total_musd') * halve) > 0.01)
      throw new BuildError(`${r.reporter_imf_name} ${r.year} ${r.partner_imf_name}: exports + imports != total`);
    if (halve !== 1) halvedRows++;
    const key = `${reporter}|${year}`;
    const rowKey = `${key}|${r.partner_imf_name}`;
    const text = `${r.exports_musd}|${r.imports_musd}|${r.estimated}`;
    if (extractSeen.has(rowKey)) {
      if (extractSeen.get(rowKey) !== text) throw new BuildError(`${r.reporter_imf_name} ${year}: two different rows for partner "${r.partner_imf_name}"`);
      duplicateRows++;
      continue;
    }
    extractSeen.set(rowKey, text);
    const cell = extract.get(key) ?? newCell();
    extract.set(key, cell);
    cell.extractRows++;
    const p = resolve(r.partner_imf_name!, year);
    if (p.kind === 'dropped') {
      droppedRows.set(r.partner_imf_name!, (droppedRows.get(r.partner_imf_name!) ?? 0) + 1);
      cell.aggregates.push(r.partner_imf_name!);
      continue;
    }
    if (p.id === reporter) throw new BuildError(`${r.reporter_imf_name} ${year}: reports trade with itself`);
    if (p.kind === 'state' && p.note) stateNotes.set(`${key}|${p.id}`, p.note);
    addTo(p.kind === 'state' ? cell.states : cell.labelled, p.id, r.partner_imf_name!, exports, imports, r.estimated === '1');
  }

  // 3. The long file: every partner of the 18 core states, 1992 onward (also their mirror figures).
  const full = new Map<string, Cell>(); // "ISO3|year" -> every partner
  const longSeen = new Map<string, string>();
  let longDuplicates = 0;
  for (const r of long) {
    const year = num(LONG, r.year!, 'year');
    if (year < 1992) continue;
    const reporter = r.reporter_iso3!;
    if (!CORE.includes(reporter)) throw new BuildError(`${rel(LONG)}: reporter ${reporter} is not one of the 18 core states`);
    if (iso(r.reporter_imf_name!) !== reporter) throw new BuildError(`${rel(LONG)}: "${r.reporter_imf_name}" does not map to ${reporter}`);
    if (r.flow !== 'export_fob' && r.flow !== 'import_cif') throw new BuildError(`${rel(LONG)}: unknown flow "${r.flow}"`);
    const rowKey = `${reporter}|${year}|${r.partner_imf_name}|${r.flow}`;
    const text = `${r.value_musd}|${r.estimated}`;
    if (longSeen.has(rowKey)) {
      if (longSeen.get(rowKey) !== text) throw new BuildError(`${rel(LONG)}: ${rowKey.split('|').join(' ')} twice with different values`);
      longDuplicates++;
      continue;
    }
    longSeen.set(rowKey, text);
    const p = resolve(r.partner_imf_name!, year);
    if (p.kind === 'dropped') continue;
    if (p.id === reporter) throw new BuildError(`${rel(LONG)}: ${reporter} ${year} reports trade with itself`);
    const value = num(LONG, r.value_musd!, 'value_musd');
    const key = `${reporter}|${year}`;
    const cell = full.get(key) ?? newCell();
    full.set(key, cell);
    if (p.kind === 'state' && p.note) stateNotes.set(`${key}|${p.id}`, p.note);
    const exportFlow = r.flow === 'export_fob';
    addTo(p.kind === 'state' ? cell.states : cell.labelled, p.id, r.partner_imf_name!, exportFlow ? value : 0, exportFlow ? 0 : value, r.estimated === '1');
  }

  const worldTotals = new Map<string, number>();
  for (const r of world) {
    const reporter = iso(r.reporter_imf_name!);
    if (reporter === null || !REPORTERS.has(reporter)) continue;
    if (!imfName.has(reporter)) imfName.set(reporter, r.reporter_imf_name!);
    worldTotals.set(`${reporter}|${num(WORLD, r.year!, 'year')}`, num(WORLD, r.total_world_musd!, 'total_world_musd'));
  }

  // 4. Build the IMF years per reporter. Core 18: the 20 largest rows of the long file (aggregates
  // never take a place). Others: the extract without its aggregates, saying how many are shown.
  const files = new Map<string, TradeYear[]>();
  const shownRows = new Map<string, Ranked[]>(); // "ISO3|year" -> rows written (for the checks below)
  const keys = new Set([...extract.keys(), ...worldTotals.keys(), ...[...full.keys()].filter((k) => Number(k.split('|')[1]) <= 2020)]);
  let partnerRowsWritten = 0;
  let labelledRowsWritten = 0;
  const restored: string[] = [];
  const partnersShownYears: string[] = [];
  for (const key of [...keys].sort()) {
    const [reporter, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const core = CORE.includes(reporter);
    const cell = (core ? full.get(key) : extract.get(key)) ?? newCell();
    const ranked = rankedOf(cell);
    const rows = core ? ranked.slice(0, 20) : ranked;
    if (rows.length > 20) throw new BuildError(`${reporter} ${year}: ${rows.length} partners, expected at most 20`);
    shownRows.set(key, rows);
    if (core) {
      const inExtract = extract.get(key);
      const gained = rows.filter((r) => !r.labelled && inExtract && !inExtract.states.has(r.id)).map((r) => r.id);
      if (gained.length > 0) restored.push(`${reporter} ${year}: ${gained.join(' ')}`);
    }
    const partners: TradePartner[] = rows
      .filter((r) => !r.labelled)
      .map((r) => {
        const names = [...r.figure.names].sort();
        const ruleNote = stateNotes.get(`${key}|${r.id}`);
        const note = [ruleNote, names.length > 1 ? `sum of the IMF rows ${names.map((n) => `'${n}'`).join(' and ')}` : undefined].filter(Boolean).join('; ');
        return {
          partner: r.id,
          exports: round1(r.figure.exports),
          imports: round1(r.figure.imports),
          total: round1(totalOf(r.figure)),
          estimated: r.figure.estimated,
          ...(note ? { note: note.charAt(0).toUpperCase() + note.slice(1) } : {}),
        };
      });
    const labelled: TradeLabelledRow[] = rows
      .filter((r) => r.labelled)
      .map((r) => {
        const rule = labelRows.get(r.id)!;
        return {
          id: r.id,
          label: rule.label,
          flag: rule.flag,
          exports: round1(r.figure.exports),
          imports: round1(r.figure.imports),
          total: round1(totalOf(r.figure)),
          estimated: r.figure.estimated,
          note: rule.note.charAt(0).toUpperCase() + rule.note.slice(1),
        };
      });
    partnerRowsWritten += partners.length;
    labelledRowsWritten += labelled.length;
    let partnersShown: TradeYear['partnersShown'];
    if (!core && cell.extractRows === 20 && rows.length < 20) {
      const merged = cell.extractRows - cell.aggregates.length - rows.length;
      const why = [
        cell.aggregates.length > 0 ? `the IMF extract gave ${cell.aggregates.length === 1 ? 'a place' : `${cell.aggregates.length} places`} to ${[...new Set(cell.aggregates)].map((a) => `the aggregate '${a}'`).join(' and ')}, which is not a partner` : '',
        merged > 0 ? `${merged === 1 ? 'two IMF rows name' : 'IMF rows name'} the same partner and are added up` : '',
      ].filter(Boolean).join('; ');
      partnersShown = { shown: rows.length, of: 20, note: `${rows.length} of the top 20 shown: ${why}; the extract holds no further partner` };
      partnersShownYears.push(key);
    }
    const wt = worldTotals.get(key);
    const cite: Citation = { source: IMF_SOURCE, supports: IMF_SUPPORTS, locator: `${imfName.get(reporter) ?? reporter}, ${year}` };
    const list = files.get(reporter) ?? [];
    files.set(reporter, list);
    list.push({
      year,
      worldTotal: wt === undefined ? null : round1(wt),
      partners,
      ...(labelled.length > 0 ? { labelled } : {}),
      ...(partnersShown ? { partnersShown } : {}),
      sources: [cite],
    });
  }

  // 5. Mirror check for the core 18: each reporter's figure against the partner's own report.
  const mirrorCases: MirrorCase[] = [];
  const caveatYears: string[] = [];
  for (const reporter of CORE) {
    for (const y of files.get(reporter) ?? []) {
      const key = `${reporter}|${y.year}`;
      const own = full.get(key);
      const rows = shownRows.get(key) ?? [];
      const smallest = rows.length >= 20 ? totalOf(rows[rows.length - 1]!.figure) : 0;
      const partnerReported: TradePartnerReportedRow[] = [];
      for (const partner of CORE) {
        if (partner === reporter) continue;
        const theirs = full.get(`${partner}|${y.year}`);
        if (!theirs) continue; // the partner reported nothing that year
        const m = theirs.states.get(reporter);
        if (!m || totalOf(m) < 1) continue;
        const mine = own?.states.get(partner);
        const mineTotal = mine ? totalOf(mine) : 0;
        const mirrorTotal = totalOf(m);
        const differs = mineTotal * 2 < mirrorTotal || mineTotal > mirrorTotal * 2;
        if (!differs) continue;
        const row = y.partners.find((p) => p.partner === partner);
        const ratio = mineTotal > 0 ? mirrorTotal / mineTotal : null;
        const note =
          mineTotal === 0
            ? `${nameOf(partner)} reports US$${fmt(mirrorTotal)} m of trade with ${nameOf(reporter)} in ${y.year}; ${nameOf(reporter)}'s own data record none`
            : ratio! > 1
              ? `${nameOf(partner)} reports US$${fmt(mirrorTotal)} m of trade with ${nameOf(reporter)} in ${y.year}, ${ratio! >= 10 ? Math.round(ratio!).toLocaleString('en-US') : ratio!.toFixed(1)} times ${nameOf(reporter)}'s own figure (${fmt(mineTotal)})`
              : `${nameOf(partner)} reports US$${fmt(mirrorTotal)} m of trade with ${nameOf(reporter)} in ${y.year}, under half of ${nameOf(reporter)}'s own figure (${fmt(mineTotal)})`;
        const mirror: TradeMirror = { by: partner, exports: round1(m.imports), imports: round1(m.exports), total: round1(mirrorTotal), estimated: m.estimated, note };
        if (row) {
          row.mirror = mirror;
          mirrorCases.push({ reporter, year: y.year, partner, reported: round1(mineTotal), partnerReported: round1(mirrorTotal), shownAs: 'mirror beside the row' });
        } else if (mirrorTotal >= smallest && mirrorTotal > mineTotal) {
          partnerReported.push({ partner, reported: mine ? { exports: round1(mine.exports), imports: round1(mine.imports), total: round1(mineTotal) } : null, mirror });
          mirrorCases.push({ reporter, year: y.year, partner, reported: mine ? round1(mineTotal) : null, partnerReported: round1(mirrorTotal), shownAs: 'partner-reported row' });
        }
      }
      if (partnerReported.length > 0) y.partnerReported = partnerReported.sort((a, b) => b.mirror.total - a.mirror.total || (a.partner < b.partner ? -1 : 1));
    }
  }

  // 6. Post-Soviet reporters whose early data leave out the other former Soviet republics.
  for (const reporter of SOVIET_REPUBLICS) {
    for (const y of files.get(reporter) ?? []) {
      if (y.year > EARLY_YEARS_END) continue;
      const key = `${reporter}|${y.year}`;
      const cell = CORE.includes(reporter) ? full.get(key) : extract.get(key);
      if (!cell) continue;
      const all = rankedOf(cell);
      const recorded = all.reduce((s, r) => s + totalOf(r.figure), 0);
      const exSoviet = all.filter((r) => SOVIET_REPUBLICS.includes(r.id) || r.id === 'X-SUN').reduce((s, r) => s + totalOf(r.figure), 0);
      const noRussia = reporter !== 'RUS' && !cell.states.has('RUS');
      if (recorded === 0 || (exSoviet / recorded >= EX_SOVIET_MIN_SHARE && !noRussia)) continue;
      const scope = CORE.includes(reporter) ? 'recorded trade' : 'the trade with its 20 largest recorded partners';
      const pct = ((exSoviet / recorded) * 100).toFixed(1);
      const partnersNote = y.partnerReported ? ', and partners\u2019 own reports are shown where they exist' : '';
      y.caveats = [
        exSoviet / recorded < EX_SOVIET_MIN_SHARE
          ? `${nameOf(reporter)}'s data for ${y.year} record ${exSoviet === 0 ? 'no' : `almost no (${pct}% of ${scope})`} trade with the other former Soviet republics: the figures and shares cover recorded trade only${partnersNote}.`
          : `${nameOf(reporter)}'s data for ${y.year} record no trade with Russia: the figures and shares cover recorded trade only${partnersNote}.`,
      ];
      y.sharesOfRecordedTrade = true;
      caveatYears.push(`${reporter} ${y.year}`);
    }
  }

  // 7. Merge the curated years.
  const curatedRead = readCurated();
  const curated = curatedRead.entries;
  const sourceIds = new Set(tradeSourceFiles().flatMap((f) => sourcesFileSchema.parse(JSON.parse(readFileSync(f, 'utf8'))).sources.map((s) => s.id)));
  const asOfYear = Number(String((JSON.parse(readFileSync(INFO, 'utf8')) as { asOf: string }).asOf).slice(0, 4));
  const curatedYears = new Map<string, number[]>();
  const curatedSeen = new Set<string>();
  for (const e of curated) {
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
      if (!stateNames.has(p.partner)) throw new BuildError(`${where}: partner ${p.partner} is not in the state registry`);
      partnerIds.add(p.partner);
      // Sources round each figure on its own (e.g. total $2.1bn, imports $1.8bn, exports $322.2m),
      // so allow 5% between exports + imports and the stated total; more means a typing error.
      if (p.exports !== null && p.imports !== null && Math.abs(p.exports + p.imports - p.total) > Math.max(0.15, 0.05 * p.total))
        throw new BuildError(`${where}: ${p.partner} exports + imports differ from total by more than 5%`);
      if ((p.exports ?? 0) > p.total * 1.05 || (p.imports ?? 0) > p.total * 1.05)
        throw new BuildError(`${where}: ${p.partner} one flow exceeds the total`);
      if (e.worldTotal !== null && p.total > e.worldTotal && p.basis === undefined)
        throw new BuildError(`${where}: ${p.partner} total exceeds world total`);
    }
    const partners = [...e.partners]
      .map((p) => ({
        partner: p.partner,
        exports: p.exports === null ? null : round1(p.exports),
        imports: p.imports === null ? null : round1(p.imports),
        total: round1(p.total),
        estimated: p.estimated,
        ...(p.basis !== undefined ? { basis: p.basis } : {}),
        ...(p.note !== undefined ? { note: p.note } : {}),
        ...(p.lowerBound ? { lowerBound: true as const } : {}),
      }))
      .sort((a, b) => b.total - a.total || (a.partner < b.partner ? -1 : 1));
    list.push({
      year: e.year,
      worldTotal: e.worldTotal === null ? null : round1(e.worldTotal),
      partners,
      ...(e.basis !== undefined ? { basis: e.basis } : {}),
      ...(e.listed !== undefined ? { caveats: [e.listed] } : {}),
      sources: e.sources,
    });
    curatedYears.set(e.reporter, [...(curatedYears.get(e.reporter) ?? []), e.year]);
  }

  // 8. Mark each change of basis between consecutive years.
  const basisChanges: string[] = [];
  for (const [reporter, years] of files) {
    years.sort((a, b) => a.year - b.year);
    for (let i = 1; i < years.length; i++) {
      const prev = years[i - 1]!;
      const y = years[i]!;
      if (y.year !== prev.year + 1 || y.partners.length === 0 || prev.partners.length === 0) continue;
      const [a, b] = [basisText(prev), basisText(y)];
      if (basisKey(a) === basisKey(b)) continue;
      y.basisChange = `The basis changes from ${prev.year} to ${y.year}: ${prev.year} is ${a}; ${y.year} is ${b}. Compare the two years with care.`;
      basisChanges.push(`${reporter} ${prev.year}→${y.year}`);
    }
  }

  // 9. Validate and write.
  const missing = REQUIRED.filter((r) => !files.has(r));
  if (missing.length > 0) throw new BuildError(`required reporters missing from the data: ${missing.join(', ')}`);
  mkdirSync(OUT, { recursive: true });
  const written = [...files.keys()].sort();
  for (const stale of readdirSync(OUT)) {
    if (/^[A-Z]{3}\.json$/.test(stale) && !files.has(stale.slice(0, 3))) unlinkSync(join(OUT, stale));
  }
  const index: { reporter: string; years: [number, number]; curatedYears: number[] }[] = [];
  for (const reporter of written) {
    const years = files.get(reporter)!;
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

  // 10. Cross-checks (reported, never fatal).
  const longCheck = crossCheckLong(full, extract);
  const cowCheck = crossCheckCow(shownRows, worldTotals);

  const dropped = [...droppedRows.entries()].sort(byKey(([n]) => n)).map(([name, rows]) => ({ name, rows }));
  writeJson(join(OUT, 'provenance.json'), {
    generatedBy: 'build/derive/derive-trade.ts',
    command: 'npx tsx build/derive/derive-trade.ts',
    description:
      'Per-reporter goods trade (US$ millions, rounded to 0.1): 1992–2020 from IMF Direction of Trade Statistics (each reporter-year: up to its 20 largest partners by exports + imports, and its trade with the World); later years from geodata/curated/trade/<ISO3>.json, each citing its own source. For the 18 core states the 20 largest are ranked from the long file (every partner, so no aggregate takes a place) and checked against each partner\u2019s own report (mirror check).',
    source: IMF_SOURCE,
    inputs: [
      { file: rel(TOP20), sha256: sha256(TOP20), rows: top20.length, columns: top20Columns, use: 'partners, 1992–2020, of every reporter except the 18 core states' },
      { file: rel(WORLD), sha256: sha256(WORLD), rows: world.length, columns: worldColumns, use: 'worldTotal' },
      { file: rel(LONG), sha256: sha256(LONG), rows: long.length, columns: longColumns, use: 'partners of the 18 core states, 1992–2020 (every partner ranked, aggregates excluded), and their mirror figures' },
      { file: rel(COW), sha256: sha256(COW), rows: cowRows, columns: ['ccode1', 'ccode2', 'year', 'flow1', 'flow2'], use: 'cross-check only (printed); not written out' },
      { file: rel(MAPPING), sha256: sha256(MAPPING), names: Object.keys(mapping).length, partnerRules: rules.length, use: 'IMF name -> ISO3 mapping table, and the dated partner rules' },
      ...curatedRead.files.map((f) => ({ file: rel(join(CURATED, f)), sha256: sha256(join(CURATED, f)), entries: curated.filter((e) => `${e.reporter}.json` === f).length, use: 'hand-curated years (2021 onward)' })),
    ],
    mappingFile: rel(MAPPING),
    reporterRule:
      'every IMF reporter economy in Europe or Asia (UN M49 regions, plus Kosovo and the historical states CSK, YUG, SCG present in 1992–2004) and the United States; IMF aggregates are not reporters',
    coreStates: CORE,
    counts: {
      imfReporterYears: shownRows.size,
      imfPartnerRowsWritten: partnerRowsWritten,
      labelledRowsWritten,
      duplicateRowsDropped: duplicateRows,
      longFileDuplicateRowsDropped: longDuplicates,
      extractPartnersHalved: { names: DOUBLED_IN_EXTRACT, rows: halvedRows, why: 'listed twice in the IMF workbooks with the same figures; the extract added the copies up (every such row in the 18 core states is exactly twice the long file\u2019s figure)' },
      rowsOfOtherReportersSkipped: droppedReporterRows,
      reporterYearsWithFewerThanTwentyShown: partnersShownYears.length,
      curatedEntries: curated.length,
    },
    partnerRulesApplied: rules.map((r) => ({
      name: r.name,
      years: `${r.from ?? '…'}–${r.to ?? '…'}`,
      as: r.row ? `${r.row.id} "${r.row.label}"` : r.partner!,
      rows: ruleCounts.get(r) ?? 0,
    })),
    droppedPartnerNames: dropped,
    mappingNamesNotInData: unused,
    reportersWritten: written,
    mirrorCheck: {
      rule: `For the 18 core states, each partner that is also a core state is compared with that partner's own report (its exports to and imports from the reporter). Where the reporter's total is missing or differs by more than a factor of two, the partner's figure is written beside the row (\`mirror\`), or, when the reporter's data leave the partner out of its 20 largest but the partner's report would place it there, as a partner-reported row (\`partnerReported\`). Partners' reports of less than US$1m are not compared.`,
      cases: mirrorCases.sort((a, b) => (a.reporter + a.year + a.partner < b.reporter + b.year + b.partner ? -1 : 1)),
    },
    recordedTradeOnly: {
      rule: `Post-Soviet reporter-years up to ${EARLY_YEARS_END} whose data put under ${EX_SOVIET_MIN_SHARE * 100}% of recorded trade with the other former Soviet republics (unallocated former-USSR trade included), or record no trade with Russia, carry a caveat, and their shares are of recorded trade only.`,
      reporterYears: caveatYears,
    },
    basisChanges,
    crossChecks: {
      partnersRestoredForCoreStates: {
        note: 'Partners among a core state\u2019s 20 largest in the long file that the top-20 extract left out (an aggregate or Belgium-Luxembourg took the place, or a dissolved state\u2019s name split a partner).',
        reporterYears: restored,
      },
      topTwentyVersusLongFile: longCheck,
      cowVersusImf: cowCheck,
    },
  });

  // 11. Report.
  console.log(`wrote ${written.length} reporter files to ${rel(OUT)} (${partnerRowsWritten} IMF partner rows, ${labelledRowsWritten} labelled rows, ${curated.length} curated years)`);
  console.log(`reporters: ${written.join(' ')}`);
  console.log(`dropped non-state partner rows: ${dropped.map((d) => `${d.name} ×${d.rows}`).join('; ') || 'none'}`);
  console.log(`duplicate rows dropped: ${duplicateRows} (top-20 extract), ${longDuplicates} (long file)`);
  console.log(`fewer than 20 shown (an aggregate took a place in the extract): ${partnersShownYears.length} reporter-years`);
  console.log(`core-state reporter-years with partners restored from the long file: ${restored.length}`);
  console.log(`mirror check: ${mirrorCases.length} cases (${mirrorCases.filter((c) => c.shownAs === 'partner-reported row').length} partner-reported rows)`);
  console.log(`recorded-trade caveats: ${caveatYears.join(', ') || 'none'}`);
  console.log(`basis changes between consecutive years: ${basisChanges.length}`);
  console.log(`top-20 vs long-file cross-check (18 core states): ${longCheck.reporterYearsChecked} reporter-years, ${longCheck.valueDifferences.length} value differences`);
  for (const d of longCheck.valueDifferences) console.log(`  ${d}`);
  console.log('COW v4 cross-check (IMF as reported by the reporter vs COW flow1 + flow2, US$ millions):');
  for (const line of cowCheck) console.log(`  ${line}`);
}

/** How a year's figures were compiled, in words (for the basis-change mark). */
function basisText(y: TradeYear): string {
  if (y.sources.every((c) => c.source === IMF_SOURCE)) return "IMF Direction of Trade Statistics (the reporter's figures as compiled by the IMF, calendar year)";
  return y.basis ?? "the reporter's own published figures (see the sources)";
}
/** Two bases are the same when they differ only in dates and numbers (fiscal year 2022–23 vs 2023–24). */
function basisKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/g, '')
    .replace(/[\d–—-]+/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- cross-checks

/** Where a partner is in both files, do the top-20 extract's values match the long file's? */
function crossCheckLong(full: Map<string, Cell>, extract: Map<string, Cell>): { reporterYearsChecked: number; valueDifferences: string[] } {
  const valueDifferences: string[] = [];
  let checked = 0;
  for (const key of [...full.keys()].sort()) {
    const mine = extract.get(key);
    if (!mine) continue;
    checked++;
    const all = full.get(key)!;
    const diffs = [...mine.states].filter(([p, f]) => {
      const l = all.states.get(p);
      return !l || Math.abs(totalOf(l) - totalOf(f)) > 0.1;
    });
    if (diffs.length > 0) valueDifferences.push(`${key.replace('|', ' ')}: ${diffs.map(([p, f]) => `${p} ${fmt(totalOf(f))} vs ${all.states.get(p) ? fmt(totalOf(all.states.get(p)!)) : 'none'}`).join(', ')}`);
  }
  return { reporterYearsChecked: checked, valueDifferences };
}

let cowRows = 0;

/** ISO3 -> COW ccode for the states compared (checked against the COW code list's names). */
const COW_CCODE: Record<string, number> = {
  USA: 2, GBR: 200, NLD: 210, FRA: 220, CHE: 225, ESP: 230, DEU: 255, POL: 290, ITA: 325, RUS: 365, UKR: 369,
  BLR: 370, FIN: 375, IRN: 630, TUR: 640, SAU: 670, TKM: 701, TJK: 702, KGZ: 703, UZB: 704, KAZ: 705, CHN: 710,
  MNG: 712, TWN: 713, PRK: 731, KOR: 732, JPN: 740, IND: 750, VNM: 816, MYS: 820, SGP: 830, AUS: 900, BRA: 140,
};

function crossCheckCow(shown: Map<string, Ranked[]>, worldTotals: Map<string, number>): string[] {
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
      const partners = (shown.get(`${reporter}|${year}`) ?? []).filter((p) => !p.labelled).slice(0, 5);
      for (const p of partners) {
        const total = totalOf(p.figure);
        const pc = COW_CCODE[p.id];
        const v = pc === undefined ? undefined : dyad.get(`${Math.min(c, pc)}|${Math.max(c, pc)}|${year}`);
        if (pc === undefined || v === undefined || v === null) {
          lines.push(`    with ${p.id}: IMF ${total.toFixed(0)}, COW ${pc === undefined ? 'no COW state (not compared)' : 'missing'}`);
          continue;
        }
        lines.push(`    with ${p.id} (${names.get(pc)}): IMF ${total.toFixed(0)}, COW ${v.toFixed(0)}, COW-IMF ${(v - total).toFixed(0)} (${pct(total, v)})`);
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
