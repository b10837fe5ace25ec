import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COUNTRY_TILES, countryTilePath, type TileIndex } from '../../geodata/src/country-tiles.js';
import { countryTiler, tileBytes, writeCountryTiles } from './country-tiles.js';

const out = mkdtempSync(join(tmpdir(), 'atlas-tiles-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('country tiles (cut at build time)', () => {
  const tiler = countryTiler();
  const written = writeCountryTiles(out);
  const index = JSON.parse(readFileSync(join(out, 'tiles', `${COUNTRY_TILES.layer}.json`), 'utf8')) as TileIndex;

  it('cover the world from z0 to the maximum zoom, one file per tile with land, listed in the index', () => {
    expect(index.minzoom).toBe(0);
    expect(index.maxzoom).toBe(COUNTRY_TILES.maxzoom);
    expect(index.tiles.length).toBe(written.tiles);
    expect(index.tiles).toContain('0/0/0');
    // Every zoom is there, and the open Pacific at z6 is not.
    for (let z = 0; z <= COUNTRY_TILES.maxzoom; z++) expect(index.tiles.some((t) => t.startsWith(`${z}/`)), `z${z}`).toBe(true);
    expect(index.tiles).not.toContain('6/2/28');
  });

  it('hold the states with their codes and names, as the map’s feature state and hover need', () => {
    // Kazakhstan's tile at z4 (x 11, y 5 covers Astana at 71.4°E, 51.2°N).
    const tile = tiler.getTile(4, 11, 5)!;
    const codes = tile.features.map((f) => (f.tags as { iso3: string }).iso3);
    expect(codes).toContain('KAZ');
    expect(tile.features.find((f) => (f.tags as { iso3: string }).iso3 === 'KAZ')!.tags).toMatchObject({ name: 'Kazakhstan' });
  });

  it('write exactly the bytes the tiler encodes (reproducible)', () => {
    for (const key of ['0/0/0', '4/11/5', index.tiles.at(-1)!]) {
      const [z, x, y] = key.split('/').map(Number) as [number, number, number];
      const file = readFileSync(join(out, countryTilePath(z, x, y)));
      expect(Buffer.compare(file, Buffer.from(tileBytes(tiler, z, x, y)!)), key).toBe(0);
    }
  });
});
