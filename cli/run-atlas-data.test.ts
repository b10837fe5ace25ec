import { describe, expect, it } from 'vitest';
import { AtlasQueries } from '../geodata/src/queries.js';
import { createAtlasData, createFact } from '../geodata/src/test-factories.js';
import { runAtlasData } from './run-atlas-data.js';

const TODAY = '2026-11-22';
const queries = new AtlasQueries(
  createAtlasData([
    createFact('IND', 'SCO', 'observer', '2005-07-05', '2017-06-09'),
    createFact('IND', 'SCO', 'member', '2017-06-09', null),
    createFact('KAZ', 'SCO', 'member', '2001-06-15', null),
  ]),
);
const run = (...argv: string[]) => runAtlasData(argv, queries, TODAY);

describe('atlas-data members', () => {
  it('prints the documented JSON for a date', () => {
    const r = run('members', '--org', 'SCO', '--date', '2016-06-30', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { state: string; status: string; since: string; body: string; sources: { id: string; supports: string }[] }[];
    expect(rows.map((x) => [x.state, x.status, x.since])).toEqual([['IND', 'observer', '2005-07-05'], ['KAZ', 'member', '2001-06-15']]);
    expect(rows[0]!.sources[0]).toMatchObject({ id: 'test-source', title: 'Test source', supports: 'test fact' });
    expect(typeof rows[0]!.body).toBe('string');
  });
  it('reads a bare year as 31 December', () => {
    const r = run('members', '--org', 'sco', '--date', '2017', '--json');
    expect((JSON.parse(r.stdout) as { state: string; status: string }[]).find((x) => x.state === 'IND')?.status).toBe('member');
  });
  it('prints a readable table without --json', () => {
    expect(run('members', '--org', 'SCO', '--date', '2016').stdout).toMatch(/IND\s+IND\s+observer\s+2005-07-05/);
  });
});

describe('atlas-data errors exit with code 2 and name the bad value and the accepted forms', () => {
  it.each([
    [['members', '--org', 'WTO', '--date', '2016'], /"WTO".*SCO, CSTO, EAEU, CIS, NATO, EU, BRICS, OTS, GUAM/],
    [['members', '--org', 'SCO', '--date', '2016-02-30'], /"2016-02-30".*YYYY-MM-DD/],
    [['members', '--org', 'SCO', '--date', '1985'], /"1985" is outside/],
    [['members', '--org', 'SCO'], /--date is required/],
    [['history', '--state', 'ATL'], /unknown state "ATL"/],
    [['changes', '--org', 'SCO', '--from', '2020', '--to', '2010'], /after --to/],
    [['members', '--org', 'SCO', '--date', '2016', '--colour', 'red'], /colour/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', (argv, message) => {
    const r = run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });
});

describe('atlas-data history and changes', () => {
  it('lists a state\u2019s facts in date order', () => {
    const rows = JSON.parse(run('history', '--state', 'ind', '--json').stdout) as { status: string }[];
    expect(rows.map((r) => r.status)).toEqual(['observer', 'member']);
  });
  it('lists the changes between two dates with exact dates', () => {
    const rows = JSON.parse(run('changes', '--org', 'SCO', '--from', '2016', '--to', '2025', '--json').stdout) as { state: string; date: string; change: string }[];
    expect(rows).toMatchObject([{ state: 'IND', date: '2017-06-09', change: 'changed' }]);
  });
});
