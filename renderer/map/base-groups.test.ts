import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { basesOn } from '../../geodata/src/base-queries.js';
import { activeOnFilter, baseGroupFeatures } from './overlay-features.js';

const bases = readGeodata().bases;
const groups = baseGroupFeatures(bases).features;
const on = (day: string) => {
  const filter = featureFilter(activeOnFilter(day), 'layers[0].filter');
  return groups.filter((f) => filter.filter({ zoom: 3 }, { type: 1, properties: f.properties, geometry: [] } as never));
};

describe('grouped base markers (real data)', () => {
  it('draws every site active on a day exactly once, in a group or alone', () => {
    for (const day of ['1992-06-30', '2005-06-30', '2014-06-02', '2025-06-30']) {
      const shown = on(day).flatMap((f) => f.properties.ids.split(','));
      expect(shown.sort(), day).toEqual(basesOn(bases, day).map((b) => b.id).sort());
    }
  });

  it('gives one marker per operator and host, with the count of its sites', () => {
    const day = '2025-06-30';
    const markers = on(day);
    const pairs = markers.map((f) => `${f.properties.operator}|${f.properties.host}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const f of markers) {
      const n = basesOn(bases, day).filter((b) => b.operator === f.properties.operator && b.host === f.properties.host).length;
      expect(f.properties.count, pairs.join()).toBe(f.properties.kind === 'group' ? n : 1);
      expect(f.properties.kind === 'group').toBe(n > 1);
    }
    expect(markers.length).toBeLessThan(basesOn(bases, day).length);
  });
});
