import { describe, expect, it } from 'vitest';
import { createBase, createEvent } from '../../geodata/src/test-factories.js';
import { MME_SOURCE_ID } from '../../geodata/src/exercise-coverage.js';
import { overlayLegendModel } from './overlay-legend.js';

const bases = [
  createBase('manas', 'USA', 'KGZ', '2001-12-16', '2014-06-03'),
  createBase('kant', 'RUS', 'KGZ', '2003-10-23', null),
  createBase('gyumri', 'RUS', 'ARM', '1994-09', null),
];
const place = { name: 'x', lon: 1, lat: 1, precision: 'town' as const };
const events = [
  createEvent('s1', '2009-06-15', ['KGZ'], { place }),
  createEvent('e1', '2010-03-01', ['KGZ'], { type: 'exercise', place }),
  createEvent('old', '2001-06-15', ['KGZ'], { place }),
  createEvent('unplaced', '2010-01-01', ['KGZ']),
];
const input = { bases, events, stateName: (c: string) => c, day: '2010-06-30', showBases: true, showEvents: true };

describe('overlayLegendModel', () => {
  it('lists the operators on the map on the day, most bases first', () => {
    expect(overlayLegendModel(input).bases?.map((b) => [b.operator, b.count])).toEqual([['RUS', 2], ['USA', 1]]);
    expect(overlayLegendModel({ ...input, day: '2015-06-30' }).bases?.map((b) => b.operator)).toEqual(['RUS']);
  });

  it('counts the placed events of the period by kind', () => {
    const events = overlayLegendModel(input).events!;
    expect([events.from, events.to]).toEqual(['2008-06-30', '2010-06-30']);
    expect(events.categories.map((c) => [c.category, c.count])).toEqual([['summit', 1], ['exercise', 1]]);
  });

  it('leaves out a layer that is switched off', () => {
    expect(overlayLegendModel({ ...input, showBases: false, showEvents: false })).toEqual({ bases: null, events: null });
  });

  it('says where the exercise records change source once the period reaches the curated years', () => {
    const mme = createEvent('mme', '2010-05-01', ['KGZ'], { type: 'exercise', sources: [{ source: MME_SOURCE_ID, supports: 'exercise' }], place });
    const withMme = [...events, mme];
    expect(overlayLegendModel({ ...input, events: withMme }).events?.coverage).toBeNull();
    const coverage = overlayLegendModel({ ...input, events: withMme, day: '2011-03-01' }).events?.coverage;
    expect(coverage?.note).toMatch(/^Exercises 2010: the Multinational Military Exercises dataset \(MME v7, up to 1 a year\); from 2011: a curated list/);
    expect(overlayLegendModel({ ...input, events }).events?.coverage).toBeNull();
  });

  it('notes the data’s as-of date only for a later day', () => {
    expect(overlayLegendModel({ ...input, dataAsOf: '2010-03-31' }).events?.asOfNote).toBe('Data checked to 31 March 2010; later events are not yet included.');
    expect(overlayLegendModel({ ...input, dataAsOf: '2010-12-31' }).events?.asOfNote).toBeNull();
    expect(overlayLegendModel(input).events?.asOfNote).toBeNull();
  });
});
