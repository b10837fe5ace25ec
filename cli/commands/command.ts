/**
 * One `atlas-data` command: its options, its usage line and how it answers. Every command returns
 * the same answer three ways — JSON (the query layer's shape), a readable table, and CSV rows —
 * so `--json`, the default table and `--csv` never drift apart.
 */
import type { ParseArgsConfig } from 'node:util';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';

export interface CommandContext {
  queries: AtlasQueries;
  today: IsoDay;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface CommandAnswer {
  json: unknown;
  text: string;
  csv: { header: string[]; rows: CsvCell[][] };
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface AtlasDataCommand {
  name: string;
  /** One line: `atlas-data <name> <options>`. */
  usage: string;
  /** What the command prints, in a sentence (for `atlas-data <name> --help`). */
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(values: OptionValues, ctx: CommandContext): CommandAnswer;
}

/** A bad argument: exit code 2 with this one line. */
export class UsageError extends Error {}
