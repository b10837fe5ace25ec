/** Small factories for unit tests of the query layer (tests build their own world). */
import type { AtlasData } from './atlas-data.js';
import type { MembershipFact, OrgId, Status } from './schema.js';

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
