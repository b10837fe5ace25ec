/**
 * Events: a chronological list of the events the state took part in up to the date, filtered to
 * "within N years of the date". Each shows date, type, participants, place (with coordinates when
 * it has one), a one-sentence summary and its sources. A summit marks the state "absent" when its
 * leader stayed away and lists who attended and who did not, where sources say; notes say where
 * the exercise records change source and when the date is after the data's as-of date.
 */
import { eventsInvolving, yearsBefore } from '../../geodata/src/event-queries.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasEvent } from '../../geodata/src/schema.js';
import { eventCategory, type EventCategory } from '../map/operator-colours.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { formatCoordinates } from './format-figures.js';
import { panelSection } from './panel-section.js';
import { csvDownload, eventsCsv } from './csv-downloads.js';
import { ABSENT_TITLE, attendanceText, eventAttendance } from './event-attendance.js';
import { exerciseCoverage, exerciseCoverageNote, reachesCuratedYears } from '../../geodata/src/exercise-coverage.js';
import { dataAsOfNote } from './data-as-of-note.js';

/** Choices of the "within N years" filter; null = every event up to the date. */
export const EVENT_WINDOW_CHOICES: readonly (number | null)[] = [1, 2, 5, 10, 20, null];
/** The same period the map's event markers show by default. */
export const DEFAULT_EVENT_WINDOW_YEARS = 2;
/** Kinds a reader can narrow the list to (the map key's categories); null = every kind. */
export const EVENT_KIND_CHOICES: readonly (EventCategory | null)[] = [null, 'summit', 'exercise', 'conflict', 'other'];
const EVENT_KIND_LABELS: Record<EventCategory, string> = {
  summit: 'summits',
  exercise: 'joint exercises',
  conflict: 'wars, clashes, attacks',
  other: 'treaties, accessions, other',
};
/** Participants named in full; longer lists end "and N more" (all are in the tooltip). */
const PARTICIPANTS_NAMED = 8;

export interface EventsSectionInput {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  cites: CitationList;
  withinYears: number | null;
  onWithinYears: (years: number | null) => void;
  kind: EventCategory | null;
  onKind: (kind: EventCategory | null) => void;
}

function eventRow(e: AtlasEvent, iso3: string, name: (iso3: string) => string, cites: CitationList): HTMLElement {
  const attendance = eventAttendance(e, iso3, name);
  const names = e.participants.map(name);
  const shownNames = names.length > PARTICIPANTS_NAMED ? `${names.slice(0, PARTICIPANTS_NAMED).join(', ')} and ${names.length - PARTICIPANTS_NAMED} more` : names.join(', ');
  const when = e.end && e.end !== e.date ? `${formatPartialDate(e.date)} – ${formatPartialDate(e.end)}` : formatPartialDate(e.date);
  return h('li', { className: 'event-row', 'data-event': e.id, 'data-type': e.type, 'data-date': e.date },
    h('div', { className: 'event-when' },
      h('time', { datetime: e.date }, when),
      h('span', { className: `badge badge-type type-${e.type.replace(/\s+/g, '-')}` }, e.type),
      ...(e.orgs ?? []).map((o) => h('span', { className: 'badge badge-org', 'data-org': o }, o)),
      attendance?.state === 'absent' ? h('span', { className: 'badge badge-absent', 'data-attendance': 'absent', title: ABSENT_TITLE }, 'absent') : null,
      attendance?.state === 'attended' ? h('span', { className: 'badge badge-attended', 'data-attendance': 'attended', title: 'The leader took part (in person or by video)' }, 'attended') : null,
    ),
    h('div', { className: 'event-title' }, h('strong', {}, e.title), cites.mark(e.sources)),
    h('div', { className: 'event-summary' }, e.summary),
    h('div', { className: 'event-meta muted' },
      h('span', { className: 'event-participants', title: names.join(', ') }, `Participants: ${shownNames}`),
      e.place ? h('span', { className: 'event-place' }, ` · ${e.place.name} (${formatCoordinates(e.place.lat, e.place.lon, e.place.precision)})`) : null,
    ),
    attendance ? h('div', { className: 'event-attendance muted' }, attendanceText(attendance)) : null,
  );
}

export function eventsSection({ queries, iso3, day, cites, withinYears, onWithinYears, kind, onKind }: EventsSectionInput): HTMLElement {
  const name = (code: string): string => queries.statesByIso.get(code)?.name ?? code;
  const inPeriod = eventsInvolving(queries.data.events, iso3, day, withinYears ?? undefined);
  const events = kind === null ? inPeriod : inPeriod.filter((e) => eventCategory(e.type) === kind);
  const within = h('select', { id: 'events-within', 'aria-describedby': 'panel-events-count' },
    ...EVENT_WINDOW_CHOICES.map((n) =>
      h('option', { value: n === null ? 'all' : String(n), selected: n === withinYears }, n === null ? 'all years' : `${n} year${n === 1 ? '' : 's'}`)),
  );
  within.addEventListener('change', () => onWithinYears(within.value === 'all' ? null : Number(within.value)));
  const kinds = h('select', { id: 'events-kind', 'aria-describedby': 'panel-events-count' },
    ...EVENT_KIND_CHOICES.map((k) => h('option', { value: k ?? 'all', selected: k === kind }, k === null ? 'all kinds' : EVENT_KIND_LABELS[k])),
  );
  kinds.addEventListener('change', () => onKind(kinds.value === 'all' ? null : (EVENT_KIND_CHOICES.find((k) => k === kinds.value) ?? null)));
  const period = withinYears === null ? `up to ${formatPartialDate(day)}` : `from ${formatPartialDate(yearsBefore(day, withinYears))} to ${formatPartialDate(day)}`;
  const hidden = inPeriod.length - events.length;
  const coverage = exerciseCoverage(queries.data.events);
  const coverageNote = coverage && (kind === null || kind === 'exercise') && reachesCuratedYears(coverage, Number(day.slice(0, 4))) ? exerciseCoverageNote(coverage) : null;
  const asOfNote = dataAsOfNote(queries.data.info.asOf, day);
  return panelSection('events', 'Events',
    h('div', { className: 'events-filter' },
      h('label', { for: 'events-within' }, 'Within'), within, h('span', {}, 'of the date'),
      h('label', { for: 'events-kind', className: 'visually-hidden' }, 'Kind of event'), kinds),
    h('p', { className: 'muted', id: 'panel-events-count' },
      `${events.length} event${events.length === 1 ? '' : 's'} ${period}, oldest first${hidden > 0 ? ` (${hidden} of other kinds not shown)` : ''}.`),
    asOfNote ? h('p', { className: 'muted', id: 'panel-events-as-of' }, asOfNote) : null,
    coverageNote ? h('p', { className: 'muted', id: 'panel-events-coverage' }, coverageNote) : null,
    events.length > 0
      ? h('ol', { className: 'event-list', id: 'panel-events' }, ...events.map((e) => eventRow(e, iso3, name, cites)))
      : h('p', { className: 'muted', id: 'panel-events-none' }, 'No events recorded for this state in this period.'),
    events.length > 0 ? csvDownload(eventsCsv(queries, iso3, events)) : null,
  );
}
