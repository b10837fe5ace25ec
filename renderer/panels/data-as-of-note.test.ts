import { describe, expect, it } from 'vitest';
import { dataAsOfNote } from './data-as-of-note.js';

describe('dataAsOfNote', () => {
  it('says the data stops at its as-of date for a later day', () => {
    expect(dataAsOfNote('2026-03-31', '2026-04-01')).toBe('Data checked to 31 March 2026; later events are not yet included.');
  });

  it('says nothing on or before the as-of date', () => {
    expect(dataAsOfNote('2026-03-31', '2026-03-31')).toBeNull();
    expect(dataAsOfNote('2026-03-31', '2020-01-01')).toBeNull();
  });

  it('reads a month or a year as-of date as reaching its end', () => {
    expect(dataAsOfNote('2026-03', '2026-03-31')).toBeNull();
    expect(dataAsOfNote('2026-03', '2026-04-01')).toMatch(/^Data checked to March 2026;/);
    expect(dataAsOfNote('2025', '2025-12-31')).toBeNull();
  });
});
