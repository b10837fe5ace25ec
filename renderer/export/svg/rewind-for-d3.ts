/**
 * GeoJSON (RFC 7946) winds outer rings anticlockwise; d3-geo works on the sphere and reads a
 * ring's inside from its winding, so an anticlockwise ring means "everything but this country"
 * and fills the whole map. Rings are reversed wherever the polygon would cover more than a
 * hemisphere, which no state does.
 */
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const HEMISPHERE = 2 * Math.PI;

function rewindPolygon(rings: Position[][]): Position[][] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > HEMISPHERE ? rings.map((ring) => [...ring].reverse()) : rings;
}

export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(rewindPolygon) } as G;
}
