/**
 * The part of the world an export is about: the box around the states that have a status in
 * a shown organisation on the date, with a margin, so the map is not a third Arctic and Sahara.
 * A state counts by its main land (islands far smaller than its largest part are left out, so
 * Russia's Arctic archipelagos and the Kurils do not stretch the frame), and only inside the
 * atlas's area (Atlantic to the date line): the United States in NATO does not pull the frame
 * over America.
 */
import type { MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLatBounds } from './mercator-camera.js';

/** Iceland to the date line, the Arctic coast to Indonesia. */
export const ATLAS_AREA: LngLatBounds = [[-30, -12], [180, 82]];
/** Parts smaller than this share of a state's largest part do not widen the frame. */
const MINOR_PART_SHARE = 0.02;
/** Margin on each side, as a share of the frame's span, and at least this many degrees. */
const MARGIN_SHARE = 0.03;
const MARGIN_MIN_DEGREES = 1.5;
const MAX_LAT = 84;

export interface FramedState {
  geometry: Polygon | MultiPolygon;
}

/** Planar area of a ring in square degrees, shrunk by the cosine of its latitude (a rough km² proxy). */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  let lat = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    sum += x1! * y2! - x2! * y1!;
    lat += y1!;
  }
  return (Math.abs(sum) / 2) * Math.cos(((lat / Math.max(ring.length, 1)) * Math.PI) / 180);
}

function parts(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
}

/** The main parts of the states inside the atlas's area, with their bounding boxes clamped to it. */
function mainParts(states: readonly FramedState[]): { ring: Position[]; box: [number, number, number, number] }[] {
  const [[aw, as], [ae, an]] = ATLAS_AREA;
  const out: { ring: Position[]; box: [number, number, number, number] }[] = [];
  for (const state of states) {
    const rings = parts(state.geometry);
    const areas = rings.map(ringArea);
    const largest = Math.max(...areas);
    rings.forEach((ring, i) => {
      if (areas[i]! < largest * MINOR_PART_SHARE) return;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      const [rw, re, rs, rn] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (re < aw || rw > ae || rn < as || rs > an) return;
      out.push({ ring, box: [Math.max(rw, aw), Math.max(rs, as), Math.min(re, ae), Math.min(rn, an)] });
    });
  }
  return out;
}

/** The frame around `states`, or null when there are none inside the atlas's area. */
export function statusFrame(states: readonly FramedState[]): LngLatBounds | null {
  const main = mainParts(states);
  if (main.length === 0) return null;
  const w = Math.min(...main.map((p) => p.box[0]));
  const s = Math.min(...main.map((p) => p.box[1]));
  const e = Math.max(...main.map((p) => p.box[2]));
  const n = Math.max(...main.map((p) => p.box[3]));
  const mx = Math.max(MARGIN_MIN_DEGREES, (e - w) * MARGIN_SHARE);
  const my = Math.max(MARGIN_MIN_DEGREES, (n - s) * MARGIN_SHARE);
  return [
    [Math.max(-180, w - mx), Math.max(-MAX_LAT, s - my)],
    [Math.min(180, e + mx), Math.min(MAX_LAT, n + my)],
  ];
}

/**
 * The outlines a vector map fits to (the same main parts, inside the atlas's area): in a conic
 * a longitude-latitude box is a wide curved sector whose corners are open sea, so the map is
 * fitted to the states themselves; null when there are none.
 */
export function statusFocus(states: readonly FramedState[]): MultiPoint | null {
  const [[aw, as], [ae, an]] = ATLAS_AREA;
  const coordinates: Position[] = [];
  for (const { ring } of mainParts(states)) {
    for (const [x, y] of ring) coordinates.push([Math.max(aw, Math.min(ae, x!)), Math.max(as, Math.min(an, y!))]);
  }
  return coordinates.length > 0 ? { type: 'MultiPoint', coordinates } : null;
}
