import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseServeArgs } from './serve-args.js';

describe('npm run serve arguments', () => {
  it('defaults to the documented port and building first', () => {
    expect(parseServeArgs([])).toEqual({ ok: true, port: DEFAULT_PORT, build: true });
  });
  it('accepts --port N and --port=N', () => {
    expect(parseServeArgs(['--port', '8080'])).toMatchObject({ ok: true, port: 8080 });
    expect(parseServeArgs(['--port=9000', '--no-build'])).toEqual({ ok: true, port: 9000, build: false });
  });
  it.each([['--port'], ['--port', 'abc'], ['--port', '80'], ['--port', '70000'], ['--prot', '8080']])('rejects %j with a message naming the problem', (...args) => {
    const r = parseServeArgs(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/--port|Unknown argument/);
  });
});
