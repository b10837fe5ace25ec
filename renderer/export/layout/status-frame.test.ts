/** The frame of an export, over the real borders and memberships. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { BorderData } from '../svg/border-data.js';
import { coverageShapes } from './map-coverage.js';
import { ATLAS_AREA, statusFocus, statusFrame } from './status-frame.js';

const countries = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'countries.geojson'), 'utf8')) as BorderData['countries'];
const queries = new AtlasQueries(readGeodata());

function colouredOn(day: string, orgs: OrgId[]) {
  return coverageShapes(countries, queries.statusesOn(orgs, day), orgs).filter((s) => s.coloured);
}

describe('statusFrame', () => {
  it('SCO and CSTO in 2024: from Egypt to the date line, from the Maldives to the Russian mainland, no Arctic islands', () => {
    const [[w, s], [e, n]] = statusFrame(colouredOn('2024-12-31', ['SCO', 'CSTO']))!;
    // Egypt (a dialogue partner) begins at 25° E, the Maldives reach about 0°, Russia's Taimyr 77.7° N.
    expect(w).toBeGreaterThan(15);
    expect(w).toBeLessThan(25);
    expect(s).toBeLessThan(1);
    expect(e).toBe(180);
    expect(n).toBeGreaterThan(77.7);
    // Franz Josef Land (81.9° N) is an island group, not the main land.
    expect(n).toBeLessThan(81);
  });

  it('CSTO in 1995: the former Soviet members only, not the whole of the default frame', () => {
    const [[w, s]] = statusFrame(colouredOn('1995-06-30', ['CSTO']))!;
    expect(w).toBeGreaterThan(15);
    expect(s).toBeGreaterThan(30);
  });

  it('NATO: the frame stays inside the atlas area, though the United States and Canada are members', () => {
    const [[w, s], [e, n]] = statusFrame(colouredOn('2024-12-31', ['NATO']))!;
    expect(w).toBeGreaterThanOrEqual(ATLAS_AREA[0][0] - 2);
    expect(s).toBeGreaterThanOrEqual(ATLAS_AREA[0][1] - 2);
    expect(e).toBeLessThanOrEqual(180);
    expect(n).toBeLessThanOrEqual(84);
  });

  it('gives null when no state has a status, so the caller keeps its own frame', () => {
    expect(statusFrame([])).toBeNull();
    expect(statusFocus([])).toBeNull();
  });
});
