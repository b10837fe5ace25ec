import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { readWeight } from '../../geodata/node/read-weight.js';
import { COMMANDS, runAtlasData } from '../run-atlas-data.js';

const queries = new AtlasQueries(readGeodata());
const run = (...argv: string[]) => runAtlasData(argv, queries, '2026-11-22');

describe('atlas-data help', () => {
  it('`help` and `--help` print the usage of every command and exit 0', () => {
    for (const argv of [['help'], ['--help']]) {
      const r = run(...argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(c.usage);
    }
  });

  it('`<command> --help` and `help <command>` print that command’s usage and exit 0', () => {
    for (const c of COMMANDS) {
      expect(run(c.name, '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining(c.usage) as string });
      expect(run('help', c.name)).toMatchObject({ code: 0, stdout: expect.stringContaining(c.summary) as string });
    }
  });

  it('an unknown command in `help` is a usage error', () => {
    expect(run('help', 'nope')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^atlas-data: unknown command "nope"/) as string });
  });
});

describe('atlas-data bases', () => {
  it('lists the bases present on the day with the documented fields', () => {
    const rows = JSON.parse(run('bases', '--date', '2010-06-30', '--json').stdout) as Record<string, unknown>[];
    const manas = rows.find((b) => b.host === 'KGZ' && b.operator === 'USA');
    expect(manas).toBeDefined();
    for (const b of rows) {
      expect(Object.keys(b)).toEqual(expect.arrayContaining(['id', 'name', 'operator', 'host', 'type', 'from', 'to', 'lat', 'lon', 'precision', 'confidence', 'sources']));
      expect((b.sources as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('is half-open: a base is gone on the day it closed (Manas, 3 June 2014)', () => {
    const on = (d: string) => (JSON.parse(run('bases', '--date', d, '--host', 'KGZ', '--operator', 'USA', '--json').stdout) as unknown[]).length;
    expect(on('2014-06-02')).toBe(1);
    expect(on('2014-06-03')).toBe(0);
  });

  it('filters by host and operator, and the table states the scope and says "none known" when empty', () => {
    const rows = JSON.parse(run('bases', '--date', '2025-06-30', '--host', 'ARM', '--json').stdout) as { host: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((b) => b.host === 'ARM')).toBe(true);
    const text = run('bases', '--date', '2025-06-30', '--host', 'ISL', '--operator', 'KGZ').stdout;
    expect(text).toMatch(/: 0 \(none known\)/);
    expect(text).toMatch(/^Scope: /m);
  });

  it('rejects an unknown state and a malformed date with exit 2 and one line', () => {
    for (const argv of [['bases', '--date', '2025', '--host', 'XXX'], ['bases', '--date', '2025-13-01'], ['bases']]) {
      const r = run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('atlas-data events', () => {
  it('lists the events of a window, filtered by organisation, state and type', () => {
    const all = JSON.parse(run('events', '--from', '2024-01-01', '--to', '2024-12-31', '--json').stdout) as { date: string; type: string; orgs: string[]; participants: string[] }[];
    expect(all.length).toBeGreaterThan(5);
    expect(all.every((e) => e.date.slice(0, 4) <= '2024')).toBe(true);
    const summits = JSON.parse(run('events', '--from', '2024-01-01', '--to', '2024-12-31', '--org', 'SCO', '--type', 'summit', '--json').stdout) as typeof all;
    expect(summits.length).toBeGreaterThan(0);
    expect(summits.every((e) => e.type === 'summit' && e.orgs.includes('SCO'))).toBe(true);
    const arm = JSON.parse(run('events', '--from', '2024-01-01', '--to', '2024-12-31', '--state', 'ARM', '--json').stdout) as typeof all;
    expect(arm.every((e) => e.participants.includes('ARM'))).toBe(true);
  });

  it('gives a summit its members that day and, where sources say, who attended and who stayed away', () => {
    type Summit = { id: string; type: string; members?: string[]; attended?: string[]; absent?: string[]; participants: string[] };
    const csto = JSON.parse(run('events', '--from', '2024-11-28', '--to', '2024-11-28', '--org', 'CSTO', '--type', 'summit', '--json').stdout) as Summit[];
    expect(csto).toHaveLength(1);
    const [astana] = csto as [Summit];
    expect(astana.members).toEqual(astana.participants);
    expect(astana.members).toContain('ARM');
    expect(astana.absent).toEqual(['ARM']);
    expect(astana.attended).not.toContain('ARM');
    const other = JSON.parse(run('events', '--from', '2024-01-01', '--to', '2024-12-31', '--type', 'war', '--json').stdout) as Summit[];
    expect(other.every((e) => e.members === undefined)).toBe(true);
    const rows = csvParse(run('events', '--from', '2024-11-28', '--to', '2024-11-28', '--org', 'CSTO', '--type', 'summit', '--csv').stdout);
    const [row] = rows as unknown as [Record<string, string>];
    expect(rows).toHaveLength(1);
    expect(row.absent).toBe('ARM');
    expect(row.members).toContain('ARM');
  });

  it('says under the readable list where the exercise records change source, when the window reaches those years', () => {
    expect(run('events', '--from', '2015-01-01', '--to', '2015-12-31', '--type', 'exercise').stdout).toMatch(/Note: Exercises 1991–2010: the Multinational Military Exercises dataset .* from 2011: a curated list/);
    expect(run('events', '--from', '2005-01-01', '--to', '2005-12-31', '--type', 'exercise').stdout).not.toMatch(/Note: Exercises/);
    expect(run('events', '--from', '2015-01-01', '--to', '2015-12-31', '--type', 'summit').stdout).not.toMatch(/Note: Exercises/);
  });

  it('gives an undated source no date: "date": null and "undated": true in JSON, "undated" in CSV', () => {
    const undated = queries.data.sources.find((src) => src.undated && src.id.startsWith('ev-wiki-minsk'))!;
    expect(undated).toBeDefined();
    const json = JSON.parse(run('events', '--from', '2015-02-01', '--to', '2015-02-28', '--json').stdout) as { id: string; sources: { id: string; date: string | null; undated?: boolean }[] }[];
    const cited = json.flatMap((e) => e.sources).find((src) => src.id === undated.id);
    expect(cited).toMatchObject({ date: null, undated: true });
    const csv = run('events', '--from', '2015-02-01', '--to', '2015-02-28', '--csv').stdout;
    expect(csv).toMatch(/Wikipedia[^;\r\n]*, undated/);
    expect(csv).not.toContain(undated.date);
  });

  it('rejects an unknown type, organisation or reversed window', () => {
    expect(run('events', '--from', '2024', '--to', '2025', '--type', 'party').code).toBe(2);
    expect(run('events', '--from', '2024', '--to', '2025', '--org', 'WTO').code).toBe(2);
    expect(run('events', '--from', '2025', '--to', '2024').stderr).toMatch(/is after --to/);
  });
});

describe('--csv', () => {
  it('writes RFC 4180: a header, one row per item, CRLF line ends, a sources column, quoted commas', () => {
    for (const argv of [
      ['members', '--org', 'SCO', '--date', '2024'],
      ['history', '--state', 'KAZ'],
      ['changes', '--org', 'CSTO', '--from', '1992', '--to', '2025'],
      ['bases', '--date', '2020'],
      ['events', '--from', '2024-01-01', '--to', '2024-12-31'],
    ]) {
      const r = run(...argv, '--csv');
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout.endsWith('\r\n')).toBe(true);
      const rows = csvParseRows(r.stdout.replace(/\r\n$/, '').replace(/\r\n/g, '\n'));
      const json = JSON.parse(run(...argv, '--json').stdout) as unknown[];
      expect(rows.length, argv.join(' ')).toBe(json.length + 1);
      expect(rows[0]).toContain('sources');
      expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    }
  });

  it('cannot be combined with --json', () => {
    expect(run('members', '--org', 'SCO', '--date', '2024', '--csv', '--json').code).toBe(2);
  });
});

describe('atlas-data org', () => {
  const runOrg = (...argv: string[]) => runAtlasData(argv, queries, '2026-11-22', { weight: readWeight });

  it("sums the members' population and GDP and their share of the world's, from the World Bank figures", () => {
    const sco = JSON.parse(runOrg('org', '--org', 'SCO', '--year', '2023', '--json').stdout) as Record<string, unknown>;
    expect(sco).toMatchObject({ org: 'SCO', year: 2023, asOf: '2023-12-31', members: ['CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'] });
    const w = readWeight();
    const pop = (iso: string) => w.indicators.population.values[iso]![2023 - w.firstYear]!;
    const expected = (sco.members as string[]).reduce((t, m) => t + pop(m), 0);
    expect(sco.population).toBe(expected);
    expect(sco.populationShare).toBeCloseTo(expected / pop('WLD'), 10);
    expect(sco.gdpShare as number).toBeGreaterThan(0.1);
    expect(sco.gdpShare as number).toBeLessThan(0.5);
    expect((sco.sources as { id: string }[]).map((s) => s.id)).toEqual(expect.arrayContaining(['gen-worldbank-sp-pop-totl', 'gen-worldbank-ny-gdp-mktp-cd']));
  });

  it('counts full members only (Armenia, suspended in the CSTO, is not one in 2024) and says "no data" rather than zero', () => {
    const csto = JSON.parse(runOrg('org', '--org', 'CSTO', '--year', '2024', '--json').stdout) as { members: string[]; gdp: number | null; notes: string[] };
    expect(csto.members).not.toContain('ARM');
    expect(csto.gdp).toBeNull();
    expect(csto.notes.join(' ')).toMatch(/no World Bank GDP figures for 2024/);
  });

  it('rejects a year outside 1991–today and a year before the organisation existed', () => {
    expect(runOrg('org', '--org', 'SCO', '--year', '1990').code).toBe(2);
    expect(runOrg('org', '--org', 'SCO', '--year', '20x3').code).toBe(2);
    expect(runOrg('org', '--org', 'EAEU', '--year', '1991').stderr).toMatch(/did not exist/);
  });
});

describe('atlas-data states', () => {
  it('lists the states drawn on the day, historical ones with their units and sources', () => {
    const rows = JSON.parse(run('states', '--date', '1992-06-30', '--json').stdout) as { iso3: string; units?: string[]; sources?: unknown[] }[];
    const codes = rows.map((r) => r.iso3);
    expect(codes).toEqual(expect.arrayContaining(['CSK', 'SCG', 'SVN', 'HRV', 'RUS', 'KAZ']));
    for (const c of ['CZE', 'SVK', 'MNE', 'ERI', 'SUN']) expect(codes).not.toContain(c);
    expect(rows.find((r) => r.iso3 === 'CSK')).toMatchObject({ units: ['CZE', 'SVK'] });
    expect(rows.find((r) => r.iso3 === 'CSK')!.sources!.length).toBeGreaterThan(0);
  });

  it('draws the USSR, not its republics, before 26 December 1991', () => {
    const codes = (JSON.parse(run('states', '--date', '1991-06-30', '--json').stdout) as { iso3: string }[]).map((r) => r.iso3);
    expect(codes).toContain('SUN');
    expect(codes).toContain('YUG');
    expect(codes).not.toContain('KAZ');
  });
});
