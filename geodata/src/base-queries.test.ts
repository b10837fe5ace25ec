import { describe, expect, it } from 'vitest';
import { basesHostedBy, basesOn, basesOperatedBy } from './base-queries.js';
import { createBase } from './test-factories.js';

const bases = [
  createBase('manas', 'USA', 'KGZ', '2001-12-16', '2014-06-03'),
  createBase('kant', 'RUS', 'KGZ', '2003-10-23', null),
  createBase('gyumri', 'RUS', 'ARM', '1994-09', null),
  createBase('cam-ranh', 'RUS', 'VNM', '1991-12', '2002-05-02'),
];
const ids = (list: { id: string }[]): string[] => list.map((b) => b.id);

describe('basesOn', () => {
  it('lists the bases active on the day, oldest first', () => {
    expect(ids(basesOn(bases, '2010-06-30'))).toEqual(['gyumri', 'manas', 'kant']);
  });

  it('treats the closing date as the first day without the base (half-open)', () => {
    expect(ids(basesOn(bases, '2014-06-02'))).toContain('manas');
    expect(ids(basesOn(bases, '2014-06-03'))).not.toContain('manas');
  });

  it('reads a month-precision opening as its first day', () => {
    expect(ids(basesOn(bases, '1994-08-31'))).not.toContain('gyumri');
    expect(ids(basesOn(bases, '1994-09-01'))).toContain('gyumri');
  });
});

describe('basesHostedBy', () => {
  it('gives the foreign bases on a state’s soil on the day', () => {
    expect(ids(basesHostedBy(bases, 'KGZ', '2010-06-30'))).toEqual(['manas', 'kant']);
    expect(ids(basesHostedBy(bases, 'KGZ', '2015-06-30'))).toEqual(['kant']);
  });

  it('does not count a state’s own installations at home as foreign', () => {
    const own = [...bases, createBase('home', 'KGZ', 'KGZ', '2000', null)];
    expect(ids(basesHostedBy(own, 'KGZ', '2010-06-30'))).not.toContain('home');
  });
});

describe('basesOperatedBy', () => {
  it('gives a state’s bases abroad on the day', () => {
    expect(ids(basesOperatedBy(bases, 'RUS', '2000-06-30'))).toEqual(['cam-ranh', 'gyumri']);
    expect(ids(basesOperatedBy(bases, 'RUS', '2002-05-02'))).toEqual(['gyumri']);
  });

  it('is empty for a state with no bases abroad', () => {
    expect(basesOperatedBy(bases, 'KGZ', '2010-06-30')).toEqual([]);
  });
});
