/**
 * One organisation at a glance, for the organisation panel and the briefing: its body and members
 * on a day, how many states held each status at the end of every year, its members' combined
 * weight (World Bank population and GDP, shares of the world) year by year, and its summits.
 * Pure: the queries object, the weight data and the events list are passed in.
 */
import type { AtlasQueries, MembershipAnswer } from './queries.js';
import type { IsoDay } from './partial-date.js';
import { STATUSES, type AtlasEvent, type OrgId, type Status } from './schema.js';
import { sumOf, type WeightData } from './weight-queries.js';

export interface OrgYear {
  year: number;
  /** Number of states with each status on 31 December (or the day, for its own year). */
  counts: Record<Status, number>;
  populationShare: number | null;
  gdpShare: number | null;
  /** Full members without a World Bank figure that year (the shares leave them out). */
  missing: { population: string[]; gdp: string[] };
}

export interface OrgProfile {
  org: OrgId;
  day: IsoDay;
  body: string | null;
  members: MembershipAnswer[];
  years: OrgYear[];
  summits: AtlasEvent[];
}

export const FIRST_PROFILE_YEAR = 1991;

export function orgProfile(queries: AtlasQueries, weight: WeightData | null, events: readonly AtlasEvent[], org: OrgId, day: IsoDay): OrgProfile {
  const lastYear = Number(day.slice(0, 4));
  const years: OrgYear[] = [];
  for (let year = FIRST_PROFILE_YEAR; year <= lastYear; year++) {
    const yearDay = year === lastYear ? day : `${year}-12-31`;
    const answers = queries.membershipsOn(org, yearDay);
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const a of answers) counts[a.status] += 1;
    const full = answers.filter((a) => a.status === 'member').map((a) => a.state);
    const pop = weight ? sumOf(weight, 'population', full, year) : null;
    const gdp = weight ? sumOf(weight, 'gdp', full, year) : null;
    years.push({
      year,
      counts,
      populationShare: pop?.share ?? null,
      gdpShare: gdp?.share ?? null,
      missing: { population: pop?.year === null ? [] : (pop?.missing ?? []), gdp: gdp?.year === null ? [] : (gdp?.missing ?? []) },
    });
  }
  return {
    org,
    day,
    body: queries.bodiesOn(org, day).map((b) => b.name).join(' / ') || null,
    members: queries.membershipsOn(org, day),
    years,
    summits: events.filter((e) => e.type === 'summit' && (e.orgs ?? []).includes(org) && e.date <= day).sort((a, b) => (a.date < b.date ? 1 : -1)),
  };
}
