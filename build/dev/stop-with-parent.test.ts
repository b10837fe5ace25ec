import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe('npm run serve', () => {
  it('stops its server when npm\u2019s own PID gets SIGTERM (the shell between them does not forward it)', async () => {
    const npm = spawn('npm', ['run', 'serve', '--', '--port', '0', '--no-build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      npm.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]!);
      });
      npm.on('exit', () => reject(new Error(`npm run serve ended early: ${out}`)));
    });
    expect(await answers(url)).toBe(true);
    npm.kill('SIGTERM');
    const deadline = Date.now() + 5000;
    while ((await answers(url)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await answers(url)).toBe(false);
  }, 40_000);
});
