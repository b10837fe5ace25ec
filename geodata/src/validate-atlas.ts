/**
 * Cross-file checks the schemas alone cannot make: ids unique, every citation resolves, no
 * overlapping intervals for one state in one organisation, from < to, nothing after the
 * dataset's "as of" date, every state known. Pure: takes parsed data, returns problems.
 */
import { compareDates, intervalsOverlap, startDay } from './partial-date.js';
import type { AtlasData } from './atlas-data.js';
import type { AtlasEvent, State, TradeFile } from './schema.js';

export interface Problem {
  file: string;
  id: string;
  message: string;
}

export function validateAtlas(data: AtlasData): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, id: string, message: string): void => {
    problems.push({ file, id, message });
  };
  const asOf = startDay(data.info.asOf);
  const knownStates = new Set(data.states.map((s) => s.iso3));
  const statesByIso = new Map(data.states.map((s) => [s.iso3, s]));
  const sourceIds = new Set<string>();
  for (const source of data.sources) {
    if (sourceIds.has(source.id)) add('sources', source.id, 'duplicate source id');
    sourceIds.add(source.id);
  }
  const checkCitations = (file: string, id: string, cites: readonly { source: string }[]): void => {
    for (const c of cites) if (!sourceIds.has(c.source)) add(file, id, `cites unknown source "${c.source}"`);
  };
  const checkInterval = (file: string, id: string, from: string, to: string | null): void => {
    if (to !== null && compareDates(from, to) >= 0) add(file, id, `from ${from} is not before to ${to}`);
    if (startDay(from) > asOf) add(file, id, `starts ${from}, after the dataset's as-of date ${data.info.asOf}`);
    if (to !== null && startDay(to) > asOf) add(file, id, `ends ${to}, after the dataset's as-of date ${data.info.asOf}`);
  };
  const checkState = (file: string, id: string, code: string, role: string): void => {
    if (!knownStates.has(code)) add(file, id, `${role} "${code}" is not in the state registry`);
  };

  const factIds = new Set<string>();
  for (const file of data.memberships) {
    const org = file.organization.id;
    const fileName = `memberships/${org.toLowerCase()}`;
    const bodyIds = new Set(file.bodies.map((b) => b.id));
    for (const body of file.bodies) checkCitations(fileName, body.id, body.sources);
    for (const fact of file.facts) {
      if (factIds.has(fact.id)) add(fileName, fact.id, 'duplicate fact id');
      factIds.add(fact.id);
      if (fact.org !== org) add(fileName, fact.id, `org ${fact.org} in the ${org} file`);
      if (!bodyIds.has(fact.body)) add(fileName, fact.id, `unknown body "${fact.body}"`);
      checkState(fileName, fact.id, fact.state, 'state');
      checkInterval(fileName, fact.id, fact.from, fact.to);
      checkCitations(fileName, fact.id, fact.sources);
      for (const alt of fact.alternatives ?? []) checkCitations(fileName, fact.id, alt.sources);
    }
    const byState = new Map<string, typeof file.facts>();
    for (const fact of file.facts) byState.set(fact.state, [...(byState.get(fact.state) ?? []), fact]);
    for (const [state, facts] of byState) {
      for (let i = 0; i < facts.length; i++) {
        for (let j = i + 1; j < facts.length; j++) {
          if (intervalsOverlap(facts[i]!, facts[j]!)) {
            add(fileName, facts[i]!.id, `overlaps ${facts[j]!.id} for ${state} in ${org}`);
          }
        }
      }
    }
  }

  const baseIds = new Set<string>();
  for (const base of data.bases) {
    if (baseIds.has(base.id)) add('bases', base.id, 'duplicate base id');
    baseIds.add(base.id);
    checkState('bases', base.id, base.operator, 'operator');
    checkState('bases', base.id, base.host, 'host');
    if (base.operator === base.host) add('bases', base.id, `operator and host are both ${base.host}: only foreign bases are recorded`);
    checkInterval('bases', base.id, base.from, base.to);
    checkCitations('bases', base.id, base.sources);
  }

  const eventIds = new Set<string>();
  for (const event of data.events) {
    if (eventIds.has(event.id)) add('events', event.id, 'duplicate event id');
    eventIds.add(event.id);
    for (const p of event.participants) checkState('events', event.id, p, 'participant');
    if (new Set(event.participants).size !== event.participants.length) add('events', event.id, 'lists a participant twice');
    for (const p of event.participants) {
      const state = statesByIso.get(p);
      if (state && !existedOn(state, startDay(event.date))) add('events', event.id, `participant ${p} did not exist on ${event.date}`);
    }
    checkAttendance(event, (message) => add('events', event.id, message), checkState);
    if (startDay(event.date) > asOf) add('events', event.id, `dated ${event.date}, after as-of ${data.info.asOf}`);
    if (event.end !== undefined && compareDates(event.end, event.date) < 0) add('events', event.id, 'ends before it starts');
    checkCitations('events', event.id, event.sources);
  }
  return problems;
}

/**
 * `attended` and `absent` are subsets of `participants` (the members of the body), each listed once,
 * disjoint, and every code is a known state.
 */
function checkAttendance(
  event: AtlasEvent,
  report: (message: string) => void,
  checkState: (file: string, id: string, code: string, role: string) => void,
): void {
  const members = new Set(event.participants);
  for (const field of ['attended', 'absent'] as const) {
    const list = event[field];
    if (list === undefined) continue;
    if (list.length === 0) report(`${field} is empty: leave it out when not known`);
    if (new Set(list).size !== list.length) report(`lists a state twice in ${field}`);
    for (const code of list) {
      checkState('events', event.id, code, field);
      if (!members.has(code)) report(`${field} ${code} is not among the participants`);
    }
  }
  const attended = new Set(event.attended ?? []);
  for (const code of event.absent ?? []) if (attended.has(code)) report(`${code} is both attended and absent`);
}

/**
 * A state with a recorded lifetime (the USSR, Czechoslovakia, …) existed on the day. Its end day
 * counts too: the USSR is a party to the declaration of 26 December 1991 that ended it.
 */
function existedOn(state: State, day: string): boolean {
  return (state.from === undefined || startDay(state.from) <= day) && (state.to === undefined || day <= startDay(state.to));
}

/**
 * Checks for one lazily loaded trade file (geodata/data/trade/<ISO3>.json) against the atlas:
 * reporter and partners are known states, no state trades with itself or appears twice in a year,
 * years are unique, ascending and not after the as-of year, every year cites known sources, and a
 * partner's total is at least its exports and at least its imports.
 */
export function validateTrade(file: TradeFile, data: Pick<AtlasData, 'states' | 'sources' | 'info'>): Problem[] {
  const problems: Problem[] = [];
  const name = `trade/${file.reporter}`;
  const add = (id: string, message: string): void => {
    problems.push({ file: name, id, message });
  };
  const knownStates = new Set(data.states.map((s) => s.iso3));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const asOfYear = Number(data.info.asOf.slice(0, 4));
  if (!knownStates.has(file.reporter)) add(file.reporter, `reporter "${file.reporter}" is not in the state registry`);
  let previous = -Infinity;
  for (const y of file.years) {
    const id = String(y.year);
    if (y.year <= previous) add(id, `year ${y.year} is out of order or repeated (after ${previous})`);
    previous = y.year;
    if (y.year > asOfYear) add(id, `year ${y.year} is after the dataset's as-of date ${data.info.asOf}`);
    for (const c of y.sources) if (!sourceIds.has(c.source)) add(id, `cites unknown source "${c.source}"`);
    const seen = new Set<string>();
    for (const p of y.partners) {
      if (!knownStates.has(p.partner)) add(id, `partner "${p.partner}" is not in the state registry`);
      if (p.partner === file.reporter) add(id, `${file.reporter} is listed as its own partner`);
      if (seen.has(p.partner)) add(id, `partner ${p.partner} is listed twice`);
      seen.add(p.partner);
      if ((p.exports !== null && p.exports > p.total) || (p.imports !== null && p.imports > p.total)) {
        add(id, `partner ${p.partner}: total ${p.total} is smaller than its exports or imports`);
      }
    }
  }
  return problems;
}
