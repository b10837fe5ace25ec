import { describe, expect, it } from 'vitest';
import { annotationMapFeatures, arrowBearing } from './annotation-map-features.js';
import type { Annotation } from './user-data-schema.js';

const arrow = (lng: number, lat: number, toLng: number, toLat: number): Annotation => ({ kind: 'arrow', id: 'a', text: '', lng, lat, toLng, toLat });

describe('arrowBearing', () => {
  it.each([
    ['north', 70, 40, 70, 50, 0],
    ['east', 70, 40, 80, 40, 90],
    ['south', 70, 50, 70, 40, 180],
    ['west', 80, 40, 70, 40, 270],
  ])('an arrow pointing %s', (_, lng, lat, toLng, toLat, bearing) => {
    expect(arrowBearing({ lng, lat, toLng, toLat })).toBeCloseTo(bearing, 6);
  });

  it('follows the Mercator drawing: a 10°×10° diagonal at 60° N points steeper than 45°', () => {
    // Mercator stretches latitude in the north, so the line is drawn closer to north-south.
    expect(arrowBearing({ lng: 60, lat: 55, toLng: 70, toLat: 65 })).toBeLessThan(45);
  });
});

describe('annotationMapFeatures', () => {
  it('draws a label as a point and an arrow as a line with a head at its end, marking the selection', () => {
    const label: Annotation = { kind: 'label', id: 'l', text: '<b>Kant</b>', lng: 74.85, lat: 42.85 };
    const fc = annotationMapFeatures([label, arrow(60, 40, 70, 40)], 'a', null);
    expect(fc.features.map((f) => [f.properties.kind, f.properties.id, f.properties.selected, f.geometry.type])).toEqual([
      ['label', 'l', false, 'Point'],
      ['arrow', 'a', true, 'LineString'],
      ['arrowhead', 'a', true, 'Point'],
    ]);
    expect(fc.features[0]!.properties.text).toBe('<b>Kant</b>');
    expect(fc.features[2]!.geometry).toEqual({ type: 'Point', coordinates: [70, 40] });
    expect(fc.features[2]!.properties.rotation).toBeCloseTo(90, 6);
  });

  it('adds the sketch of an annotation being placed, with no id', () => {
    expect(annotationMapFeatures([], null, { kind: 'point', lng: 1, lat: 2 }).features.map((f) => [f.properties.kind, f.properties.id])).toEqual([['sketch-point', '']]);
    expect(annotationMapFeatures([], null, { kind: 'line', lng: 1, lat: 2, toLng: 3, toLat: 4 }).features.map((f) => f.properties.kind)).toEqual(['sketch-line', 'arrowhead']);
  });
});
