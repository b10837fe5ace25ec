/**
 * The pixel size of an export page and how many device pixels one design unit takes. Layout
 * is done in design units (CSS pixels: 1/96 inch on paper), rendering in device pixels.
 */
import { CSS_DPI, EXPORT_DPI_MAX, EXPORT_DPI_MIN } from '../export-options.js';
import { SIZE_PRESETS, type SizePresetId } from './size-presets.js';

const MM_PER_INCH = 25.4;
/** A slide is laid out as a 1280-unit-wide page drawn at 1.5×, so its text reads from the back of a room. */
export const SLIDE_DESIGN_WIDTH = 1280;

export interface PageGeometry {
  /** Output pixels. */
  widthPx: number;
  heightPx: number;
  /** Device pixels per design unit (the map's pixel ratio). */
  scale: number;
  /** Design units (CSS pixels). */
  width: number;
  height: number;
  /** Written into the PNG's pHYs chunk. */
  dpi: number;
}

export function pageGeometry(size: SizePresetId, dpi: number): PageGeometry {
  if (!Number.isInteger(dpi) || dpi < EXPORT_DPI_MIN || dpi > EXPORT_DPI_MAX) {
    throw new RangeError(`DPI ${dpi} is outside ${EXPORT_DPI_MIN}–${EXPORT_DPI_MAX} (whole numbers only)`);
  }
  const preset = SIZE_PRESETS[size];
  if (preset.kind === 'pixels') {
    const scale = preset.width / SLIDE_DESIGN_WIDTH;
    return { widthPx: preset.width, heightPx: preset.height, scale, width: preset.width / scale, height: preset.height / scale, dpi };
  }
  const widthPx = Math.round((preset.widthMm / MM_PER_INCH) * dpi);
  const heightPx = Math.round((preset.heightMm / MM_PER_INCH) * dpi);
  const scale = dpi / CSS_DPI;
  return { widthPx, heightPx, scale, width: widthPx / scale, height: heightPx / scale, dpi };
}

/** Physical size in millimetres for the SVG's width/height attributes (slides: at 96 DPI). */
export function pageSizeMm(size: SizePresetId): { widthMm: number; heightMm: number } {
  const preset = SIZE_PRESETS[size];
  if (preset.kind === 'paper') return { widthMm: preset.widthMm, heightMm: preset.heightMm };
  return { widthMm: (preset.width / CSS_DPI) * MM_PER_INCH, heightMm: (preset.height / CSS_DPI) * MM_PER_INCH };
}
