import { describe, expect, it } from 'vitest';
import { AtlasQueries } from './queries.js';
import { createAtlasData, createFact } from './test-factories.js';

const sco = () =>
  new AtlasQueries(
    createAtlasData(
      [
        createFact('KAZ', 'SCO', 'member', '1996-04-26', '2001-06-15', 'shanghai-five'),
        createFact('KAZ', 'SCO', 'member', '2001-06-15', null, 'sco'),
        createFact('IND', 'SCO', 'observer', '2005-07-05', '2017-06-09', 'sco'),
        createFact('IND', 'SCO', 'member', '2017-06-09', null, 'sco'),
        createFact('TUR', 'SCO', 'partner', '2012-06-07', null, 'sco'),
      ],
      [
        { id: 'shanghai-five', org: 'SCO', from: '1996-04-26', to: '2001-06-15', name: 'Shanghai Five' },
        { id: 'sco', org: 'SCO', from: '2001-06-15', to: null, name: 'Shanghai Cooperation Organisation' },
      ],
    ),
  );

describe('AtlasQueries', () => {
  it('answers who held which status on a day', () => {
    const answers = sco().membershipsOn('SCO', '2016-06-30');
    expect(answers.map((a) => [a.state, a.status, a.since])).toEqual([
      ['IND', 'observer', '2005-07-05'],
      ['KAZ', 'member', '2001-06-15'],
      ['TUR', 'partner', '2012-06-07'],
    ]);
  });

  it('names the body in force for the legend', () => {
    expect(sco().bodyOn('SCO', '1998-12-31')?.name).toBe('Shanghai Five');
    expect(sco().bodyOn('SCO', '2001-06-15')?.name).toBe('Shanghai Cooperation Organisation');
    expect(sco().bodyOn('SCO', '1995-01-01')).toBeNull();
  });

  it('lists changes between two dates with exact dates, ignoring body renames', () => {
    const changes = sco().changesBetween('SCO', '2000-12-31', '2017-12-31');
    expect(changes.map((c) => [c.state, c.kind, c.date, c.before, c.after])).toEqual([
      ['IND', 'joined', '2005-07-05', null, 'observer'],
      ['TUR', 'joined', '2012-06-07', null, 'partner'],
      ['IND', 'changed', '2017-06-09', 'observer', 'member'],
    ]);
  });

  it('reports a departure as left', () => {
    const q = new AtlasQueries(createAtlasData([createFact('GEO', 'CIS', 'member', '1993-12', '2009-08-18')]));
    expect(q.changesBetween('CIS', '2009-01-01', '2010-01-01')).toMatchObject([{ state: 'GEO', kind: 'left', date: '2009-08-18', after: null }]);
  });

  it('gives a state history across organisations in date order', () => {
    expect(sco().historyOf('IND').map((a) => a.status)).toEqual(['observer', 'member']);
  });

  it('gives the sorted change days for the timeline', () => {
    expect(sco().changeDays('SCO')).toEqual(['1996-04-26', '2001-06-15', '2005-07-05', '2012-06-07', '2017-06-09']);
  });
});
