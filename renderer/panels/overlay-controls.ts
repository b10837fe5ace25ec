/**
 * The "Bases" and "Events" toggles for the toolbar, the two overlay layers they switch, and the
 * overlay key drawn in the map's corner. Which overlays are on lives in the app state (and so in
 * the link, `overlays=bases,events`); this follows it and the date through ctx.onChange.
 */
import type { AtlasContext } from '../atlas-context.js';
import { BasesLayer } from '../map/bases-layer.js';
import { EventsLayer } from '../map/events-layer.js';
import { defaultOverlayOptions, type OverlayOptions } from '../map/overlay-features.js';
import { h } from '../dom/dom.js';
import { overlayLegendModel, renderOverlayLegend } from './overlay-legend.js';

export interface OverlayControls {
  /** The bases and events have arrived in ctx.queries: draw them and update the key. */
  dataLoaded(): void;
  /** Unsubscribe from the app. */
  dispose(): void;
}

/** Mounts the toggles into `container`. */
export function mountOverlayControls(container: HTMLElement, ctx: AtlasContext): OverlayControls {
  const options = (): OverlayOptions => ({ ...defaultOverlayOptions, ...ctx.getState().overlays });
  const inputs: Partial<Record<'bases' | 'events', HTMLInputElement>> = {};
  const map = ctx.getMap();
  const stateName = (iso3: string): string => ctx.queries.statesByIso.get(iso3)?.name ?? iso3;
  const bases = new BasesLayer(map, ctx.queries.data.bases, { stateName });
  const events = new EventsLayer(map, ctx.queries.data.events, false, stateName);
  const legend = h('div', { className: 'overlay-legend maplibregl-ctrl', id: 'overlay-legend', 'aria-label': 'Overlay key' });
  map.addControl({ onAdd: () => legend, onRemove: () => legend.remove() }, 'bottom-right');

  const refresh = (): void => {
    const day = ctx.getState().day;
    const { bases: showBases, events: showEvents, eventYears } = options();
    for (const key of ['bases', 'events'] as const) if (inputs[key]) inputs[key].checked = options()[key];
    bases.show(day, showBases);
    events.show(day, showEvents, eventYears);
    renderOverlayLegend(
      legend,
      overlayLegendModel({
        bases: ctx.queries.data.bases,
        events: ctx.queries.data.events,
        stateName,
        day,
        showBases,
        showEvents,
        eventYears,
        dataAsOf: ctx.queries.data.info.asOf,
      }),
    );
  };
  const toggle = (key: 'bases' | 'events', label: string, title: string): HTMLElement => {
    const input = h('input', { type: 'checkbox', id: `overlay-${key}`, checked: options()[key] });
    inputs[key] = input;
    input.addEventListener('change', () => ctx.update({ overlays: { ...ctx.getState().overlays, [key]: input.checked } }));
    return h('label', { className: 'overlay-toggle', title }, input, label);
  };
  container.append(
    h('span', { className: 'overlay-controls', role: 'group', 'aria-label': 'Map overlays' },
      toggle('bases', 'Bases', 'Military bases and facilities active on the date, coloured by operator'),
      toggle('events', 'Events', `Events with a place in the ${options().eventYears} years up to the date`),
    ),
  );
  refresh();
  const dispose = ctx.onChange(() => refresh());
  const dataLoaded = (): void => {
    bases.setItems(ctx.queries.data.bases);
    events.setItems(ctx.queries.data.events);
    refresh();
  };
  return { dataLoaded, dispose };
}
