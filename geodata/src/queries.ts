/**
 * The one query layer: who held which status when. The map, the table view, the panels, the
 * exports and the CLI all ask these functions; nothing else decides membership.
 */
import { compareDates, holdsOn, startDay, type IsoDay, type PartialDate } from './partial-date.js';
import type { AtlasData, AtlasDetails } from './atlas-data.js';
import type { Body, Citation, MembershipFact, OrgId, Source, State, Status } from './schema.js';

export interface MembershipAnswer {
  state: string;
  org: OrgId;
  status: Status;
  body: Body;
  since: PartialDate;
  until: PartialDate | null;
  fact: MembershipFact;
}

/** How a state's status changed between two days: the one vocabulary of the change map and list. */
export const CHANGE_KINDS = ['joined', 'left', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeRecord {
  state: string;
  org: OrgId;
  date: PartialDate;
  /** null = no status (not a member). */
  before: Status | null;
  after: Status | null;
  kind: ChangeKind;
  bodyBefore: Body | null;
  bodyAfter: Body | null;
  sources: Citation[];
}

/** Indexed, read-only view of the atlas data; build once at start. */
export class AtlasQueries {
  readonly statesByIso: ReadonlyMap<string, State>;
  readonly sourcesById: ReadonlyMap<string, Source>;
  private readonly bodiesById: ReadonlyMap<string, Body>;
  private readonly factsByOrg: ReadonlyMap<OrgId, readonly MembershipFact[]>;

  constructor(readonly data: AtlasData) {
    this.statesByIso = new Map(data.states.map((s) => [s.iso3, s]));
    this.sourcesById = new Map(data.sources.map((s) => [s.id, s]));
    this.bodiesById = new Map(data.memberships.flatMap((m) => m.bodies.map((b) => [b.id, b] as const)));
    this.factsByOrg = new Map(data.memberships.map((m) => [m.organization.id, m.facts]));
  }

  /**
   * This atlas with what the renderer loads after start (bases, events, their sources): a new
   * queries object over new arrays; this one, and every holder of its `data`, is left as it was.
   * Ids already present are refused rather than shadowed.
   */
  withDetails(details: AtlasDetails): AtlasQueries {
    const clash = details.sources.find((s) => this.sourcesById.has(s.id));
    if (clash) throw new RangeError(`Source ${clash.id} is defined twice`);
    return new AtlasQueries({
      ...this.data,
      sources: [...this.data.sources, ...details.sources],
      bases: [...this.data.bases, ...details.bases],
      events: [...this.data.events, ...details.events],
    });
  }

  get orgs(): OrgId[] {
    return this.data.memberships.map((m) => m.organization.id);
  }

  organization(org: OrgId) {
    const file = this.data.memberships.find((m) => m.organization.id === org);
    if (!file) throw new RangeError(`Unknown organisation ${org}`);
    return file.organization;
  }

  body(id: string): Body {
    const body = this.bodiesById.get(id);
    if (!body) throw new RangeError(`Unknown body ${id}`);
    return body;
  }

  /** The body in force for an organisation's lineage on a day (for the legend), or null before it existed. */
  bodyOn(org: OrgId, day: IsoDay): Body | null {
    const file = this.data.memberships.find((m) => m.organization.id === org);
    if (!file) return null;
    return file.bodies.find((b) => holdsOn(b, day)) ?? null;
  }

  /** Bodies of the lineage in force on the day (more than one while e.g. EurAsEC and its Customs Union coexisted). */
  bodiesOn(org: OrgId, day: IsoDay): Body[] {
    const file = this.data.memberships.find((m) => m.organization.id === org);
    return file ? file.bodies.filter((b) => holdsOn(b, day)) : [];
  }

  /** Every state with a status in the organisation on the day, sorted by state code. */
  membershipsOn(org: OrgId, day: IsoDay): MembershipAnswer[] {
    const facts = this.factsByOrg.get(org) ?? [];
    return facts
      .filter((f) => holdsOn(f, day))
      .map((fact) => this.answer(fact))
      .sort((a, b) => a.state.localeCompare(b.state));
  }

  /** Every state's status in each of the given organisations on the day. */
  statusesOn(orgs: readonly OrgId[], day: IsoDay): Map<string, Partial<Record<OrgId, Status>>> {
    const table = new Map<string, Partial<Record<OrgId, Status>>>();
    for (const org of orgs) {
      for (const answer of this.membershipsOn(org, day)) {
        table.set(answer.state, { ...table.get(answer.state), [org]: answer.status });
      }
    }
    return table;
  }

  /** The status of one state in one organisation on a day, or null. */
  statusOf(state: string, org: OrgId, day: IsoDay): MembershipAnswer | null {
    const fact = (this.factsByOrg.get(org) ?? []).find((f) => f.state === state && holdsOn(f, day));
    return fact ? this.answer(fact) : null;
  }

  /** All facts for a state, every organisation, in date order. */
  historyOf(state: string): MembershipAnswer[] {
    return this.data.memberships
      .flatMap((m) => m.facts.filter((f) => f.state === state))
      .map((fact) => this.answer(fact))
      .sort((a, b) => compareDates(a.since, b.since) || a.org.localeCompare(b.org));
  }

  /**
   * Every change of status in the organisation on days d with from < d <= to: joins, exits and
   * status changes, with the date and the sources of the fact that starts or ends.
   * A body switch with the same status (Shanghai Five -> SCO) is not a change of status.
   */
  changesBetween(org: OrgId, from: IsoDay, to: IsoDay): ChangeRecord[] {
    const facts = this.factsByOrg.get(org) ?? [];
    const boundaries = new Set<IsoDay>();
    for (const f of facts) {
      boundaries.add(startDay(f.from));
      if (f.to !== null) boundaries.add(startDay(f.to));
    }
    const changes: ChangeRecord[] = [];
    const states = [...new Set(facts.map((f) => f.state))].sort();
    const days = [...boundaries].filter((d) => d > from && d <= to).sort();
    for (const state of states) {
      const own = facts.filter((f) => f.state === state);
      for (const day of days) {
        const after = own.find((f) => holdsOn(f, day)) ?? null;
        const before = own.find((f) => f.to !== null && startDay(f.to) === day) ?? null;
        const starts = after !== null && startDay(after.from) === day ? after : null;
        if (!starts && !before) continue;
        const statusBefore = before?.status ?? null;
        const statusAfter = after?.status ?? null;
        if (statusBefore === statusAfter) continue;
        const kind: ChangeKind = statusBefore === null ? 'joined' : statusAfter === null ? 'left' : 'changed';
        const date = (starts?.from ?? before!.to)!;
        changes.push({
          state,
          org,
          date,
          before: statusBefore,
          after: statusAfter,
          kind,
          bodyBefore: before ? this.body(before.body) : null,
          bodyAfter: after ? this.body(after.body) : null,
          sources: [...(starts?.sources ?? []), ...(!starts && before ? before.sources : [])],
        });
      }
    }
    return changes.sort((a, b) => compareDates(a.date, b.date) || a.state.localeCompare(b.state));
  }

  /** Days on which any status in the organisation changes (for timeline ticks and next/previous). */
  changeDays(org: OrgId): IsoDay[] {
    const days = new Set<IsoDay>();
    for (const f of this.factsByOrg.get(org) ?? []) {
      days.add(startDay(f.from));
      if (f.to !== null) days.add(startDay(f.to));
    }
    return [...days].sort();
  }

  private answer(fact: MembershipFact): MembershipAnswer {
    return {
      state: fact.state,
      org: fact.org,
      status: fact.status,
      body: this.body(fact.body),
      since: fact.from,
      until: fact.to,
      fact,
    };
  }
}
