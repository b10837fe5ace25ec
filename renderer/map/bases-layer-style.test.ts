import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BasesLayer } from './bases-layer.js';
import { baseStyle } from './base-style.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';

/** Collects the layers BasesLayer adds, through a stand-in that records addLayer calls. */
function basesLayers(): unknown[] {
  const added: unknown[] = [];
  const fake = {
    loaded: () => true,
    isStyleLoaded: () => true,
    once: () => undefined,
    on: () => undefined,
    getLayer: () => undefined,
    addSource: () => undefined,
    addLayer: (l: unknown) => added.push(l),
    setFilter: () => undefined,
    setLayoutProperty: () => undefined,
    getCanvas: () => ({ style: {} }),
  };
  // The layers exist once there are bases to draw.
  new BasesLayer(fake as never, [], { stateName: (s) => s, addNow: true }).setItems(readGeodata().bases.slice(0, 3));
  return added;
}

describe('bases layers', () => {
  it('are added only once there are bases to draw', () => {
    const added: unknown[] = [];
    const fake = { loaded: () => true, isStyleLoaded: () => true, once: () => undefined, on: () => undefined, getLayer: () => undefined, addSource: () => undefined, addLayer: (l: unknown) => added.push(l), setFilter: () => undefined, setLayoutProperty: () => undefined, getCanvas: () => ({ style: {} }) };
    const layer = new BasesLayer(fake as never, [], { stateName: (s) => s, addNow: true });
    expect(added).toEqual([]);
    layer.setItems(readGeodata().bases.slice(0, 3));
    expect(added.length).toBeGreaterThanOrEqual(4);
  });

  it('are valid MapLibre style layers (the style validator MapLibre runs on addLayer)', () => {
    const style = baseStyle('geodata');
    const layers = basesLayers();
    expect(layers.length).toBeGreaterThanOrEqual(4);
    const errors = validateStyleMin({ ...style, sources: { ...style.sources, 'overlay-bases': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [...style.layers, ...(layers as never[])] } as never);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
