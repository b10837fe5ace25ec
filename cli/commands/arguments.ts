/** Argument readers shared by the `atlas-data` commands: one message per kind of bad value. */
import { resolveAsOf, DATE_FORMS } from '../../geodata/src/resolve-as-of.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import { ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { UsageError, type OptionValues } from './command.js';

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function orgOf(value: string | undefined): OrgId {
  if (value === undefined) throw new UsageError(`--org is required; use one of ${ORG_IDS.join(', ')}`);
  const upper = value.toUpperCase();
  if (!(ORG_IDS as readonly string[]).includes(upper)) throw new UsageError(`unknown organisation "${value}"; use one of ${ORG_IDS.join(', ')}`);
  return upper as OrgId;
}

export function optionalOrgOf(value: string | undefined): OrgId | undefined {
  return value === undefined ? undefined : orgOf(value);
}

export function dayOf(option: string, value: string | undefined, today: IsoDay): IsoDay {
  if (value === undefined) throw new UsageError(`${option} is required; use ${DATE_FORMS}`);
  const r = resolveAsOf(value, today);
  if (!r.ok) throw new UsageError(`${option}: ${r.error}`);
  return r.day;
}

/** A state code the atlas knows (any state in the registry, historical ones included). */
export function stateOf(option: string, value: string | undefined, queries: AtlasQueries, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new UsageError(`${option} is required; use an ISO 3166 alpha-3 code such as KAZ`);
    return undefined;
  }
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !queries.statesByIso.has(code)) throw new UsageError(`unknown state "${value}" for ${option}; use an ISO 3166 alpha-3 code such as KAZ`);
  return code;
}

export function yearOf(option: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined) throw new UsageError(`${option} is required; use a year ${min}–${max}`);
  if (!/^\d{4}$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`${option} "${value}" is not a year ${min}–${max}`);
  return Number(value);
}
