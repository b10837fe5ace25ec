import { describe, expect, it } from 'vitest';
import { sourceDateText } from './source-date-text.js';

describe('sourceDateText', () => {
  it('writes the date at its precision, and "undated" for a page without a publication date', () => {
    expect(sourceDateText({ date: '2001-06-15' })).toBe('15 June 2001');
    expect(sourceDateText({ date: '2001' })).toBe('2001');
    expect(sourceDateText({ date: '2026-11-22', undated: true })).toBe('undated');
  });
});
