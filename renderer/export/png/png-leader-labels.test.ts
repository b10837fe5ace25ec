import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { Rect } from '../layout/export-layout.js';
import { coverageShapes } from '../layout/map-coverage.js';
import { exportCamera } from '../layout/mercator-camera.js';
import { statusFrame } from '../layout/status-frame.js';
import { approximateMeasure } from '../layout/text-measure.js';
import type { BorderData } from '../svg/border-data.js';
import { pngLeaderLabels } from './png-leader-labels.js';

const read = (file: string): unknown => JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', file), 'utf8'));
const countries = read('countries.geojson') as BorderData['countries'];
const labels = read('labels.geojson') as BorderData['labels'];
const queries = new AtlasQueries(readGeodata());
const orgs: OrgId[] = ['SCO', 'CSTO'];
const statuses = queries.statusesOn(orgs, '2024-12-31');
const frame = statusFrame(coverageShapes(countries, statuses, orgs).filter((s) => s.coloured))!;
const map = { x: 28, y: 71, width: 870, height: 656 };
const legend = { x: 40, y: 600, width: 200, height: 110 };
const disjoint = (a: Rect, b: Rect) => a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height;

describe('pngLeaderLabels', () => {
  const labelled = new Set(['RUS', 'CHN', 'KAZ', 'IND', 'IRN', 'MNG', 'PAK', 'SAU', 'TUR', 'EGY']);
  const placed = pngLeaderLabels({ labels, statuses, orgs, labelled, camera: exportCamera(frame, map.width, map.height), map, measure: approximateMeasure, avoid: [legend] });

  it('names every coloured state MapLibre left unnamed, each with a leader line, and none it named', () => {
    const ids = placed.map((l) => l.id);
    for (const iso3 of ['ARM', 'AZE', 'BHR', 'QAT', 'KGZ', 'TJK', 'UZB', 'BLR', 'MDV']) expect(ids).toContain(iso3);
    for (const iso3 of labelled) expect(ids).not.toContain(iso3);
    expect(placed.every((l) => l.leader !== undefined)).toBe(true);
  });

  it('keeps the names inside the map, apart from each other and off the legend', () => {
    for (const [i, l] of placed.entries()) {
      expect(l.box.x).toBeGreaterThanOrEqual(map.x);
      expect(l.box.x + l.box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(disjoint(l.box, legend)).toBe(true);
      for (const other of placed.slice(i + 1)) expect(disjoint(l.box, other.box), `${l.id} and ${other.id}`).toBe(true);
    }
  });
});
