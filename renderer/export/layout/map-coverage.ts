/**
 * The coverage grid of one map rectangle under one projection: the states with a status weigh
 * so much that no box is ever put over them when any other place exists, other land a little
 * (a box is better on open sea than over a neighbour), markers in between. The projection
 * cuts and clips the shapes exactly as the drawn map does (d3's stream, clipped to the rect).
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { StatusTable } from '../../map/atlas-map.js';
import { rewindForD3 } from '../svg/rewind-for-d3.js';
import { CoverageGrid, type Ring } from './coverage-grid.js';
import type { Rect } from './export-layout.js';

/** Design units per grid cell: finer than any box edge matters, coarse enough to be quick. */
export const COVERAGE_CELL = 4;
export const WEIGHT_LAND = 1;
export const WEIGHT_MARKER = 2_000;
/** One cell of a coloured state outweighs any amount of land or markers under a box. */
export const WEIGHT_STATUS = 1e9;
const MARKER_RADIUS = 6;

export interface CoverageShape {
  /** Wound for d3 (rewindForD3). */
  geometry: Polygon | MultiPolygon;
  /** Whether the state has a status in a shown organisation (it is coloured). */
  coloured: boolean;
}

/** Every state of the border file (wound for d3), marked coloured when it has a status in a shown organisation. */
export function coverageShapes(countries: FeatureCollection<Polygon | MultiPolygon, { iso3: string }>, statuses: StatusTable, orgs: readonly OrgId[]): CoverageShape[] {
  return countries.features.map((f) => ({ geometry: rewindForD3(f.geometry), coloured: orgs.some((o) => statuses.get(f.properties.iso3)?.[o] !== undefined) }));
}

/** The rings a geometry becomes on the page (in the projection's units, cut and clipped). */
export function projectedRings(projection: GeoProjection, geometry: Polygon | MultiPolygon): Ring[] {
  const rings: [number, number][][] = [];
  let current: [number, number][] | null = null;
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current?.push([x, y]);
    },
    closePath() {
      current = null;
    },
    arc() {},
    beginPath() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry);
  return rings.filter((r) => r.length > 2);
}

export function mapCoverage(projection: GeoProjection, rect: Rect, shapes: readonly CoverageShape[], markers: readonly { lon: number; lat: number }[] = []): CoverageGrid {
  const grid = new CoverageGrid(rect, COVERAGE_CELL);
  for (const shape of shapes) {
    const rings = projectedRings(projection, shape.geometry);
    if (rings.length === 0) continue;
    // A coloured state grows by a cell, so a box clear of its cells is clear of its outline.
    if (shape.coloured) grid.fill(rings, WEIGHT_STATUS, 1);
    else grid.fill(rings, WEIGHT_LAND);
  }
  for (const m of markers) {
    const p = projection([m.lon, m.lat]);
    if (p) grid.fillDisc(p[0], p[1], MARKER_RADIUS, WEIGHT_MARKER);
  }
  return grid;
}

/** How much of a box (0–1) lies over land, on a grid of the map: set-off names prefer the sea. */
export function landShare(projection: GeoProjection, rect: Rect, shapes: readonly CoverageShape[]): (box: Rect) => number {
  const grid = new CoverageGrid(rect, COVERAGE_CELL);
  for (const shape of shapes) {
    const rings = projectedRings(projection, shape.geometry);
    if (rings.length > 0) grid.fill(rings, 1);
  }
  return (box) => {
    const cells = Math.max(1, Math.ceil(box.width / COVERAGE_CELL) * Math.ceil(box.height / COVERAGE_CELL));
    return Math.min(1, grid.cost(box) / cells);
  };
}
