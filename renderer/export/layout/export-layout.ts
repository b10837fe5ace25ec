/**
 * Where everything goes on an exported page, in design units: title and "as of" stamp on top,
 * the map, the legend (inside the map's lower-left corner on landscape pages, below the map on
 * portrait ones) and two footer lines with the sources and the attribution.
 */
import type { FontSpec, MeasureText } from './text-measure.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextBox {
  x: number;
  /** Baseline. */
  y: number;
  font: FontSpec;
  align: 'left' | 'right';
}

export interface ExportLayout {
  title: TextBox;
  asOf: TextBox;
  subtitle: TextBox | null;
  map: Rect;
  legend: Rect;
  /** Whether the legend sits on the map (it then gets an opaque box). */
  legendOnMap: boolean;
  footer: [TextBox, TextBox];
  attribution: TextBox;
}

export interface ExportLayoutInput {
  width: number;
  height: number;
  title: string;
  asOf: string;
  subtitle: string;
  legend: { width: number; height: number };
  attribution: string;
}

export const PAGE_MARGIN = 28;
export const TITLE_FONT: FontSpec = { size: 26, weight: 700 };
export const AS_OF_FONT: FontSpec = { size: 15, weight: 600 };
export const SUBTITLE_FONT: FontSpec = { size: 15, weight: 400 };
export const FOOTER_FONT: FontSpec = { size: 10, weight: 400 };
/** The title may shrink to this share of its size to fit beside the as-of stamp. */
const TITLE_MIN_SHRINK = 0.6;
const GAP = 10;
const LEGEND_INSET = 12;
const FOOTER_LINE = 1.45;

export function exportLayout(input: ExportLayoutInput, measure: MeasureText): ExportLayout {
  const { width, height } = input;
  const m = PAGE_MARGIN;
  const asOfWidth = measure(input.asOf, AS_OF_FONT);
  const titleRoom = width - 2 * m - asOfWidth - 3 * GAP;
  const natural = measure(input.title, TITLE_FONT);
  const shrink = Math.max(TITLE_MIN_SHRINK, Math.min(1, titleRoom / Math.max(natural, 1)));
  const titleFont: FontSpec = { ...TITLE_FONT, size: Math.floor(TITLE_FONT.size * shrink * 10) / 10 };
  const titleBaseline = m + titleFont.size * 0.95;
  let top = m + titleFont.size * 1.25;
  let subtitle: TextBox | null = null;
  if (input.subtitle.trim() !== '') {
    subtitle = { x: m, y: top + SUBTITLE_FONT.size, font: SUBTITLE_FONT, align: 'left' };
    top += SUBTITLE_FONT.size * 1.5;
  }
  top += GAP;
  const footerHeight = FOOTER_FONT.size * FOOTER_LINE * 2;
  const bottom = height - m - footerHeight - GAP;
  const portrait = height > width;
  const mapWidth = width - 2 * m;
  let map: Rect;
  let legend: Rect;
  if (portrait) {
    const mapHeight = bottom - top - input.legend.height - GAP;
    map = { x: m, y: top, width: mapWidth, height: mapHeight };
    legend = { x: m, y: top + mapHeight + GAP, width: input.legend.width, height: input.legend.height };
  } else {
    map = { x: m, y: top, width: mapWidth, height: bottom - top };
    legend = { x: m + LEGEND_INSET, y: bottom - LEGEND_INSET - input.legend.height, width: input.legend.width, height: input.legend.height };
  }
  const footerTop = height - m - footerHeight;
  const line1 = footerTop + FOOTER_FONT.size * 1.1;
  const line2 = line1 + FOOTER_FONT.size * FOOTER_LINE;
  return {
    title: { x: m, y: titleBaseline, font: titleFont, align: 'left' },
    asOf: { x: width - m, y: titleBaseline, font: AS_OF_FONT, align: 'right' },
    subtitle,
    map,
    legend,
    legendOnMap: !portrait,
    footer: [
      { x: m, y: line1, font: FOOTER_FONT, align: 'left' },
      { x: m, y: line2, font: FOOTER_FONT, align: 'left' },
    ],
    attribution: { x: width - m, y: line2, font: FOOTER_FONT, align: 'right' },
  };
}
