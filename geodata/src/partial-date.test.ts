import { describe, expect, it } from 'vitest';
import { compareDates, formatPartialDate, holdsOn, intervalsOverlap, isPartialDate, precisionOf, startDay } from './partial-date.js';

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects impossible dates', () => {
    expect(['2001', '2001-06', '2001-06-15', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2001-13', '2001-02-30', '2023-02-29', '01-06-2001', '2001-6-1', ''].some(isPartialDate)).toBe(false);
  });

  it('reads a partial bound as its first day', () => {
    expect(startDay('1993-12')).toBe('1993-12-01');
    expect(startDay('1996')).toBe('1996-01-01');
    expect(precisionOf('1993-12')).toBe('month');
  });

  it('holds on the half-open interval [from, to)', () => {
    // Georgia left the CIS on 18 August 2009: a member the day before, not on the day.
    const georgia = { from: '1993-12', to: '2009-08-18' };
    expect(holdsOn(georgia, '2009-08-17')).toBe(true);
    expect(holdsOn(georgia, '2009-08-18')).toBe(false);
    expect(holdsOn(georgia, '1993-11-30')).toBe(false);
    expect(holdsOn(georgia, '1993-12-01')).toBe(true);
    expect(holdsOn({ from: '2001-06-15', to: null }, '2030-01-01')).toBe(true);
  });

  it('detects overlapping intervals but not adjacent ones', () => {
    expect(intervalsOverlap({ from: '2001', to: '2005' }, { from: '2005', to: null })).toBe(false);
    expect(intervalsOverlap({ from: '2001', to: '2005-06' }, { from: '2005-05-31', to: null })).toBe(true);
    expect(intervalsOverlap({ from: '2001', to: null }, { from: '1990', to: '2001-01-02' })).toBe(true);
  });

  it('orders and formats at the recorded precision', () => {
    expect(compareDates('1993-12', '1993-12-01')).toBe(0);
    expect(compareDates('1994', '1993-12-31')).toBe(1);
    expect(formatPartialDate('2001-06-15')).toBe('15 June 2001');
    expect(formatPartialDate('1993-12')).toBe('December 1993');
    expect(formatPartialDate('1996')).toBe('1996');
  });
});
