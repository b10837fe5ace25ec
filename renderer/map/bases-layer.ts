/**
 * Map layer: military bases active on the chosen date, coloured by operating state. The source
 * holds every base once; `show` only changes the filter (and the layer's visibility), so a date
 * change never rebuilds anything. Clicking a marker opens a popup naming the site.
 */
import { Popup, type CircleLayerSpecification, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { formatPartialDate, startDay, type IsoDay } from '../../geodata/src/partial-date.js';
import { spanStart } from './history-layer.js';
import type { Base } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';
import { LABEL_FONT } from './base-style.js';
import { activeOnFilter, baseFeatures, baseGroupFeatures, GROUP_MAX_ZOOM } from './overlay-features.js';
import { OVERLAY_BENEATH_LAYER, OverlayLayer } from './overlay-layer.js';

export const BASES_SOURCE_ID = 'overlay-bases';
export const BASES_LAYER_ID = 'overlay-bases-circle';
export const BASES_LABEL_LAYER_ID = 'overlay-bases-label';
/** Below GROUP_MAX_ZOOM: one marker per operator and host, with the number of sites. */
export const BASES_GROUP_LAYER_ID = 'overlay-bases-group';
export const BASES_GROUP_COUNT_LAYER_ID = 'overlay-bases-group-count';
/** Names appear from this zoom, where sites no longer crowd each other. */
const LABEL_MIN_ZOOM = 5;

export interface BasesLayerOptions {
  /** Name a state by its code (for the popup). */
  stateName: (iso3: string) => string;
  /** Add the layer at once (the style is known to be loaded) rather than on the map's 'load'. */
  addNow?: boolean;
}

/** Every base marker: the operator's colour in a white ring; weakly sourced sites paler. */
const MARKER_PAINT = {
  'circle-color': ['get', 'colour'],
  'circle-stroke-color': '#ffffff',
  'circle-stroke-width': 1.5,
  'circle-opacity': ['case', ['get', 'weak'], 0.55, 1],
} satisfies CircleLayerSpecification['paint'];

export class BasesLayer extends OverlayLayer<Base, { day: IsoDay; visible: boolean }> {
  constructor(
    map: MapLibreMap,
    bases: readonly Base[],
    private readonly options: BasesLayerOptions,
  ) {
    super(map, BASES_SOURCE_ID, bases, options.addNow);
  }

  /** Show the bases active on the day (or hide the layer). */
  show(day: IsoDay, visible: boolean): void {
    // Any two days between the same change days show the same markers: the filter (and MapLibre's
    // re-layout) only changes when the day crosses one.
    this.changeDays ??= [...new Set([...this.byId.values()].flatMap((b) => [startDay(b.from), ...(b.to === null ? [] : [startDay(b.to)])]))].sort();
    this.view({ day: spanStart(this.changeDays, day), visible });
  }

  /** The days on which some base opens or closes, sorted; worked out again after new items. */
  private changeDays: string[] | null = null;

  protected override itemsChanged(): void {
    this.changeDays = null;
  }

  protected features(bases: readonly Base[]) {
    const sites = baseFeatures(bases);
    return { type: 'FeatureCollection' as const, features: [...sites.features, ...baseGroupFeatures(bases).features] };
  }

  protected applyView({ day, visible }: { day: IsoDay; visible: boolean }): void {
    const visibility = visible ? 'visible' : 'none';
    for (const id of [BASES_LAYER_ID, BASES_LABEL_LAYER_ID]) {
      this.map.setFilter(id, ['all', ['==', ['get', 'kind'], 'site'], activeOnFilter(day)]);
      this.map.setLayoutProperty(id, 'visibility', visibility);
    }
    this.map.setFilter(BASES_GROUP_LAYER_ID, ['all', ['!=', ['get', 'kind'], 'site'], activeOnFilter(day)]);
    this.map.setFilter(BASES_GROUP_COUNT_LAYER_ID, ['all', ['==', ['get', 'kind'], 'group'], activeOnFilter(day)]);
    for (const id of [BASES_GROUP_LAYER_ID, BASES_GROUP_COUNT_LAYER_ID]) this.map.setLayoutProperty(id, 'visibility', visibility);
  }

  protected addLayers(): void {
    const beforeId = this.map.getLayer(OVERLAY_BENEATH_LAYER) ? OVERLAY_BENEATH_LAYER : undefined;
    this.map.addLayer(
      {
        id: BASES_GROUP_LAYER_ID,
        type: 'circle',
        source: BASES_SOURCE_ID,
        maxzoom: GROUP_MAX_ZOOM,
        layout: { visibility: 'none' },
        paint: {
          ...MARKER_PAINT,
          // A group grows with its count (√ scale), a solo site is drawn as on the close-up layer.
          'circle-radius': [
            'interpolate', ['linear'], ['zoom'],
            2, ['case', ['==', ['get', 'kind'], 'group'], ['+', 4, ['*', 2, ['sqrt', ['get', 'count']]]], 4],
            6, ['case', ['==', ['get', 'kind'], 'group'], ['+', 6, ['*', 2.4, ['sqrt', ['get', 'count']]]], 7.5],
          ],
        },
      },
      beforeId,
    );
    this.map.addLayer(
      {
        id: BASES_GROUP_COUNT_LAYER_ID,
        type: 'symbol',
        source: BASES_SOURCE_ID,
        maxzoom: GROUP_MAX_ZOOM,
        layout: { visibility: 'none', 'text-field': ['to-string', ['get', 'count']], 'text-font': LABEL_FONT, 'text-size': 10, 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': '#ffffff', 'text-halo-color': 'rgba(0,0,0,0.45)', 'text-halo-width': 0.8 },
      },
      beforeId,
    );
    this.map.addLayer(
      {
        id: BASES_LAYER_ID,
        type: 'circle',
        source: BASES_SOURCE_ID,
        minzoom: GROUP_MAX_ZOOM,
        layout: { visibility: 'none' },
        paint: { ...MARKER_PAINT, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 4, 6, 7.5] },
      },
      beforeId,
    );
    this.map.addLayer(
      {
        id: BASES_LABEL_LAYER_ID,
        type: 'symbol',
        source: BASES_SOURCE_ID,
        minzoom: LABEL_MIN_ZOOM,
        layout: {
          visibility: 'none',
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 11,
          'text-offset': [0, 0.9],
          'text-anchor': 'top',
          'text-max-width': 12,
          'text-optional': true,
        },
        paint: { 'text-color': '#222222', 'text-halo-color': '#ffffff', 'text-halo-width': 1.3 },
      },
      beforeId,
    );
    for (const layer of [BASES_LAYER_ID, BASES_GROUP_LAYER_ID]) {
      this.map.on('click', layer, (e) => this.openPopup(e));
      this.map.on('mouseenter', layer, () => {
        this.map.getCanvas().style.cursor = 'pointer';
      });
    }
  }

  private openPopup(e: MapLayerMouseEvent): void {
    const props = e.features?.[0]?.properties;
    const name = this.options.stateName;
    if (props?.kind === 'group' && typeof props.ids === 'string') {
      const sites = props.ids.split(',').flatMap((id) => this.byId.get(id) ?? []);
      if (sites.length === 0) return;
      this.popup?.remove();
      this.popup = new Popup({ closeButton: true, maxWidth: '300px', className: 'overlay-popup' })
        .setLngLat(e.lngLat)
        .setDOMContent(
          h('div', { 'data-base-group': String(props.id) },
            h('strong', {}, `${name(sites[0]!.operator)} in ${name(sites[0]!.host)}: ${sites.length} sites`),
            h('ul', {}, ...sites.map((b) => h('li', { 'data-base': b.id }, b.name))),
            h('div', { className: 'muted' }, 'Zoom in to see each site.'),
          ),
        )
        .addTo(this.map);
      return;
    }
    const id = props?.id;
    const base = typeof id === 'string' ? this.byId.get(id.split('@')[0]!) : undefined;
    if (!base) return;
    this.popup?.remove();
    this.popup = new Popup({ closeButton: true, maxWidth: '280px', className: 'overlay-popup' })
      .setLngLat([base.lon, base.lat])
      .setDOMContent(
        h('div', { 'data-base': base.id },
          h('strong', {}, base.name),
          h('div', {}, `${name(base.operator)} in ${name(base.host)} · ${base.type}`),
          h('div', { className: 'muted' }, `${formatPartialDate(base.from)} – ${base.to === null ? 'active' : formatPartialDate(base.to)}`),
          base.confidence === 'weak' ? h('div', { className: 'weak' }, 'Weakly sourced') : null,
        ),
      )
      .addTo(this.map);
  }
}
