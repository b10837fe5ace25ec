/**
 * The user's annotations as GeoJSON, for anything that draws them outside the live map (the
 * export): a label is a Point, an arrow a two-point LineString from its tail to its head.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Annotation } from './user-data-schema.js';

export interface AnnotationProperties {
  id: string;
  kind: Annotation['kind'];
  /** The user's text, to be drawn as text (never parsed as markup). May be '' for an arrow. */
  text: string;
}

export type AnnotationFeature = Feature<Point | LineString, AnnotationProperties>;

export function annotationFeature(a: Annotation): AnnotationFeature {
  const properties: AnnotationProperties = { id: a.id, kind: a.kind, text: a.text };
  return a.kind === 'label'
    ? { type: 'Feature', id: a.id, properties, geometry: { type: 'Point', coordinates: [a.lng, a.lat] } }
    : { type: 'Feature', id: a.id, properties, geometry: { type: 'LineString', coordinates: [[a.lng, a.lat], [a.toLng, a.toLat]] } };
}

export function annotationsGeoJSON(annotations: readonly Annotation[]): FeatureCollection<Point | LineString, AnnotationProperties> {
  return { type: 'FeatureCollection', features: annotations.map(annotationFeature) };
}
