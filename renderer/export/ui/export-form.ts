/**
 * Reads the export dialog's fields into ExportOptions: every value checked, and a message a
 * person can act on (naming the field and the accepted values) for the first one that is wrong.
 */
import { isIsoDay, type IsoDay } from '../../../geodata/src/partial-date.js';
import { FIRST_DAY } from '../../../geodata/src/resolve-as-of.js';
import { EXPORT_DPI_MAX, EXPORT_DPI_MIN, EXPORT_FORMATS, EXPORT_OVERLAYS, VECTOR_PROJECTIONS, type ExportFormat, type ExportOptions, type ExportOverlay, type VectorProjection } from '../export-options.js';
import { isSizePresetId, SIZE_PRESETS } from '../layout/size-presets.js';

export interface RawExportForm {
  format: string;
  size: string;
  dpi: string;
  projection: string;
  title: string;
  subtitle: string;
  compare: string;
  states: string;
  /** The overlays ticked (bases, events). */
  overlays: readonly string[];
}

export type ExportFormField = keyof RawExportForm;

export type ExportFormResult = { ok: true; options: ExportOptions } | { ok: false; field: ExportFormField; message: string };

export interface ExportFormContext {
  /** The day shown; the comparison date must be before it. */
  day: IsoDay;
  isKnownState: (iso3: string) => boolean;
}

export const MAX_TITLE_LENGTH = 120;

export function parseStateList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter((s) => s !== ''))];
}

export function parseExportForm(raw: RawExportForm, ctx: ExportFormContext): ExportFormResult {
  const fail = (field: ExportFormField, message: string): ExportFormResult => ({ ok: false, field, message });
  if (!(EXPORT_FORMATS as readonly string[]).includes(raw.format)) return fail('format', `Choose a format: ${EXPORT_FORMATS.join(', ').toUpperCase()}.`);
  const format = raw.format as ExportFormat;
  if (!isSizePresetId(raw.size)) return fail('size', `Choose a size from the list.`);
  if (format === 'pdf' && SIZE_PRESETS[raw.size].kind !== 'paper') return fail('size', 'A PDF briefing is printed on paper: choose A4 or A3.');
  const dpi = Number(raw.dpi.trim());
  if (format === 'png' && (!/^\d+$/.test(raw.dpi.trim()) || dpi < EXPORT_DPI_MIN || dpi > EXPORT_DPI_MAX)) {
    return fail('dpi', `Resolution "${raw.dpi}" is not possible: use a whole number from ${EXPORT_DPI_MIN} to ${EXPORT_DPI_MAX} DPI.`);
  }
  if (!(VECTOR_PROJECTIONS as readonly string[]).includes(raw.projection)) return fail('projection', `Choose a projection: ${VECTOR_PROJECTIONS.join(' or ')}.`);
  for (const field of ['title', 'subtitle'] as const) {
    if (raw[field].length > MAX_TITLE_LENGTH) return fail(field, `The ${field} is ${raw[field].length} characters long; keep it to ${MAX_TITLE_LENGTH}.`);
  }
  let compare: IsoDay | null = null;
  let states: string[] = [];
  if (format === 'pdf') {
    const c = raw.compare.trim();
    if (c !== '') {
      if (!isIsoDay(c)) return fail('compare', `"${c}" is not a date; use YYYY-MM-DD.`);
      if (c < FIRST_DAY || c >= ctx.day) return fail('compare', `Changes since ${c}: choose a date from ${FIRST_DAY} to the day before the shown date (${ctx.day}).`);
      compare = c;
    }
    states = parseStateList(raw.states);
    const bad = states.filter((s) => !/^[A-Z]{3}$/.test(s) || !ctx.isKnownState(s));
    if (bad.length > 0) return fail('states', `Unknown state ${bad.map((s) => `"${s}"`).join(', ')}: use ISO 3166 alpha-3 codes such as KAZ, separated by commas.`);
  }
  const unknownOverlay = raw.overlays.find((o) => !(EXPORT_OVERLAYS as readonly string[]).includes(o));
  if (unknownOverlay !== undefined) return fail('overlays', `"${unknownOverlay}" is not a map overlay; choose from ${EXPORT_OVERLAYS.join(', ')}.`);
  const overlays = EXPORT_OVERLAYS.filter((o) => raw.overlays.includes(o)) as ExportOverlay[];
  return {
    ok: true,
    options: {
      format,
      size: raw.size,
      dpi: format === 'png' ? dpi : EXPORT_DPI_MIN,
      projection: raw.projection as VectorProjection,
      title: raw.title.trim(),
      subtitle: raw.subtitle.trim(),
      compare,
      states,
      overlays,
    },
  };
}
