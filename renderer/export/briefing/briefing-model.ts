/**
 * What goes into a PDF briefing pack, as plain data: the cover (date, organisations, bodies in
 * force), the changes since the comparison date, one page per selected state (statuses, history
 * chart, bases, top trade partners, recent events) and every cited source, numbered in order of
 * first citation. Everything comes from the one query layer; the HTML is written elsewhere.
 */
import { basesHostedBy, basesOperatedBy } from '../../../geodata/src/base-queries.js';
import { eventsInvolving } from '../../../geodata/src/event-queries.js';
import { formatPartialDate, holdsOn, startDay, type IsoDay, type PartialDate } from '../../../geodata/src/partial-date.js';
import type { AtlasQueries } from '../../../geodata/src/queries.js';
import type { AtlasEvent, Base, Citation, OrgId, Source, Status, TradeFile } from '../../../geodata/src/schema.js';
import { estimateMark, tradeAnswerFor } from '../../../geodata/src/trade-queries.js';
import { euMembersOf, tradeChart, type TradeChart } from '../../panels/trade-chart.js';
import { STATUS_LABELS } from '../../map/palette.js';
import { membershipChartModel, type ChartModel } from '../../panels/membership-chart.js';
import type { LegendModel } from '../../panels/legend.js';
import { eventAttendance, type EventAttendance } from '../../panels/event-attendance.js';

/** Recent events per state page; exercises are listed apart so summits and treaties are not crowded out. */
export const BRIEFING_EVENTS = 8;
export const BRIEFING_EXERCISES = 4;
export const BRIEFING_EVENT_YEARS = 5;
export const BRIEFING_TRADE_PARTNERS = 5;
/** Without a chosen comparison date the change list covers this many years before the shown day. */
export const DEFAULT_COMPARE_YEARS = 10;

export interface CitedSource {
  n: number;
  source: Source | null;
  id: string;
  /** What the pack cites it for (the first few claims). */
  supports: string[];
}

export interface ChangeRow {
  date: PartialDate;
  state: string;
  stateName: string;
  org: OrgId;
  body: string;
  kind: 'joined' | 'left' | 'changed';
  before: Status | null;
  after: Status | null;
  refs: number[];
}

export interface MembershipRow {
  org: OrgId;
  body: string;
  status: Status;
  statusLabel: string;
  from: PartialDate;
  to: PartialDate | null;
  current: boolean;
  refs: number[];
}

export interface BaseRow {
  base: Base;
  operatorName: string;
  hostName: string;
  refs: number[];
}

export interface TradeRow {
  rank: number;
  partner: string;
  partnerName: string;
  total: number;
  share: number | null;
  estimated: boolean;
  /** The total and share are lower bounds (written "≥"). */
  lowerBound: boolean;
}

export interface StatePage {
  iso3: string;
  name: string;
  otherNames: string[];
  current: MembershipRow[];
  history: MembershipRow[];
  chart: ChartModel;
  basesHosted: BaseRow[];
  basesAbroad: BaseRow[];
  trade: { year: number; requestedYear: number; exact: boolean; worldTotal: number | null; basis: string | null; partners: TradeRow[]; notes: string[]; refs: number[]; estimateNote: string } | null;
  /** Why there is no trade table (no file, no partner figures). */
  tradeNote: string | null;
  /** "Share of trade with main partners, 1992–…" (the panel's chart, print size); null without shares. */
  tradeChart: Pick<TradeChart, 'title' | 'description' | 'svg' | 'tableHtml'> | null;
  /** attendance: the state "absent" or "attended" and who did, for a summit whose sources say. */
  events: { event: AtlasEvent; refs: number[]; attendance: EventAttendance | null }[];
  exercises: { event: AtlasEvent; refs: number[]; attendance: EventAttendance | null }[];
  exerciseCount: number;
}

export interface BriefingModel {
  title: string;
  subtitle: string;
  day: IsoDay;
  asOf: string;
  compare: IsoDay;
  dataAsOf: string;
  dataTitle: string;
  orgs: OrgId[];
  legend: LegendModel;
  /** Sources of the statuses shown on the cover map and of the borders. */
  coverRefs: number[];
  changes: ChangeRow[];
  states: StatePage[];
  sources: CitedSource[];
}

export interface BriefingInput {
  queries: AtlasQueries;
  day: IsoDay;
  orgs: readonly OrgId[];
  compare: IsoDay;
  states: readonly string[];
  legend: LegendModel;
  title: string;
  subtitle: string;
  /** Trade files of the selected states (null: the atlas has none for the state). */
  trade: ReadonlyMap<string, TradeFile | null>;
}

/** The id of the borders source (Natural Earth), cited on the cover. */
export const BORDERS_SOURCE_ID = 'gen-natural-earth';
const SUPPORTS_KEPT = 3;

/** Numbers sources in order of first citation. */
class SourceNumbering {
  private readonly entries = new Map<string, string[]>();

  constructor(private readonly queries: AtlasQueries) {}

  cite(citations: readonly Citation[]): number[] {
    const numbers: number[] = [];
    for (const c of citations) {
      if (!this.entries.has(c.source)) this.entries.set(c.source, []);
      const supports = this.entries.get(c.source)!;
      if (supports.length < SUPPORTS_KEPT && !supports.includes(c.supports)) supports.push(c.supports);
      const n = [...this.entries.keys()].indexOf(c.source) + 1;
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers;
  }

  list(): CitedSource[] {
    return [...this.entries.entries()].map(([id, supports], i) => ({ n: i + 1, id, source: this.queries.sourcesById.get(id) ?? null, supports }));
  }
}

export function defaultCompareDay(day: IsoDay): IsoDay {
  const year = Number(day.slice(0, 4)) - DEFAULT_COMPARE_YEARS;
  return `${Math.max(year, 1991)}-12-31`;
}

function membershipRows(queries: AtlasQueries, iso3: string, day: IsoDay, sources: SourceNumbering): MembershipRow[] {
  return queries
    .historyOf(iso3)
    .filter((a) => startDay(a.since) <= day)
    .map((a) => ({
      org: a.org,
      body: a.body.name,
      status: a.status,
      statusLabel: STATUS_LABELS[a.status],
      from: a.since,
      // A fact that ends after the as-of day is still in force on it: the pack does not look ahead.
      to: a.until !== null && startDay(a.until) <= day ? a.until : null,
      current: holdsOn({ from: a.since, to: a.until }, day),
      refs: sources.cite(a.fact.sources),
    }));
}

function statePage(input: BriefingInput, iso3: string, sources: SourceNumbering): StatePage {
  const { queries, day } = input;
  const state = queries.statesByIso.get(iso3);
  const name = (code: string): string => queries.statesByIso.get(code)?.name ?? code;
  const history = membershipRows(queries, iso3, day, sources);
  const orgsWithHistory = [...new Set(queries.historyOf(iso3).map((a) => a.org))];
  const answers = queries.historyOf(iso3).filter((a) => startDay(a.since) <= day);
  const baseRow = (base: Base): BaseRow => ({ base, operatorName: name(base.operator), hostName: name(base.host), refs: sources.cite(base.sources) });
  const hosted = basesHostedBy(queries.data.bases, iso3, day).map(baseRow);
  const abroad = basesOperatedBy(queries.data.bases, iso3, day).map(baseRow);

  const file = input.trade.get(iso3) ?? null;
  const answer = file ? tradeAnswerFor(file, Number(day.slice(0, 4)), (code) => queries.statesByIso.get(code)?.name) : null;
  const trade = answer
    ? {
        year: answer.year,
        requestedYear: answer.requestedYear,
        exact: answer.exact,
        worldTotal: answer.worldTotal,
        basis: answer.basisStated ? answer.basis : null,
        partners: answer.partners.slice(0, BRIEFING_TRADE_PARTNERS).map((p) => ({ rank: p.rank, partner: p.partner, partnerName: p.partnerReported ? `${p.name} (partner-reported)` : p.name, total: p.total, share: p.share ?? null, estimated: p.estimated === true, lowerBound: p.lowerBound === true })),
        notes: answer.notes,
        refs: sources.cite(answer.sources),
        // "partly estimated by the IMF" (1992–2020) or "derived from the cited figures" (curated years).
        estimateNote: estimateMark(answer).title,
      }
    : null;
  const tradeNote = trade ? null : file ? 'The atlas has no partner figures for this state.' : 'The atlas holds no trade figures for this state.';
  const chart = file ? tradeChart(file, state?.name ?? iso3, euMembersOf(queries), { width: 560, height: 240 }) : null;

  const recent = eventsInvolving(queries.data.events, iso3, day, BRIEFING_EVENT_YEARS).reverse();
  const others = recent.filter((e) => e.type !== 'exercise');
  const drills = recent.filter((e) => e.type === 'exercise');
  const attendeeName = (code: string): string => queries.statesByIso.get(code)?.name ?? code;
  return {
    iso3,
    name: state?.name ?? iso3,
    otherNames: [state?.nameLocal, state?.nameRu].filter((n): n is string => !!n && n !== state?.name).filter((n, i, all) => all.indexOf(n) === i),
    current: history.filter((r) => r.current),
    history,
    chart: membershipChartModel(answers, orgsWithHistory, day, day),
    basesHosted: hosted,
    basesAbroad: abroad,
    trade,
    tradeNote,
    tradeChart: chart ? { title: chart.title, description: chart.description, svg: chart.svg, tableHtml: chart.tableHtml } : null,
    events: others.slice(0, BRIEFING_EVENTS).map((event) => ({ event, refs: sources.cite(event.sources), attendance: eventAttendance(event, iso3, attendeeName) })),
    exercises: drills.slice(0, BRIEFING_EXERCISES).map((event) => ({ event, refs: sources.cite(event.sources), attendance: null })),
    exerciseCount: drills.length,
  };
}

export function briefingModel(input: BriefingInput): BriefingModel {
  const { queries, day, compare } = input;
  const sources = new SourceNumbering(queries);
  const coverRefs = [
    ...input.orgs.flatMap((org) => queries.membershipsOn(org, day).flatMap((a) => sources.cite(a.fact.sources))),
    ...(queries.sourcesById.has(BORDERS_SOURCE_ID) ? sources.cite([{ source: BORDERS_SOURCE_ID, supports: 'state borders and disputed areas on the maps' }]) : []),
  ];
  const [from, to] = compare <= day ? [compare, day] : [day, compare];
  const changes = input.orgs
    .flatMap((org) => queries.changesBetween(org, from, to))
    .map((c) => ({
      date: c.date,
      state: c.state,
      stateName: queries.statesByIso.get(c.state)?.name ?? c.state,
      org: c.org,
      body: (c.bodyAfter ?? c.bodyBefore)?.short ?? c.org,
      kind: c.kind,
      before: c.before,
      after: c.after,
      refs: sources.cite(c.sources),
    }))
    .sort((a, b) => startDay(a.date).localeCompare(startDay(b.date)) || a.stateName.localeCompare(b.stateName));
  const states = input.states.map((iso3) => statePage(input, iso3, sources));
  return {
    title: input.title,
    subtitle: input.subtitle,
    day,
    asOf: `As of ${formatPartialDate(day)}`,
    compare: from,
    dataAsOf: formatPartialDate(queries.data.info.asOf),
    dataTitle: `${queries.data.info.title} ${queries.data.info.version}`,
    orgs: [...input.orgs],
    legend: input.legend,
    coverRefs: [...new Set(coverRefs)],
    changes,
    states,
    sources: sources.list(),
  };
}
