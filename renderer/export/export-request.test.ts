import { describe, expect, it } from 'vitest';
import { defaultExportOptions } from './export-options.js';
import { checkExportOptions, MAX_TITLE_LENGTH } from './export-request.js';
import { parseExportForm } from './ui/export-form.js';
import { parseAtlasCliArgs } from '../../cli/atlas-args.js';

describe('checkExportOptions (the one export-request schema)', () => {
  it('accepts the defaults and a full briefing request', () => {
    expect(checkExportOptions(defaultExportOptions)).toEqual({ ok: true, options: defaultExportOptions });
    expect(checkExportOptions({ ...defaultExportOptions, format: 'pdf', size: 'a3-portrait', compare: '2014-12-31', states: ['KAZ'], overlays: ['bases', 'events'] }).ok).toBe(true);
  });

  it.each([
    [{ dpi: 301 }, 'dpi', 'a whole number from 96 to 300'],
    [{ dpi: 150.5 }, 'dpi', 'a whole number from 96 to 300'],
    [{ title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }, 'title', 'at most 120 characters'],
    [{ states: ['kaz'] }, 'states', 'ISO 3166 alpha-3 codes such as KAZ'],
    [{ compare: '1985-01-01' }, 'compare', 'a date from 1991-01-01 (YYYY-MM-DD) before the shown day'],
    [{ overlays: ['pipelines'] }, 'overlays', 'bases, events'],
    [{ format: 'pdf', size: 'slide' }, 'size', 'a paper size (a4-landscape, a4-portrait, a3-landscape, a3-portrait)'],
    [{ colour: 'red' }, 'format', 'png, svg, pdf'],
  ])('refuses %j, naming %s and what it accepts', (patch, field, accepted) => {
    const r = checkExportOptions({ ...defaultExportOptions, ...patch });
    expect(r).toMatchObject({ ok: false, field, accepted });
  });

  it('is what the dialog and the command line both answer by: a DPI of 301 is refused with the same range', () => {
    const form = parseExportForm({ format: 'png', size: 'slide', dpi: '301', projection: 'conic', title: '', subtitle: '', compare: '', states: '', overlays: [] }, { day: '2024-12-31', isKnownState: () => true });
    const cli = parseAtlasCliArgs(['export', '--dpi', '301', '--out', '/tmp/x.png'], { today: '2026-11-22', cwd: '/tmp', isKnownState: () => true, pathKind: (p) => (p === '/tmp' ? 'directory' : 'missing'), outProblem: () => null });
    expect(form).toMatchObject({ ok: false, field: 'dpi', message: expect.stringContaining('a whole number from 96 to 300') as string });
    expect(cli).toEqual({ kind: 'error', message: '--dpi "301" is not accepted; use a whole number from 96 to 300' });
  });
});
