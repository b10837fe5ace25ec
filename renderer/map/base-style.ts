/**
 * The offline base style: every source is a bundled GeoJSON file under ./geodata; no glyph
 * server (MapLibre renders labels locally from the bundled Noto Sans web font), no tiles.
 */
import { COUNTRY_TILES } from '../../geodata/src/country-tiles.js';
import { COUNTRY_TILE_TEMPLATE } from './country-tile-protocol.js';
import type { StyleSpecification, ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { BASE_COLOURS, ORG_COLOURS } from './palette.js';

/** Radius of the per-organisation status badges of the overlap view, by zoom. */
const BADGE_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 3, 4, 5.5, 7, 7];

/**
 * Overlap view: one small badge per shown organisation under each state's label, filled by
 * status (solid = member, tint = associate/participant, grey = suspended, hollow ring =
 * observer/partner/applicant). Colours come from feature-state, so a date change rebuilds nothing.
 */
export function badgeLayer(org: OrgId): LayerSpecification {
  const has: ExpressionSpecification = ['!=', ['coalesce', ['feature-state', `badge_${org}`], 'none'], 'none'];
  return {
    id: `badge-${org}`,
    type: 'circle',
    source: 'labels',
    layout: { visibility: 'none' },
    paint: {
      'circle-radius': BADGE_RADIUS,
      'circle-color': ['case', has, ['to-color', ['feature-state', `badge_${org}`]], '#ffffff'],
      'circle-stroke-color': ORG_COLOURS[org],
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 1, 1.2, 5, 2],
      'circle-opacity': ['case', has, 1, 0],
      'circle-stroke-opacity': ['case', has, 1, 0],
      'circle-translate': [0, 14],
      'circle-pitch-alignment': 'viewport',
    },
  };
}

export const LABEL_FONT = ['Noto Sans Regular'];
export const LABEL_FONT_BOLD = ['Noto Sans Bold'];

/** Major rivers are drawn from this zoom on (the derivation keeps Natural Earth scalerank ≤ 4). */
export const RIVER_MIN_ZOOM = 3;

/** State names, today's and historical ones alike: bold capitals sized by the state's area. */
const STATE_LABEL_LAYOUT = {
  'text-field': ['get', 'name'],
  'text-font': LABEL_FONT_BOLD,
  'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['*', 0.7, ['get', 'size']], 4, ['*', 1.2, ['get', 'size']], 6, ['*', 1.5, ['get', 'size']]],
  'text-max-width': 7,
  'text-transform': 'uppercase',
  'text-letter-spacing': 0.06,
} satisfies SymbolLayerSpecification['layout'];
const STATE_LABEL_PAINT = { 'text-color': BASE_COLOURS.label, 'text-halo-color': BASE_COLOURS.labelHalo, 'text-halo-width': 1.4 } satisfies SymbolLayerSpecification['paint'];

export function baseStyle(geodataUrl: string): StyleSpecification {
  const src = (file: string) => `${geodataUrl}/borders/${file}`;
  const landFill: ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'fill'], BASE_COLOURS.land]];
  return {
    version: 8,
    name: 'Eurasian Alliances Atlas',
    sources: {
      // Pre-cut vector tiles (build/bundle/country-tiles.ts), not GeoJSON: no tiling at start.
      countries: { type: 'vector', tiles: [COUNTRY_TILE_TEMPLATE], minzoom: COUNTRY_TILES.minzoom, maxzoom: COUNTRY_TILES.maxzoom, promoteId: 'iso3' },
      ussr: { type: 'geojson', data: src('ussr.geojson'), promoteId: 'id' },
      disputed: { type: 'geojson', data: src('disputed.geojson'), promoteId: 'id' },
      capitals: { type: 'geojson', data: src('capitals.geojson') },
      labels: { type: 'geojson', data: src('labels.geojson'), promoteId: 'iso3' },
      graticule: { type: 'geojson', data: src('graticule.geojson') },
      history: { type: 'geojson', data: src('history.geojson'), promoteId: 'id' },
      'history-labels': { type: 'geojson', data: src('history-labels.geojson'), promoteId: 'id' },
      water: { type: 'geojson', data: src('water.geojson') },
      rivers: { type: 'geojson', data: src('rivers.geojson') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } },
      { id: 'graticule', type: 'line', source: 'graticule', paint: { 'line-color': BASE_COLOURS.graticule, 'line-width': 0.6 } },
      { id: 'state-fill', type: 'fill', source: 'countries', 'source-layer': COUNTRY_TILES.layer, paint: { 'fill-color': landFill, 'fill-antialias': true } },
      {
        id: 'state-hatch',
        layout: { visibility: 'none' },
        type: 'fill',
        source: 'countries', 'source-layer': COUNTRY_TILES.layer,
        paint: { 'fill-pattern': 'hatch-suspended', 'fill-opacity': ['case', ['boolean', ['feature-state', 'hatch'], false], 1, 0] },
      },
      {
        id: 'state-border',
        type: 'line',
        source: 'countries', 'source-layer': COUNTRY_TILES.layer,
        paint: {
          'line-color': BASE_COLOURS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1.1],
        },
      },
      // The USSR as one land mass (before the CIS founding): drawn over the republics' fills and
      // borders, so no border depends on feature state and a fill change updates fills only.
      {
        id: 'ussr-fill',
        type: 'fill',
        source: 'ussr',
        layout: { visibility: 'none' },
        paint: { 'fill-color': BASE_COLOURS.land, 'fill-opacity': 1 },
      },
      // Historical states (Yugoslavia, Czechoslovakia, …) drawn over their units on their dates; the
      // layers start hidden and HistoryLayer filters them by the day shown.
      {
        id: 'history-fill',
        type: 'fill',
        source: 'history',
        layout: { visibility: 'none' },
        paint: { 'fill-color': landFill, 'fill-antialias': true },
      },
      {
        id: 'history-border',
        type: 'line',
        source: 'history',
        layout: { visibility: 'none' },
        paint: { 'line-color': BASE_COLOURS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 1.1] },
      },
      { id: 'water-fill', type: 'fill', source: 'water', filter: ['==', ['get', 'kind'], 'lake'], paint: { 'fill-color': BASE_COLOURS.sea } },
      {
        id: 'water-historic',
        type: 'line',
        source: 'water',
        filter: ['==', ['get', 'kind'], 'historic'],
        paint: { 'line-color': BASE_COLOURS.coast, 'line-width': 0.8, 'line-dasharray': [1.5, 1.5] },
      },
      { id: 'rivers', type: 'line', source: 'rivers', minzoom: RIVER_MIN_ZOOM, paint: { 'line-color': BASE_COLOURS.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 6, 1.2] } },
      {
        id: 'ussr-outline',
        type: 'line',
        source: 'ussr',
        layout: { visibility: 'none' },
        paint: { 'line-color': BASE_COLOURS.ussr, 'line-width': 1.6 },
      },
      // The de facto view: a contested area in the colour of whoever holds it (AtlasMap.setBordersView).
      {
        id: 'disputed-control',
        type: 'fill',
        source: 'disputed',
        layout: { visibility: 'none' },
        paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'controlFill'], 'rgba(0,0,0,0)']] },
      },
      {
        id: 'disputed-fill',
        type: 'fill',
        source: 'disputed',
        paint: { 'fill-pattern': 'hatch-disputed', 'fill-opacity': ['case', ['boolean', ['feature-state', 'active'], true], 0.9, 0] },
      },
      {
        id: 'disputed-outline',
        type: 'line',
        source: 'disputed',
        paint: {
          'line-color': BASE_COLOURS.disputed,
          'line-width': 0.9,
          'line-dasharray': [2, 1.5],
          'line-opacity': ['case', ['boolean', ['feature-state', 'active'], true], 1, 0],
        },
      },
      {
        id: 'state-hover',
        layout: { visibility: 'none' },
        type: 'line',
        source: 'countries', 'source-layer': COUNTRY_TILES.layer,
        paint: { 'line-color': BASE_COLOURS.hover, 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
      },
      {
        id: 'state-selected',
        layout: { visibility: 'none' },
        type: 'line',
        source: 'countries', 'source-layer': COUNTRY_TILES.layer,
        paint: {
          'line-color': BASE_COLOURS.selected,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
        },
      },
      {
        id: 'capital-dot',
        type: 'circle',
        source: 'capitals',
        minzoom: 3,
        paint: { 'circle-radius': 2.5, 'circle-color': '#333333', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
      },
      {
        id: 'capital-label',
        type: 'symbol',
        source: 'capitals',
        minzoom: 3.5,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-offset': [0, 0.6],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#333333', 'text-halo-color': BASE_COLOURS.labelHalo, 'text-halo-width': 1.2 },
      },
      ...ORG_IDS.map(badgeLayer),
      {
        id: 'state-label',
        type: 'symbol',
        source: 'labels',
        filter: ['!=', ['get', 'iso3'], 'SUN'],
        layout: { ...STATE_LABEL_LAYOUT, 'symbol-sort-key': ['-', 0, ['get', 'area']] },
        paint: STATE_LABEL_PAINT,
      },
      {
        id: 'history-label',
        type: 'symbol',
        source: 'history-labels',
        layout: { visibility: 'none', ...STATE_LABEL_LAYOUT },
        paint: STATE_LABEL_PAINT,
      },
      {
        id: 'ussr-label',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'iso3'], 'SUN'],
        layout: { visibility: 'none', 'text-field': 'SOVIET UNION', 'text-font': LABEL_FONT_BOLD, 'text-size': 16, 'text-letter-spacing': 0.2 },
        paint: { 'text-color': BASE_COLOURS.ussr, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
    ],
  };
}
