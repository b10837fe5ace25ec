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
