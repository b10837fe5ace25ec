/** The atlas-data command as a user runs it, over the real data. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/bundle/build-renderer.js';

function atlasData(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli', 'atlas-data.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('atlas-data over the real data', () => {
  it('lists SCO states on 2016-06-30 with statuses, bodies, since-dates and sources', () => {
    const r = atlasData('members', '--org', 'SCO', '--date', '2016-06-30', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { state: string; status: string; body: string; since: string; sources: { title: string }[] }[];
    const by = new Map(rows.map((x) => [x.state, x]));
    expect(by.get('IND')).toMatchObject({ status: 'observer', since: '2005-07-05', body: 'Shanghai Cooperation Organisation' });
    expect(by.get('KAZ')?.status).toBe('member');
    expect(by.has('BLR')).toBe(true);
    for (const row of rows) expect(row.sources.length, row.state).toBeGreaterThan(0);
  }, 30_000);

  it('exits 2 with one line naming a malformed date', () => {
    const r = atlasData('members', '--org', 'SCO', '--date', '2016-6-30');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"2016-6-30"');
  }, 30_000);

  it('trade: Kazakhstan 2023 as JSON, from the same query as the panel', () => {
    const r = atlasData('trade', '--state', 'KAZ', '--year', '2023', '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout) as { reporter: string; year: number; worldTotal: number | null; basis: string; partners: { partner: string; total: number; share?: number }[]; notes: string[]; sources: { id: string }[] };
    expect(answer).toMatchObject({ reporter: 'KAZ', year: 2023 });
    expect(typeof answer.basis).toBe('string');
    expect(answer.partners.length).toBeGreaterThan(0);
    expect(answer.partners.map((p) => p.partner)).toEqual(expect.arrayContaining(['CHN', 'RUS']));
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const p of answer.partners) if (p.share !== undefined) expect(p.share).toBeCloseTo(p.total / answer.worldTotal!, 3);
  }, 30_000);

  it('trade: Ukraine 1995 shows unallocated former-USSR trade by its label and Russia from Russia\u2019s own report, never "Soviet Union"', () => {
    const r = atlasData('trade', '--state', 'UKR', '--year', '1995');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/X-SUN\s+Former USSR, unallocated/);
    expect(r.stdout).toMatch(/RUS\s+Russia\s+[\d,.]+\s+[\d,.]+\s+13,514\.4\s+-\s+partner-reported/);
    expect(r.stdout).not.toMatch(/^\d+\s+\S+\s+Soviet Union/m);
    expect(r.stdout).not.toMatch(/(^|\s)SUN\s/m);
  }, 30_000);

  it('trade: a lower bound (Turkmenistan–Russia, January–August 2021 only) is flagged in JSON and CSV and written "≥" in the table', () => {
    const json = JSON.parse(atlasData('trade', '--state', 'TKM', '--year', '2021', '--json').stdout) as { partners: { partner: string; total: number; lowerBound?: true }[]; notes: string[] };
    expect(json.partners.find((p) => p.partner === 'RUS')).toMatchObject({ total: 1086, lowerBound: true });
    expect(json.partners.find((p) => p.partner === 'UZB')).not.toHaveProperty('lowerBound');
    expect(json.notes.some((n) => n.startsWith('Figures marked ≥ are lower bounds') && n.includes('Russia'))).toBe(true);
    const text = atlasData('trade', '--state', 'TKM', '--year', '2021').stdout;
    expect(text).toMatch(/RUS\s+Russia\s+-\s+-\s+≥ 1,086\.0\s+-\s+estimated, lower bound/);
    const csv = atlasData('trade', '--state', 'TKM', '--year', '2021', '--csv').stdout.split('\n');
    const header = csv[0]!.split(',');
    const russia = csv.find((l) => l.includes(',RUS,'))!.split(',');
    expect(russia[header.indexOf('lower_bound')]).toBe('true');
  }, 30_000);

  it('trade: a bad state or year exits 2 with one line', () => {
    for (const args of [['--state', 'XXX', '--year', '2023'], ['--state', 'KAZ', '--year', '1850']]) {
      const r = atlasData('trade', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 30_000);
});
