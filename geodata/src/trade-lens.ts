/**
 * Trade dependence for the map's trade lens: for a year and a partner (China, Russia, the United
 * States, Turkey, India, or the EU as its members on 31 December of the year), each reporter's
 * share of its goods trade with that partner — taken from the trade query (tradeAnswerFor), never
 * recomputed: a share exists only where the query gives one on the same basis as the world total.
 *
 * A cell is null-share ("no data") whenever the query gives no share; it is never 0. Where the
 * reporter's list is the IMF extract's ranking of its largest partners, long enough (≥
 * LISTED_MINIMUM rows with shares), and the partner is not on it, `below` says the share is smaller
 * than the smallest listed share — a fact about the data, not a guess. A curated list (2021 on) is
 * not a ranking by construction: it may add regional partners far below the largest (China's lists
 * add the five Central Asian states) or miss a rank the sources do not give, so it bounds nothing.
 *
 * The compact index (geodata/data/trade/lens.json, derived by build/derive/derive-trade-lens.ts)
 * holds one cell per reporter, year and partner, so the map need not load 100 trade files.
 */
import { IMF_DOTS_SOURCE, tradeAnswerFor, type TradeAnswer } from './trade-queries.js';
import type { TradeFile } from './schema.js';

export const LENS_PARTNERS = ['CHN', 'RUS', 'USA', 'EU', 'TUR', 'IND'] as const;
export type LensPartner = (typeof LENS_PARTNERS)[number];
/** The diverging "China or Russia" view. */
export const CHINA_VS_RUSSIA = 'CHN-RUS';
export type LensChoice = LensPartner | typeof CHINA_VS_RUSSIA;
export const LENS_CHOICES: readonly LensChoice[] = [...LENS_PARTNERS, CHINA_VS_RUSSIA];

export const LENS_PARTNER_NAMES: Record<LensChoice, string> = {
  CHN: 'China',
  RUS: 'Russia',
  USA: 'the United States',
  EU: 'the EU (its members of the year)',
  TUR: 'Turkey',
  IND: 'India',
  'CHN-RUS': 'China or Russia',
};

/** A partner absent from a list this long (rows with shares) is known to be below its smallest share. */
export const LISTED_MINIMUM = 8;
/** The trade query falls back to the nearest year with figures; the map accepts that up to this far. */
export const MAX_FALLBACK_YEARS = 2;

export interface LensCell {
  /** Fraction (0–1) of the reporter's goods trade with the world; null = no data (never 0). */
  share: number | null;
  /** When share is null but the partner is absent from a long list of largest partners: share < below. */
  below?: number;
  /** The figure (or part of it) is marked estimated in the source. */
  estimated?: true;
  /** The figure is the partner's own report (row or year compiled from partners' statistics). */
  partnerReported?: true;
  /** The partner's own report differs from the reporter's by more than ×2 (shown in the panel). */
  mirror?: true;
  /** At least this much: for the EU the sum over the members among the listed partners; for a state, a figure that is a lower bound. */
  atLeast?: true;
  /** Shares are of recorded trade only (the reporter's data leave part of its trade out). */
  recordedTradeOnly?: true;
  /** Why share is null, in words. */
  reason?: string;
}

export interface LensAnswer {
  reporter: string;
  /** The year whose figures are shown (the query's nearest year with figures), or null. */
  year: number | null;
  /** How that year's figures were compiled (the query's words). */
  basis: string | null;
  cells: Partial<Record<LensPartner, LensCell>>;
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5;

/** Whether the year's own basis says the figures come from the partners' statistics. */
const yearIsPartnerReported = (answer: TradeAnswer): boolean => /^partner/i.test(answer.basis);

function cellFor(answer: TradeAnswer, partner: LensPartner, euMembers: ReadonlySet<string>): LensCell {
  const flags = (rows: TradeAnswer['partners']): Omit<LensCell, 'share'> => ({
    ...(rows.some((r) => r.estimated) ? { estimated: true as const } : {}),
    ...(rows.some((r) => r.partnerReported) || yearIsPartnerReported(answer) ? { partnerReported: true as const } : {}),
    ...(rows.some((r) => r.mirror && !r.partnerReported) ? { mirror: true as const } : {}),
    ...(rows.some((r) => r.lowerBound) ? { atLeast: true as const } : {}),
    ...(answer.sharesOf === 'recorded trade' ? { recordedTradeOnly: true as const } : {}),
  });
  if (answer.sharesOf === null) return { share: null, reason: `no total trade with the world recorded for ${answer.year}` };
  const withShare = answer.partners.filter((p) => p.share !== undefined);
  // A partner missing from recorded trade only (e.g. former Soviet partners in 1992–93) may be large: no bound then.
  const ranked = answer.sources.some((c) => c.source === IMF_DOTS_SOURCE);
  const smallest = ranked && withShare.length >= LISTED_MINIMUM && answer.sharesOf === 'world total' ? Math.min(...withShare.map((p) => p.share!)) : null;
  const notListed = (who: string): LensCell =>
    smallest !== null
      ? { share: null, below: round(smallest), reason: `${who} among the ${withShare.length} largest partners listed for ${answer.year}` }
      : { share: null, reason: `${who} among the partners listed for ${answer.year}${answer.sharesOf === 'recorded trade' ? ' (recorded trade only)' : ''}` };

  if (partner === 'EU') {
    const rows = answer.partners.filter((p) => euMembers.has(p.partner) || (p.partner === 'X-BLX' && (euMembers.has('BEL') || euMembers.has('LUX'))));
    if (rows.length === 0) return notListed('no EU member is');
    const without = rows.filter((r) => r.share === undefined);
    if (without.length > 0) return { share: null, ...flags(rows), reason: `no share on the same basis for ${without.map((r) => r.name).join(', ')}` };
    return { share: round(rows.reduce((s, r) => s + r.share!, 0)), ...flags(rows), atLeast: true };
  }
  const row = answer.partners.find((p) => p.partner === partner);
  if (!row) return notListed(`${LENS_PARTNER_NAMES[partner]} is not`);
  if (row.share === undefined) return { share: null, ...flags([row]), reason: row.partnerReported ? 'only the partner’s own report, not part of the recorded total' : `on another basis: ${row.basis ?? 'see the panel'}` };
  return { share: round(row.share), ...flags([row]) };
}

/**
 * The lens cells for one reporter and year. `euMembersOf(year)` gives the EU members on 31 December
 * of the year (the year shown, which may differ from the year asked for).
 */
export function tradeLensFor(file: TradeFile, year: number, euMembersOf: (year: number) => ReadonlySet<string>): LensAnswer {
  const answer = tradeAnswerFor(file, year);
  if (!answer || Math.abs(answer.year - year) > MAX_FALLBACK_YEARS) return { reporter: file.reporter, year: null, basis: null, cells: {} };
  const eu = euMembersOf(answer.year);
  const cells = Object.fromEntries(LENS_PARTNERS.filter((p) => p !== file.reporter && !(p === 'EU' && eu.has(file.reporter))).map((p) => [p, cellFor(answer, p, eu)]));
  return { reporter: file.reporter, year: answer.year, basis: answer.basis, cells };
}

/** Cell flags in the index, one bit each. */
const FLAG_BITS = ['estimated', 'partnerReported', 'mirror', 'atLeast', 'recordedTradeOnly'] as const;

/** A cell in the index: [share, flag bits, reason index or -1, below?]. */
export type PackedCell = [number | null, number, number] | [number | null, number, number, number];

/** geodata/data/trade/lens.json. */
export interface LensIndex {
  generated: string;
  firstYear: number;
  lastYear: number;
  /** The order of a row's cells; a partner that is the reporter itself (or the EU for a member) is null. */
  partners: readonly LensPartner[];
  /** Distinct basis texts; a row's `b` indexes this list. */
  bases: string[];
  /** Distinct reasons for a missing share; a cell's third item indexes this list. */
  reasons: string[];
  /** reporter → one entry per year firstYear..lastYear: null, or the year shown, its basis and cells. */
  reporters: Record<string, ({ y: number; b: number; c: (PackedCell | null)[] } | null)[]>;
}

function interner(list: string[]): (s: string) => number {
  return (s) => {
    const i = list.indexOf(s);
    if (i >= 0) return i;
    list.push(s);
    return list.length - 1;
  };
}

function pack(cell: LensCell, reasonIndex: (s: string) => number): PackedCell {
  const bits = FLAG_BITS.reduce((b, f, i) => (cell[f] ? b | (1 << i) : b), 0);
  const reason = cell.reason === undefined ? -1 : reasonIndex(cell.reason);
  return cell.below === undefined ? [cell.share, bits, reason] : [cell.share, bits, reason, cell.below];
}

function unpack(p: PackedCell, reasons: readonly string[]): LensCell {
  const cell: LensCell = { share: p[0] };
  if (p[3] !== undefined) cell.below = p[3];
  FLAG_BITS.forEach((f, i) => {
    if (p[1] & (1 << i)) cell[f] = true;
  });
  if (p[2] >= 0) cell.reason = reasons[p[2]];
  return cell;
}

export function buildLensIndex(files: readonly TradeFile[], firstYear: number, lastYear: number, euMembersOf: (year: number) => ReadonlySet<string>, generated: string): LensIndex {
  const bases: string[] = [];
  const reasons: string[] = [];
  const basisIndex = interner(bases);
  const reasonIndex = interner(reasons);
  const reporters: LensIndex['reporters'] = {};
  for (const file of [...files].sort((a, b) => (a.reporter < b.reporter ? -1 : 1))) {
    const row: LensIndex['reporters'][string] = [];
    for (let y = firstYear; y <= lastYear; y++) {
      const a = tradeLensFor(file, y, euMembersOf);
      row.push(a.year === null ? null : { y: a.year, b: basisIndex(a.basis!), c: LENS_PARTNERS.map((p) => (a.cells[p] ? pack(a.cells[p], reasonIndex) : null)) });
    }
    reporters[file.reporter] = row;
  }
  return { generated, firstYear, lastYear, partners: LENS_PARTNERS, bases, reasons, reporters };
}

/** One reporter's answer for a year from the index (what tradeLensFor gave at build time). */
export function lensFromIndex(index: LensIndex, reporter: string, year: number): LensAnswer {
  const row = index.reporters[reporter];
  const entry = row && year >= index.firstYear && year <= index.lastYear ? row[year - index.firstYear] : null;
  if (!entry) return { reporter, year: null, basis: null, cells: {} };
  const cells: Partial<Record<LensPartner, LensCell>> = {};
  index.partners.forEach((p, i) => {
    const c = entry.c[i];
    if (c) cells[p] = unpack(c, index.reasons);
  });
  return { reporter, year: entry.y, basis: index.bases[entry.b] ?? null, cells };
}

/**
 * The diverging "China or Russia" value: China's share minus Russia's (percentage points as a
 * fraction; > 0 China larger). `atLeast` when the difference is only a bound: one share is known to
 * be below a smaller figure, or the larger share is itself a lower bound. Null when there is no such
 * difference — no share for one of them, or a lower bound that is the smaller share (then the order
 * is not known), said by `chinaVsRussiaUnknown`.
 */
export function chinaVsRussia(answer: LensAnswer): { diff: number; atLeast?: true } | null {
  const c = answer.cells.CHN;
  const r = answer.cells.RUS;
  if (!c || !r) return null;
  if (c.share !== null && r.share !== null) {
    const diff = round(c.share - r.share);
    if (!c.atLeast && !r.atLeast) return { diff };
    // A lower bound settles the order only when it is the larger share, and only one can be.
    if (c.atLeast && r.atLeast) return null;
    if ((c.atLeast && diff > 0) || (r.atLeast && diff < 0)) return { diff, atLeast: true };
    return null;
  }
  if (c.share !== null && r.below !== undefined && c.share > r.below) return { diff: round(c.share - r.below), atLeast: true };
  if (r.share !== null && c.below !== undefined && r.share > c.below) return { diff: round(c.below - r.share), atLeast: true };
  return null;
}

/** True when China's and Russia's shares are both known but their order is not (a lower bound is the smaller share, or both are). */
export function chinaVsRussiaOrderUnknown(answer: LensAnswer): boolean {
  const c = answer.cells.CHN;
  const r = answer.cells.RUS;
  return Boolean(c && r && c.share !== null && r.share !== null && chinaVsRussia(answer) === null);
}
