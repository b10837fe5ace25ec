/** Reads geodata/data/unions.json (Node only) for the CLI and the tests. */
import { join } from 'node:path';
import { unionsFileSchema, type UnionsFile } from '../src/unions.js';
import { GEODATA_DIR, readJson } from './read-geodata.js';

export function readUnions(dir: string = GEODATA_DIR): UnionsFile {
  return unionsFileSchema.parse(readJson(join(dir, 'unions.json')));
}
