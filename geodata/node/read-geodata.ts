/** Reads geodata/data from disk (Node only) into the raw form parseAtlasData takes. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasDataError, manifestSchema, parseAtlasData, type AtlasData, type Manifest } from '../src/atlas-data.js';

export const GEODATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function readManifest(dir: string = GEODATA_DIR): Manifest {
  return manifestSchema.parse(readJson(join(dir, 'manifest.json')));
}

export function readGeodata(dir: string = GEODATA_DIR): AtlasData {
  const manifest = readManifest(dir);
  const paths = [manifest.info, manifest.states, ...manifest.memberships, ...manifest.sources, ...manifest.bases, ...manifest.events];
  const files: Record<string, unknown> = {};
  for (const p of paths) {
    try {
      files[p] = readJson(join(dir, p));
    } catch (error) {
      throw new AtlasDataError(p, error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot be read');
    }
  }
  return parseAtlasData(manifest, files);
}
