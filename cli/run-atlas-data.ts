/**
 * The `atlas-data` command's logic: find the command, parse its arguments, ask the query layer,
 * print the answer as a table, JSON (`--json`) or CSV (`--csv`). Returns exit code and output
 * instead of printing, so it is unit-tested without a process. Each command lives in
 * cli/commands/<name>.ts; `atlas-data help` lists them.
 */
import { parseArgs } from 'node:util';
import type { AtlasQueries } from '../geodata/src/queries.js';
import { DATE_FORMS } from '../geodata/src/resolve-as-of.js';
import type { IsoDay } from '../geodata/src/partial-date.js';
import { UsageError, type AtlasDataCommand } from './commands/command.js';
import { csv } from './commands/format.js';
import { changesCommand, historyCommand, membersCommand } from './commands/memberships.js';
import { basesCommand } from './commands/bases.js';
import { eventsCommand } from './commands/events.js';
import { orgCommand } from './commands/org.js';
import { tradeCommand } from './commands/trade.js';
import { lensCommand } from './commands/lens.js';
import { statesCommand } from './commands/states.js';
import { readUnions } from '../geodata/node/read-unions.js';
import { readTradeFile } from '../geodata/node/read-trade.js';
import type { WeightData } from '../geodata/src/weight-queries.js';

export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

/** Data a command reads only when asked (loaded lazily by the caller). */
export interface LazyData {
  weight: () => WeightData;
}

const unavailable = (): never => {
  throw new Error('organisation weight data was not provided');
};

/** Every command, in the order `help` lists them. */
export function commandsWith(lazy: LazyData): readonly AtlasDataCommand[] {
  return [membersCommand, historyCommand, changesCommand, basesCommand, eventsCommand, orgCommand(lazy.weight), tradeCommand(readTradeFile), lensCommand(readTradeFile), statesCommand(readUnions)];
}

export const COMMANDS: readonly AtlasDataCommand[] = commandsWith({ weight: unavailable });

export const USAGE = `Usage:
${COMMANDS.map((c) => `  ${c.usage}`).join('\n')}
  atlas-data help [<command>]
Dates: ${DATE_FORMS}. Output: a readable table, or --json, or --csv (RFC 4180, with a sources column).`;

const fail = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `atlas-data: ${message}\n` });
const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: '' });

function commandHelp(c: AtlasDataCommand): string {
  return `Usage: ${c.usage}\n${c.summary}\nDates: ${DATE_FORMS}.\n`;
}

export function runAtlasData(argv: readonly string[], queries: AtlasQueries, today: IsoDay, lazy: LazyData = { weight: unavailable }): CliResult {
  const commands = commandsWith(lazy);
  const [name, ...rest] = argv;
  if (name === undefined) return fail(`no command given.\n${USAGE}`);
  if (name === '--help' || name === '-h' || name === 'help') {
    if (name === 'help' && rest[0] !== undefined) {
      const c = commands.find((x) => x.name === rest[0]);
      return c ? ok(commandHelp(c)) : fail(`unknown command "${rest[0]}".\n${USAGE}`);
    }
    return ok(`${USAGE}\n`);
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) return fail(`unknown command "${name}".\n${USAGE}`);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: { ...command.options, json: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n${commandHelp(command).trimEnd()}`);
  }
  if (values.help === true) return ok(commandHelp(command));
  if (values.json === true && values.csv === true) return fail('--json and --csv cannot be combined; choose one');
  try {
    const answer = command.run(values, { queries, today });
    if (values.json === true) return ok(JSON.stringify(answer.json, null, 2) + '\n');
    if (values.csv === true) return ok(csv(answer.csv.header, answer.csv.rows));
    return ok(answer.text);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message);
    throw error;
  }
}
