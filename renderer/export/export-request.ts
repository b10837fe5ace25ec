/**
 * The one export-request schema: every limit an export's options must keep, checked in one
 * place for the dialog (export-form.ts), the `atlas export` command (cli/atlas-args.ts), the
 * automation entry (window.atlasExport) and runExport itself. Each front end turns its own input
 * (form fields, command-line text) into candidate options and phrases the answer its own way;
 * what is accepted is decided here, and `accepted` says it in words for the messages.
 */
import { z } from 'zod';
import { isIsoDay, type IsoDay } from '../../geodata/src/partial-date.js';
import { FIRST_DAY } from '../../geodata/src/resolve-as-of.js';
import { EXPORT_DPI_MAX, EXPORT_DPI_MIN, EXPORT_FORMATS, EXPORT_OVERLAYS, VECTOR_PROJECTIONS, type ExportOptions } from './export-options.js';
import { SIZE_PRESET_IDS, SIZE_PRESETS } from './layout/size-presets.js';

/** Longest title or subtitle, in characters. */
export const MAX_TITLE_LENGTH = 120;
const PAPER_SIZES = SIZE_PRESET_IDS.filter((s) => SIZE_PRESETS[s].kind === 'paper');

export const exportOptionsSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS as ['png', 'svg', 'pdf']),
    size: z.enum(SIZE_PRESET_IDS as [string, ...string[]]),
    dpi: z.number().int().min(EXPORT_DPI_MIN).max(EXPORT_DPI_MAX),
    projection: z.enum(VECTOR_PROJECTIONS as ['conic', 'mercator']),
    title: z.string().max(MAX_TITLE_LENGTH),
    subtitle: z.string().max(MAX_TITLE_LENGTH),
    compare: z
      .string()
      .refine((d) => isIsoDay(d) && d >= FIRST_DAY)
      .nullable(),
    states: z.array(z.string().regex(/^[A-Z]{3}$/)).max(200),
    overlays: z.array(z.enum(EXPORT_OVERLAYS as ['bases', 'events'])).nullable(),
    orgPages: z.boolean(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.format === 'pdf' && !(PAPER_SIZES as string[]).includes(o.size)) ctx.addIssue({ code: 'custom', path: ['size'], message: 'not paper' });
  });

export type ExportOptionField = keyof ExportOptions;

/** What each option accepts, in words, for messages. */
export const EXPORT_OPTION_ACCEPTS: Record<ExportOptionField, string> = {
  format: EXPORT_FORMATS.join(', '),
  size: SIZE_PRESET_IDS.join(', '),
  dpi: `a whole number from ${EXPORT_DPI_MIN} to ${EXPORT_DPI_MAX}`,
  projection: VECTOR_PROJECTIONS.join(', '),
  title: `at most ${MAX_TITLE_LENGTH} characters`,
  subtitle: `at most ${MAX_TITLE_LENGTH} characters`,
  compare: `a date from ${FIRST_DAY} (YYYY-MM-DD) before the shown day`,
  states: 'ISO 3166 alpha-3 codes such as KAZ',
  overlays: EXPORT_OVERLAYS.join(', '),
  orgPages: 'true or false',
};

export type ExportOptionsCheck = { ok: true; options: ExportOptions } | { ok: false; field: ExportOptionField; accepted: string; pdfPaper: boolean };

/** Checks candidate options against the schema; on failure names the first wrong field and what it accepts. */
export function checkExportOptions(candidate: unknown): ExportOptionsCheck {
  const r = exportOptionsSchema.safeParse(candidate);
  if (r.success) return { ok: true, options: { ...r.data, compare: r.data.compare as IsoDay | null } as ExportOptions };
  const issue = r.error.issues[0]!;
  const field = (issue.path[0] ?? 'format') as ExportOptionField;
  const pdfPaper = field === 'size' && issue.message === 'not paper';
  return { ok: false, field, accepted: pdfPaper ? `a paper size (${PAPER_SIZES.join(', ')})` : (EXPORT_OPTION_ACCEPTS[field] ?? 'a valid value'), pdfPaper };
}
