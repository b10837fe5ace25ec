/**
 * The five context organisations (NATO, EU, BRICS, OTS, GUAM) over the real data: validated like
 * the core four, every citation resolves, and the dates the issue calls out are the ones recorded.
 */
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { validateAtlas } from '../../geodata/src/validate-atlas.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { CONTEXT_ORG_IDS, type ContextOrgId } from '../../geodata/src/schema.js';

const data = readGeodata();
const queries = new AtlasQueries(data);
const file = (org: ContextOrgId) => data.memberships.find((m) => m.organization.id === org)!;
/** The day a state became a NATO member, from its member fact. */
const natoAccession = (state: string) => file('NATO').facts.find((f) => f.state === state && f.status === 'member')?.from;

describe('context organisations', () => {
  it('each has a lineage file, and no cross-file rule is broken in any of them', () => {
    for (const org of CONTEXT_ORG_IDS) expect(file(org)?.facts.length, org).toBeGreaterThan(5);
    const files = new Set(CONTEXT_ORG_IDS.map((o) => `memberships/${o.toLowerCase()}`));
    expect(validateAtlas(data).filter((p) => files.has(p.file))).toEqual([]);
  });

  it('cites only sources that exist, with the context prefixes, in every fact, body and alternative', () => {
    const prefixes: Record<ContextOrgId, string> = { NATO: 'nato-', EU: 'eu-', BRICS: 'brics-', OTS: 'ots-', GUAM: 'guam-' };
    for (const org of CONTEXT_ORG_IDS) {
      const m = file(org);
      const cites = [...m.bodies.flatMap((b) => b.sources), ...m.facts.flatMap((f) => [...f.sources, ...(f.alternatives ?? []).flatMap((a) => a.sources)])];
      for (const c of cites) {
        expect(queries.sourcesById.has(c.source), `${org} cites ${c.source}`).toBe(true);
        expect(c.source.startsWith(prefixes[org]), `${org} cites ${c.source}`).toBe(true);
      }
    }
  });

  it.each([
    ['HUN', '1999-03-12'], ['CZE', '1999-03-12'], ['POL', '1999-03-12'],
    ['BGR', '2004-03-29'], ['EST', '2004-03-29'], ['LVA', '2004-03-29'], ['LTU', '2004-03-29'], ['ROU', '2004-03-29'], ['SVK', '2004-03-29'], ['SVN', '2004-03-29'],
    ['ALB', '2009-04-01'], ['HRV', '2009-04-01'], ['MNE', '2017-06-05'], ['MKD', '2020-03-27'], ['FIN', '2023-04-04'], ['SWE', '2024-03-07'],
    ['GRC', '1952-02-18'], ['TUR', '1952-02-18'], ['DEU', '1955-05-06'], ['ESP', '1982-05-30'],
  ])('records %s joining NATO on %s', (state, day) => {
    expect(natoAccession(state)).toBe(day);
  });

  it('has 32 NATO members today, the pre-1991 ones already members at the end of 1990', () => {
    expect(queries.membershipsOn('NATO', '2025-01-01').filter((a) => a.status === 'member')).toHaveLength(32);
    expect(queries.membershipsOn('NATO', '1990-12-31').filter((a) => a.status === 'member')).toHaveLength(16);
  });

  it('gives every post-Soviet state and Russia a dated Partnership for Peace fact', () => {
    for (const state of ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB', 'LTU', 'EST', 'LVA']) {
      expect(file('NATO').facts.some((f) => f.state === state && f.status === 'partner'), state).toBe(true);
    }
    expect(queries.statusOf('RUS', 'NATO', '2014-04-01')?.status).toBe('suspended');
    expect(queries.statusOf('BLR', 'NATO', '2022-01-01')?.status).toBe('suspended');
    expect(queries.statusOf('UKR', 'NATO', '2022-09-30')?.status).toBe('applicant');
    expect(queries.statusOf('GEO', 'NATO', '2010-01-01')?.fact.alternatives?.[0]?.status).toBe('partner');
  });

  it('names the body in force: EC before 1 November 1993, BRIC, the Turkic Council, GUUAM', () => {
    expect(queries.bodyOn('EU', '1993-10-31')?.short).toBe('EC');
    expect(queries.bodyOn('EU', '1993-11-01')?.short).toBe('EU');
    expect(queries.bodyOn('BRICS', '2010-01-01')?.short).toBe('BRIC');
    expect(queries.bodyOn('OTS', '2021-11-11')?.short).toBe('Turkic Council');
    expect(queries.bodyOn('OTS', '2021-11-12')?.short).toBe('OTS');
    expect(queries.bodyOn('GUAM', '2000-01-01')?.short).toBe('GUUAM');
    expect(queries.bodyOn('GUAM', '2007-01-01')?.name).toMatch(/Democracy and Economic Development/);
  });

  it('records the UK leaving the EU, the 2022-2023 candidates and the 2024 BRICS expansion', () => {
    expect(queries.changesBetween('EU', '2020-01-01', '2020-12-31')).toMatchObject([{ state: 'GBR', date: '2020-01-31', kind: 'left' }]);
    for (const [state, day] of [['UKR', '2022-06-23'], ['MDA', '2022-06-23'], ['GEO', '2023-12-14']] as const) {
      expect(queries.statusOf(state, 'EU', day)?.status, state).toBe('applicant');
    }
    expect(queries.membershipsOn('BRICS', '2024-01-01').filter((a) => a.status === 'member').map((a) => a.state)).toEqual(['ARE', 'BRA', 'CHN', 'EGY', 'ETH', 'IND', 'IRN', 'RUS', 'ZAF']);
    expect(queries.statusOf('SAU', 'BRICS', '2024-06-01')?.fact.alternatives?.map((a) => a.status).sort()).toEqual(['member', 'none']);
  });

  it('has Uzbekistan in GUUAM from 24 April 1999 and out from 5 May 2005, and the TRNC as an OTS observer', () => {
    expect(queries.statusOf('UZB', 'GUAM', '1999-04-23')).toBeNull();
    expect(queries.statusOf('UZB', 'GUAM', '1999-04-24')?.body.short).toBe('GUUAM');
    expect(queries.statusOf('UZB', 'GUAM', '2005-05-04')?.status).toBe('member');
    expect(queries.statusOf('UZB', 'GUAM', '2005-05-05')).toBeNull();
    expect(queries.statusOf('CYN', 'OTS', '2023-01-01')?.status).toBe('observer');
  });
});
