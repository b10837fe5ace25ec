/**
 * Benchmark baseline: the same borders drawn with plain MapLibre and nothing else (no data
 * loading, no memberships, no labels). `npm run bench` compares the atlas's cold start to this.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';

setWorkerUrl(new URL('../renderer/maplibre-gl-worker.mjs', document.baseURI).href);
const started = performance.now();
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: '../renderer/geodata/borders/countries.geojson' } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dde6ed' } },
      { id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': '#f3f0e8' } },
      { id: 'line', type: 'line', source: 'countries', paint: { 'line-color': '#8f8b83' } },
    ],
  },
  bounds: [[-12, 8], [172, 72]],
  attributionControl: false,
  renderWorldCopies: false,
});
map.once('idle', () => {
  (window as unknown as { baselineReady: number }).baselineReady = performance.now() - started;
  document.body.dataset.ready = 'true';
});
(window as unknown as { baselineMap: MapLibreMap }).baselineMap = map;
