import { describe, expect, it } from 'vitest';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { createAtlasData, createFact } from '../../geodata/src/test-factories.js';
import { chartOrgs, membershipChartModel } from './membership-chart.js';

const queries = new AtlasQueries(
  createAtlasData(
    [
      createFact('KGZ', 'CSTO', 'member', '1992-05-15', '1999-04-02', 'cst'),
      createFact('KGZ', 'CSTO', 'member', '2003-09-18', null, 'csto'),
      createFact('KGZ', 'CIS', 'member', '1991-12-21', null),
    ],
    [
      { id: 'cst', org: 'CSTO', from: '1992-05-15', to: '2002-10-07' },
      { id: 'csto', org: 'CSTO', from: '2002-10-07', to: null },
    ],
  ),
);
const model = () => membershipChartModel(queries.historyOf('KGZ'), ['SCO', 'CSTO', 'CIS'], '2010-06-30', '2026-01-01', '1991-01-01');

describe('membershipChartModel', () => {
  it('has one row per organisation asked for, empty where the state never had a status', () => {
    expect(model().rows.map((r) => [r.org, r.bands.length])).toEqual([['SCO', 0], ['CSTO', 2], ['CIS', 1]]);
  });

  it('places bands on the time axis, an open fact running to the right end', () => {
    const [first, second] = model().rows[1]!.bands;
    expect(first!.x0).toBeGreaterThan(0);
    expect(first!.x1).toBeLessThan(second!.x0);
    expect(second!.x1).toBe(1);
  });

  it('marks the chosen date between the ends', () => {
    const { marker } = model();
    expect(marker).toBeCloseTo((Date.parse('2010-06-30') - Date.parse('1991-01-01')) / (Date.parse('2026-01-01') - Date.parse('1991-01-01')), 6);
  });

  it('ticks the first year and every fifth year, unlabelled where it would collide with the first', () => {
    const ticks = model().ticks;
    expect(ticks.map((t) => t.year)).toEqual([1991, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
    expect(ticks.filter((t) => !t.labelled).map((t) => t.year)).toEqual([1995]);
  });
});

describe('chartOrgs', () => {
  it('keeps the four core rows and adds only the context organisations the state had a status in, in picker order', () => {
    const withContext = new AtlasQueries(createAtlasData([
      createFact('GEO', 'GUAM', 'member', '1997-10-10', null),
      createFact('GEO', 'NATO', 'partner', '1994-03-23', null),
      createFact('GEO', 'CIS', 'member', '1993-12-03', '2009-08-18'),
    ]));
    expect(chartOrgs(withContext.historyOf('GEO'))).toEqual(['SCO', 'CSTO', 'EAEU', 'CIS', 'NATO', 'GUAM']);
    expect(chartOrgs(queries.historyOf('KGZ'))).toEqual(['SCO', 'CSTO', 'EAEU', 'CIS']);
  });
});
