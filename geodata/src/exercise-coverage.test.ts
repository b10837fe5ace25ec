import { describe, expect, it } from 'vitest';
import { createEvent } from './test-factories.js';
import { exerciseCoverage, exerciseCoverageNote, exerciseCoverageShortNote, MME_SOURCE_ID, reachesCuratedYears } from './exercise-coverage.js';

const mme = { source: MME_SOURCE_ID, supports: 'exercise' };
const events = [
  createEvent('a', '1994-05-01', ['RUS'], { type: 'exercise', sources: [mme] }),
  createEvent('b', '2010-05-01', ['RUS'], { type: 'exercise', sources: [mme] }),
  createEvent('c', '2010-07-01', ['RUS'], { type: 'exercise', sources: [mme] }),
  createEvent('curated', '2015-07-01', ['RUS'], { type: 'exercise' }),
  createEvent('summit', '2012-07-01', ['RUS'], { sources: [mme] }),
];

describe('exerciseCoverage', () => {
  it('reads the MME years and the busiest year from the exercises citing it', () => {
    expect(exerciseCoverage(events)).toEqual({ mmeFrom: 1994, mmeTo: 2010, mmeMostInAYear: 2, curatedFrom: 2011 });
  });

  it('is null without MME-derived exercises', () => {
    expect(exerciseCoverage([events[3]!])).toBeNull();
  });

  it('says where the coverage changes and that fewer later markers are by design', () => {
    const c = exerciseCoverage(events)!;
    expect(exerciseCoverageNote(c)).toMatch(/^Exercises 1994–2010: the Multinational Military Exercises dataset \(MME v7, up to 2 a year\); from 2011: a curated list of the recurring SCO, CSTO and Russia–China series \(fewer by design/);
    expect(exerciseCoverageShortNote(c)).toBe('Exercises to 2010: MME v7 data; from 2011: main series only.');
  });

  it('applies to a period reaching the curated years', () => {
    const c = exerciseCoverage(events)!;
    expect(reachesCuratedYears(c, 2010)).toBe(false);
    expect(reachesCuratedYears(c, 2011)).toBe(true);
  });
});
