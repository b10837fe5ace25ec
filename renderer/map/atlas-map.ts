/**
 * The MapLibre map of the atlas. Sources are created once; a date or organisation change only
 * sets feature-state (and, for the colour mode, one paint property), so nothing is rebuilt.
 */
import { COUNTRY_TILES } from '../../geodata/src/country-tiles.js';
import { registerCountryTileProtocol } from './country-tile-protocol.js';
import { Map as MapLibreMap, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import type { OrgId } from '../../geodata/src/schema.js';
import { baseStyle } from './base-style.js';
import { addHatchPatterns } from './hatch-patterns.js';
import { BASE_COLOURS, CHANGE_COLOURS, STATUS_ORDER, badgeFill } from './palette.js';
import { fillFor, type StatusTable } from './fill-for.js';
import { holdsOn, type IsoDay } from '../../geodata/src/partial-date.js';
import type { DisputedArea } from '../../geodata/src/atlas-bundles.js';
import { unionsFileSchema } from '../../geodata/src/unions.js';
import { HistoryLayer } from './history-layer.js';
import { controlFill, DEFAULT_BORDERS_VIEW, type BordersView } from '../state/borders-view.js';

import type { ChangeKind } from './change-kinds.js';

const NO_BADGES: Readonly<Record<string, string>> = Object.fromEntries(ORG_IDS.map((o) => [`badge_${o}`, 'none']));

/** The countries source and its layer, for feature state (a vector source names its layer). */
export const COUNTRIES = { source: 'countries', sourceLayer: COUNTRY_TILES.layer } as const;

export type { StatusTable };

import { ORG_IDS } from '../../geodata/src/schema.js';
import { SOVIET_REPUBLICS } from '../../geodata/src/soviet-union.js';

/** Horizontal spacing of the overlap badges, in pixels. */
const BADGE_SPACING = 12;
import type { Camera, Projection, ViewMode } from '../state/app-state.js';
import { DEFAULT_BOUNDS, MAP_MAX_ZOOM, MAP_MIN_ZOOM } from '../state/app-state.js';


export interface HoverInfo {
  iso3: string;
  name: string;
  disputed: { name: string; note: string } | null;
  point: { x: number; y: number };
}

export interface AtlasMapOptions {
  container: HTMLElement;
  geodataUrl: string;
  camera: Camera | null;
  projection: Projection;
  /** For export: keep the drawing buffer so the canvas can be read. */
  preserveDrawingBuffer?: boolean;
  interactive?: boolean;
}


export class AtlasMap {
  readonly map: MapLibreMap;
  private readonly ready: Promise<void>;
  private readonly loaded: Promise<void>;
  /** Every state drawn or whose feature state was ever set, so each view sets them all. */
  private readonly touched = new Set<string>();

  /** The states of the registry: each gets its feature state (the Soviet flag, land fill) set. */
  setStateIds(ids: Iterable<string>): void {
    for (const id of ids) this.touched.add(id);
  }
  private hovered: string | null = null;
  private selected: string | null = null;
  /** Historical states by date (geodata/unions.json); null until loaded, or if it cannot be. */
  private history: HistoryLayer | null = null;
  /** The fill a state code gets in the view last shown, for the historical states drawn over their units. */
  private fillOfState: (iso3: string) => string = () => BASE_COLOURS.land;

  constructor(options: AtlasMapOptions) {
    registerCountryTileProtocol(options.geodataUrl);
    this.map = new MapLibreMap({
      container: options.container,
      style: baseStyle(options.geodataUrl),
      ...(options.camera
        ? { center: [options.camera.lng, options.camera.lat] as [number, number], zoom: options.camera.zoom }
        : { bounds: DEFAULT_BOUNDS }),
      attributionControl: false,
      interactive: options.interactive ?? true,
      canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer ?? false },
      renderWorldCopies: false,
      maxZoom: MAP_MAX_ZOOM,
      minZoom: MAP_MIN_ZOOM,
      // Labels appear at once rather than fading in over 300 ms: the map is settled (idle)
      // sooner after start and after every date change, and exports never catch a fade.
      fadeDuration: 0,
    });
    this.map.setMissingStyleImageResolver(() => addHatchPatterns(this.map));
    // Start-up milestones for the benchmark and the browser's performance panel.
    this.map.once('styledata', () => performance.mark('atlas:map-style'));
    this.map.once('render', () => performance.mark('atlas:map-first-frame'));
    this.map.once('load', () => performance.mark('atlas:map-complete'));
    this.loaded = new Promise((resolve) => {
      if (this.map.loaded()) resolve();
      else this.map.once('load', () => resolve());
    });
    // Ready as soon as the style (sources and layers) exists, before the first frame: feature
    // state set now is in the very first drawing, so the map is never drawn uncoloured first.
    const styled = new Promise<void>((resolve) => {
      const onStyle = (): void => {
        addHatchPatterns(this.map);
        this.setProjection(options.projection);
        resolve();
      };
      if (this.map.isStyleLoaded()) onStyle();
      else this.map.once('style.load', onStyle);
    });
    // The table of historical states, fetched beside the style; without it today's borders are drawn.
    const unions = fetch(`${options.geodataUrl}/unions.json`)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((json) => unionsFileSchema.parse(json))
      .catch((error: unknown) => {
        console.warn(`Historical borders could not be loaded (${error instanceof Error ? error.message : String(error)}); today's borders are drawn for every date.`);
        return null;
      });
    this.ready = Promise.all([styled, unions]).then(([, table]) => {
      if (table) this.history = new HistoryLayer(this.map, table);
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Resolves once the first complete frame is drawn (every source's tiles loaded). */
  whenLoaded(): Promise<void> {
    return this.loaded;
  }

  /** Resolves once the map has drawn everything it was asked to. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving() && this.map.areTilesLoaded()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  setProjection(projection: Projection): void {
    this.map.setProjection({ type: projection });
  }

  /**
   * Colour every state for the shown organisations. `sovietUnion` is true before the USSR's
   * dissolution: the republics are drawn as one state.
   */
  showStatuses(table: StatusTable, orgs: readonly OrgId[], mode: ViewMode, sovietUnion: boolean, knownIds: Iterable<string> = []): void {
    this.fillOfState = (code) => fillFor(table.get(code) ?? {}, orgs, mode);
    const ids = new Set([...this.touched, ...knownIds, ...table.keys()]);
    let anyHatch = false;
    for (const iso3 of ids) {
      const statuses = table.get(iso3) ?? {};
      const fill = fillFor(statuses, orgs, mode);
      const hatch = mode === 'status' && orgs.length === 1 && statuses[orgs[0]!] === 'suspended';
      anyHatch ||= hatch;
      const badges = Object.fromEntries(ORG_IDS.map((o) => [`badge_${o}`, statuses[o] ? badgeFill(o, statuses[o]) : 'none']));
      this.touched.add(iso3);
      this.setStateLook(iso3, `m|${fill}|${hatch}`, { fill, hatch });
      this.setBadges(iso3, badges);
    }
    // A layer with nothing to draw is switched off, so the GPU skips it entirely.
    this.setVisible('state-hatch', anyHatch);
    this.showBadges(orgs, mode === 'count' || orgs.length > 1);
    for (const layer of ['ussr-outline', 'ussr-label']) this.setVisible(layer, sovietUnion);
    const anyRepublicColoured = SOVIET_REPUBLICS.some((r) => Object.keys(table.get(r) ?? {}).length > 0);
    // Before 8 Dec 1991 no republic has a status: draw the USSR as one land mass. During the
    // CIS founding weeks (8–25 Dec 1991) the republics' fills stay visible under the USSR outline.
    this.setVisible('ussr-fill', sovietUnion && !anyRepublicColoured);
  }

  private badgeKey = '';
  /** What each state currently shows (fill and hatch; badges), to skip unchanged states. */
  private readonly shownState = new Map<string, string>();
  private readonly shownBadges = new Map<string, string>();
  private readonly shownDisputed = new Map<string, string>();

  /**
   * Only states whose look changes are touched, and only in the source that changes: MapLibre
   * re-evaluates the paint of every layer of a source for each feature whose state is set.
   */
  private setStateLook(iso3: string, key: string, state: Record<string, string | boolean>): void {
    if (this.shownState.get(iso3) === key) return;
    this.shownState.set(iso3, key);
    this.map.setFeatureState({ ...COUNTRIES, id: iso3 }, state);
  }

  private setBadges(iso3: string, badges: Record<string, string>): void {
    const key = Object.values(badges).join(',');
    if (this.shownBadges.get(iso3) === key) return;
    this.shownBadges.set(iso3, key);
    this.map.setFeatureState({ source: 'labels', id: iso3 }, badges);
  }
  private readonly visibility = new Map<string, boolean>();

  private setVisible(layer: string, visible: boolean): void {
    if (this.visibility.get(layer) === visible) return;
    this.visibility.set(layer, visible);
    this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  }

  /** Badges only in the overlap view; laid out side by side for the shown organisations. */
  private showBadges(orgs: readonly OrgId[], visible: boolean): void {
    const key = `${visible}:${orgs.join(',')}`;
    if (key === this.badgeKey) return;
    this.badgeKey = key;
    for (const org of ORG_IDS) {
      const index = orgs.indexOf(org);
      const show = visible && index >= 0;
      this.map.setLayoutProperty(`badge-${org}`, 'visibility', show ? 'visible' : 'none');
      if (show) this.map.setPaintProperty(`badge-${org}`, 'circle-translate', [(index - (orgs.length - 1) / 2) * BADGE_SPACING, 14]);
    }
  }

  /** Change map: colour each state by how its status changed between two dates. */
  showChanges(kinds: ReadonlyMap<string, ChangeKind>, knownIds: Iterable<string> = []): void {
    this.fillOfState = (code) => {
      const kind = kinds.get(code);
      return kind ? CHANGE_COLOURS[kind] : BASE_COLOURS.land;
    };
    const ids = new Set([...this.touched, ...knownIds, ...kinds.keys()]);
    for (const iso3 of ids) {
      const kind = kinds.get(iso3);
      const fill = kind ? CHANGE_COLOURS[kind] : BASE_COLOURS.land;
      this.touched.add(iso3);
      this.setStateLook(iso3, `c|${kind ?? 'none'}`, { fill, hatch: false, change: kind ?? 'none' });
      this.setBadges(iso3, NO_BADGES);
    }
    for (const layer of ['ussr-outline', 'ussr-label', 'ussr-fill']) this.setVisible(layer, false);
    this.setVisible('state-hatch', false);
    this.showBadges([], false);
  }

  /** Trade lens: one fill (and hatch) per state; states not given are drawn as plain land. */
  showFills(fills: ReadonlyMap<string, { fill: string; hatch: boolean }>, knownIds: Iterable<string> = []): void {
    this.fillOfState = (code) => fills.get(code)?.fill ?? BASE_COLOURS.land;
    const ids = new Set([...this.touched, ...knownIds, ...fills.keys()]);
    let anyHatch = false;
    for (const iso3 of ids) {
      const f = fills.get(iso3) ?? { fill: BASE_COLOURS.land, hatch: false };
      anyHatch ||= f.hatch;
      this.touched.add(iso3);
      this.setStateLook(iso3, `l|${f.fill}|${f.hatch}`, { fill: f.fill, hatch: f.hatch, change: 'none' });
      this.setBadges(iso3, NO_BADGES);
    }
    for (const layer of ['ussr-outline', 'ussr-label', 'ussr-fill']) this.setVisible(layer, false);
    this.setVisible('state-hatch', anyHatch);
    this.showBadges([], false);
  }

  /** The republics inside the USSR on the day, from the unions table (empty until it is loaded or from 26 December 1991). */
  sovietRepublicsOn(day: IsoDay): Set<string> {
    return this.history?.sovietRepublicsOn(day) ?? new Set();
  }

  /** Show or hide disputed areas according to the day (e.g. Nagorno-Karabakh until 2024). */
  showDisputedOn(day: IsoDay, areas: readonly Pick<DisputedArea, 'id' | 'from' | 'to' | 'control'>[]): void {
    const defacto = this.bordersView === 'defacto';
    for (const a of areas) {
      const active = holdsOn(a, day);
      const fill = defacto && active ? controlFill(a.control, this.fillOfState, BASE_COLOURS.land) : null;
      // As for the states: only areas whose look changes are touched (every date change comes here).
      const key = `${active}|${fill}`;
      if (this.shownDisputed.get(a.id) === key) continue;
      this.shownDisputed.set(a.id, key);
      this.map.setFeatureState({ source: 'disputed', id: a.id }, { active, controlFill: fill });
    }
    this.setVisible('disputed-control', defacto);
    // The states that existed on the day: historical unions over their units, dated labels.
    this.history?.show(day, this.fillOfState);
  }

  select(iso3: string | null): void {
    if (iso3 === this.selected) return;
    if (this.selected) this.map.setFeatureState({ ...COUNTRIES, id: this.selected }, { selected: false });
    this.selected = iso3;
    if (iso3) this.map.setFeatureState({ ...COUNTRIES, id: iso3 }, { selected: true });
    this.setVisible('state-selected', iso3 !== null);
  }

  /** Calls `listener` with the state under the pointer (null when none); returns the detacher. */
  onHover(listener: (info: HoverInfo | null) => void): () => void {
    const onMove = (e: MapMouseEvent): void => {
      const features = this.map.queryRenderedFeatures(e.point, { layers: this.stateLayers(['disputed-fill']) });
      // A historical state (Yugoslavia in 1991, …) drawn over its units answers for them.
      const state = features.find((f) => f.layer.id === 'history-fill') ?? features.find((f) => f.layer.id === 'state-fill');
      const disputed = features.find((f) => f.layer.id === 'disputed-fill' && f.state.active !== false);
      const iso3 = state ? String(state.properties.iso3) : null;
      if (iso3 !== this.hovered) {
        if (this.hovered) this.map.setFeatureState({ ...COUNTRIES, id: this.hovered }, { hover: false });
        if (iso3) this.map.setFeatureState({ ...COUNTRIES, id: iso3 }, { hover: true });
        this.hovered = iso3;
        this.setVisible('state-hover', iso3 !== null);
      }
      this.map.getCanvas().style.cursor = iso3 ? 'pointer' : '';
      listener(
        state
          ? {
              iso3: String(state.properties.iso3),
              name: String(state.properties.name),
              disputed: disputed ? disputedInfo(disputed) : null,
              point: { x: e.point.x, y: e.point.y },
            }
          : null,
      );
    };
    const onOut = (): void => {
      if (this.hovered) this.map.setFeatureState({ ...COUNTRIES, id: this.hovered }, { hover: false });
      this.hovered = null;
      listener(null);
    };
    this.map.on('mousemove', onMove);
    this.map.on('mouseout', onOut);
    return () => {
      this.map.off('mousemove', onMove);
      this.map.off('mouseout', onOut);
    };
  }

  /** Calls `listener` with the state clicked (null for the sea); returns the detacher. */
  onClick(listener: (iso3: string | null) => void): () => void {
    const onClick = (e: MapMouseEvent): void => {
      const features = this.map.queryRenderedFeatures(e.point, { layers: this.stateLayers([]) });
      const f = features.find((x) => x.layer.id === 'history-fill') ?? features[0];
      listener(f ? String(f.properties.iso3) : null);
    };
    this.map.on('click', onClick);
    return () => this.map.off('click', onClick);
  }

  private bordersView: BordersView = DEFAULT_BORDERS_VIEW;

  /** The point of view on contested borders; takes effect with the next showDisputedOn. */
  setBordersView(view: BordersView): void {
    this.bordersView = view;
  }

  /** The layers a pointer can hit a state on: today's states, and the historical ones once drawn. */
  private stateLayers(extra: string[]): string[] {
    return [...(this.history && this.map.getLayoutProperty('history-fill', 'visibility') === 'visible' ? ['history-fill'] : []), 'state-fill', ...extra];
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  flyTo(camera: Camera): void {
    this.map.flyTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  }
}

function disputedInfo(f: MapGeoJSONFeature): { name: string; note: string } {
  return { name: String(f.properties.name), note: String(f.properties.note) };
}

export { STATUS_ORDER };
