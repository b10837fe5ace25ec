import { describe, expect, it } from 'vitest';
import { eventsBetween, eventsInvolving, yearsBefore } from './event-queries.js';
import { createEvent } from './test-factories.js';

const events = [
  createEvent('sco-2001', '2001-06-15', ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']),
  createEvent('manas-order', '2009-02-20', ['KGZ', 'USA'], { type: 'political' }),
  createEvent('revolution', '2010-04-07', ['KGZ'], { type: 'political' }),
  createEvent('osh', '2010-06-10', ['KGZ'], { type: 'clash', end: '2010-06-14' }),
  createEvent('later', '2012', ['KGZ']),
  createEvent('elsewhere', '2010-05-01', ['ARM']),
  createEvent('long-war', '2005-01-01', ['KGZ'], { type: 'war', end: '2009-12-31' }),
];
const ids = (list: { id: string }[]): string[] => list.map((e) => e.id);

describe('yearsBefore', () => {
  it('keeps the calendar day', () => {
    expect(yearsBefore('2010-06-30', 5)).toBe('2005-06-30');
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(yearsBefore('2012-02-29', 1)).toBe('2011-02-28');
    expect(yearsBefore('2012-02-29', 4)).toBe('2008-02-29');
  });
});

describe('eventsInvolving', () => {
  it('lists a state’s events up to the day in date order, and nothing after it', () => {
    expect(ids(eventsInvolving(events, 'KGZ', '2010-06-30'))).toEqual(['sco-2001', 'long-war', 'manas-order', 'revolution', 'osh']);
  });

  it('includes an event that starts on the day itself', () => {
    expect(ids(eventsInvolving(events, 'KGZ', '2010-04-07'))).toContain('revolution');
  });

  it('keeps only events within N years of the day', () => {
    expect(ids(eventsInvolving(events, 'KGZ', '2010-06-30', 1))).not.toContain('manas-order');
    expect(ids(eventsInvolving(events, 'KGZ', '2010-06-30', 2))).toContain('manas-order');
  });

  it('counts an event that began before the window but was still running in it', () => {
    expect(ids(eventsInvolving(events, 'KGZ', '2010-06-30', 1))).toEqual(['long-war', 'revolution', 'osh']);
    expect(ids(eventsInvolving(events, 'KGZ', '2011-06-30', 1))).not.toContain('long-war');
  });

  it('ignores events the state did not take part in', () => {
    expect(ids(eventsInvolving(events, 'KGZ', '2020-01-01'))).not.toContain('elsewhere');
  });
});

describe('eventsBetween', () => {
  it('gives every event overlapping the period, both ends included', () => {
    expect(ids(eventsBetween(events, '2010-04-07', '2010-06-10'))).toEqual(['revolution', 'elsewhere', 'osh']);
  });

  it('includes an event that began before the period and ends inside it', () => {
    expect(ids(eventsBetween(events, '2010-06-12', '2010-12-31'))).toEqual(['osh']);
  });
});
