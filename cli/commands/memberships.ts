/** `members`, `history` and `changes`: who held which status in an organisation, and when it changed. */
import type { AtlasQueries, ChangeRecord, MembershipAnswer } from '../../geodata/src/queries.js';
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import { ORG_IDS } from '../../geodata/src/schema.js';
import { UsageError, type AtlasDataCommand } from './command.js';
import { dayOf, orgOf, stateOf, stringOption } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

const ORG_LIST = ORG_IDS.join('|');

function memberJson(queries: AtlasQueries, a: MembershipAnswer) {
  return {
    state: a.state,
    status: a.status,
    body: a.body.name,
    since: a.since,
    ...(a.until ? { until: a.until } : {}),
    sources: citedSources(queries, a.fact.sources),
    ...(a.fact.alternatives?.length ? { disputedBy: a.fact.alternatives.map((alt) => ({ status: alt.status, note: alt.note, sources: citedSources(queries, alt.sources) })) } : {}),
  };
}

function changeJson(queries: AtlasQueries, c: ChangeRecord) {
  return {
    state: c.state,
    date: c.date,
    change: c.kind,
    from: c.before,
    to: c.after,
    body: (c.bodyAfter ?? c.bodyBefore)?.name ?? null,
    sources: citedSources(queries, c.sources),
  };
}

export const membersCommand: AtlasDataCommand = {
  name: 'members',
  usage: `atlas-data members --org <${ORG_LIST}> --date <YYYY|YYYY-MM-DD> [--json|--csv]`,
  summary: 'Every state with a status in the organisation on the day: status, body, since, until, sources.',
  options: { org: { type: 'string' }, date: { type: 'string' } },
  run(values, { queries, today }) {
    const org = orgOf(stringOption(values, 'org'));
    const day = dayOf('--date', stringOption(values, 'date'), today);
    const answers = queries.membershipsOn(org, day);
    const json = answers.map((a) => memberJson(queries, a));
    const body = queries.bodiesOn(org, day).map((b) => b.name).join(' / ') || `${org} (not yet founded)`;
    const rows = [['STATE', 'NAME', 'STATUS', 'SINCE'], ...answers.map((a) => [a.state, queries.statesByIso.get(a.state)?.name ?? '', a.status, a.since])];
    return {
      json,
      text: `${body} as of ${formatPartialDate(day)}: ${answers.length} states\n${table(rows)}`,
      csv: {
        header: ['state', 'name', 'status', 'body', 'since', 'until', 'disputed_by', 'sources'],
        rows: json.map((m) => [m.state, queries.statesByIso.get(m.state)?.name, m.status, m.body, m.since, m.until, m.disputedBy?.map((d) => d.status).join('; '), sourcesCell(m.sources)]),
      },
    };
  },
};

export const historyCommand: AtlasDataCommand = {
  name: 'history',
  usage: 'atlas-data history --state <ISO3> [--json|--csv]',
  summary: "Every membership fact of the state, in every organisation, with its sources.",
  options: { state: { type: 'string' } },
  run(values, { queries }) {
    const code = stateOf('--state', stringOption(values, 'state'), queries, true)!;
    const history = queries.historyOf(code);
    const json = history.map((a) => ({ org: a.org, ...memberJson(queries, a) }));
    const rows = [['ORG', 'BODY', 'STATUS', 'FROM', 'TO'], ...history.map((a) => [a.org, a.body.short, a.status, a.since, a.until ?? '(in force)'])];
    return {
      json,
      text: `${queries.statesByIso.get(code)!.name}: ${history.length} facts\n${table(rows)}`,
      csv: {
        header: ['org', 'state', 'status', 'body', 'since', 'until', 'disputed_by', 'sources'],
        rows: json.map((m) => [m.org, m.state, m.status, m.body, m.since, m.until, m.disputedBy?.map((d) => d.status).join('; '), sourcesCell(m.sources)]),
      },
    };
  },
};

export const changesCommand: AtlasDataCommand = {
  name: 'changes',
  usage: `atlas-data changes --org <${ORG_LIST}> --from <date> --to <date> [--json|--csv]`,
  summary: 'Who joined, left or changed status on days after --from up to and including --to.',
  options: { org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  run(values, { queries, today }) {
    const org = orgOf(stringOption(values, 'org'));
    const from = dayOf('--from', stringOption(values, 'from'), today);
    const to = dayOf('--to', stringOption(values, 'to'), today);
    if (from > to) throw new UsageError(`--from ${stringOption(values, 'from')} is after --to ${stringOption(values, 'to')}`);
    const changes = queries.changesBetween(org, from, to);
    const json = changes.map((c) => changeJson(queries, c));
    const rows = [['DATE', 'STATE', 'CHANGE', 'FROM', 'TO'], ...changes.map((c) => [c.date, c.state, c.kind, c.before ?? '-', c.after ?? '-'])];
    return {
      json,
      text: `${org} changes after ${from} up to ${to}: ${changes.length}\n${table(rows)}`,
      csv: { header: ['date', 'state', 'change', 'from', 'to', 'body', 'sources'], rows: json.map((c) => [c.date, c.state, c.change, c.from, c.to, c.body, sourcesCell(c.sources)]) },
    };
  },
};
