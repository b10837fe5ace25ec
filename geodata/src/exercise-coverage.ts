/**
 * Where the exercise records change source: 1991–2010 come from the Multinational Military
 * Exercises dataset (MME v7, every multinational exercise it records, up to ~87 a year), later
 * years from a curated list of the recurring SCO, CSTO and Russia–China series (fewer by design).
 * The years and the yearly maximum are read from the data (the MME-derived events cite
 * MME_SOURCE_ID), so the note follows a re-derivation.
 */
import type { AtlasEvent } from './schema.js';

/** The source every MME-derived exercise cites (build/derive/derive-exercises.ts). */
export const MME_SOURCE_ID = 'ev-mme-v7';

export interface ExerciseCoverage {
  /** First and last year with an MME-derived exercise. */
  mmeFrom: number;
  mmeTo: number;
  /** Most MME-derived exercises in one year. */
  mmeMostInAYear: number;
  /** First year of the curated list (the year after the MME data ends). */
  curatedFrom: number;
}

const cache = new WeakMap<readonly AtlasEvent[], ExerciseCoverage | null>();

/** The coverage of the exercise records, or null when none comes from the MME data. */
export function exerciseCoverage(events: readonly AtlasEvent[]): ExerciseCoverage | null {
  if (cache.has(events)) return cache.get(events) ?? null;
  const perYear = new Map<number, number>();
  for (const e of events) {
    if (e.type !== 'exercise' || !e.sources.some((s) => s.source === MME_SOURCE_ID)) continue;
    const year = Number(e.date.slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const years = [...perYear.keys()];
  const result = years.length === 0
    ? null
    : { mmeFrom: Math.min(...years), mmeTo: Math.max(...years), mmeMostInAYear: Math.max(...perYear.values()), curatedFrom: Math.max(...years) + 1 };
  cache.set(events, result);
  return result;
}

/** True when a period ending in `toYear` reaches the curated years (where a reader sees fewer exercises). */
export function reachesCuratedYears(c: ExerciseCoverage, toYear: number): boolean {
  return toYear >= c.curatedFrom;
}

/** The full sentence for the panel and the map's key. */
export function exerciseCoverageNote(c: ExerciseCoverage): string {
  return (
    `Exercises ${c.mmeFrom === c.mmeTo ? c.mmeTo : `${c.mmeFrom}–${c.mmeTo}`}: the Multinational Military Exercises dataset (MME v7, up to ${c.mmeMostInAYear} a year); ` +
    `from ${c.curatedFrom}: a curated list of the recurring SCO, CSTO and Russia–China series (fewer by design: the drop is not a fall in exercises).`
  );
}

/** A one-line form for an exported map's key. */
export function exerciseCoverageShortNote(c: ExerciseCoverage): string {
  return `Exercises to ${c.mmeTo}: MME v7 data; from ${c.curatedFrom}: main series only.`;
}
