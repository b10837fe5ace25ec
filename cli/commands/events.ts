/** `events`: the dated events of a period, optionally of one organisation, state or type. */
import { eventsBetween } from '../../geodata/src/event-queries.js';
import { exerciseCoverage, exerciseCoverageNote, reachesCuratedYears } from '../../geodata/src/exercise-coverage.js';
import { EVENT_TYPES, type AtlasEvent } from '../../geodata/src/schema.js';
import { UsageError, type AtlasDataCommand } from './command.js';
import { dayOf, optionalOrgOf, stateOf, stringOption } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

/**
 * Who belonged, who came and who stayed away: for a summit, `members` are the meeting body's members
 * that day (the event's participants); `attended` / `absent` only where sources say.
 */
function attendanceOf(e: AtlasEvent): { members?: string[]; attended?: string[]; absent?: string[] } {
  return {
    ...(e.type === 'summit' ? { members: e.participants } : {}),
    ...(e.attended !== undefined ? { attended: e.attended } : {}),
    ...(e.absent !== undefined ? { absent: e.absent } : {}),
  };
}

export const eventsCommand: AtlasDataCommand = {
  name: 'events',
  usage: `atlas-data events --from <date> --to <date> [--org <ORG>] [--state <ISO3>] [--type <${EVENT_TYPES.join('|')}>] [--json|--csv]`,
  summary: 'Events whose days overlap the period (both ends included), oldest first; summits say who attended and who stayed away where sources say.',
  options: { from: { type: 'string' }, to: { type: 'string' }, org: { type: 'string' }, state: { type: 'string' }, type: { type: 'string' } },
  run(values, { queries, today }) {
    const from = dayOf('--from', stringOption(values, 'from'), today);
    const to = dayOf('--to', stringOption(values, 'to'), today);
    if (from > to) throw new UsageError(`--from ${stringOption(values, 'from')} is after --to ${stringOption(values, 'to')}`);
    const org = optionalOrgOf(stringOption(values, 'org'));
    const state = stateOf('--state', stringOption(values, 'state'), queries, false);
    const type = stringOption(values, 'type');
    if (type !== undefined && !(EVENT_TYPES as readonly string[]).includes(type)) throw new UsageError(`unknown event type "${type}"; use one of ${EVENT_TYPES.join(', ')}`);
    const events = eventsBetween(queries.data.events, from, to).filter(
      (e) => (org === undefined || (e.orgs ?? []).includes(org)) && (state === undefined || e.participants.includes(state)) && (type === undefined || e.type === type),
    );
    const json = events.map((e) => ({
      id: e.id,
      date: e.date,
      ...(e.end !== undefined ? { end: e.end } : {}),
      type: e.type,
      title: e.title,
      summary: e.summary,
      orgs: e.orgs ?? [],
      ...(e.place !== undefined ? { place: e.place } : {}),
      ...attendanceOf(e),
      participants: e.participants,
      sources: citedSources(queries, e.sources),
    }));
    const rows = [['DATE', 'TYPE', 'ORGS', 'TITLE', 'ABSENT'], ...json.map((e) => [e.end ? `${e.date}..${e.end}` : e.date, e.type, e.orgs.join(','), e.title, e.absent?.join(',') ?? ''])];
    const filters = [org, state, type].filter(Boolean).join(', ');
    // Where the exercise records change source, said under the list as the panel and the key say it.
    const coverage = type === undefined || type === 'exercise' ? exerciseCoverage(queries.data.events) : null;
    const coverageNote = coverage !== null && reachesCuratedYears(coverage, Number(to.slice(0, 4))) ? `\nNote: ${exerciseCoverageNote(coverage)}\n` : '';
    return {
      json,
      text: `Events from ${from} to ${to}${filters ? ` (${filters})` : ''}: ${events.length}\n${events.length ? table(rows) : ''}${coverageNote}`,
      csv: {
        header: ['id', 'date', 'end', 'type', 'title', 'summary', 'orgs', 'place', 'members', 'attended', 'absent', 'participants', 'sources'],
        rows: json.map((e) => [e.id, e.date, e.end, e.type, e.title, e.summary, e.orgs.join(' '), e.place?.name, e.members?.join(' '), e.attended?.join(' '), e.absent?.join(' '), e.participants.join(' '), sourcesCell(e.sources)]),
      },
    };
  },
};
