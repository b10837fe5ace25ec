/**
 * The part of the world an export shows. An overview exports the states the map is about
 * (statusFrame), framed tightly, whatever the window showed around them (the app's first view
 * cuts off the Maldives and the Arctic coast, and shows Iberia and the Sahara); a close-up the
 * user zoomed to (a live view smaller than CLOSE_UP_SHARE of those states' frame) exports what
 * it shows. Without either, the atlas's default frame (Iberia to Kamchatka).
 */
import type { MultiPoint } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { DEFAULT_BOUNDS, type AppState } from '../../state/app-state.js';
import type { LngLatBounds } from './mercator-camera.js';

const MAX_LAT = 85;
/** A live view smaller than this share of the states' frame (longitude × latitude) is a close-up. */
export const CLOSE_UP_SHARE = 0.5;

function liveView(state: Pick<AppState, 'camera'>, map: Pick<MapLibreMap, 'getBounds'> | null): LngLatBounds | null {
  if (state.camera === null || map === null) return null;
  const b = map.getBounds();
  const clampLat = (v: number) => Math.max(-MAX_LAT, Math.min(MAX_LAT, v));
  const clampLng = (v: number) => Math.max(-180, Math.min(180, v));
  return [
    [clampLng(b.getWest()), clampLat(b.getSouth())],
    [clampLng(b.getEast()), clampLat(b.getNorth())],
  ];
}

const area = ([[w, s], [e, n]]: LngLatBounds): number => Math.max(0, e - w) * Math.max(0, n - s);

/** Whether the export shows the live view (a close-up) rather than the states it is about. */
function showsLiveView(view: LngLatBounds | null, about: LngLatBounds | null): view is LngLatBounds {
  return view !== null && (about === null || area(view) < area(about) * CLOSE_UP_SHARE);
}

export function exportFrame(state: Pick<AppState, 'camera'>, map: Pick<MapLibreMap, 'getBounds'> | null, about: LngLatBounds | null = null): LngLatBounds {
  const view = liveView(state, map);
  if (showsLiveView(view, about)) return view;
  return about ?? DEFAULT_BOUNDS;
}

/** What a vector map fits to: the states the map is about, unless the export shows a close-up. */
export function exportFocus(state: Pick<AppState, 'camera'>, map: Pick<MapLibreMap, 'getBounds'> | null, about: LngLatBounds | null, focus: MultiPoint | null): MultiPoint | null {
  return showsLiveView(liveView(state, map), about) ? null : focus;
}
