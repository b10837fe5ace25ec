/**
 * The renderer type-checks against full zod but is bundled against renderer/zod-subset.ts (see
 * build/bundle/build-renderer.ts): a `z.something` the subset lacks would type-check and then be
 * `undefined` in the app. Every `z.` member used by code the renderer can bundle must be exported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as subset from './zod-subset.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Type-only members of the namespace: erased, never looked up at run time. */
const TYPE_ONLY = new Set(['infer', 'input', 'output']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

describe('the renderer\u2019s zod subset', () => {
  it('exports every zod function the renderer and geodata/src call', () => {
    const used = new Map<string, string>();
    for (const file of [...sourceFiles(join(ROOT, 'renderer')), ...sourceFiles(join(ROOT, 'geodata', 'src'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bz\.([A-Za-z]+)\b/g)) {
        if (!TYPE_ONLY.has(m[1]!)) used.set(m[1]!, relative(ROOT, file));
      }
    }
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter(([name]) => (subset as Record<string, unknown>)[name] === undefined).map(([name, file]) => `z.${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
