/**
 * Draws the states that existed on the day shown: historical states (Yugoslavia, Czechoslovakia,
 * Serbia and Montenegro, …) over their units, their labels, and the labels of units that became
 * states of their own only later, hidden until then. Driven by geodata/data/unions.json through the
 * derived borders/history*.geojson; the rule for "active on a day" is holdsOn's half-open interval.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { UnionsFile } from '../../geodata/src/unions.js';

/** Feature ids of the history source: `<code>@<from|start>`, as build/derive/derive-borders.ts writes them. */
export function historyFeatureId(entry: { code: string; from: string | null }): string {
  return `${entry.code}@${entry.from ?? 'start'}`;
}

/** A filter keeping features whose [from, to) holds on the day (null from: since before 1991; null to: still). */
export function activeOnFilter(day: IsoDay): ExpressionSpecification {
  return [
    'all',
    ['any', ['!', ['has', 'from']], ['==', ['get', 'from'], null], ['<=', ['get', 'from'], day]],
    ['any', ['!', ['has', 'to']], ['==', ['get', 'to'], null], ['>', ['get', 'to'], day]],
  ];
}

/** State labels of the day: not the USSR's own label, not a unit still inside a union, not a label that changes with sovereignty. */
export function stateLabelFilter(day: IsoDay): FilterSpecification {
  return ['all', ['!=', ['get', 'iso3'], 'SUN'], ['!', ['has', 'dated']], ['any', ['!', ['has', 'from']], ['<=', ['get', 'from'], day]]];
}

export interface HistoryShown {
  /** The historical unions drawn on the day, with their feature ids and the state code they colour as. */
  unions: { id: string; iso3: string }[];
}

/** The unions active on the day, as HistoryLayer draws them. */
export function historyOn(unions: UnionsFile, day: IsoDay): HistoryShown {
  return {
    unions: unions.unions
      .filter((u) => (u.from === null || u.from <= day) && (u.to === null || day < u.to))
      .map((u) => ({ id: historyFeatureId(u), iso3: u.code })),
  };
}

const HISTORY_LAYERS = ['history-fill', 'history-border'] as const;

export class HistoryLayer {
  private day: IsoDay | null = null;
  private readonly fills = new Map<string, string>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly unions: UnionsFile,
  ) {}

  /** Show the day's states; `fillOf(iso3)` gives the colour the state has in the current view. */
  show(day: IsoDay, fillOf: (iso3: string) => string): void {
    const shown = historyOn(this.unions, day);
    if (this.day !== day) {
      this.day = day;
      const filter = activeOnFilter(day);
      for (const layer of [...HISTORY_LAYERS, 'history-label']) {
        this.map.setFilter(layer, filter);
        this.map.setLayoutProperty(layer, 'visibility', 'visible');
      }
      this.map.setFilter('state-label', stateLabelFilter(day));
    }
    for (const u of shown.unions) {
      const fill = fillOf(u.iso3);
      if (this.fills.get(u.id) === fill) continue;
      this.fills.set(u.id, fill);
      this.map.setFeatureState({ source: 'history', id: u.id }, { fill });
    }
  }
}
