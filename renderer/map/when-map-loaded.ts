/** Runs a callback once the map's style has loaded (now, if it already has). */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * `now`: the caller knows the style is loaded and wants the layers added before the first frame
 * (an export's hidden map, so its sources load with the borders and one frame draws them all).
 */
export function whenMapLoaded(map: MapLibreMap, callback: () => void, now = false): void {
  if (now) {
    callback();
    return;
  }
  // `_loaded` turns true exactly when MapLibre fires 'load'; the public isStyleLoaded() is
  // briefly false again while tiles load, which would wait for a 'load' that never comes again.
  if (map._loaded) callback();
  else map.once('load', callback);
}

/**
 * A layer added on first need: the returned `request()` adds it (once the map has loaded) the
 * first time it is called and does nothing after. Overlays call it when they first have something
 * to draw, so a start without them compiles none of their shaders (npm run bench, cold start).
 */
export function addOnFirstNeed(map: MapLibreMap, add: () => void, now = false): () => void {
  let requested = false;
  return () => {
    if (requested) return;
    requested = true;
    whenMapLoaded(map, add, now);
  };
}
