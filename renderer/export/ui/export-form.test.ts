import { describe, expect, it } from 'vitest';
import { parseExportForm, parseStateList, type RawExportForm } from './export-form.js';

function createRaw(overrides: Partial<RawExportForm> = {}): RawExportForm {
  return { format: 'png', size: 'a4-landscape', dpi: '300', projection: 'conic', title: '', subtitle: '', compare: '', states: '', overlays: [], ...overrides };
}
const ctx = { day: '2024-12-31', isKnownState: (c: string) => ['KAZ', 'KGZ'].includes(c) };

describe('parseExportForm', () => {
  it('reads a PNG request', () => {
    expect(parseExportForm(createRaw({ title: '  SCO  ' }), ctx)).toEqual({
      ok: true,
      options: { format: 'png', size: 'a4-landscape', dpi: 300, projection: 'conic', title: 'SCO', subtitle: '', compare: null, states: [], overlays: [], orgPages: false },
    });
  });

  it('reads the ticked overlays in a fixed order, and refuses one it does not know', () => {
    expect(parseExportForm(createRaw({ overlays: ['events', 'bases'] }), ctx)).toMatchObject({ ok: true, options: { overlays: ['bases', 'events'] } });
    expect(parseExportForm(createRaw({ overlays: ['bases', 'pipelines'] }), ctx)).toMatchObject({ ok: false, field: 'overlays', message: expect.stringContaining('"pipelines"') });
  });

  it('names the DPI field and the accepted range for a DPI out of range or not whole', () => {
    for (const dpi of ['95', '301', '150.5', 'abc', '']) {
      expect(parseExportForm(createRaw({ dpi }), ctx)).toMatchObject({ ok: false, field: 'dpi', message: expect.stringContaining('96 to 300') });
    }
  });

  it('ignores the DPI for vector formats', () => {
    expect(parseExportForm(createRaw({ format: 'svg', dpi: 'abc' }), ctx)).toMatchObject({ ok: true });
  });

  it('reads a briefing with states and a comparison date, and refuses a slide page', () => {
    expect(parseExportForm(createRaw({ format: 'pdf', size: 'a4-portrait', states: 'kaz, KGZ;kaz', compare: '2014-12-31' }), ctx)).toMatchObject({ ok: true, options: { states: ['KAZ', 'KGZ'], compare: '2014-12-31' } });
    expect(parseExportForm(createRaw({ format: 'pdf', size: 'slide' }), ctx)).toMatchObject({ ok: false, field: 'size' });
  });

  it('refuses unknown states and a comparison date not before the shown day', () => {
    expect(parseExportForm(createRaw({ format: 'pdf', size: 'a4-portrait', states: 'KAZ, XYZ' }), ctx)).toMatchObject({ ok: false, field: 'states', message: expect.stringContaining('"XYZ"') });
    expect(parseExportForm(createRaw({ format: 'pdf', size: 'a4-portrait', compare: '2024-12-31' }), ctx)).toMatchObject({ ok: false, field: 'compare' });
  });

  it('splits state lists on commas, semicolons and spaces', () => {
    expect(parseStateList(' kaz,kgz ; UZB  tjk ')).toEqual(['KAZ', 'KGZ', 'UZB', 'TJK']);
  });
});

describe('parseExportForm: organisation pages', () => {
  it('adds them to a PDF briefing when ticked, never to a PNG or SVG', () => {
    expect(parseExportForm(createRaw({ format: 'pdf', size: 'a4-portrait', orgPages: true }), ctx)).toMatchObject({ ok: true, options: { orgPages: true } });
    expect(parseExportForm(createRaw({ format: 'png', orgPages: true }), ctx)).toMatchObject({ ok: true, options: { orgPages: false } });
  });
});
