/**
 * Reads the export dialog's fields into ExportOptions: every value checked, and a message a
 * person can act on (naming the field and the accepted values) for the first one that is wrong.
 */
import { isIsoDay, type IsoDay } from '../../../geodata/src/partial-date.js';
import { FIRST_DAY } from '../../../geodata/src/resolve-as-of.js';
import { EXPORT_DPI_MIN, EXPORT_FORMATS, EXPORT_OVERLAYS, VECTOR_PROJECTIONS, type ExportOptions } from '../export-options.js';
import { checkExportOptions, MAX_TITLE_LENGTH } from '../export-request.js';

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
  /** PDF: profile pages for the shown organisations (off when not given). */
  orgPages?: boolean;
}

export type ExportFormField = keyof RawExportForm;

export type ExportFormResult = { ok: true; options: ExportOptions } | { ok: false; field: ExportFormField; message: string };

export interface ExportFormContext {
  /** The day shown; the comparison date must be before it. */
  day: IsoDay;
  isKnownState: (iso3: string) => boolean;
}

export { MAX_TITLE_LENGTH };

export function parseStateList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toUpperCase()).filter((s) => s !== ''))];
}

/** The form's fields as candidate options, checked by the one export-request schema; then the checks that need the view (known states, a comparison before the shown day). */
export function parseExportForm(raw: RawExportForm, ctx: ExportFormContext): ExportFormResult {
  const fail = (field: ExportFormField, message: string): ExportFormResult => ({ ok: false, field, message });
  const dpiText = raw.dpi.trim();
  const pdf = raw.format === 'pdf';
  const compareText = raw.compare.trim();
  if (pdf && compareText !== '' && !isIsoDay(compareText)) return fail('compare', `"${compareText}" is not a date; use YYYY-MM-DD.`);
  const states = pdf ? parseStateList(raw.states) : [];
  const candidate = {
    format: raw.format,
    size: raw.size,
    // Only a PNG has a resolution; the vector formats carry the minimum, unused.
    dpi: raw.format === 'png' ? (/^\d+$/.test(dpiText) ? Number(dpiText) : Number.NaN) : EXPORT_DPI_MIN,
    projection: raw.projection,
    title: raw.title.trim(),
    subtitle: raw.subtitle.trim(),
    compare: pdf && compareText !== '' ? compareText : null,
    states,
    overlays: EXPORT_OVERLAYS.filter((o) => raw.overlays.includes(o)),
    orgPages: pdf && raw.orgPages === true,
  };
  const unknownOverlay = raw.overlays.find((o) => !(EXPORT_OVERLAYS as readonly string[]).includes(o));
  const badStates = states.filter((s) => !/^[A-Z]{3}$/.test(s) || !ctx.isKnownState(s));
  const checked = checkExportOptions(candidate);
  if (!checked.ok) {
    switch (checked.field) {
      case 'format':
        return fail('format', `Choose a format: ${EXPORT_FORMATS.join(', ').toUpperCase()}.`);
      case 'size':
        return fail('size', checked.pdfPaper ? 'A PDF briefing is printed on paper: choose A4 or A3.' : 'Choose a size from the list.');
      case 'dpi':
        return fail('dpi', `Resolution "${raw.dpi}" is not possible: use ${checked.accepted} DPI.`);
      case 'projection':
        return fail('projection', `Choose a projection: ${VECTOR_PROJECTIONS.join(' or ')}.`);
      case 'title':
      case 'subtitle':
        return fail(checked.field, `The ${checked.field} is ${candidate[checked.field].length} characters long; keep it to ${MAX_TITLE_LENGTH}.`);
      case 'compare':
        return fail('compare', `Changes since ${compareText}: choose a date from ${FIRST_DAY} to the day before the shown date (${ctx.day}).`);
      case 'states':
        return fail('states', `Unknown state ${badStates.map((s) => `"${s}"`).join(', ')}: use ISO 3166 alpha-3 codes such as KAZ, separated by commas.`);
      case 'overlays':
        return fail('overlays', `"${unknownOverlay}" is not a map overlay; choose from ${checked.accepted}.`);
      case 'orgPages':
        return fail('orgPages', 'Organisation pages are either on or off.');
    }
  }
  if (unknownOverlay !== undefined) return fail('overlays', `"${unknownOverlay}" is not a map overlay; choose from ${EXPORT_OVERLAYS.join(', ')}.`);
  if (!checked.ok) return fail('format', 'The export options are not accepted.');
  const options: ExportOptions = checked.options;
  if (options.compare !== null && options.compare >= ctx.day) return fail('compare', `Changes since ${options.compare}: choose a date from ${FIRST_DAY} to the day before the shown date (${ctx.day}).`);
  if (badStates.length > 0) return fail('states', `Unknown state ${badStates.map((s) => `"${s}"`).join(', ')}: use ISO 3166 alpha-3 codes such as KAZ, separated by commas.`);
  return { ok: true, options };
}
