/** What a user can ask of an export, with the defaults next to the type. */
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { SizePresetId } from './layout/size-presets.js';

export type ExportFormat = 'png' | 'svg' | 'pdf';

/** Map overlays an export can draw: military bases on the date, placed events of the period. */
export type ExportOverlay = 'bases' | 'events';
export const EXPORT_OVERLAYS: readonly ExportOverlay[] = ['bases', 'events'];
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

/** Projections of the vector exports (the PNG uses the live map's projection). */
export type VectorProjection = 'conic' | 'mercator';
export const VECTOR_PROJECTIONS: readonly VectorProjection[] = ['conic', 'mercator'];

/** Screen resolution: one CSS pixel per 1/96 inch. */
export const CSS_DPI = 96;
export const EXPORT_DPI_MIN = 96;
export const EXPORT_DPI_MAX = 300;

export interface ExportOptions {
  format: ExportFormat;
  size: SizePresetId;
  /** Integer dots per inch, EXPORT_DPI_MIN..EXPORT_DPI_MAX. PNG only (SVG and PDF are vector). */
  dpi: number;
  /** SVG map and the PDF cover map. */
  projection: VectorProjection;
  /** Empty = a title made from the shown organisations. */
  title: string;
  /** Empty = no subtitle line. */
  subtitle: string;
  /** PDF: the change list covers (compare, shown day]; null = ten years before the shown day. */
  compare: IsoDay | null;
  /** PDF: one page per state (ISO 3166 alpha-3). */
  states: string[];
  /** Overlays drawn on the map (and keyed in the legend); null = those switched on in the app. */
  overlays: ExportOverlay[] | null;
  /** PDF: a profile page for each shown organisation (members, weight in the world, summits). */
  orgPages: boolean;
}

export const defaultExportOptions: ExportOptions = {
  format: 'png',
  size: 'a4-landscape',
  dpi: 150,
  projection: 'conic',
  title: '',
  subtitle: '',
  compare: null,
  states: [],
  overlays: null,
  orgPages: false,
};

/** Paper sizes a PDF briefing can be printed on (a slide is not a page). */
export const PDF_DEFAULT_SIZE: SizePresetId = 'a4-portrait';
