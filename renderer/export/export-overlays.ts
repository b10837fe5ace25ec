/**
 * The overlays of an export (military bases on the date, placed events of the period), as the
 * live map draws them: markers with the same colours and rings, and the legend sections that key
 * them (with where the exercise records change source, one line). Pure: bases, events and the choice in; markers and legend sections out. The PNG draws the
 * live map's layers in its hidden map; the SVG and the PDF cover draw these markers.
 */
import { basesOn } from '../../geodata/src/base-queries.js';
import { eventsBetween } from '../../geodata/src/event-queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasEvent, Base } from '../../geodata/src/schema.js';
import { EVENT_CATEGORY_COLOURS, EVENT_RING_COLOUR, eventCategory, operatorColour } from '../map/operator-colours.js';
import { defaultOverlayOptions, eventWindow, type OverlayOptions } from '../map/overlay-features.js';
import { overlayLegendModel } from '../panels/overlay-legend.js';
import type { ExportOverlay } from './export-options.js';

/** Base markers: white ring, paler when weakly sourced (as BasesLayer). */
export const BASE_RING_COLOUR = '#ffffff';
export const WEAK_BASE_OPACITY = 0.55;
export const EVENT_OPACITY = 0.85;

export interface MapMarker {
  kind: 'base' | 'event';
  id: string;
  lon: number;
  lat: number;
  fill: string;
  stroke: string;
  opacity: number;
  /** Bases: the operating state; events: the kind of event. */
  group: string;
  title: string;
}

export interface LegendOverlaySection {
  overlay: ExportOverlay;
  heading: string;
  items: { label: string; fill: string; stroke: string; group: string }[];
  /** A line under the items (e.g. what a pale marker means), or null. */
  note: string | null;
}

export interface ExportOverlays {
  /** Events first, then bases: the live map's drawing order (EventsLayer sits under the bases). */
  markers: MapMarker[];
  legend: LegendOverlaySection[];
}

export interface ExportOverlaysInput {
  bases: readonly Base[];
  events: readonly AtlasEvent[];
  day: IsoDay;
  show: readonly ExportOverlay[];
  eventYears?: number;
  stateName: (iso3: string) => string;
}

/** The overlays an export draws when its options leave the choice to the app: those switched on. */
export function overlaysShown(options: OverlayOptions): ExportOverlay[] {
  return (['bases', 'events'] as const).filter((o) => options[o]);
}

export function exportOverlays(input: ExportOverlaysInput): ExportOverlays {
  const showBases = input.show.includes('bases');
  const showEvents = input.show.includes('events');
  const eventYears = input.eventYears ?? defaultOverlayOptions.eventYears;
  const markers: MapMarker[] = [];
  if (showEvents) {
    const window = eventWindow(input.day, eventYears);
    for (const e of eventsBetween(input.events, window.from, window.to)) {
      if (!e.place) continue;
      const category = eventCategory(e.type);
      markers.push({ kind: 'event', id: e.id, lon: e.place.lon, lat: e.place.lat, fill: EVENT_CATEGORY_COLOURS[category], stroke: EVENT_RING_COLOUR, opacity: EVENT_OPACITY, group: category, title: e.title });
    }
  }
  const active = showBases ? basesOn(input.bases, input.day) : [];
  for (const b of active) {
    markers.push({ kind: 'base', id: b.id, lon: b.lon, lat: b.lat, fill: operatorColour(b.operator), stroke: BASE_RING_COLOUR, opacity: b.confidence === 'weak' ? WEAK_BASE_OPACITY : 1, group: b.operator, title: b.name });
  }

  const model = overlayLegendModel({ bases: input.bases, events: input.events, stateName: input.stateName, day: input.day, showBases, showEvents, eventYears });
  const legend: LegendOverlaySection[] = [];
  if (model.bases) {
    legend.push({
      overlay: 'bases',
      heading: 'Military bases',
      items: model.bases.map((b) => ({ label: `${b.name} (${b.count})`, fill: b.colour, stroke: BASE_RING_COLOUR, group: b.operator })),
      note: model.bases.length === 0 ? 'No foreign bases recorded on this date.' : active.some((b) => b.confidence === 'weak') ? 'Pale marker: weakly sourced.' : null,
    });
  }
  if (model.events) {
    legend.push({
      overlay: 'events',
      heading: `Events, ${formatPartialDate(model.events.from)} – ${formatPartialDate(model.events.to)}`,
      items: model.events.categories.map((c) => ({ label: `${c.label} (${c.count})`, fill: c.colour, stroke: EVENT_RING_COLOUR, group: c.category })),
      note: model.events.categories.length === 0 ? 'No placed events in this period.' : (model.events.coverage?.short ?? null),
    });
  }
  return { markers, legend };
}
