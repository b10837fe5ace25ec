/**
 * Parses `atlas export` arguments into a checked request, or one line saying which value is
 * wrong and what is accepted. Pure: the file system and the data are passed in.
 *
 *   atlas export --date 2024 --orgs SCO,CSTO --format png --size a4-landscape --dpi 300 --out map.png
 *   atlas export --dates 1992..2024 --step 4 --orgs SCO --out maps/sco-{date}.png   (one file per date)
 */
import { parseArgs } from 'node:util';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { DATE_FORMS, resolveAsOf } from '../geodata/src/resolve-as-of.js';
import type { IsoDay } from '../geodata/src/partial-date.js';
import { ORG_IDS, type OrgId } from '../geodata/src/schema.js';
import { EXPORT_DPI_MAX, EXPORT_DPI_MIN, EXPORT_FORMATS, EXPORT_OVERLAYS, PDF_DEFAULT_SIZE, defaultExportOptions, type ExportFormat, type ExportOverlay } from '../renderer/export/export-options.js';
import { SIZE_PRESET_IDS, isSizePresetId, type SizePresetId } from '../renderer/export/layout/size-presets.js';
import { DEFAULT_ORGS, defaultState, parseCamera, toHash, type Camera } from '../renderer/state/app-state.js';
import { BORDERS_VIEWS, DEFAULT_BORDERS_VIEW, isBordersView, type BordersView } from '../renderer/state/borders-view.js';
import { checkExportOptions, MAX_TITLE_LENGTH } from '../renderer/export/export-request.js';

/** Files one `atlas export` may write. */
export const MAX_DATES = 100;

export const EXPORT_USAGE = `Usage: atlas export --out <file> [--format png|svg|pdf] [--date <date>[,<date>...] | --dates <from>..<to> [--step <years>]] [--orgs SCO,CSTO,...]
  [--size ${SIZE_PRESET_IDS.join('|')}] [--dpi ${EXPORT_DPI_MIN}-${EXPORT_DPI_MAX}] [--projection <p>] [--mode status|count]
  [--title <text>] [--subtitle <text>] [--map zoom/lat/lng] [--overlays bases,events|none] [--borders dejure|defacto] [--states KAZ,KGZ] [--org-pages] [--compare <date>]
Dates: ${DATE_FORMS}. Several dates (a list, or a range every --step years, default 1; at most ${MAX_DATES})
write one file each: put {date} in --out, e.g. --out maps/sco-{date}.png. A relative --out is taken from the folder you run the command in.
--format defaults to the --out extension. --dpi: PNG only (default ${defaultExportOptions.dpi}).
--projection: PNG mercator|globe (default mercator); SVG and PDF conic|mercator (default conic).
--overlays: markers drawn on the map and keyed in the legend (default: bases, as the app starts).
--borders: dejure (internationally recognised, default: Crimea drawn as part of Ukraine) or defacto (who holds the ground).
--org-pages: PDF only: add a profile page for each shown organisation (members, weight in the world, summits).
--states and --compare: PDF only (default compare: ten years before --date).`;

export const PNG_PROJECTIONS = ['mercator', 'globe'] as const;
export const VECTOR_PROJECTION_CHOICES = ['conic', 'mercator'] as const;

export interface ExportRequest {
  format: ExportFormat;
  /** The date as given (the app's link carries it so, e.g. "2024"). */
  dateInput: string;
  day: IsoDay;
  orgs: OrgId[];
  size: SizePresetId;
  dpi: number;
  /** PNG: the map's projection; SVG and PDF: the vector projection. */
  projection: 'mercator' | 'globe' | 'conic';
  mode: 'status' | 'count';
  title: string;
  subtitle: string;
  camera: Camera | null;
  states: string[];
  compare: IsoDay | null;
  /** Map overlays to draw; null = as the app starts (bases on). */
  overlays: ExportOverlay[] | null;
  /** Contested borders: internationally recognised (default) or de facto control. */
  borders: BordersView;
  /** PDF: a profile page for each shown organisation. */
  orgPages: boolean;
  /** Absolute path of the file to write. */
  out: string;
}

/** One request per date, in date order; all share one browser. */
export type AtlasCliArgs = { kind: 'help' } | { kind: 'export'; requests: ExportRequest[] } | { kind: 'error'; message: string };

export interface AtlasCliEnvironment {
  today: IsoDay;
  cwd: string;
  isKnownState: (iso3: string) => boolean;
  /** What is at a path: a directory, a file, or nothing. */
  pathKind: (path: string) => 'directory' | 'file' | 'missing';
  /** Why the file cannot be written (read-only file, folder refusing new files), or null. */
  outProblem: (path: string) => string | null;
}

class ArgError extends Error {}

const OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  date: { type: 'string' },
  dates: { type: 'string' },
  step: { type: 'string' },
  orgs: { type: 'string' },
  size: { type: 'string' },
  dpi: { type: 'string' },
  projection: { type: 'string' },
  mode: { type: 'string' },
  title: { type: 'string' },
  subtitle: { type: 'string' },
  map: { type: 'string' },
  states: { type: 'string' },
  compare: { type: 'string' },
  overlays: { type: 'string' },
  borders: { type: 'string' },
  'org-pages': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DATE_SLOT = '{date}';

function oneOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  const lower = value.toLowerCase();
  if (!(choices as readonly string[]).includes(lower)) throw new ArgError(`${option} "${value}" is not accepted; use ${choices.join(', ')}`);
  return lower as T;
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s !== '');
}

export function parseAtlasCliArgs(argv: readonly string[], env: AtlasCliEnvironment): AtlasCliArgs {
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'error', message: `no command given; the command is "export". ${EXPORT_USAGE.split('\n')[0]}` };
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command !== 'export') return { kind: 'error', message: `unknown command "${command}"; the command is "export" (atlas export --help)` };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...rest], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    return { kind: 'error', message: `${first.replace(/\. To specify a positional.*$/, '')} (atlas export --help lists the options)` };
  }
  if (values.help === true) return { kind: 'help' };
  const str = (k: keyof typeof OPTIONS): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  try {
    const outText = str('out');
    if (outText === undefined || outText.trim() === '') throw new ArgError('--out is required: the file to write, e.g. --out map.png');
    const dates = datesFrom(str('date'), str('dates'), str('step'), env.today);
    if (dates.length > 1 && !outText.includes(DATE_SLOT)) {
      throw new ArgError(`${dates.length} dates make ${dates.length} files: put ${DATE_SLOT} in --out, e.g. --out ${outText.replace(/(\.[a-z]+)?$/i, `-${DATE_SLOT}$1`)}`);
    }
    const outPattern = isAbsolute(outText) ? outText : resolve(env.cwd, outText);
    if (env.pathKind(outPattern) === 'directory') throw new ArgError(`--out "${outText}" is a folder; give a file name such as ${join(outPattern, 'map.png')}`);
    const extension = extname(outPattern).slice(1).toLowerCase();
    const formatText = str('format');
    let format: ExportFormat;
    if (formatText !== undefined) format = oneOf('--format', formatText, EXPORT_FORMATS);
    else if ((EXPORT_FORMATS as readonly string[]).includes(extension)) format = extension as ExportFormat;
    else throw new ArgError(`--format is missing and --out "${outText}" does not end in .png, .svg or .pdf; add --format png, svg or pdf`);
    if (extension !== format) throw new ArgError(`--out "${outText}" does not end in .${format}, the format asked for; name it *.${format}`);
    const outs = dates.map((d) => outPattern.split(DATE_SLOT).join(d.input));
    for (const out of outs) {
      if (env.pathKind(out) === 'directory') throw new ArgError(`--out "${outText}": ${out} is a folder; give a file name such as ${join(out, 'map.png')}`);
      const folder = dirname(out);
      if (env.pathKind(folder) !== 'directory') throw new ArgError(`--out "${outText}": the folder ${folder} does not exist; create it first`);
      const problem = env.outProblem(out);
      if (problem !== null) throw new ArgError(`--out "${outText}": ${out} cannot be written: ${problem}`);
    }
    const firstDay = dates[0]!.day;

    const orgs = list(str('orgs') ?? DEFAULT_ORGS.join(','));
    if (orgs.length === 0) throw new ArgError(`--orgs is empty; use one or more of ${ORG_IDS.join(', ')}, separated by commas`);
    const badOrgs = orgs.filter((o) => !(ORG_IDS as readonly string[]).includes(o));
    if (badOrgs.length > 0) throw new ArgError(`--orgs: unknown organisation ${badOrgs.map((o) => `"${o}"`).join(', ')}; use ${ORG_IDS.join(', ')}, separated by commas`);
    const orgList = ORG_IDS.filter((o) => orgs.includes(o));

    const sizeText = str('size');
    const size = sizeText === undefined ? (format === 'pdf' ? PDF_DEFAULT_SIZE : defaultExportOptions.size) : sizeText.toLowerCase();
    if (!isSizePresetId(size)) throw new ArgError(`--size "${sizeText}" is not accepted; use ${SIZE_PRESET_IDS.join(', ')}`);

    const dpiText = str('dpi');
    if (dpiText !== undefined && format !== 'png') throw new ArgError(`--dpi applies to PNG only (SVG and PDF are vector); leave it out for --format ${format}`);
    const dpi = dpiText === undefined ? defaultExportOptions.dpi : /^\d+$/.test(dpiText) ? Number(dpiText) : Number.NaN;

    const projectionText = str('projection');
    const projection =
      format === 'png'
        ? projectionText === undefined ? 'mercator' : oneOf('--projection', projectionText, PNG_PROJECTIONS)
        : projectionText === undefined ? defaultExportOptions.projection : oneOf('--projection', projectionText, VECTOR_PROJECTION_CHOICES);

    const mode = str('mode') === undefined ? 'status' : oneOf('--mode', str('mode')!, ['status', 'count'] as const);
    const title = str('title') ?? '';
    const subtitle = str('subtitle') ?? '';

    const mapText = str('map');
    const camera = mapText === undefined ? null : parseCamera(mapText);
    if (mapText !== undefined && camera === null) throw new ArgError(`--map "${mapText}" is not accepted; use zoom/lat/lng, e.g. 3/48/70`);

    const statesText = str('states');
    const compareText = str('compare');
    if (format !== 'pdf' && (statesText !== undefined || compareText !== undefined)) {
      throw new ArgError(`${statesText !== undefined ? '--states' : '--compare'} applies to the PDF briefing only; use --format pdf or leave it out`);
    }
    const states = statesText === undefined ? [] : list(statesText);
    const badStates = states.filter((s) => !/^[A-Z]{3}$/.test(s) || !env.isKnownState(s));
    if (badStates.length > 0) throw new ArgError(`--states: unknown state ${badStates.map((s) => `"${s}"`).join(', ')}; use ISO 3166 alpha-3 codes such as KAZ,KGZ`);
    let compare: IsoDay | null = null;
    if (compareText !== undefined) {
      const c = resolveAsOf(compareText, env.today);
      if (!c.ok) throw new ArgError(`--compare: ${c.error}`);
      if (c.day >= firstDay) throw new ArgError(`--compare ${compareText} (${c.day}) is not before --date ${dates[0]!.input} (${firstDay}); the change list runs from the earlier date to the later`);
      compare = c.day;
    }
    const bordersText = str('borders');
    const borders = bordersText === undefined ? DEFAULT_BORDERS_VIEW : bordersText.toLowerCase();
    if (!isBordersView(borders)) throw new ArgError(`--borders "${bordersText}" is not accepted; use ${BORDERS_VIEWS.join(' or ')}`);
    const overlaysText = str('overlays');
    let overlays: ExportOverlay[] | null = null;
    if (overlaysText !== undefined) {
      const wanted = overlaysText.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
      if (wanted.length === 1 && wanted[0] === 'none') overlays = [];
      else {
        const bad = wanted.filter((o) => !(EXPORT_OVERLAYS as readonly string[]).includes(o));
        if (wanted.length === 0 || bad.length > 0) throw new ArgError(`--overlays "${overlaysText}" is not accepted; use ${EXPORT_OVERLAYS.join(', ')} (comma-separated) or none`);
        overlays = EXPORT_OVERLAYS.filter((o) => wanted.includes(o));
      }
    }
    // The limits themselves are the export-request schema's, as for the dialog and the app.
    const orgPages = values['org-pages'] === true;
    if (orgPages && format !== 'pdf') throw new ArgError(`--org-pages applies to the PDF briefing only; leave it out for --format ${format}`);
    const checked = checkExportOptions({ format, size, dpi, projection: format === 'png' ? defaultExportOptions.projection : projection, title, subtitle, compare, states, overlays, orgPages });
    if (!checked.ok) {
      const given: Record<string, string | undefined> = { size: sizeText, dpi: dpiText };
      if (checked.pdfPaper) throw new ArgError(`--size "${sizeText ?? size}" is not a paper size; a PDF briefing uses ${checked.accepted}`);
      if (checked.field === 'title' || checked.field === 'subtitle') {
        throw new ArgError(`--${checked.field} is ${(checked.field === 'title' ? title : subtitle).length} characters long; keep it to ${MAX_TITLE_LENGTH}`);
      }
      throw new ArgError(`--${checked.field}${given[checked.field] !== undefined ? ` "${given[checked.field]}"` : ''} is not accepted; use ${checked.accepted}`);
    }
    return {
      kind: 'export',
      requests: dates.map((date, i) => ({ format, dateInput: date.input, day: date.day, orgs: orgList, size, dpi, projection, mode, title, subtitle, camera, states, compare, overlays, borders, orgPages, out: outs[i]! })),
    };
  } catch (error) {
    if (error instanceof ArgError) return { kind: 'error', message: error.message };
    throw error;
  }
}

/** The dates asked for: one (--date, default this year), a list (--date a,b) or a range (--dates from..to --step n). */
function datesFrom(dateText: string | undefined, rangeText: string | undefined, stepText: string | undefined, today: IsoDay): { input: string; day: IsoDay }[] {
  if (dateText !== undefined && rangeText !== undefined) throw new ArgError('--date and --dates cannot be combined; --date takes one date or a list (2014,2024), --dates a range (1992..2024)');
  if (stepText !== undefined && rangeText === undefined) throw new ArgError('--step applies to a range: --dates 1992..2024 --step 4');
  let inputs: string[];
  if (rangeText !== undefined) {
    const m = /^\s*(\d{4}(?:-\d{2}-\d{2})?)\s*\.\.\s*(\d{4}(?:-\d{2}-\d{2})?)\s*$/.exec(rangeText);
    if (!m) throw new ArgError(`--dates "${rangeText}" is not a range; use <from>..<to>, e.g. 1992..2024 or 2014-03-18..2024-03-18`);
    const [, fromText, toText] = m as unknown as [string, string, string];
    if (fromText.length !== toText.length) throw new ArgError(`--dates "${rangeText}": write both ends the same way (both years, or both YYYY-MM-DD)`);
    for (const [name, text] of [['from', fromText], ['to', toText]] as const) {
      const r = resolveAsOf(text, today);
      if (!r.ok) throw new ArgError(`--dates (${name}): ${r.error}`);
    }
    if (toText < fromText) throw new ArgError(`--dates "${rangeText}" runs backwards; put the earlier date first`);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!/^\d+$/.test(stepText ?? '1') || step < 1 || step > 50) throw new ArgError(`--step "${stepText}" is not accepted; use a whole number of years from 1 to 50`);
    inputs = [];
    const tail = fromText.slice(4);
    for (let year = Number(fromText.slice(0, 4)); `${year}${tail}` <= toText; year += step) {
      // 29 February steps to 28 February in years without it.
      const leapless = tail === '-02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
      inputs.push(`${year}${leapless ? '-02-28' : tail}`);
    }
  } else {
    inputs = (dateText ?? today.slice(0, 4)).split(',').map((d) => d.trim()).filter((d) => d !== '');
    if (inputs.length === 0) throw new ArgError('--date is empty; give a date, or several separated by commas');
  }
  if (inputs.length > MAX_DATES) throw new ArgError(`${inputs.length} dates asked for; at most ${MAX_DATES} per command (use a larger --step)`);
  const dates: { input: string; day: IsoDay }[] = [];
  for (const input of inputs) {
    const r = resolveAsOf(input, today);
    if (!r.ok) throw new ArgError(`--date: ${r.error}`);
    if (!dates.some((d) => d.day === r.day)) dates.push({ input: r.input, day: r.day });
  }
  return dates.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The app link that shows the request's view, written by the app's own URL writer. */
export function exportHash(request: ExportRequest): string {
  return toHash({
    ...defaultState(request.day),
    day: request.day,
    dateInput: request.dateInput,
    orgs: request.orgs,
    camera: request.camera,
    projection: request.format === 'png' && request.projection === 'globe' ? 'globe' : 'mercator',
    mode: request.mode,
    borders: request.borders,
  });
}
