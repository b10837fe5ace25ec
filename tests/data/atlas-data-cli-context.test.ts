/** The atlas-data command over the real data for the context organisations, as a user runs it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/bundle/build-renderer.js';

function atlasData(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'cli', 'atlas-data.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('atlas-data over the context organisations', () => {
  it('lists NATO members and partners with sources, and the NATO changes of 2004 with exact days', () => {
    const members = atlasData('members', '--org', 'NATO', '--date', '2024-03-07', '--json');
    expect(members.code).toBe(0);
    const rows = JSON.parse(members.stdout) as { state: string; status: string; since: string; sources: unknown[] }[];
    expect(rows.filter((r) => r.status === 'member')).toHaveLength(32);
    expect(rows.find((r) => r.state === 'SWE')).toMatchObject({ status: 'member', since: '2024-03-07' });
    for (const row of rows) expect(row.sources.length, row.state).toBeGreaterThan(0);
    const changes = JSON.parse(atlasData('changes', '--org', 'nato', '--from', '2003', '--to', '2004', '--json').stdout) as { state: string; date: string; change: string }[];
    expect(changes.filter((c) => c.change === 'changed').map((c) => [c.state, c.date])).toEqual(
      ['BGR', 'EST', 'LTU', 'LVA', 'ROU', 'SVK', 'SVN'].map((s) => [s, '2004-03-29']),
    );
  }, 30_000);

  it('names the body in force in the readable table (EC before Maastricht, GUUAM with Uzbekistan)', () => {
    expect(atlasData('members', '--org', 'EU', '--date', '1992').stdout).toMatch(/^European Communities as of 31 December 1992: 12 states/);
    expect(atlasData('members', '--org', 'GUAM', '--date', '2000').stdout).toMatch(/^GUUAM as of 31 December 2000: 5 states/);
  }, 30_000);
});
