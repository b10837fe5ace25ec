/**
 * The atlas application: loads the bundled data, builds the map and the controls, and keeps
 * everything in step with the app state (which lives in the URL hash).
 */
import { setWorkerUrl } from 'maplibre-gl';
import { ORG_IDS, type OrgId } from '../geodata/src/schema.js';
import { formatPartialDate, todayIso, type IsoDay } from '../geodata/src/partial-date.js';
import { FIRST_DAY, resolveAsOf } from '../geodata/src/resolve-as-of.js';
import type { AtlasQueries } from '../geodata/src/queries.js';
import { BrowserHost, resolveHost } from './host/browser-host.js';
import type { AtlasHost, MenuCommand } from './host/atlas-host.js';
import { parseHash, toHash, type AppState } from './state/app-state.js';
import { AtlasMap, type HoverInfo } from './map/atlas-map.js';
import { ORG_COLOURS, STATUS_LABELS } from './map/palette.js';
import { TimelineController } from './timeline/timeline-controller.js';
import { loadAtlas, type DisputedArea } from './load-atlas.js';
import { legendModel, renderLegend } from './panels/legend.js';
import { renderTable, tableRows } from './panels/table-view.js';
import { renderStatePanel } from './panels/state-panel.js';
import { h } from './panels/dom.js';

const GEODATA_URL = new URL('geodata', document.baseURI).href.replace(/\/$/, '');
/** The day the USSR ceased to exist; before it the republics are drawn as one state. */
const USSR_DISSOLVED: IsoDay = '1991-12-26';
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

  constructor(
    private readonly queries: AtlasQueries,
    private readonly disputed: DisputedArea[],
    private readonly host: AtlasHost,
    initialNotices: string[],
    state: AppState,
    today: IsoDay,
  ) {
    this.state = state;
    this.today = today;
    this.map = new AtlasMap({ container: byId('map'), geodataUrl: GEODATA_URL, camera: state.camera, projection: state.projection });
    this.timeline = new TimelineController({
      first: FIRST_DAY,
      last: today,
      day: state.day,
      changeDays: () => this.changeDays(),
      onChange: (day, input) => this.update({ day, dateInput: input }),
    });
    this.showNotices(initialNotices);
    this.buildControls();
    this.map.onHover((info) => this.showTooltip(info));
    this.map.onClick((iso3) => this.update({ selected: iso3 }));
    this.map.map.on('moveend', () => {
      this.state = { ...this.state, camera: this.map.camera() };
      this.writeHash();
    });
    window.addEventListener('hashchange', () => this.onHashChange());
    this.host.onMenuCommand((c) => this.onMenuCommand(c));
    void this.map.whenReady().then(() => {
      this.render();
      byId('loading').hidden = true;
      document.body.dataset.ready = 'true';
    });
  }

  /** Read-only inspection used by the end-to-end tests and the benchmark. */
  readonly inspect = {
    featureState: (iso3: string): Record<string, unknown> => this.map.map.getFeatureState({ source: 'countries', id: iso3 }),
    project: (lng: number, lat: number): { x: number; y: number } => {
      const p = this.map.map.project([lng, lat]);
      const rect = this.map.map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    whenIdle: (): Promise<void> => this.map.whenIdle(),
    layerVisibility: (id: string): string => String(this.map.map.getLayoutProperty(id, 'visibility') ?? 'visible'),
    state: (): AppState => this.state,
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
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if (target.matches('input, select, textarea, button')) return;
      if (e.key === 't' || e.key === 'T') this.update({ table: !this.state.table });
      else if (e.key === 'Escape') this.update({ selected: null });
    });
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
    this.map.showStatuses(statuses, orgs, mode, day < USSR_DISSOLVED);
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
      });
    }
    document.body.dataset.day = day;
    document.body.dataset.orgs = orgs.join(',');
  }

  private renderTicks(): void {
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
    const soviet = day < USSR_DISSOLVED && this.queries.statesByIso.get(info.iso3)?.successorOf === 'SUN';
    const lines = ORG_IDS.filter((o) => orgs.includes(o)).map((org) => {
      const a = this.queries.statusOf(info.iso3, org, day);
      return h('div', { 'data-org': org }, `${org}: `, a ? `${STATUS_LABELS[a.status]} (${a.body.short}) since ${formatPartialDate(a.since)}` : 'no status');
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
  setWorkerUrl(new URL('maplibre-gl-worker.mjs', document.baseURI).href);
  await document.fonts.load('400 16px "Noto Sans Regular"');
  await document.fonts.load('700 16px "Noto Sans Bold"');
  const today = todayIso();
  try {
    const { queries, disputed } = await loadAtlas(GEODATA_URL);
    const host = resolveHost(() => new BrowserHost(APP_VERSION, (id) => queries.sourcesById.get(id)?.url));
    const parsed = parseHash(window.location.hash, { today, isKnownState: (c) => queries.statesByIso.has(c) });
    const app = new AtlasApp(queries, disputed, host, parsed.notices, parsed.state, today);
    (window as unknown as { atlas: unknown }).atlas = { inspect: app.inspect, queries };
  } catch (error) {
    const loading = byId('loading');
    loading.textContent = `The atlas data could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    loading.setAttribute('role', 'alert');
  }
}

void start();
