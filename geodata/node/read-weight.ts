/** Reads geodata/data/weight/indicators.json (Node only) for the CLI and the tests. */
import { join } from 'node:path';
import { weightDataSchema, type WeightData } from '../src/weight-queries.js';
import { GEODATA_DIR, readJson } from './read-geodata.js';

export function readWeight(dir: string = GEODATA_DIR): WeightData {
  return weightDataSchema.parse(readJson(join(dir, 'weight', 'indicators.json')));
}
