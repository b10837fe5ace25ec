/**
 * The projections of the vector exports, fitted so that a frame (west, south, east, north)
 * fills a rectangle of the page and clipped to it. The conic is equidistant along meridians,
 * centred on the frame, with standard parallels suited to Eurasia.
 */
import { geoConicEquidistant, geoMercator, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { VectorProjection } from '../export-options.js';
import type { LngLatBounds } from '../layout/mercator-camera.js';
import type { Rect } from '../layout/export-layout.js';

/** Standard parallels for a continental view of Eurasia (35° N and 65° N). */
export const EURASIA_PARALLELS: [number, number] = [35, 65];
/** Below this span of latitude the parallels follow the frame (one-sixth rule). */
const CONTINENTAL_SPAN = 30;
const EDGE_STEP_DEGREES = 2;

/** Points along the frame's edges, so the fit covers its curved outline in a conic. */
export function frameOutline(frame: LngLatBounds): MultiPoint {
  const [[w, s], [e, n]] = frame;
  const coordinates: [number, number][] = [];
  const steps = (a: number, b: number) => Math.max(2, Math.ceil(Math.abs(b - a) / EDGE_STEP_DEGREES));
  for (let i = 0, k = steps(w, e); i <= k; i++) {
    const lng = w + ((e - w) * i) / k;
    coordinates.push([lng, s], [lng, n]);
  }
  for (let i = 0, k = steps(s, n); i <= k; i++) {
    const lat = s + ((n - s) * i) / k;
    coordinates.push([w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function conicParallels(frame: LngLatBounds): [number, number] {
  const [[, s], [, n]] = frame;
  const span = n - s;
  if (span >= CONTINENTAL_SPAN) return EURASIA_PARALLELS;
  return [s + span / 6, n - span / 6];
}

/** Space around a fitted focus, in user units, so coastlines do not touch the map's edge. */
export const FOCUS_PADDING = 10;

/** `focus`: outlines to fit instead of the frame's (the states the map is about). */
export function vectorProjection(kind: VectorProjection, frame: LngLatBounds, rect: Rect, padding = 0, focus: MultiPoint | null = null): GeoProjection {
  const pad = focus ? Math.max(padding, FOCUS_PADDING) : padding;
  const centreLng = (frame[0][0] + frame[1][0]) / 2;
  const projection = kind === 'conic' ? geoConicEquidistant().parallels(conicParallels(frame)) : geoMercator();
  projection.rotate([-centreLng, 0]);
  projection.fitExtent(
    [
      [rect.x + pad, rect.y + pad],
      [rect.x + rect.width - pad, rect.y + rect.height - pad],
    ],
    focus ?? frameOutline(frame),
  );
  projection.clipExtent([
    [rect.x, rect.y],
    [rect.x + rect.width, rect.y + rect.height],
  ]);
  return projection;
}

