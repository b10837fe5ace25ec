/**
 * The atlas application: loads the bundled data, builds the map and the controls, and keeps
 * everything in step with the app state (which lives in the URL hash).
 */
import { setWorkerUrl } from 'maplibre-gl';
import { CORE_ORG_IDS as ORG_IDS, type OrgId, type Status } from '../geodata/src/schema.js';
import { formatPartialDate, todayIso, type IsoDay } from '../geodata/src/partial-date.js';
import { FIRST_DAY, resolveAsOf } from '../geodata/src/resolve-as-of.js';
import type { AtlasQueries } from '../geodata/src/queries.js';
import { BrowserHost, resolveHost } from './host/browser-host.js';
import type { AtlasHost, MenuCommand } from './host/atlas-host.js';
import { parseHash, toHash, type AppState } from './state/app-state.js';
import { AtlasMap, type HoverInfo } from './map/atlas-map.js';
import { changeKinds } from './map/change-kinds.js';
import { renderChangeList } from './panels/change-list.js';
import { searchStates } from './panels/state-search.js';
import { ORG_COLOURS, STATUS_LABELS } from './map/palette.js';
import { TimelineController } from './timeline/timeline-controller.js';
import { loadAtlas, loadAtlasDetails, type DisputedArea } from './load-atlas.js';
import type { DetailsStatus } from './atlas-context.js';
import { legendModel, renderLegend } from './panels/legend.js';
import { renderTable, tableRows } from './panels/table-view.js';
import { renderStatePanel } from './panels/state-panel.js';
import { h } from './dom/dom.js';
import type { AtlasContext } from './atlas-context.js';
import { isSovietUnionDrawn } from '../geodata/src/soviet-union.js';
import { mountOverlayControls, type OverlayControls } from './panels/overlay-controls.js';
import { defaultOverlayOptions } from './map/overlay-features.js';
import { mountUserData, type UserDataUi } from './user-data/mount-user-data.js';
import { mountExportControls } from './export/ui/mount-export-controls.js';
import { openExportDialogFor } from './export/ui/open-export-dialog.js';

const GEODATA_URL = new URL('geodata', document.baseURI).href.replace(/\/$/, '');
const APP_VERSION = '0.1.0';

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from index.html`);
  return node as T;
};

class AtlasApp {
  private state: AppState;
  private readonly map: AtlasMap;
  private readonly timeline: TimelineController;
  private readonly today: IsoDay;
  private writingHash = false;
  private readonly listeners = new Set<(state: AppState) => void>();
  /** The two date maps of the compare view, created on first use. */
  private compareMaps: { before: AtlasMap; after: AtlasMap } | null = null;
  private syncingCamera = false;
  /** The context feature modules (panels, layers, export, user data) are given. */
  readonly context: AtlasContext;
  /** Saved views, annotations and state notes (renderer/user-data). */
  readonly userData: UserDataUi;
  private readonly overlayControls: OverlayControls;
  /** Bases, events and their sources, fetched once the first map is up (see loadAtlasDetails). */
  private details: { status: DetailsStatus; ready: Promise<void> } = { status: 'loading', ready: new Promise(() => undefined) };

  constructor(
    private readonly queries: AtlasQueries,
    private readonly disputed: DisputedArea[],
    private readonly host: AtlasHost,
    map: AtlasMap,
    initialNotices: string[],
    state: AppState,
    today: IsoDay,
  ) {
    this.state = state;
    this.today = today;
    this.map = map;
    this.map.setStateIds(queries.data.states.map((s) => s.iso3));
    this.context = {
      queries,
      host,
      geodataUrl: GEODATA_URL,
      getState: () => this.state,
      update: (patch) => this.update(patch),
      getMap: () => this.map.map,
      onChange: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
      notify: (message) => this.showNotices([message]),
      annotations: () => this.userData.store.annotations,
      overlays: () => this.overlayControls?.options() ?? { ...defaultOverlayOptions, bases: false },
      details: () => this.details.ready,
    };
    this.timeline = new TimelineController({
      first: FIRST_DAY,
      last: today,
      day: state.day,
      changeDays: () => this.changeDays(),
      onChange: (day, input) => this.update({ day, dateInput: input }),
    });
    this.showNotices(initialNotices);
    this.buildControls();
    this.overlayControls = mountOverlayControls(byId('overlay-controls'), this.context);
    // After the overlays, so annotations draw above bases and events.
    this.userData = mountUserData(byId('user-data-controls'), this.context);
    this.map.onHover((info) => this.showTooltip(info));
    this.map.onClick((iso3) => this.update({ selected: iso3 }));
    this.map.map.on('moveend', () => {
      this.state = { ...this.state, camera: this.map.camera() };
      this.writeHash();
    });
    window.addEventListener('hashchange', () => this.onHashChange());
    this.host.onMenuCommand((c) => this.onMenuCommand(c));
    void this.map.whenReady().then(() => {
      performance.mark('atlas:map-loaded');
      this.render();
      byId('loading').hidden = true;
      document.body.dataset.ready = 'true';
    });
  }

  /**
   * Fetches the bases, events and their sources once the first map has been drawn, then shows
   * them (panel sections, overlay layers). A failure keeps the memberships on screen and says so.
   */
  loadDetails(load: () => Promise<void>): void {
    // After the first map is fully drawn: parsing the details on the main thread meanwhile
    // would hold up the map's own work by about as long as it takes.
    const ready = this.map.whenReady().then(() => this.map.whenIdle()).then(load);
    this.details = { status: 'loading', ready };
    document.body.dataset.details = 'loading';
    ready.then(
      () => {
        this.details = { status: 'loaded', ready };
        document.body.dataset.details = 'loaded';
        this.overlayControls.dataLoaded();
        this.render();
      },
      (error: unknown) => {
        this.details = { status: 'failed', ready };
        document.body.dataset.details = 'failed';
        this.showNotices([`Bases, events and their sources could not be loaded (${error instanceof Error ? error.message : String(error)}); the memberships are shown without them.`]);
        this.render();
      },
    );
  }

  /** Read-only inspection used by the end-to-end tests and the benchmark. */
  readonly inspect = {
    featureState: (iso3: string): Record<string, unknown> => this.map.map.getFeatureState({ source: 'countries', id: iso3 }),
    project: (lng: number, lat: number): { x: number; y: number } => {
      const p = this.map.map.project([lng, lat]);
      const rect = this.map.map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    /** The map drawn and the details (bases, events) in: what a test may assert on. */
    whenIdle: async (): Promise<void> => {
      await this.details.ready.catch(() => undefined);
      await this.inspect.whenMapIdle();
    },
    /** The map (and the compare maps) drawn, details or not: the benchmark's cold start. */
    whenMapIdle: async (): Promise<void> => {
      await Promise.all([this.map, ...(this.compareMaps && this.state.compare ? [this.compareMaps.before, this.compareMaps.after] : [])].map((m) => m.whenIdle()));
    },
    layerVisibility: (id: string): string => String(this.map.map.getLayoutProperty(id, 'visibility') ?? 'visible'),
    state: (): AppState => this.state,
    /** Resolves with performance.now() when the main map next draws a frame. */
    nextFrame: (): Promise<number> => new Promise((resolve) => this.map.map.once('render', () => resolve(performance.now()))),
    /** Time a plain repaint (no state change) from request to drawn frame. */
    repaint: (): Promise<number> => {
      const t0 = performance.now();
      const frame = new Promise<number>((resolve) => this.map.map.once('render', () => resolve(performance.now() - t0)));
      this.map.map.triggerRepaint();
      return frame;
    },
    labelState: (iso3: string): Record<string, unknown> => this.map.map.getFeatureState({ source: 'labels', id: iso3 }),
    compareCameras: (): number[][] =>
      [this.map, ...(this.compareMaps ? [this.compareMaps.before, this.compareMaps.after] : [])].map((m) => {
        const c = m.map.getCenter();
        return [Math.round(c.lng * 1000) / 1000, Math.round(c.lat * 1000) / 1000, Math.round(m.map.getZoom() * 1000) / 1000];
      }),
    /** Compare view: the feature state of a state on the earlier and later maps. */
    compare: (iso3 = 'IND'): unknown =>
      this.compareMaps
        ? { before: this.compareMaps.before.map.getFeatureState({ source: 'countries', id: iso3 }), after: this.compareMaps.after.map.getFeatureState({ source: 'countries', id: iso3 }), change: this.map.map.getFeatureState({ source: 'countries', id: iso3 }) }
        : null,
  };

  private changeDays(): IsoDay[] {
    return [...new Set(this.state.orgs.flatMap((o) => this.queries.changeDays(o)))].sort();
  }

  update(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    if (patch.day && patch.day !== this.timeline.day) this.timeline.setDay(patch.day, patch.dateInput ?? patch.day);
    this.render();
    this.writeHash();
  }

  private writeHash(): void {
    const hash = toHash(this.state);
    if (hash !== window.location.hash) {
      this.writingHash = true;
      history.replaceState(null, '', hash);
      this.writingHash = false;
    }
  }

  private onHashChange(): void {
    if (this.writingHash) return;
    const parsed = parseHash(window.location.hash, { today: this.today, isKnownState: (c) => this.queries.statesByIso.has(c) });
    this.showNotices(parsed.notices);
    if (parsed.state.camera) this.map.flyTo(parsed.state.camera);
    if (parsed.state.projection !== this.state.projection) this.map.setProjection(parsed.state.projection);
    this.update({ ...parsed.state, camera: parsed.state.camera ?? this.state.camera });
  }

  private onMenuCommand(command: MenuCommand): void {
    if (command === 'toggle-table') this.update({ table: !this.state.table });
    else if (command === 'toggle-globe') this.toggleProjection();
    else if (command === 'focus-timeline') byId('year-slider').focus();
    else if (command === 'export-png' || command === 'export-svg' || command === 'export-pdf') openExportDialogFor(command, this.context);
  }

  private toggleProjection(): void {
    const projection = this.state.projection === 'globe' ? 'mercator' : 'globe';
    this.map.setProjection(projection);
    this.update({ projection });
  }

  private buildControls(): void {
    const picker = byId('org-picker');
    for (const org of ORG_IDS) {
      picker.append(
        h('button', { type: 'button', className: 'org-toggle', 'data-org': org, 'aria-pressed': 'false', onclick: () => this.toggleOrg(org) },
          h('span', { className: 'swatch', style: `background:${ORG_COLOURS[org]}`, 'aria-hidden': 'true' }), org),
      );
    }
    byId('toggle-table').addEventListener('click', () => this.update({ table: !this.state.table }));
    byId('toggle-globe').addEventListener('click', () => this.toggleProjection());
    byId('toggle-mode').addEventListener('click', () => this.update({ mode: this.state.mode === 'count' ? 'status' : 'count' }));

    const slider = byId<HTMLInputElement>('year-slider');
    slider.min = String(this.timeline.firstYear);
    slider.max = String(this.timeline.lastYear);
    slider.step = '1';
    slider.addEventListener('input', () => this.timeline.setYear(Number(slider.value)));
    slider.addEventListener('keydown', (e) => {
      const keys: Record<string, () => void> = {
        ArrowLeft: () => this.timeline.stepYear(-1),
        ArrowDown: () => this.timeline.stepYear(-1),
        ArrowRight: () => this.timeline.stepYear(1),
        ArrowUp: () => this.timeline.stepYear(1),
        Home: () => this.timeline.home(),
        End: () => this.timeline.end(),
        PageDown: () => this.timeline.previousChange(),
        PageUp: () => this.timeline.nextChange(),
        ' ': () => this.togglePlay(),
      };
      const action = keys[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    });
    byId('play').addEventListener('click', () => this.togglePlay());
    byId('prev-change').addEventListener('click', () => this.timeline.previousChange());
    byId('next-change').addEventListener('click', () => this.timeline.nextChange());
    byId<HTMLSelectElement>('speed').addEventListener('change', (e) => {
      this.timeline.speed = Number((e.target as HTMLSelectElement).value);
    });
    const dateInput = byId<HTMLInputElement>('date-input');
    dateInput.min = FIRST_DAY;
    dateInput.max = this.today;
    dateInput.addEventListener('change', () => {
      const r = resolveAsOf(dateInput.value, this.today);
      if (r.ok) this.timeline.setDay(r.day, r.input);
      else {
        this.showNotices([`Date not changed: ${r.error}.`]);
        dateInput.value = this.state.day;
      }
    });
    const compareInput = byId<HTMLInputElement>('compare-input');
    compareInput.min = FIRST_DAY;
    compareInput.max = this.today;
    compareInput.addEventListener('change', () => {
      if (compareInput.value === '') {
        this.update({ compare: null });
        return;
      }
      const r = resolveAsOf(compareInput.value, this.today);
      if (r.ok) this.update({ compare: { day: r.day, input: r.input } });
      else this.showNotices([`Comparison not changed: ${r.error}.`]);
    });
    byId('compare-clear').addEventListener('click', () => this.update({ compare: null }));
    this.buildSearch();
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if (target.matches('input, select, textarea, button')) return;
      if (e.key === 't' || e.key === 'T') this.update({ table: !this.state.table });
      else if (e.key === 'Escape') this.update({ selected: null });
    });
  }

  private buildSearch(): void {
    const input = byId<HTMLInputElement>('state-search');
    const list = byId('search-results');
    let hits: ReturnType<typeof searchStates> = [];
    let active = -1;
    const close = (): void => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };
    const choose = (iso3: string): void => {
      close();
      input.value = '';
      this.flyToState(iso3);
      this.update({ selected: iso3 });
    };
    const draw = (): void => {
      list.replaceChildren(...hits.map((hit, i) =>
        h('li', { id: `search-hit-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-state': hit.state.iso3, onmousedown: (e: Event) => { e.preventDefault(); choose(hit.state.iso3); } },
          hit.state.name, hit.matched ? h('span', { className: 'alt' }, hit.matched) : null)));
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', String(hits.length > 0));
      if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    };
    input.addEventListener('input', () => {
      hits = searchStates(this.queries.data.states, input.value);
      active = hits.length > 0 ? 0 : -1;
      draw();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (hits.length === 0) return;
        active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
        draw();
      } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
        e.preventDefault();
        choose(hits[active]!.state.iso3);
      } else if (e.key === 'Escape') close();
    });
    input.addEventListener('blur', close);
  }

  /** Fly to a state: its label point, at a zoom that fits its size. */
  private flyToState(iso3: string): void {
    const label = this.map.map.querySourceFeatures('labels', { filter: ['==', ['get', 'iso3'], iso3] })[0];
    const capital = this.queries.statesByIso.get(iso3)?.capital;
    const coords = label?.geometry.type === 'Point' ? (label.geometry.coordinates as [number, number]) : capital ? ([capital.lon, capital.lat] as [number, number]) : null;
    if (!coords) return;
    const area = Number(label?.properties.area ?? 100_000);
    // A state of ~17 million km² (Russia) fits at zoom ~2; one of ~30,000 km² at zoom ~6.
    const zoom = Math.max(2, Math.min(6.5, 9.6 - Math.log10(Math.max(area, 1000)) * 1.05));
    this.map.map.flyTo({ center: coords, zoom, duration: 900 });
  }

  private togglePlay(): void {
    this.timeline.toggle();
    const play = byId('play');
    play.textContent = this.timeline.isPlaying ? '❚❚' : '▶';
    play.setAttribute('aria-label', this.timeline.isPlaying ? 'Pause (Space)' : 'Play through the years (Space)');
  }

  private toggleOrg(org: OrgId): void {
    const has = this.state.orgs.includes(org);
    if (has && this.state.orgs.length === 1) return;
    const orgs = has ? this.state.orgs.filter((o) => o !== org) : ORG_IDS.filter((o) => o === org || this.state.orgs.includes(o));
    this.update({ orgs });
  }

  private render(): void {
    const { day, orgs, mode } = this.state;
    const statuses = this.queries.statusesOn(orgs, day);
    if (this.state.compare) this.renderCompare(statuses);
    else {
      this.leaveCompare();
      this.map.showStatuses(statuses, orgs, mode, isSovietUnionDrawn(day));
    }
    this.map.showDisputedOn(day, this.disputed);
    this.map.select(this.state.selected);
    renderLegend(byId('legend'), legendModel(this.queries, orgs, day, mode));

    for (const button of document.querySelectorAll<HTMLButtonElement>('.org-toggle')) {
      button.setAttribute('aria-pressed', String(orgs.includes(button.dataset.org as OrgId)));
    }
    byId('toggle-table').setAttribute('aria-pressed', String(this.state.table));
    byId('toggle-globe').setAttribute('aria-pressed', String(this.state.projection === 'globe'));
    byId('toggle-mode').setAttribute('aria-pressed', String(mode === 'count'));
    const slider = byId<HTMLInputElement>('year-slider');
    slider.value = day.slice(0, 4);
    slider.setAttribute('aria-valuetext', formatPartialDate(day));
    byId<HTMLInputElement>('date-input').value = day;
    byId('as-of').textContent = `As of ${formatPartialDate(day)}`;
    this.renderTicks();

    const tableView = byId('table-view');
    tableView.hidden = !this.state.table;
    if (this.state.table) renderTable(tableView, tableRows(this.queries, orgs, day), orgs, day, (iso3) => this.update({ selected: iso3 }));

    const panel = byId('panel');
    panel.hidden = this.state.selected === null;
    if (this.state.selected) {
      renderStatePanel(panel, {
        queries: this.queries,
        iso3: this.state.selected,
        day,
        openSource: (id) => void this.host.openSource(id),
        close: () => this.update({ selected: null }),
        geodataUrl: GEODATA_URL,
        today: this.today,
        details: this.details.status,
      });
      const notes = h('div', { className: 'panel-notes' });
      panel.append(notes);
      this.userData.renderStateNotes(notes, this.state.selected);
    }
    document.body.dataset.day = day;
    document.body.dataset.orgs = orgs.join(',');
    for (const listener of this.listeners) listener(this.state);
  }

  /** Compare view: the earlier and later date side by side, and below them what changed. */
  private renderCompare(statusesOnDay: Map<string, Partial<Record<OrgId, Status>>>): void {
    const { day, orgs, mode } = this.state;
    const other = this.state.compare!.day;
    const [earlier, later] = day <= other ? [day, other] : [other, day];
    const area = byId('map-area');
    const firstTime = !area.classList.contains('compare');
    area.classList.add('compare');
    for (const id of ['map-before', 'map-after', 'compare-labels']) byId(id).hidden = false;
    if (!this.compareMaps) {
      const camera = this.map.camera();
      this.compareMaps = {
        before: new AtlasMap({ container: byId('map-before'), geodataUrl: GEODATA_URL, camera, projection: this.state.projection }),
        after: new AtlasMap({ container: byId('map-after'), geodataUrl: GEODATA_URL, camera, projection: this.state.projection }),
      };
      for (const m of [this.compareMaps.before, this.compareMaps.after]) m.setStateIds(this.queries.data.states.map((s) => s.iso3));
      for (const m of [this.map, this.compareMaps.before, this.compareMaps.after]) {
        m.map.on('move', (e) => this.syncCameras(m, e.originalEvent !== undefined));
      }
    }
    if (firstTime) for (const m of [this.map, this.compareMaps.before, this.compareMaps.after]) m.map.resize();
    const statusesEarlier = earlier === day ? statusesOnDay : this.queries.statusesOn(orgs, earlier);
    const statusesLater = later === day ? statusesOnDay : this.queries.statusesOn(orgs, later);
    const { before, after } = this.compareMaps;
    void Promise.all([before.whenReady(), after.whenReady()]).then(() => {
      before.showStatuses(statusesEarlier, orgs, mode, isSovietUnionDrawn(earlier));
      after.showStatuses(statusesLater, orgs, mode, isSovietUnionDrawn(later));
      before.showDisputedOn(earlier, this.disputed);
      after.showDisputedOn(later, this.disputed);
    });
    this.map.showChanges(changeKinds(statusesEarlier, statusesLater, orgs));
    byId('compare-labels').replaceChildren(
      h('span', { style: 'left:8px;top:8px' }, formatPartialDate(earlier)),
      h('span', { style: 'left:calc(50% + 8px);top:8px' }, formatPartialDate(later)),
      h('span', { style: 'left:8px;top:calc(50% + 8px)' }, `Change ${formatPartialDate(earlier)} → ${formatPartialDate(later)}`),
    );
    const changes = byId('changes');
    changes.hidden = false;
    renderChangeList(changes, this.queries, orgs, earlier, later, (id) => void this.host.openSource(id));
    byId<HTMLInputElement>('compare-input').value = other;
    byId('compare-clear').hidden = false;
  }

  private leaveCompare(): void {
    const area = byId('map-area');
    if (!area.classList.contains('compare')) return;
    area.classList.remove('compare');
    for (const id of ['map-before', 'map-after', 'compare-labels', 'changes']) byId(id).hidden = true;
    byId<HTMLInputElement>('compare-input').value = '';
    byId('compare-clear').hidden = true;
    this.map.map.resize();
  }

  private syncCameras(source: AtlasMap, byUser: boolean): void {
    if (this.syncingCamera || !byUser || !this.compareMaps) return;
    this.syncingCamera = true;
    const camera = { center: source.map.getCenter(), zoom: source.map.getZoom(), bearing: source.map.getBearing(), pitch: source.map.getPitch() };
    for (const m of [this.map, this.compareMaps.before, this.compareMaps.after]) if (m !== source) m.map.jumpTo(camera);
    this.syncingCamera = false;
  }

  private ticksFor = '';

  private renderTicks(): void {
    // The ticks depend only on the shown organisations, not on the date.
    if (this.ticksFor === this.state.orgs.join(',')) return;
    this.ticksFor = this.state.orgs.join(',');
    const ticks = byId('ticks');
    const first = Date.parse(FIRST_DAY);
    const span = Date.parse(this.today) - first;
    ticks.replaceChildren(...this.changeDays().map((d) => h('span', { style: `left:${((Date.parse(d) - first) / span) * 100}%`, title: d })));
  }

  private showTooltip(info: HoverInfo | null): void {
    const tooltip = byId('tooltip');
    if (!info) {
      tooltip.hidden = true;
      return;
    }
    const { day, orgs } = this.state;
    const soviet = isSovietUnionDrawn(day) && this.queries.statesByIso.get(info.iso3)?.successorOf === 'SUN';
    // Every status the state holds on the day: the shown organisations first, then the others.
    const ordered = [...ORG_IDS.filter((o) => orgs.includes(o)), ...ORG_IDS.filter((o) => !orgs.includes(o))];
    const lines = ordered.flatMap((org) => {
      const a = this.queries.statusOf(info.iso3, org, day);
      if (!a && !orgs.includes(org)) return [];
      return [h('div', { 'data-org': org, 'data-status': a?.status ?? 'none', className: orgs.includes(org) ? '' : 'muted' },
        h('span', { className: 'key', style: `background:${ORG_COLOURS[org]}` }), ` ${org}: `,
        a ? `${STATUS_LABELS[a.status]} (${a.body.short}) since ${formatPartialDate(a.since)}` : 'no status')];
    });
    tooltip.replaceChildren(
      h('strong', {}, soviet ? `Soviet Union — ${info.name}` : info.name),
      ...lines,
      ...(info.disputed ? [h('div', { className: 'disputed' }, `${info.disputed.name}: ${info.disputed.note}`)] : []),
    );
    tooltip.hidden = false;
    tooltip.style.left = `${info.point.x + 14}px`;
    tooltip.style.top = `${info.point.y + 14}px`;
  }

  showNotices(notices: string[]): void {
    const box = byId('notices');
    for (const text of notices) {
      const item = h('div', { className: 'notice' }, text, h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'));
      box.append(item);
    }
  }
}

async function start(): Promise<void> {
  performance.mark('atlas:script-start');
  setWorkerUrl(new URL('maplibre-gl-worker.mjs', document.baseURI).href);
  const today = todayIso();
  // The map needs no facts to start drawing borders: create it at once (camera and projection
  // from the link) and load and validate the facts meanwhile.
  // Ask for the facts first: the download runs while the map is set up.
  const loading = loadAtlas(GEODATA_URL);
  const early = parseHash(window.location.hash, { today, isKnownState: () => true }).state;
  const map = new AtlasMap({ container: byId('map'), geodataUrl: GEODATA_URL, camera: early.camera, projection: early.projection });
  try {
    const loaded = await loading;
    const { queries, disputed } = loaded;
    performance.mark('atlas:data-ready');
    const host = resolveHost(() => new BrowserHost(APP_VERSION, (id) => queries.sourcesById.get(id)?.url));
    const parsed = parseHash(window.location.hash, { today, isKnownState: (c) => queries.statesByIso.has(c) });
    const app = new AtlasApp(queries, disputed, host, map, parsed.notices, parsed.state, today);
    app.loadDetails(() => loadAtlasDetails(GEODATA_URL, loaded));
    (window as unknown as { atlas: unknown }).atlas = { inspect: app.inspect, queries, userData: app.userData.inspect };
    mountExportControls(byId('export-controls'), app.context);
  } catch (error) {
    const loading = byId('loading');
    loading.textContent = `The atlas data could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    loading.setAttribute('role', 'alert');
  }
}

void start();
