/**
 * The compare view: the earlier and the later date side by side (two more maps, created on first
 * use, their cameras kept together), a caption per map and the list of changes. The main map
 * shows what changed (see mountMapView).
 */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import { FIRST_DAY, resolveAsOf } from '../../geodata/src/resolve-as-of.js';
import { isSovietUnionDrawn } from '../../geodata/src/soviet-union.js';
import { h } from '../dom/dom.js';
import { AtlasMap } from '../map/atlas-map.js';
import { renderChangeList } from '../panels/change-list.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';
import { compareDays } from './compare-days.js';

export interface CompareView {
  /** The earlier and later maps, once the compare view has been opened. */
  maps(): { before: AtlasMap; after: AtlasMap } | null;
  dispose: Dispose;
}

export function mountCompare(ctx: AppContext): CompareView {
  const { store, atlasMap, today } = ctx;
  const area = byId('map-area');
  const input = byId<HTMLInputElement>('compare-input');
  const clear = byId('compare-clear');
  let maps: { before: AtlasMap; after: AtlasMap } | null = null;
  let syncing = false;

  input.min = FIRST_DAY;
  input.max = today;
  input.addEventListener('change', () => {
    if (input.value === '') {
      store.update({ compare: null });
      return;
    }
    const r = resolveAsOf(input.value, today);
    if (r.ok) store.update({ compare: { day: r.day, input: r.input } });
    else ctx.notify(`Comparison not changed: ${r.error}.`);
  });
  clear.addEventListener('click', () => store.update({ compare: null }));

  const syncCameras = (source: AtlasMap, byUser: boolean): void => {
    if (syncing || !byUser || !maps) return;
    syncing = true;
    const camera = { center: source.map.getCenter(), zoom: source.map.getZoom(), bearing: source.map.getBearing(), pitch: source.map.getPitch() };
    for (const m of [atlasMap, maps.before, maps.after]) if (m !== source) m.map.jumpTo(camera);
    syncing = false;
  };
  const createMaps = (): { before: AtlasMap; after: AtlasMap } => {
    const camera = atlasMap.camera();
    const options = { geodataUrl: ctx.geodataUrl, camera, projection: store.state.projection };
    const created = { before: new AtlasMap({ ...options, container: byId('map-before') }), after: new AtlasMap({ ...options, container: byId('map-after') }) };
    for (const m of [created.before, created.after]) m.setStateIds(ctx.queries.data.states.map((s) => s.iso3));
    for (const m of [atlasMap, created.before, created.after]) m.map.on('move', (e) => syncCameras(m, e.originalEvent !== undefined));
    return created;
  };

  const leave = (): void => {
    if (!area.classList.contains('compare')) return;
    area.classList.remove('compare');
    for (const id of ['map-before', 'map-after', 'compare-labels', 'changes']) byId(id).hidden = true;
    input.value = '';
    clear.hidden = true;
    atlasMap.map.resize();
  };
  const render = (): void => {
    const days = compareDays(store.state);
    if (!days) {
      leave();
      return;
    }
    const { orgs, mode } = store.state;
    const { earlier, later } = days;
    const firstTime = !area.classList.contains('compare');
    area.classList.add('compare');
    for (const id of ['map-before', 'map-after', 'compare-labels']) byId(id).hidden = false;
    maps ??= createMaps();
    const { before, after } = maps;
    if (firstTime) for (const m of [atlasMap, before, after]) m.map.resize();
    const queries = ctx.queries;
    void Promise.all([before.whenReady(), after.whenReady()]).then(() => {
      before.setBordersView(store.state.borders);
      after.setBordersView(store.state.borders);
      before.showStatuses(queries.statusesOn(orgs, earlier), orgs, mode, isSovietUnionDrawn(earlier));
      after.showStatuses(queries.statusesOn(orgs, later), orgs, mode, isSovietUnionDrawn(later));
      before.showDisputedOn(earlier, ctx.disputed);
      after.showDisputedOn(later, ctx.disputed);
    });
    byId('compare-labels').replaceChildren(
      h('span', { style: 'left:8px;top:8px' }, formatPartialDate(earlier)),
      h('span', { style: 'left:calc(50% + 8px);top:8px' }, formatPartialDate(later)),
      h('span', { style: 'left:8px;top:calc(50% + 8px)' }, `Change ${formatPartialDate(earlier)} → ${formatPartialDate(later)}`),
    );
    const changes = byId('changes');
    changes.hidden = false;
    renderChangeList(changes, queries, orgs, earlier, later, (id) => void ctx.host.openSource(id));
    input.value = store.state.compare!.day;
    clear.hidden = false;
  };
  const unsubscribe = store.subscribe((_, changed) => {
    if (changed.has('compare') || changed.has('day') || changed.has('orgs') || changed.has('mode')) render();
  });
  return {
    maps: () => maps,
    dispose: () => {
      unsubscribe();
      leave();
      for (const m of maps ? [maps.before, maps.after] : []) m.map.remove();
      maps = null;
    },
  };
}
