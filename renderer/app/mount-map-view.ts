/**
 * The main map follows the store: statuses on the day (or, in the compare view, what changed
 * between the two days), disputed areas, the selected state and the projection; and the store
 * follows the map: a click selects, a move records the camera.
 */
import { isSovietUnionDrawn } from '../../geodata/src/soviet-union.js';
import { changeKinds } from '../map/change-kinds.js';
import type { AppContext, Dispose } from './app-context.js';
import { compareDays } from './compare-days.js';

export function mountMapView(ctx: AppContext): Dispose {
  const { store, atlasMap } = ctx;
  atlasMap.setStateIds(ctx.queries.data.states.map((s) => s.iso3));
  const render = (): void => {
    const { day, orgs, mode } = store.state;
    atlasMap.setBordersView(store.state.borders);
    const days = compareDays(store.state);
    if (days) atlasMap.showChanges(changeKinds(ctx.queries.statusesOn(orgs, days.earlier), ctx.queries.statusesOn(orgs, days.later), orgs));
    // The trade lens (mount-trade-lens.ts) paints the states itself.
    else if (!store.state.lens) atlasMap.showStatuses(ctx.queries.statusesOn(orgs, day), orgs, mode, isSovietUnionDrawn(day));
    atlasMap.showDisputedOn(day, ctx.disputed);
  };
  const offClick = atlasMap.onClick((iso3) => store.update({ selected: iso3 }));
  const onMoveEnd = (): void => store.update({ camera: atlasMap.camera() });
  atlasMap.map.on('moveend', onMoveEnd);
  const unsubscribe = store.subscribe((state, changed) => {
    if (changed.has('projection')) atlasMap.setProjection(state.projection);
    if (['day', 'orgs', 'mode', 'compare', 'lens', 'borders'].some((k) => changed.has(k as keyof typeof state))) render();
    if (changed.has('selected')) atlasMap.select(state.selected);
  });
  return () => {
    unsubscribe();
    offClick();
    atlasMap.map.off('moveend', onMoveEnd);
  };
}
