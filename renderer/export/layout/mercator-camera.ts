/**
 * Web Mercator as MapLibre draws it (a 512-pixel world at zoom 0), so an export can fit a frame
 * into a page and split the page into tiles that line up exactly with each other.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

export type LngLatBounds = [[number, number], [number, number]];

export interface MercatorCamera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
}

/** MapLibre's world size at zoom 0, in CSS pixels. */
export const WORLD_TILE_SIZE = 512;
const MAX_LAT = 85.051129;

export function worldSize(zoom: number): number {
  return WORLD_TILE_SIZE * 2 ** zoom;
}

/** World pixel coordinates (CSS pixels at the zoom) of a position. */
export function mercatorPoint(lng: number, lat: number, zoom: number): { x: number; y: number } {
  const size = worldSize(zoom);
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

export function mercatorLngLat(x: number, y: number, zoom: number): { lng: number; lat: number } {
  const size = worldSize(zoom);
  const lng = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return { lng, lat };
}

/**
 * The camera that shows `bounds` as large as possible inside width × height CSS pixels with
 * `padding` around it, kept inside the world (MapLibre would otherwise move it, and the tiles
 * of a large export would no longer meet). `edge` keeps a few pixels between view and world edge.
 */
export function fitMercatorCamera(bounds: LngLatBounds, width: number, height: number, padding: number, limits: ZoomLimits, edge = 2): MercatorCamera {
  const [[west, south], [east, north]] = bounds;
  const a = mercatorPoint(west, north, 0);
  const b = mercatorPoint(east, south, 0);
  const spanX = Math.max(b.x - a.x, 1e-9);
  const spanY = Math.max(b.y - a.y, 1e-9);
  let zoom = Math.log2(Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY));
  // The view may not be larger than the world (renderWorldCopies is off).
  zoom = Math.max(zoom, Math.log2((width + 2 * edge) / WORLD_TILE_SIZE), Math.log2((height + 2 * edge) / WORLD_TILE_SIZE));
  zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, zoom));
  const size = worldSize(zoom);
  const scale = 2 ** zoom;
  let cx = ((a.x + b.x) / 2) * scale;
  let cy = ((a.y + b.y) / 2) * scale;
  cx = Math.min(size - width / 2 - edge, Math.max(width / 2 + edge, cx));
  cy = Math.min(size - height / 2 - edge, Math.max(height / 2 + edge, cy));
  const centre = mercatorLngLat(cx, cy, zoom);
  return { lng: centre.lng, lat: centre.lat, zoom };
}

/** The live map's zoom range (AtlasMap), which the export's hidden map keeps too. */
export const EXPORT_ZOOM_LIMITS: ZoomLimits = { minZoom: 0.5, maxZoom: 8 };
/** Space around the frame, in CSS pixels. */
export const FRAME_PADDING = 8;

/** The camera of an exported Mercator map of width × height CSS pixels showing `frame`. */
export function exportCamera(frame: LngLatBounds, width: number, height: number): MercatorCamera {
  return fitMercatorCamera(frame, width, height, FRAME_PADDING, EXPORT_ZOOM_LIMITS);
}

/**
 * A d3 projection that draws exactly what MapLibre draws for `camera` in `rect` (page units,
 * one per CSS pixel): Web Mercator with the world `worldSize(zoom)` wide, clipped to the rect.
 */
export function cameraProjection(camera: MercatorCamera, rect: { x: number; y: number; width: number; height: number }): GeoProjection {
  const size = worldSize(camera.zoom);
  const centre = mercatorPoint(camera.lng, camera.lat, camera.zoom);
  return geoMercator()
    .scale(size / (2 * Math.PI))
    .translate([rect.x + rect.width / 2 + size / 2 - centre.x, rect.y + rect.height / 2 + size / 2 - centre.y])
    .clipExtent([
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
    ]);
}
