/** atlas-data over the context organisations (NATO, EU, BRICS, OTS, GUAM): same commands as the core four. */
import { describe, expect, it } from 'vitest';
import { AtlasQueries } from '../geodata/src/queries.js';
import { createAtlasData, createFact } from '../geodata/src/test-factories.js';
import { runAtlasData } from './run-atlas-data.js';

const TODAY = '2026-11-22';

describe('atlas-data over the context organisations', () => {
  const context = new AtlasQueries(
    createAtlasData(
      [
        createFact('UKR', 'NATO', 'partner', '1994-02-08', null),
        createFact('POL', 'NATO', 'member', '1999-03-12', null),
        createFact('GBR', 'EU', 'member', '1973-01-01', '2020-01-31', 'ec'),
        createFact('UZB', 'GUAM', 'member', '1999-04-24', '2005-05-05', 'guuam'),
      ],
      [
        { id: 'ec', org: 'EU', from: '1958', to: '1993-11-01', name: 'European Communities' },
        { id: 'eu', org: 'EU', from: '1993-11-01', to: null, name: 'European Union' },
        { id: 'guuam', org: 'GUAM', from: '1999-04-24', to: '2005', name: 'GUUAM' },
      ],
    ),
  );
  const runContext = (...argv: string[]) => runAtlasData(argv, context, TODAY);

  it('lists NATO members and partners on a day, the organisation id in any case', () => {
    const rows = JSON.parse(runContext('members', '--org', 'nato', '--date', '2000', '--json').stdout) as { state: string; status: string }[];
    expect(rows.map((r) => [r.state, r.status])).toEqual([['POL', 'member'], ['UKR', 'partner']]);
  });

  it('names the body in force and lists exits as changes', () => {
    expect(runContext('members', '--org', 'EU', '--date', '1992').stdout).toMatch(/^European Communities as of 31 December 1992: 1 states/);
    const rows = JSON.parse(runContext('changes', '--org', 'EU', '--from', '2019', '--to', '2021', '--json').stdout) as { state: string; date: string; change: string }[];
    expect(rows).toMatchObject([{ state: 'GBR', date: '2020-01-31', change: 'left' }]);
  });

  it('puts a state’s context facts in its history', () => {
    const rows = JSON.parse(runContext('history', '--state', 'UZB', '--json').stdout) as { org: string; body: string; until?: string }[];
    expect(rows).toMatchObject([{ org: 'GUAM', body: 'GUUAM', until: '2005-05-05' }]);
  });
});
