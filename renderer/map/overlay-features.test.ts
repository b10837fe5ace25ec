import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basesOn } from '../../geodata/src/base-queries.js';
import { eventsBetween } from '../../geodata/src/event-queries.js';
import { createBase, createEvent } from '../../geodata/src/test-factories.js';
import { activeOnFilter, baseFeatures, eventFeatures, eventWindow, eventsInWindowFilter, OPEN_END } from './overlay-features.js';
import { operatorColour } from './operator-colours.js';

/** Evaluates a layer filter the way MapLibre does, over a feature collection's properties. */
function matching(filter: unknown, collection: { features: { properties: object }[] }): string[] {
  const compiled = featureFilter(filter as never, 'layers[0].filter');
  return collection.features
    .filter((f) => compiled.filter({ zoom: 4 }, { type: 1, properties: f.properties } as never))
    .map((f) => (f.properties as { id: string }).id);
}

const bases = [
  createBase('manas', 'USA', 'KGZ', '2001-12-16', '2014-06-03', { lon: 74.47, lat: 43.05 }),
  createBase('kant', 'RUS', 'KGZ', '2003-10-23', null),
  createBase('gyumri', 'RUS', 'ARM', '1994-09', null),
  createBase('k2', 'USA', 'UZB', '2001-10', '2005-11-21', { confidence: 'weak' }),
];

describe('base features', () => {
  it('carry the operator colour, the weak flag and comparable first and end days', () => {
    const [manas, kant, gyumri, k2] = baseFeatures(bases).features;
    expect(manas?.geometry.coordinates).toEqual([74.47, 43.05]);
    expect(manas?.properties).toMatchObject({ colour: operatorColour('USA'), fromDay: '2001-12-16', toDay: '2014-06-03', weak: false });
    expect(kant?.properties.toDay).toBe(OPEN_END);
    expect(gyumri?.properties.fromDay).toBe('1994-09-01');
    expect(k2?.properties.weak).toBe(true);
  });

  it.each(['1994-08-31', '1994-09-01', '2001-12-16', '2005-11-20', '2005-11-21', '2010-06-30', '2014-06-02', '2014-06-03', '2025-01-01'])(
    'the map filter shows exactly the bases the query layer says are active on %s',
    (day) => {
      expect(matching(activeOnFilter(day), baseFeatures(bases)).sort()).toEqual(basesOn(bases, day).map((b) => b.id).sort());
    },
  );
});

const events = [
  createEvent('summit', '2008-08-28', ['KGZ'], { place: { name: 'Dushanbe', lon: 68.78, lat: 38.56, precision: 'town' } }),
  createEvent('exercise', '2008-07-15', ['KGZ'], { type: 'exercise', end: '2008-07-24', place: { name: 'Issyk-Kul', lon: 77, lat: 42.5, precision: 'region' } }),
  createEvent('war', '2008-08-07', ['GEO', 'RUS'], { type: 'war', end: '2008-08-16', place: { name: 'Tskhinvali', lon: 43.97, lat: 42.22, precision: 'town' } }),
  createEvent('no-place', '2009-01-01', ['RUS']),
];

describe('event features', () => {
  it('draw only events with a place, coloured by kind', () => {
    const features = eventFeatures(events).features;
    expect(features.map((f) => f.id)).toEqual(['summit', 'exercise', 'war']);
    expect(features.map((f) => f.properties.category)).toEqual(['summit', 'exercise', 'conflict']);
  });

  it('the marker window is the two years up to the day', () => {
    expect(eventWindow('2010-06-30')).toEqual({ from: '2008-06-30', to: '2010-06-30' });
  });

  it.each([
    ['2008-07-20', '2008-08-10'],
    ['2008-08-17', '2008-12-31'],
    ['2008-07-25', '2008-08-06'],
    ['2006-01-01', '2010-06-30'],
  ])('the map filter shows exactly the placed events the query layer gives for %s – %s', (from, to) => {
    const expected = eventsBetween(events, from, to).filter((e) => e.place).map((e) => e.id).sort();
    expect(matching(eventsInWindowFilter({ from, to }), eventFeatures(events)).sort()).toEqual(expected);
  });
});
