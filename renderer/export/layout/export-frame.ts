/**
 * The part of the world an export shows: the live map's visible area when the user moved the
 * view, else the states the map is about (statusFrame), else the atlas's default frame (Iberia
 * to Kamchatka), so a link without a camera exports the same picture whatever the window size.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_BOUNDS, type AppState } from '../../state/app-state.js';
import type { MultiPoint } from 'geojson';
import type { LngLatBounds } from './mercator-camera.js';

const MAX_LAT = 85;

export function exportFrame(state: Pick<AppState, 'camera'>, map: Pick<MapLibreMap, 'getBounds'> | null, about: LngLatBounds | null = null): LngLatBounds {
  if (state.camera === null || map === null) return about ?? DEFAULT_BOUNDS;
  const b = map.getBounds();
  const clampLat = (v: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, v));
  const clampLng = (v: number) => Math.max(-180, Math.min(180, v));
  return [
    [clampLng(b.getWest()), clampLat(b.getSouth())],
    [clampLng(b.getEast()), clampLat(b.getNorth())],
  ];
}

/** What a vector map fits to: the states the map is about, unless the user moved the view. */
export function exportFocus(state: Pick<AppState, 'camera'>, map: Pick<MapLibreMap, 'getBounds'> | null, about: MultiPoint | null): MultiPoint | null {
  return state.camera === null || map === null ? about : null;
}
