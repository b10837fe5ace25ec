/**
 * What the annotations layer draws: every annotation (see annotations-geojson.ts), a head for
 * each arrow turned to point along it, the selection, and the sketch of an annotation being placed.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Annotation } from './user-data-schema.js';

export type MapFeatureKind = 'label' | 'arrow' | 'arrowhead' | 'sketch-point' | 'sketch-line';

export interface MapFeatureProperties {
  /** The annotation's id; '' for a sketch. */
  id: string;
  kind: MapFeatureKind;
  text: string;
  selected: boolean;
  /** Arrowheads: degrees clockwise from map north (icon-rotate with map alignment). */
  rotation: number;
}

/** An annotation being placed: the point clicked, or an arrow being dragged. */
export type Sketch = { kind: 'point'; lng: number; lat: number } | { kind: 'line'; lng: number; lat: number; toLng: number; toLat: number } | null;

type MapFeature = Feature<Point | LineString, MapFeatureProperties>;

const DEG = Math.PI / 180;

/** Web Mercator y of a latitude (unitless, grows northwards). */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2));
}

/**
 * The direction an arrow points, in degrees clockwise from north, as drawn on a Mercator map
 * (where MapLibre draws a two-point line straight).
 */
export function arrowBearing(a: { lng: number; lat: number; toLng: number; toLat: number }): number {
  const dx = (a.toLng - a.lng) * DEG;
  const dy = mercatorY(a.toLat) - mercatorY(a.lat);
  if (dx === 0 && dy === 0) return 0;
  return (Math.atan2(dx, dy) / DEG + 360) % 360;
}

function point(lng: number, lat: number, properties: MapFeatureProperties): MapFeature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lng, lat] } };
}

function line(a: { lng: number; lat: number; toLng: number; toLat: number }, properties: MapFeatureProperties): MapFeature {
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[a.lng, a.lat], [a.toLng, a.toLat]] } };
}

export function annotationMapFeatures(annotations: readonly Annotation[], selectedId: string | null, sketch: Sketch): FeatureCollection<Point | LineString, MapFeatureProperties> {
  const features: MapFeature[] = [];
  for (const a of annotations) {
    const base = { id: a.id, text: a.text, selected: a.id === selectedId, rotation: 0 };
    if (a.kind === 'label') {
      features.push(point(a.lng, a.lat, { ...base, kind: 'label' }));
    } else {
      features.push(line(a, { ...base, kind: 'arrow' }));
      features.push(point(a.toLng, a.toLat, { ...base, kind: 'arrowhead', text: '', rotation: arrowBearing(a) }));
    }
  }
  const sketchProps = { id: '', text: '', selected: false, rotation: 0 };
  if (sketch?.kind === 'point') features.push(point(sketch.lng, sketch.lat, { ...sketchProps, kind: 'sketch-point' }));
  if (sketch?.kind === 'line') {
    features.push(line(sketch, { ...sketchProps, kind: 'sketch-line' }));
    features.push(point(sketch.toLng, sketch.toLat, { ...sketchProps, kind: 'arrowhead', rotation: arrowBearing(sketch) }));
  }
  return { type: 'FeatureCollection', features };
}
