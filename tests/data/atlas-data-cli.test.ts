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
});
