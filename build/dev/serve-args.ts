/** Parses `npm run serve` arguments: `--port N` (1024–65535, or 0 for any free port) and `--no-build`. */
export const DEFAULT_PORT = 5178;

export type ServeArgs = { ok: true; port: number; build: boolean } | { ok: false; error: string };

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  let port = DEFAULT_PORT;
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--no-build') {
      build = false;
      continue;
    }
    if (arg === '--port') value = argv[++i];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
    else return { ok: false, error: `Unknown argument "${arg}". Usage: npm run serve -- [--port N] [--no-build]` };
    if (value === undefined || !/^\d+$/.test(value) || (Number(value) !== 0 && (Number(value) < 1024 || Number(value) > 65535))) {
      return { ok: false, error: `--port needs a number from 1024 to 65535 (or 0 for any free port), got "${value ?? ''}".` };
    }
    port = Number(value);
  }
  return { ok: true, port, build };
}
