import { describe, expect, it } from 'vitest';
import { resolveAsOf } from './resolve-as-of.js';

const TODAY = '2026-11-22';

describe('resolveAsOf', () => {
  it('reads a bare year as 31 December of that year', () => {
    expect(resolveAsOf('2016', TODAY)).toEqual({ ok: true, day: '2016-12-31', input: '2016' });
  });
  it('reads the current year as today', () => {
    expect(resolveAsOf('2026', TODAY)).toMatchObject({ ok: true, day: TODAY });
  });
  it('accepts an exact day', () => {
    expect(resolveAsOf('2016-06-30', TODAY)).toMatchObject({ ok: true, day: '2016-06-30' });
  });
  it.each(['2016-02-30', '16', '2016/06/30', 'June 2016', '2016-06'])('rejects the malformed date %s, naming it and the accepted forms', (input) => {
    const r = resolveAsOf(input, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(`"${input}"`);
      expect(r.error).toContain('YYYY-MM-DD');
    }
  });
  it.each(['1990', '1990-12-31', '2027', '2026-11-23'])('rejects the out-of-range date %s', (input) => {
    const r = resolveAsOf(input, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('outside');
  });
});
