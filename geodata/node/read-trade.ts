/** Node-only: one reporter's trade file from geodata/data/trade (the app loads them over fetch). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tradeFileSchema, type TradeFile } from '../src/schema.js';
import { GEODATA_DIR, readJson } from './read-geodata.js';

/** The reporter's trade file, validated; null when the atlas has none for the state. */
export function readTradeFile(iso3: string, dir: string = GEODATA_DIR): TradeFile | null {
  const path = join(dir, 'trade', `${iso3}.json`);
  return existsSync(path) ? tradeFileSchema.parse(readJson(path)) : null;
}
