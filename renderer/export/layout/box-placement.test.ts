/**
 * Where the legend and the overlay key land on every size preset, for the PNG (MapLibre's
 * Mercator camera) and the SVG (conic and Mercator), over the real borders and memberships:
 * never over a state with a status, checked exactly against the projected outlines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import { legendModel } from '../../panels/legend.js';
import { exportOverlays } from '../export-overlays.js';
import type { ExportOverlay } from '../export-options.js';
import { pngPageLayout } from '../png/png-page-layout.js';
import type { BorderData } from '../svg/border-data.js';
import { sovietRepublicsOn } from '../svg/soviet-union.js';
import { svgPageLayout } from '../svg/svg-document.js';
import { vectorProjection } from '../svg/vector-projection.js';
import type { Rect } from './export-layout.js';
import { legendLayout, overlayKeyLayout } from './legend-layout.js';
import { coverageShapes, projectedRings } from './map-coverage.js';
import type { Ring } from './coverage-grid.js';
import { cameraProjection, exportCamera } from './mercator-camera.js';
import { pageGeometry } from './page-geometry.js';
import { pageTexts } from './page-texts.js';
import { SIZE_PRESET_IDS } from './size-presets.js';
import { statusFocus, statusFrame } from './status-frame.js';
import { approximateMeasure } from './text-measure.js';

const read = (file: string): unknown => JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', file), 'utf8'));
const borders = { countries: read('countries.geojson'), disputed: read('disputed.geojson'), labels: read('labels.geojson'), ussr: read('ussr.geojson') } as BorderData;
const queries = new AtlasQueries(readGeodata());

function segmentsCross(a: readonly [number, number], b: readonly [number, number], c: readonly [number, number], d: readonly [number, number]): boolean {
  const cross = (p: readonly [number, number], q: readonly [number, number], r: readonly [number, number]) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function insideRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether a projected state (its rings) and a rectangle share any area: exact, no grid. */
function overlaps(rings: readonly Ring[], rect: Rect): boolean {
  const { x, y, width: w, height: h } = rect;
  const inRect = ([px, py]: readonly [number, number]) => px > x && px < x + w && py > y && py < y + h;
  const corners: [number, number][] = [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
  if (rings.some((ring) => ring.some(inRect))) return true;
  if (corners.some(([cx, cy]) => insideRings(rings, cx, cy))) return true;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      for (let k = 0; k < 4; k++) if (segmentsCross(a, b, corners[k]!, corners[(k + 1) % 4]!)) return true;
    }
  }
  return false;
}

function view(day: string, orgs: OrgId[], show: ExportOverlay[]) {
  const statuses = queries.statusesOn(orgs, day);
  const shapes = coverageShapes(borders.countries, statuses, orgs);
  const coloured = shapes.filter((s) => s.coloured);
  const overlays = exportOverlays({ bases: queries.data.bases, events: queries.data.events, day, show, stateName: (c) => queries.statesByIso.get(c)?.name ?? c });
  return {
    statuses,
    shapes,
    coloured,
    overlays,
    frame: statusFrame(coloured)!,
    focus: statusFocus(coloured),
    texts: pageTexts(queries, { day, orgs, mode: 'status' }, { title: '', subtitle: '' }),
    legend: legendModel(queries, orgs, day, 'status'),
  };
}

function coveredStates(projection: GeoProjection, coloured: ReturnType<typeof view>['coloured'], boxes: readonly Rect[]): number {
  let hits = 0;
  for (const state of coloured) {
    const rings = projectedRings(projection, state.geometry);
    if (boxes.some((box) => overlaps(rings, box))) hits++;
  }
  return hits;
}

const CASES: { name: string; day: string; orgs: OrgId[]; show: ExportOverlay[] }[] = [
  { name: 'SCO and CSTO, 2024', day: '2024-12-31', orgs: ['SCO', 'CSTO'], show: [] },
  { name: 'SCO and CSTO with bases, 2024', day: '2024-12-31', orgs: ['SCO', 'CSTO'], show: ['bases'] },
  { name: 'CSTO, 2010', day: '2010-06-30', orgs: ['CSTO'], show: [] },
];

describe('legend and overlay key placement', () => {
  for (const c of CASES) {
    const v = view(c.day, c.orgs, c.show);
    for (const size of SIZE_PRESET_IDS) {
      it(`PNG ${size}, ${c.name}: the boxes cover none of the coloured states and stay on the page`, () => {
        const page = pageGeometry(size, 96);
        const legend = legendLayout(v.legend, approximateMeasure);
        const overlayKey = overlayKeyLayout(v.overlays.legend, approximateMeasure);
        const { layout } = pngPageLayout({ page, texts: v.texts, legend, overlayKey, projection: 'mercator', frame: v.frame, shapes: v.shapes, markers: v.overlays.markers, measure: approximateMeasure });
        const boxes = [layout.legend, ...(layout.overlayKey ? [layout.overlayKey] : [])];
        expect(Boolean(layout.overlayKey)).toBe(c.show.length > 0);
        const projection = cameraProjection(exportCamera(v.frame, layout.map.width, layout.map.height), layout.map);
        expect(coveredStates(projection, v.coloured, boxes)).toBe(0);
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height).toBeLessThanOrEqual(page.height);
          expect(box.x + box.width).toBeLessThanOrEqual(page.width);
        }
      });

      for (const projectionKind of ['conic', 'mercator'] as const) {
        it(`SVG ${projectionKind} ${size}, ${c.name}: the boxes cover none of the coloured states`, () => {
          const { layout } = svgPageLayout({
            borders,
            statuses: v.statuses,
            orgs: c.orgs,
            mode: 'status',
            day: c.day,
            sovietUnion: false,
            sovietRepublics: sovietRepublicsOn(borders, c.day),
            projection: projectionKind,
            frame: v.frame,
            focus: v.focus,
            measure: approximateMeasure,
            size,
            texts: v.texts,
            legend: v.legend,
            overlays: v.overlays,
          });
          const boxes = [layout.legend, ...(layout.overlayKey ? [layout.overlayKey] : [])];
          const projection = vectorProjection(projectionKind, v.frame, layout.map, 0, v.focus);
          expect(coveredStates(projection, v.coloured, boxes)).toBe(0);
        });
      }
    }
  }
});
