/**
 * Which states existed on a day: historical states (Yugoslavia, Czechoslovakia, Serbia and
 * Montenegro, Ethiopia with Eritrea, Sudan with South Sudan, …) as dated unions of Natural Earth
 * units, territories whose status changed (East Timor, Kosovo), and labels that follow
 * sovereignty (Hong Kong, Macao). One table (geodata/data/unions.json) drives the geometry
 * (build/derive/derive-borders.ts), the registry's dates and every view.
 */
import { z } from 'zod';
import { citationSchema, partialDate } from './schema.js';
import { holdsOn, type IsoDay } from './partial-date.js';

const code = z.string().regex(/^[A-Z]{3}$/);
const interval = { from: partialDate.nullable(), to: partialDate.nullable() };
const citations = z.array(citationSchema).min(1);

/**
 * How a union is drawn over its units: filled (the default: Yugoslavia, Czechoslovakia, …) or as
 * an outline, the units keeping their own colours (the USSR, whose republics held CIS statuses in
 * its last weeks) and covered by one land mass while none of them has a status.
 */
export const UNION_DRAWN = ['fill', 'outline'] as const;
export const unionSchema = z
  .object({ code, name: z.string().min(2), ...interval, units: z.array(code).min(2), drawn: z.enum(UNION_DRAWN).optional(), note: z.string().optional(), sources: citations })
  .strict();
export const TERRITORY_KINDS = ['occupied', 'un-administered', 'partly recognised'] as const;
export const territorySchema = z
  .object({ unit: code, name: z.string().min(2), ...interval, kind: z.enum(TERRITORY_KINDS), admin: z.string(), note: z.string().min(10), sources: citations })
  .strict();
export const labelSchema = z.object({ unit: code, name: z.string().min(2), ...interval, sources: citations }).strict();
export const unionsFileSchema = z
  .object({ note: z.string().optional(), unions: z.array(unionSchema), territories: z.array(territorySchema), labels: z.array(labelSchema) })
  .strict();

export type Union = z.infer<typeof unionSchema>;
export type UnionsFile = z.infer<typeof unionsFileSchema>;

/** A dated entry's interval, with an open start read as "since before the timeline" (holdsOn's half-open rule). */
export function activeOnDay(entry: { from: string | null; to: string | null }, day: IsoDay): boolean {
  return holdsOn({ from: entry.from ?? '0000', to: entry.to }, day);
}

/** The historical unions drawn on the day. */
export function unionsOn(file: UnionsFile, day: IsoDay): Union[] {
  return file.unions.filter((u) => activeOnDay(u, day));
}

/** Is the union drawn as an outline over its units (the USSR) rather than filled over them? */
export function isOutlineUnion(u: Pick<Union, 'drawn'>): boolean {
  return u.drawn === 'outline';
}

/** The units inside an outline union (the Soviet republics) on the day: 15 until 6 September 1991, then 12, none from 26 December 1991. */
export function outlineUnitsOn(file: UnionsFile, day: IsoDay): Set<string> {
  return new Set(unionsOn(file, day).filter(isOutlineUnion).flatMap((u) => u.units));
}

/** The union a Natural Earth unit is drawn inside on the day, if any. */
export function unionOf(file: UnionsFile, unit: string, day: IsoDay): Union | null {
  return unionsOn(file, day).find((u) => u.units.includes(unit)) ?? null;
}

/**
 * The first day from which the unit is drawn as a state of its own: the end of the last union it
 * was part of (units only ever leave unions in this table), or null when it never was in one.
 */
export function drawnFrom(file: UnionsFile, unit: string): string | null {
  const ends = file.unions.filter((u) => u.units.includes(unit) && u.code !== unit).map((u) => u.to!);
  const own = file.unions.filter((u) => u.code === unit && u.units.includes(unit));
  // A unit that is itself the union's code (Serbia with Kosovo, Ethiopia with Eritrea) is drawn as
  // that state throughout: only the other units' labels wait.
  if (own.length > 0 && ends.length === 0) return null;
  return ends.length ? ends.sort().at(-1)! : null;
}

/** The states drawn on the day: codes of the active unions plus every unit not inside one. */
export function statesDrawnOn(file: UnionsFile, units: readonly string[], day: IsoDay): string[] {
  const unions = unionsOn(file, day);
  const inside = new Set(unions.flatMap((u) => u.units));
  return [...new Set([...unions.map((u) => u.code), ...units.filter((u) => !inside.has(u))])].sort();
}

/** The name a unit's label carries on the day (Hong Kong (UK) before 1 July 1997), if it changes. */
export function labelOn(file: UnionsFile, unit: string, day: IsoDay): string | null {
  return file.labels.find((l) => l.unit === unit && activeOnDay(l, day))?.name ?? null;
}
