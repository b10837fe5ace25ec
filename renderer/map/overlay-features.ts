/**
 * GeoJSON and filters for the overlay layers, headless: every base and every placed event is
 * written to its source once; a date change only sets a filter on these properties.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { startDay, type IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasEvent, Base } from '../../geodata/src/schema.js';
import { yearsBefore } from '../../geodata/src/event-queries.js';
import { eventCategory, EVENT_CATEGORY_COLOURS, operatorColour } from './operator-colours.js';

/** Stands for "still in force" so every feature has a comparable end day. */
export const OPEN_END: IsoDay = '9999-12-31';

/** How far back the event markers reach from the chosen date. */
export const EVENTS_WINDOW_YEARS = 2;

/** Which overlay layers are on (the toolbar's toggles), which exports follow. */
export interface OverlayOptions {
  bases: boolean;
  events: boolean;
  /** How many years before the date the event markers reach. */
  eventYears: number;
}

export const defaultOverlayOptions: OverlayOptions = { bases: true, events: false, eventYears: EVENTS_WINDOW_YEARS };

export interface BaseFeatureProperties {
  /** 'site': one base (drawn from GROUP_MAX_ZOOM on); 'group': the sites of one operator in one
   *  host active together, and 'solo' a site alone in its group (both drawn below GROUP_MAX_ZOOM). */
  kind: 'site' | 'group' | 'solo';
  /** For groups: how many sites, and their ids (comma-separated). */
  count: number;
  ids: string;
  id: string;
  name: string;
  operator: string;
  host: string;
  colour: string;
  weak: boolean;
  /** First day active and first day no longer active (half-open, like the facts). */
  fromDay: IsoDay;
  toDay: IsoDay;
}

export function baseFeatures(bases: readonly Base[]): FeatureCollection<Point, BaseFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: bases.map((b) => ({
      type: 'Feature',
      id: b.id,
      geometry: { type: 'Point', coordinates: [b.lon, b.lat] },
      properties: {
        kind: 'site' as const,
        count: 1,
        ids: b.id,
        id: b.id,
        name: b.name,
        operator: b.operator,
        host: b.host,
        colour: operatorColour(b.operator),
        weak: b.confidence === 'weak',
        fromDay: startDay(b.from),
        toDay: b.to === null ? OPEN_END : startDay(b.to),
      },
    })),
  };
}

/** Below this zoom the sites of one operator in one host are drawn as one marker with a count. */
export const GROUP_MAX_ZOOM = 5;

/**
 * The markers the map draws at the Eurasia scale: for each operator in each host, and each span
 * of days in which the same sites are active, one 'group' marker (with the count, at the mean of
 * the sites) when two or more are active, else one 'solo' marker at the site. Each feature carries
 * its span as fromDay/toDay, so a date change is still only a filter.
 */
export function baseGroupFeatures(bases: readonly Base[]): FeatureCollection<Point, BaseFeatureProperties> {
  const sites = baseFeatures(bases).features;
  const byPair = new Map<string, typeof sites>();
  for (const f of sites) {
    const key = `${f.properties.operator}|${f.properties.host}`;
    byPair.set(key, [...(byPair.get(key) ?? []), f]);
  }
  const out: FeatureCollection<Point, BaseFeatureProperties>['features'] = [];
  for (const [key, group] of [...byPair].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const days = [...new Set(group.flatMap((f) => [f.properties.fromDay, f.properties.toDay]))].sort();
    for (let i = 0; i < days.length - 1; i++) {
      const from = days[i]!;
      const to = days[i + 1]!;
      const active = group.filter((f) => f.properties.fromDay <= from && from < f.properties.toDay);
      if (active.length === 0) continue;
      if (active.length === 1) {
        const only = active[0]!;
        out.push({ ...only, id: `${only.properties.id}@${from}`, properties: { ...only.properties, kind: 'solo', fromDay: from, toDay: to } });
        continue;
      }
      const [operator, host] = key.split('|') as [string, string];
      const lon = active.reduce((t, f) => t + f.geometry.coordinates[0]!, 0) / active.length;
      const lat = active.reduce((t, f) => t + f.geometry.coordinates[1]!, 0) / active.length;
      out.push({
        type: 'Feature',
        id: `${operator}-${host}@${from}`,
        geometry: { type: 'Point', coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
        properties: {
          kind: 'group',
          count: active.length,
          ids: active.map((f) => f.properties.id).join(','),
          id: `${operator}-${host}@${from}`,
          name: `${active.length} sites`,
          operator,
          host,
          colour: active[0]!.properties.colour,
          weak: active.every((f) => f.properties.weak),
          fromDay: from,
          toDay: to,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features: out };
}

/** Bases active on the day: fromDay <= day < toDay. */
export function activeOnFilter(day: IsoDay): ExpressionSpecification {
  return ['all', ['<=', ['get', 'fromDay'], day], ['<', day, ['get', 'toDay']]];
}

export interface EventFeatureProperties {
  id: string;
  title: string;
  category: string;
  colour: string;
  firstDay: IsoDay;
  lastDay: IsoDay;
}

/** Events with a place (the others cannot be drawn). */
export function eventFeatures(events: readonly AtlasEvent[]): FeatureCollection<Point, EventFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: events.flatMap((e) => {
      if (!e.place) return [];
      const category = eventCategory(e.type);
      return [{
        type: 'Feature' as const,
        id: e.id,
        geometry: { type: 'Point' as const, coordinates: [e.place.lon, e.place.lat] },
        properties: {
          id: e.id,
          title: e.title,
          category,
          colour: EVENT_CATEGORY_COLOURS[category],
          firstDay: startDay(e.date),
          lastDay: startDay(e.end ?? e.date),
        },
      }];
    }),
  };
}

/** The period the event markers show: the `years` before the day, up to and including it. */
export function eventWindow(day: IsoDay, years: number = EVENTS_WINDOW_YEARS): { from: IsoDay; to: IsoDay } {
  return { from: yearsBefore(day, years), to: day };
}

/** Events overlapping [from, to], the same rule as eventsBetween in the query layer. */
export function eventsInWindowFilter(window: { from: IsoDay; to: IsoDay }): ExpressionSpecification {
  return ['all', ['<=', ['get', 'firstDay'], window.to], ['>=', ['get', 'lastDay'], window.from]];
}
