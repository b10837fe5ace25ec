/** Runs a callback once the map's style has loaded (now, if it already has). */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function whenMapLoaded(map: MapLibreMap, callback: () => void): void {
  // `_loaded` turns true exactly when MapLibre fires 'load'; the public isStyleLoaded() is
  // briefly false again while tiles load, which would wait for a 'load' that never comes again.
  if (map._loaded) callback();
  else map.once('load', callback);
}
