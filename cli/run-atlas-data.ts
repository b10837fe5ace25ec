/**
 * The `atlas-data` command's logic: parse arguments, ask the query layer, format the answer.
 * Returns exit code and output instead of printing, so it is unit-tested without a process.
 *
 *   members --org SCO --date 2016-06-30 [--json]
 *   history --state KAZ [--json]
 *   changes --org SCO --from 2016 --to 2025 [--json]
 */
import { parseArgs } from 'node:util';
import type { AtlasQueries, ChangeRecord, MembershipAnswer } from '../geodata/src/queries.js';
import { resolveAsOf, DATE_FORMS } from '../geodata/src/resolve-as-of.js';
import { formatPartialDate, type IsoDay } from '../geodata/src/partial-date.js';
import { ORG_IDS, type Citation, type OrgId } from '../geodata/src/schema.js';

export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage:
  atlas-data members --org <${ORG_IDS.join('|')}> --date <YYYY|YYYY-MM-DD> [--json]
  atlas-data history --state <ISO3> [--json]
  atlas-data changes --org <${ORG_IDS.join('|')}> --from <date> --to <date> [--json]
Dates: ${DATE_FORMS}.`;

const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `atlas-data: ${message}\n` });

class UsageError extends Error {}

function citedSources(queries: AtlasQueries, citations: readonly Citation[]) {
  return citations.map((c) => {
    const s = queries.sourcesById.get(c.source);
    return {
      id: c.source,
      title: s?.title ?? null,
      publisher: s?.publisher ?? null,
      date: s?.date ?? null,
      ...(s?.url ? { url: s.url } : {}),
      supports: c.supports,
      ...(c.locator ? { locator: c.locator } : {}),
    };
  });
}

function orgOf(value: string | undefined): OrgId {
  if (value === undefined) throw new UsageError(`--org is required; use one of ${ORG_IDS.join(', ')}`);
  const upper = value.toUpperCase();
  if (!(ORG_IDS as readonly string[]).includes(upper)) throw new UsageError(`unknown organisation "${value}"; use one of ${ORG_IDS.join(', ')}`);
  return upper as OrgId;
}

function dayOf(option: string, value: string | undefined, today: IsoDay): IsoDay {
  if (value === undefined) throw new UsageError(`${option} is required; use ${DATE_FORMS}`);
  const r = resolveAsOf(value, today);
  if (!r.ok) throw new UsageError(`${option}: ${r.error}`);
  return r.day;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

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

export function runAtlasData(argv: readonly string[], queries: AtlasQueries, today: IsoDay): CliResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    return command === undefined ? fail(`no command given.\n${USAGE}`) : { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: { org: { type: 'string' }, date: { type: 'string' }, state: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${USAGE}`);
  }
  const json = values.json === true;
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  try {
    switch (command) {
      case 'members': {
        const org = orgOf(str('org'));
        const day = dayOf('--date', str('date'), today);
        const answers = queries.membershipsOn(org, day);
        if (json) return { code: 0, stdout: JSON.stringify(answers.map((a) => memberJson(queries, a)), null, 2) + '\n', stderr: '' };
        const body = queries.bodiesOn(org, day).map((b) => b.name).join(' / ') || `${org} (not yet founded)`;
        const rows = [['STATE', 'NAME', 'STATUS', 'SINCE'], ...answers.map((a) => [a.state, queries.statesByIso.get(a.state)?.name ?? '', a.status, a.since])];
        return { code: 0, stdout: `${body} as of ${formatPartialDate(day)}: ${answers.length} states\n${table(rows)}`, stderr: '' };
      }
      case 'history': {
        const code = (str('state') ?? '').toUpperCase();
        if (!str('state')) throw new UsageError('--state is required; use an ISO 3166 alpha-3 code such as KAZ');
        if (!/^[A-Z]{3}$/.test(code) || !queries.statesByIso.has(code)) throw new UsageError(`unknown state "${str('state')}"; use an ISO 3166 alpha-3 code such as KAZ`);
        const history = queries.historyOf(code);
        if (json) return { code: 0, stdout: JSON.stringify(history.map((a) => ({ org: a.org, ...memberJson(queries, a) })), null, 2) + '\n', stderr: '' };
        const rows = [['ORG', 'BODY', 'STATUS', 'FROM', 'TO'], ...history.map((a) => [a.org, a.body.short, a.status, a.since, a.until ?? '(in force)'])];
        return { code: 0, stdout: `${queries.statesByIso.get(code)!.name}: ${history.length} facts\n${table(rows)}`, stderr: '' };
      }
      case 'changes': {
        const org = orgOf(str('org'));
        const from = dayOf('--from', str('from'), today);
        const to = dayOf('--to', str('to'), today);
        if (from > to) throw new UsageError(`--from ${str('from')} is after --to ${str('to')}`);
        const changes = queries.changesBetween(org, from, to);
        if (json) return { code: 0, stdout: JSON.stringify(changes.map((c) => changeJson(queries, c)), null, 2) + '\n', stderr: '' };
        const rows = [['DATE', 'STATE', 'CHANGE', 'FROM', 'TO'], ...changes.map((c) => [c.date, c.state, c.kind, c.before ?? '-', c.after ?? '-'])];
        return { code: 0, stdout: `${org} changes after ${from} up to ${to}: ${changes.length}\n${table(rows)}`, stderr: '' };
      }
      default:
        return fail(`unknown command "${command}".\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
}
