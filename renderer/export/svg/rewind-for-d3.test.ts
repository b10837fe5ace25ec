import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR } from '../../../geodata/node/read-geodata.js';
import { rewindForD3 } from './rewind-for-d3.js';

const HEMISPHERE = 2 * Math.PI;

describe('rewindForD3', () => {
  it('turns an anticlockwise (RFC 7946) square into one d3 reads as the small square', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };
    expect(geoArea(square)).toBeGreaterThan(HEMISPHERE);
    expect(geoArea(rewindForD3(square))).toBeLessThan(0.1);
  });

  it('leaves a ring d3 already reads correctly alone', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] };
    expect(rewindForD3(square)).toEqual(square);
  });

  it('makes every state of the bundled borders smaller than a hemisphere', () => {
    const countries = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'countries.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { iso3: string }>;
    for (const f of countries.features) expect(geoArea(rewindForD3(f.geometry)), f.properties.iso3).toBeLessThan(HEMISPHERE);
  });
});
