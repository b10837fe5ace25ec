/**
 * The key for the overlay layers: which operators' bases are on the map on the date (with their
 * colours and counts) and what the event markers mean for the period shown: where the exercise
 * records change source, and when the date is after the day the data was checked to.
 */
import { basesOn } from '../../geodata/src/base-queries.js';
import { eventsBetween } from '../../geodata/src/event-queries.js';
import { formatPartialDate, type IsoDay, type PartialDate } from '../../geodata/src/partial-date.js';
import type { AtlasEvent, Base } from '../../geodata/src/schema.js';
import { EVENT_CATEGORY_COLOURS, EVENT_CATEGORY_LABELS, eventCategory, operatorColour, type EventCategory } from '../map/operator-colours.js';
import { eventWindow } from '../map/overlay-features.js';
import { h } from '../dom/dom.js';
import { exerciseCoverage, exerciseCoverageNote, exerciseCoverageShortNote, reachesCuratedYears } from '../../geodata/src/exercise-coverage.js';
import { dataAsOfNote } from './data-as-of-note.js';

export interface OverlayLegendModel {
  /** Operators with a base on the map on the day, most bases first. */
  bases: { operator: string; name: string; colour: string; count: number }[] | null;
  events: {
    from: IsoDay;
    to: IsoDay;
    categories: { category: EventCategory; label: string; colour: string; count: number }[];
    /** Where the exercise records change source, when the period reaches the later years: the full sentence and a one-line form. */
    coverage: { note: string; short: string } | null;
    /** "Data checked to …" when the day is after the data's as-of date. */
    asOfNote: string | null;
  } | null;
}

export interface OverlayLegendInput {
  bases: readonly Base[];
  events: readonly AtlasEvent[];
  stateName: (iso3: string) => string;
  day: IsoDay;
  showBases: boolean;
  showEvents: boolean;
  eventYears?: number;
  /** The data's as-of date (queries.data.info.asOf); without it no as-of note is given. */
  dataAsOf?: PartialDate;
}

export function overlayLegendModel(input: OverlayLegendInput): OverlayLegendModel {
  let bases: OverlayLegendModel['bases'] = null;
  if (input.showBases) {
    const counts = new Map<string, number>();
    for (const b of basesOn(input.bases, input.day)) counts.set(b.operator, (counts.get(b.operator) ?? 0) + 1);
    bases = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([operator, count]) => ({ operator, name: input.stateName(operator), colour: operatorColour(operator), count }));
  }
  let events: OverlayLegendModel['events'] = null;
  if (input.showEvents) {
    const window = eventWindow(input.day, input.eventYears);
    const counts = new Map<EventCategory, number>();
    for (const e of eventsBetween(input.events, window.from, window.to)) {
      if (!e.place) continue;
      const c = eventCategory(e.type);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const order: EventCategory[] = ['summit', 'exercise', 'conflict', 'other'];
    const coverage = exerciseCoverage(input.events);
    events = {
      ...window,
      categories: order.filter((c) => counts.has(c)).map((c) => ({ category: c, label: EVENT_CATEGORY_LABELS[c], colour: EVENT_CATEGORY_COLOURS[c], count: counts.get(c)! })),
      coverage: coverage && reachesCuratedYears(coverage, Number(window.to.slice(0, 4))) ? { note: exerciseCoverageNote(coverage), short: exerciseCoverageShortNote(coverage) } : null,
      asOfNote: input.dataAsOf ? dataAsOfNote(input.dataAsOf, input.day) : null,
    };
  }
  return { bases, events };
}

const dot = (colour: string, kind: 'base' | 'event' = 'base'): HTMLElement =>
  h('span', { className: `overlay-dot ${kind}`, style: `background:${colour}`, 'aria-hidden': 'true' });

export function renderOverlayLegend(container: HTMLElement, model: OverlayLegendModel): void {
  container.hidden = model.bases === null && model.events === null;
  container.replaceChildren(
    ...(model.bases
      ? [
          h('h2', {}, 'Military bases'),
          model.bases.length > 0
            ? h('ul', { id: 'overlay-legend-bases' },
                ...model.bases.map((b) => h('li', { 'data-operator': b.operator }, dot(b.colour), `${b.name} (${b.count})`)))
            : h('p', { className: 'muted' }, 'No foreign bases recorded on this date.'),
          h('p', { className: 'muted' }, 'Pale marker: weakly sourced.'),
        ]
      : []),
    ...(model.events
      ? [
          h('h2', {}, 'Events'),
          h('p', { className: 'muted', id: 'overlay-legend-period' }, `${formatPartialDate(model.events.from)} – ${formatPartialDate(model.events.to)}`),
          model.events.categories.length > 0
            ? h('ul', { id: 'overlay-legend-events' },
                ...model.events.categories.map((c) => h('li', { 'data-category': c.category }, dot(c.colour, 'event'), `${c.label} (${c.count})`)))
            : h('p', { className: 'muted' }, 'No placed events in this period.'),
          ...(model.events.coverage ? [h('p', { className: 'muted overlay-legend-note', id: 'overlay-legend-coverage' }, model.events.coverage.note)] : []),
          ...(model.events.asOfNote ? [h('p', { className: 'muted overlay-legend-note', id: 'overlay-legend-as-of' }, model.events.asOfNote)] : []),
        ]
      : []),
  );
}
