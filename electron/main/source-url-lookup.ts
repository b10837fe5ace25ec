import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AtlasDataError, manifestSchema } from '../../geodata/src/atlas-data.js';
import { sourcesFileSchema } from '../../geodata/src/schema.js';

function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new AtlasDataError(file, `cannot be read from ${dir}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AtlasDataError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function parse<T>(schema: z.ZodType<T>, dir: string, file: string): T {
  const result = schema.safeParse(readJson(dir, file));
  if (!result.success) {
    const first = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AtlasDataError(file, first.join('; '));
  }
  return result.data;
}

const isWebUrl = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
};

/**
 * Builds the id → URL table the main process opens links from, out of the same geodata the
 * renderer shows (manifest.json and its sources files under `geodataDir`, i.e. the packaged
 * dist/renderer/geodata). Only http(s) URLs are kept, so nothing else can ever reach
 * shell.openExternal. Reads once; throws AtlasDataError naming the file if one is unusable.
 */
export function sourceUrlLookup(geodataDir: string): (sourceId: string) => string | undefined {
  const manifest = parse(manifestSchema, geodataDir, 'manifest.json');
  const urls = new Map<string, string>();
  for (const file of manifest.sources) {
    for (const source of parse(sourcesFileSchema, geodataDir, file).sources) {
      if (source.url && isWebUrl(source.url)) urls.set(source.id, source.url);
    }
  }
  return (sourceId) => urls.get(sourceId);
}
