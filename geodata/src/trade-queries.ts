/**
 * A state's main trade partners in a year, ranked, with shares of its trade with the world.
 * Where the year has no partner figures the nearest year that has them is used and the answer
 * says so: a fallback is never silent.
 */
import type { Citation, TradeFile, TradeYear } from './schema.js';

export interface RankedPartner {
  /** 1 = largest partner by total goods trade (exports + imports). */
  rank: number;
  partner: string;
  /** US$ millions; null where the source gives only the total. */
  exports: number | null;
  imports: number | null;
  total: number;
  /** Fraction (0–1) of the reporter's trade with the world; null when the world total is unknown. */
  share: number | null;
  /** The IMF marked part of the figure as estimated. */
  estimated: boolean;
}

export interface TradePartnersAnswer {
  reporter: string;
  /** The year asked for. */
  requestedYear: number;
  /** The year whose figures are shown. */
  year: number;
  /** true when `year` is the year asked for; false when it is the nearest year with partner figures. */
  exact: boolean;
  /**
   * When not exact and the requested year is in the file without partner figures (a world total
   * only, say), its world total, so the panel can say what the year does have.
   */
  requestedWorldTotal: number | null;
  /** The reporter's trade with the world in `year` (US$ millions), or null if not reported. */
  worldTotal: number | null;
  partners: RankedPartner[];
  /** How the figures were compiled, when not the reporter's own calendar-year figures; null otherwise. */
  basis: string | null;
  sources: Citation[];
}

function hasPartners(y: TradeYear): boolean {
  return y.partners.length > 0;
}

/**
 * The nearest year with partner figures; on a tie the earlier year, because figures for a year
 * already over are what a reader of that date could have known.
 */
function nearestYear(years: readonly TradeYear[], year: number): TradeYear | null {
  let best: TradeYear | null = null;
  for (const y of years.filter(hasPartners)) {
    if (best === null) best = y;
    else {
      const d = Math.abs(y.year - year);
      const bestD = Math.abs(best.year - year);
      if (d < bestD || (d === bestD && y.year < best.year)) best = y;
    }
  }
  return best;
}

/** Partners ranked by total, largest first (ties by ISO3 code), or null if the file has no partner figures at all. */
export function tradePartnersFor(file: TradeFile, year: number): TradePartnersAnswer | null {
  const requested = file.years.find((y) => y.year === year);
  const used = requested && hasPartners(requested) ? requested : nearestYear(file.years, year);
  if (!used) return null;
  const exact = used.year === year;
  const ranked = [...used.partners].sort((a, b) => b.total - a.total || a.partner.localeCompare(b.partner));
  return {
    reporter: file.reporter,
    requestedYear: year,
    year: used.year,
    exact,
    requestedWorldTotal: !exact && requested ? requested.worldTotal : null,
    worldTotal: used.worldTotal,
    partners: ranked.map((p, i) => ({
      rank: i + 1,
      partner: p.partner,
      exports: p.exports,
      imports: p.imports,
      total: p.total,
      share: used.worldTotal !== null && used.worldTotal > 0 ? p.total / used.worldTotal : null,
      estimated: p.estimated,
    })),
    basis: used.basis ?? null,
    sources: used.sources,
  };
}
