/**
 * Draws the states that existed on the day shown: historical states (Yugoslavia, Czechoslovakia,
 * Serbia and Montenegro, …) over their units, their labels, and the labels of units that became
 * states of their own only later, hidden until then. Driven by geodata/data/unions.json through the
 * derived borders/history*.geojson; the rule for "active on a day" is holdsOn's half-open interval.
 */
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import { activeOnDay, isOutlineUnion, outlineUnitsOn, type UnionsFile } from '../../geodata/src/unions.js';

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
      .filter((u) => activeOnDay(u, day) && !isOutlineUnion(u))
      .map((u) => ({ id: historyFeatureId(u), iso3: u.code })),
  };
}

const HISTORY_LAYERS = ['history-fill', 'history-border'] as const;
const USSR_LAYERS = ['ussr-fill', 'ussr-outline'] as const;

/**
 * The first day of the span the day falls in, between the table's change days: any two days of one
 * span draw the same states and labels, so filters need only change when the span does.
 */
export function spanStart(changeDays: readonly string[], day: IsoDay): string {
  let start = '0000-01-01';
  for (const d of changeDays) {
    if (d <= day) start = d;
    else break;
  }
  return start;
}

/** Every day on which the drawn states or labels change, sorted. */
export function historyChangeDays(unions: UnionsFile): string[] {
  const days = [...unions.unions, ...unions.territories, ...unions.labels].flatMap((e) => [e.from, e.to]).filter((d): d is string => d !== null);
  return [...new Set(days)].sort();
}

export class HistoryLayer {
  private span: string | null = null;
  private readonly fills = new Map<string, string>();
  private readonly changeDays: string[];

  constructor(
    private readonly map: MapLibreMap,
    private readonly unions: UnionsFile,
  ) {
    this.changeDays = historyChangeDays(unions);
  }

  /** The republics inside the USSR on the day (none from 26 December 1991). */
  sovietRepublicsOn(day: IsoDay): Set<string> {
    return outlineUnitsOn(this.unions, day);
  }

  /** Show the day's states; `fillOf(iso3)` gives the colour the state has in the current view. */
  show(day: IsoDay, fillOf: (iso3: string) => string): void {
    const shown = historyOn(this.unions, day);
    // Filters change (and labels are placed again) only when the day enters another span.
    const span = spanStart(this.changeDays, day);
    if (this.span !== span) {
      this.span = span;
      const filter = activeOnFilter(span);
      for (const layer of [...HISTORY_LAYERS, 'history-label']) {
        this.map.setFilter(layer, filter);
        this.map.setLayoutProperty(layer, 'visibility', 'visible');
      }
      // The USSR's phases (fifteen republics, then twelve): AtlasMap shows or hides its layers.
      for (const layer of USSR_LAYERS) this.map.setFilter(layer, filter);
      this.map.setFilter('state-label', stateLabelFilter(span));
    }
    for (const u of shown.unions) {
      const fill = fillOf(u.iso3);
      if (this.fills.get(u.id) === fill) continue;
      this.fills.set(u.id, fill);
      this.map.setFeatureState({ source: 'history', id: u.id }, { fill });
    }
  }
}
