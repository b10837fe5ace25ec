/**
 * A state's main trade partners in a year, as the panel, the PDF briefing and `atlas-data trade`
 * show them: ranked rows (states, labelled non-state rows, partner-reported rows), shares only where
 * the world total is on the same basis as the figure, and every gap, caveat and change of basis as
 * a note. Where the year has no partner figures the nearest year that has them is used and a note
 * says so: a fallback is never silent.
 */
import type { Citation, TradeFile, TradeMirror, TradeRowFlag, TradeYear } from './schema.js';

/** A figure or share that is only a lower bound, as every view writes it: "≥ US$1.09 bn", "≥ 10.0%". */
export function atLeastText(text: string, atLeast: boolean | undefined): string {
  return atLeast ? `≥ ${text}` : text;
}

/** The source id build/derive/derive-trade.ts cites for every IMF Direction of Trade year. */
export const IMF_DOTS_SOURCE = 'trade-imf-dots';

/** How an estimated figure is marked: the IMF's own estimates (1992–2020) or figures the atlas derived from the cited ones (shares × totals, sums of months; the entry's note says how). */
export function estimateMark(answer: Pick<TradeAnswer, 'sources'>): { label: string; title: string } {
  return answer.sources.some((c) => c.source === IMF_DOTS_SOURCE)
    ? { label: 'IMF est.', title: 'The IMF marked this figure as estimated' }
    : { label: 'estimated', title: 'Derived from the cited figures (see the notes)' };
}

export interface TradeAnswerPartner {
  /** 1 = largest by total goods trade (exports + imports). */
  rank: number;
  /** ISO3 code of a state, or an X- id (X-SUN, X-CSK, X-YUG, X-BLX) for a labelled row. */
  partner: string;
  /** The state's name, or the labelled row's label ("Former USSR, unallocated"). */
  name: string;
  /** Set for rows that are not a state: what kind of row it is. */
  flag?: TradeRowFlag;
  /** US$ millions; absent where the source gives only the total. */
  exports?: number;
  imports?: number;
  total: number;
  /** Fraction (0–1) of the reporter's trade with the world; absent when not on the same basis. */
  share?: number;
  /** The IMF marked part of the figure as estimated. */
  estimated?: true;
  /** How this figure was compiled, where it differs from the year's basis (then no share). */
  basis?: string;
  /** The partner's own report, where the reporter's figure is missing or differs by more than ×2. */
  mirror?: TradeMirror;
  /** The figure is the partner's report: the reporter's own data leave the partner out. */
  partnerReported?: true;
  /** The total (and its share) is a lower bound: part of the year, one flow only, or "more than". */
  lowerBound?: true;
  /** Shown beside the row (the name it was reported under, what it stands for). */
  note?: string;
}

export interface TradeAnswer {
  reporter: string;
  /** The year whose figures are shown. */
  year: number;
  /** The year asked for. */
  requestedYear: number;
  /** true when `year` is the year asked for. */
  exact: boolean;
  /** The reporter's trade with the world in `year` (US$ millions), or null if not reported. */
  worldTotal: number | null;
  /** How the year's figures were compiled, in words. */
  basis: string;
  /** true when the basis was stated by the curator (not the IMF default). */
  basisStated: boolean;
  /** What the shares are of: the world total, recorded trade only, or none given. */
  sharesOf: 'world total' | 'recorded trade' | null;
  partners: TradeAnswerPartner[];
  /** When fewer rows are held than the source's list of largest partners ("19 of the top 20"). */
  partnersShown: { shown: number; of: number; note: string } | null;
  /** Everything the reader must know to read the figures: fallback, basis change, caveats, missing shares. */
  notes: string[];
  sources: Citation[];
}

const hasRows = (y: TradeYear): boolean => y.partners.length > 0 || (y.labelled?.length ?? 0) > 0 || (y.partnerReported?.length ?? 0) > 0;

/**
 * The nearest year with partner figures; on a tie the earlier year, because figures for a year
 * already over are what a reader of that date could have known.
 */
function nearestYear(years: readonly TradeYear[], year: number): TradeYear | null {
  let best: TradeYear | null = null;
  for (const y of years.filter(hasRows)) {
    if (best === null) best = y;
    else {
      const d = Math.abs(y.year - year);
      const bestD = Math.abs(best.year - year);
      if (d < bestD || (d === bestD && y.year < best.year)) best = y;
    }
  }
  return best;
}

/** How a year's figures were compiled, in words; `stated` when the data say so explicitly. */
export function yearBasis(y: TradeYear): { text: string; stated: boolean } {
  if (y.basis !== undefined) return { text: y.basis, stated: true };
  if (y.sources.length > 0 && y.sources.every((c) => c.source === IMF_DOTS_SOURCE))
    return { text: "IMF Direction of Trade Statistics: the reporter's own figures, calendar year", stated: false };
  return { text: "the reporter's own published figures (see the sources)", stated: false };
}

const usd = (v: number): string => `US$${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} m`;

/**
 * The reporter's partners in `year` (or the nearest year with partner figures), ranked by total,
 * largest first (ties by id); null if the file has no partner figures at all. `nameOf` gives a
 * state's name (the code is used when it gives none).
 */
export function tradeAnswerFor(file: TradeFile, year: number, nameOf: (iso3: string) => string | undefined = () => undefined): TradeAnswer | null {
  const requested = file.years.find((y) => y.year === year);
  const used = requested && hasRows(requested) ? requested : nearestYear(file.years, year);
  if (!used) return null;
  const name = (code: string): string => nameOf(code) ?? code;
  const reporterName = name(file.reporter);
  const exact = used.year === year;
  const basis = yearBasis(used);
  const world = used.worldTotal !== null && used.worldTotal > 0 ? used.worldTotal : null;
  const notes: string[] = [];

  if (!exact) {
    notes.push(
      `No partner figures for ${year}: showing ${used.year}, the nearest year with them.` +
        (requested && requested.worldTotal !== null ? ` For ${year} only the total trade with the world is recorded (${usd(requested.worldTotal)}).` : ''),
    );
    // What the requested year's sources say about its missing list (e.g. "no partner release found").
    for (const c of requested?.caveats ?? []) notes.push(`${year}: ${c}`);
  }
  if (used.basisChange !== undefined) notes.push(used.basisChange);
  for (const c of used.caveats ?? []) notes.push(c);
  if (used.partnersShown) notes.push(`${used.partnersShown.note}.`);

  type Row = Omit<TradeAnswerPartner, 'rank'>;
  const flows = (exports: number | null, imports: number | null): Pick<Row, 'exports' | 'imports'> => ({
    ...(exports !== null ? { exports } : {}),
    ...(imports !== null ? { imports } : {}),
  });
  const share = (total: number): Pick<Row, 'share'> => (world !== null ? { share: total / world } : {});
  const noShare: string[] = [];
  const rows: Row[] = [
    ...used.partners.map((p): Row => {
      if (p.basis !== undefined) noShare.push(`${name(p.partner)} (its figure is on another basis: ${p.basis})`);
      return {
        partner: p.partner,
        name: name(p.partner),
        ...flows(p.exports, p.imports),
        total: p.total,
        ...(p.basis === undefined ? share(p.total) : {}),
        ...(p.estimated ? { estimated: true as const } : {}),
        ...(p.basis !== undefined ? { basis: p.basis } : {}),
        ...(p.mirror ? { mirror: p.mirror } : {}),
        ...(p.note !== undefined ? { note: p.note } : {}),
        ...(p.lowerBound ? { lowerBound: true as const } : {}),
      };
    }),
    ...(used.labelled ?? []).map((l): Row => ({
      partner: l.id,
      name: l.label,
      flag: l.flag,
      ...flows(l.exports, l.imports),
      total: l.total,
      ...share(l.total),
      ...(l.estimated ? { estimated: true as const } : {}),
      note: l.note,
    })),
    ...(used.partnerReported ?? []).map((r): Row => {
      noShare.push(`${name(r.partner)} (the figure is ${name(r.mirror.by)}'s own report, not part of ${reporterName}'s recorded total)`);
      return {
        partner: r.partner,
        name: name(r.partner),
        ...flows(r.mirror.exports, r.mirror.imports),
        total: r.mirror.total,
        ...(r.mirror.estimated ? { estimated: true as const } : {}),
        basis: `partner-reported: ${name(r.mirror.by)}'s own figures`,
        mirror: r.mirror,
        partnerReported: true,
        note:
          r.reported === null
            ? `Not in ${reporterName}'s own data for ${used.year}.`
            : `${reporterName}'s own figure (${usd(r.reported.total)}) is too small to place it among its largest partners.`,
      };
    }),
  ];
  rows.sort((a, b) => b.total - a.total || (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));
  const bounds = rows.filter((r) => r.lowerBound);
  if (bounds.length > 0)
    notes.push(`Figures marked ≥ are lower bounds, not the year's figure (part of the year, one flow only, or "more than"): ${bounds.map((r) => r.name).join(', ')}. Their rank may be higher than shown.`);

  let sharesOf: TradeAnswer['sharesOf'] = null;
  if (world === null) notes.push(`No total trade with the world is recorded for ${used.year}, so no shares are given.`);
  else if (used.sharesOfRecordedTrade) {
    sharesOf = 'recorded trade';
    notes.push(`Shares are of ${reporterName}'s recorded trade (${usd(world)}), which leaves out part of its trade in ${used.year}.`);
  } else sharesOf = 'world total';
  if (world !== null && noShare.length > 0) notes.push(`No share is given for ${noShare.join('; ')}.`);

  return {
    reporter: file.reporter,
    year: used.year,
    requestedYear: year,
    exact,
    worldTotal: used.worldTotal,
    basis: basis.text,
    basisStated: basis.stated,
    sharesOf,
    partners: rows.map((r, i) => ({ rank: i + 1, ...r })),
    partnersShown: used.partnersShown ?? null,
    notes,
    sources: used.sources,
  };
}
