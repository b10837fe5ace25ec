/** Small factories for unit tests of the query layer (tests build their own world). */
import type { AtlasData } from './atlas-data.js';
import type { AtlasEvent, Base, MembershipFact, OrgId, Status, TradeFile, TradePartner, TradeYear } from './schema.js';

const cite = [{ source: 'test-source', supports: 'test fact' }] as [{ source: string; supports: string }];

export function createFact(state: string, org: OrgId, status: Status, from: string, to: string | null, body = org.toLowerCase()): MembershipFact {
  return { id: `${org}-${state}-${status}-${from}`.toLowerCase(), state, org, body, status, from, to, sources: cite };
}

export function createAtlasData(facts: MembershipFact[], bodies: { id: string; org: OrgId; from: string; to: string | null; name?: string }[] = []): AtlasData {
  const orgs = [...new Set(facts.map((f) => f.org))];
  return {
    info: { asOf: '2026-11-22', title: 'test', version: 'test' },
    states: [...new Set(facts.map((f) => f.state))].map((iso3) => ({ iso3, name: iso3 })),
    sources: [{ id: 'test-source', title: 'Test source', publisher: 'Test', date: '2020', kind: 'dataset' }],
    memberships: orgs.map((org) => {
      const own = bodies.filter((b) => b.org === org);
      return {
        organization: { id: org, name: org, short: org, from: '1991', description: 'test' },
        bodies: (own.length > 0 ? own : [{ id: org.toLowerCase(), org, from: '1991', to: null }]).map((b) => ({
          id: b.id, org, name: b.name ?? b.id, short: b.id, from: b.from, to: b.to, sources: cite,
        })),
        facts: facts.filter((f) => f.org === org),
      };
    }),
    bases: [],
    events: [],
  };
}

/** A base with plausible defaults; override what the test is about. */
export function createBase(id: string, operator: string, host: string, from: string, to: string | null, overrides: Partial<Base> = {}): Base {
  return {
    id, name: id, operator, host, type: 'air base', from, to, lon: 0, lat: 0, precision: 'site', confidence: 'strong', sources: cite,
    ...overrides,
  };
}

/** An event with plausible defaults; override what the test is about. */
export function createEvent(id: string, date: string, participants: [string, ...string[]], overrides: Partial<AtlasEvent> = {}): AtlasEvent {
  return { id, date, type: 'summit', title: id, summary: `Test event ${id}.`, participants, sources: cite, ...overrides };
}

/** One trade partner row; total = exports + imports unless given. */
export function createPartner(partner: string, total: number, overrides: Partial<TradePartner> = {}): TradePartner {
  return { partner, exports: null, imports: null, total, estimated: false, ...overrides };
}

export function createTradeYear(year: number, worldTotal: number | null, partners: TradePartner[], source = 'test-source'): TradeYear {
  return { year, worldTotal, partners, sources: [{ source, supports: `trade in ${year}` }] };
}

export function createTradeFile(reporter: string, years: TradeYear[]): TradeFile {
  return { reporter, years };
}
