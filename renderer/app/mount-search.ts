/** "Find a state": a combobox over the state names; choosing one selects it and flies to it. */
import { h } from '../dom/dom.js';
import { searchStates, type SearchHit } from '../panels/state-search.js';
import type { AppContext, Dispose } from './app-context.js';
import { FLY_DEFAULT_AREA_KM2, flyZoomForArea } from './fly-zoom-for-area.js';

export function mountSearch(input: HTMLInputElement, list: HTMLElement, ctx: AppContext): Dispose {
  let hits: SearchHit[] = [];
  let active = -1;
  const map = ctx.atlasMap.map;

  /** Fly to a state: its label point (or capital), at a zoom that fits its size. */
  const flyToState = (iso3: string): void => {
    const label = map.querySourceFeatures('labels', { filter: ['==', ['get', 'iso3'], iso3] })[0];
    const capital = ctx.queries.statesByIso.get(iso3)?.capital;
    const coords = label?.geometry.type === 'Point' ? (label.geometry.coordinates as [number, number]) : capital ? ([capital.lon, capital.lat] as [number, number]) : null;
    if (!coords) return;
    map.flyTo({ center: coords, zoom: flyZoomForArea(Number(label?.properties.area ?? FLY_DEFAULT_AREA_KM2)), duration: 900 });
  };
  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (iso3: string): void => {
    close();
    input.value = '';
    flyToState(iso3);
    ctx.store.update({ selected: iso3 });
  };
  const draw = (): void => {
    list.replaceChildren(...hits.map((hit, i) =>
      h('li', { id: `search-hit-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-state': hit.state.iso3, onmousedown: (e: Event) => { e.preventDefault(); choose(hit.state.iso3); } },
        hit.state.name, hit.matched ? h('span', { className: 'alt' }, hit.matched) : null)));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
  };
  const onInput = (): void => {
    hits = searchStates(ctx.queries.data.states, input.value);
    active = hits.length > 0 ? 0 : -1;
    draw();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      draw();
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      e.preventDefault();
      choose(hits[active]!.state.iso3);
    } else if (e.key === 'Escape') close();
  };
  input.addEventListener('input', onInput);
  input.addEventListener('keydown', onKeyDown);
  input.addEventListener('blur', close);
  return () => {
    input.removeEventListener('input', onInput);
    input.removeEventListener('keydown', onKeyDown);
    input.removeEventListener('blur', close);
  };
}
