/**
 * Where everything goes on an exported page, in design units: title and "as of" stamp on top,
 * the map, the legend and the overlay key, and the footer — the source line and the borders/notes
 * line, each wrapped to the page's width beside the attribution. The boxes go where they hide none of the states the map is about: beside the map
 * when the page has room to spare there, else on the map over open sea, chosen per export
 * from what the map covers (a CoverageGrid). Without a coverage (the globe) the legend takes
 * the lower-left corner of landscape pages and the band below the map on portrait ones.
 */
import type { CoverageGrid } from './coverage-grid.js';
import { WEIGHT_STATUS } from './map-coverage.js';
import type { FontSpec, MeasureText } from './text-measure.js';
import { wrapLabel } from './place-labels.js';

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
  /** The key of bases and events, when they are drawn. */
  overlayKey: Rect | null;
  /** Whether the legend and the key sit on the map (they then get an opaque box). */
  legendOnMap: boolean;
  /** Where the source line and the notes line start (their first wrapped line). */
  footer: [TextBox, TextBox];
  /** The footer as drawn: each part wrapped to the room beside the attribution, in order. */
  footerLines: { box: TextBox; text: string; part: 0 | 1 }[];
  attribution: TextBox;
}

/** What the map would cover in a given rectangle, and how large it would draw the world there. */
export interface MapCoverage {
  grid: CoverageGrid;
  /** Any measure that grows with the map's scale (d3 scale, 2^zoom): rectangles are compared by it. */
  scale: number;
  /** The part of the rectangle the frame itself takes (the rest shows what lies around it). */
  used?: Rect;
}

export interface ExportLayoutInput {
  width: number;
  height: number;
  title: string;
  asOf: string;
  subtitle: string;
  legend: { width: number; height: number };
  overlayKey?: { width: number; height: number } | null;
  attribution: string;
  /** The source line and the notes line; wrapped where wider than the page allows. */
  footerTexts?: readonly [string, string];
  /** The map's coverage in a candidate rectangle; without it the boxes take fixed places. */
  coverage?: (map: Rect) => MapCoverage;
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

/** Beside the map is preferred unless the map would draw this much smaller there. */
const BESIDE_SCALE_SHARE = 0.97;
/** Per design unit of distance from the map's nearest edges: boxes hug an edge or a corner. */
const EDGE_PULL = 0.05;

interface Size {
  width: number;
  height: number;
}

interface Arrangement {
  map: Rect;
  legend: Rect;
  overlayKey: Rect | null;
  onMap: boolean;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The cheapest place for a box inside `map` (inset), clear of `taken`; null when none fits. */
export function bestSpot(grid: CoverageGrid, map: Rect, box: Size, taken: readonly Rect[]): { rect: Rect; cost: number } | null {
  const step = grid.cell;
  const x0 = map.x + LEGEND_INSET;
  const y0 = map.y + LEGEND_INSET;
  const x1 = map.x + map.width - LEGEND_INSET - box.width;
  const y1 = map.y + map.height - LEGEND_INSET - box.height;
  if (x1 < x0 || y1 < y0) return null;
  let best: { rect: Rect; cost: number } | null = null;
  const xs = positions(x0, x1, step);
  const ys = positions(y0, y1, step);
  for (const y of ys) {
    for (const x of xs) {
      const rect = { x, y, width: box.width, height: box.height };
      if (taken.some((t) => intersects(rect, { x: t.x - GAP, y: t.y - GAP, width: t.width + 2 * GAP, height: t.height + 2 * GAP }))) continue;
      const edge = Math.min(x - x0, x1 - x) + Math.min(y - y0, y1 - y);
      const cost = grid.cost(rect) + edge * EDGE_PULL;
      if (!best || cost < best.cost) best = { rect, cost };
    }
  }
  return best;
}

function positions(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v < to; v += step) out.push(v);
  out.push(to);
  return out;
}

/** Both boxes on the map, each where it hides least; null when one would cover a coloured state. */
function onMap(area: Rect, legend: Size, key: Size | null, coverage: MapCoverage): Arrangement | null {
  const spot = bestSpot(coverage.grid, area, legend, []);
  if (!spot || spot.cost >= WEIGHT_STATUS) return null;
  let overlayKey: Rect | null = null;
  if (key) {
    const keySpot = bestSpot(coverage.grid, area, key, [spot.rect]);
    if (!keySpot || keySpot.cost >= WEIGHT_STATUS) return null;
    overlayKey = keySpot.rect;
  }
  return { map: area, legend: spot.rect, overlayKey, onMap: true };
}

/** The boxes in a column right of the map (stacked, or side by side when too tall). */
function besideRight(area: Rect, legend: Size, key: Size | null): Arrangement {
  const stacked = !key || legend.height + GAP + key.height <= area.height;
  const column = key ? (stacked ? Math.max(legend.width, key.width) : legend.width + GAP + key.width) : legend.width;
  const map = { ...area, width: area.width - column - GAP };
  const x = map.x + map.width + GAP;
  const legendRect = { x, y: area.y, ...legend };
  const overlayKey = key ? (stacked ? { x, y: area.y + legend.height + GAP, ...key } : { x: x + legend.width + GAP, y: area.y, ...key }) : null;
  return { map, legend: legendRect, overlayKey, onMap: false };
}

/** The boxes in a band below the map (side by side, or stacked when too wide). */
function besideBelow(area: Rect, legend: Size, key: Size | null): Arrangement {
  const sideBySide = !key || legend.width + GAP + key.width <= area.width;
  const band = key ? (sideBySide ? Math.max(legend.height, key.height) : legend.height + GAP + key.height) : legend.height;
  const map = { ...area, height: area.height - band - GAP };
  const y = map.y + map.height + GAP;
  const legendRect = { x: area.x, y, ...legend };
  const overlayKey = key ? (sideBySide ? { x: area.x + legend.width + GAP, y, ...key } : { x: area.x, y: y + legend.height + GAP, ...key }) : null;
  return { map, legend: legendRect, overlayKey, onMap: false };
}

/** A map smaller than this share of the page's map area in either direction is not a choice. */
const MIN_MAP_SHARE = 0.45;

/** Margin kept around the frame when a map beside its boxes is trimmed to it. */
const TRIM_MARGIN = 6;

/**
 * A map beside its boxes shows its frame at the same scale in a shorter (or narrower) rectangle
 * when the frame is wider (or taller) than the page's room: the map is trimmed to the frame and
 * the boxes move up (or left) with it, so the page shows no band of Arctic or open ocean the
 * map is not about.
 */
function trimmed(a: Arrangement, coverage: (map: Rect) => MapCoverage, below: boolean): Arrangement {
  const used = coverage(a.map).used;
  if (!used) return a;
  if (below) {
    const height = Math.min(a.map.height, Math.ceil(used.height + 2 * TRIM_MARGIN));
    const dy = a.map.height - height;
    if (dy < 1) return a;
    return { ...a, map: { ...a.map, height }, legend: { ...a.legend, y: a.legend.y - dy }, overlayKey: a.overlayKey ? { ...a.overlayKey, y: a.overlayKey.y - dy } : null };
  }
  const width = Math.min(a.map.width, Math.ceil(used.width + 2 * TRIM_MARGIN));
  const dx = a.map.width - width;
  if (dx < 1) return a;
  return { ...a, map: { ...a.map, width }, legend: { ...a.legend, x: a.legend.x - dx }, overlayKey: a.overlayKey ? { ...a.overlayKey, x: a.overlayKey.x - dx } : null };
}

function arrange(area: Rect, legend: Size, key: Size | null, coverage: ((map: Rect) => MapCoverage) | undefined, portrait: boolean): Arrangement {
  const sensible = (a: Arrangement) => a.map.width >= area.width * MIN_MAP_SHARE && a.map.height >= area.height * MIN_MAP_SHARE;
  const beside = [besideRight(area, legend, key), besideBelow(area, legend, key)].filter(sensible);
  if (!coverage) {
    if (portrait || key) return beside.find((a) => a.map.width === area.width) ?? beside[0] ?? besideBelow(area, legend, key);
    return { map: area, legend: { x: area.x + LEGEND_INSET, y: area.y + area.height - LEGEND_INSET - legend.height, ...legend }, overlayKey: null, onMap: true };
  }
  const full = coverage(area);
  const scored = beside.map((a) => ({ a, scale: coverage(a.map).scale })).sort((p, q) => q.scale - p.scale);
  const bestBeside = scored[0];
  const besideBest = bestBeside ? trimmed(bestBeside.a, coverage, bestBeside.a.map.width === area.width) : null;
  if (besideBest && bestBeside!.scale >= full.scale * BESIDE_SCALE_SHARE) return besideBest;
  const over = onMap(area, legend, key, full);
  if (over) return over;
  return besideBest ?? besideBelow(area, legend, key);
}

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
  const room = width - 2 * m - measure(input.attribution, FOOTER_FONT) - GAP;
  const parts = (input.footerTexts ?? ['', '']).map((t) => wrapLabel(t, room, FOOTER_FONT, measure));
  const lineCount = Math.max(2, parts[0]!.length + parts[1]!.length);
  const footerHeight = FOOTER_FONT.size * FOOTER_LINE * lineCount;
  const bottom = height - m - footerHeight - GAP;
  const area = { x: m, y: top, width: width - 2 * m, height: bottom - top };
  const legend = { width: input.legend.width, height: input.legend.height };
  const key = input.overlayKey ? { width: input.overlayKey.width, height: input.overlayKey.height } : null;
  const arrangement = arrange(area, legend, key, input.coverage, height > width);
  const footerTop = height - m - footerHeight;
  const line1 = footerTop + FOOTER_FONT.size * 1.1;
  const lineAt = (i: number): number => line1 + FOOTER_FONT.size * FOOTER_LINE * i;
  const footerLines: ExportLayout['footerLines'] = [];
  for (const part of [0, 1] as const) for (const text of parts[part]!) footerLines.push({ box: { x: m, y: lineAt(footerLines.length), font: FOOTER_FONT, align: 'left' }, text, part });
  const firstOf = (part: 0 | 1, fallback: number): TextBox => footerLines.find((l) => l.part === part)?.box ?? { x: m, y: lineAt(fallback), font: FOOTER_FONT, align: 'left' };
  const line2 = lineAt(lineCount - 1);
  return {
    title: { x: m, y: titleBaseline, font: titleFont, align: 'left' },
    asOf: { x: width - m, y: titleBaseline, font: AS_OF_FONT, align: 'right' },
    subtitle,
    map: arrangement.map,
    legend: arrangement.legend,
    overlayKey: arrangement.overlayKey,
    legendOnMap: arrangement.onMap,
    footer: [firstOf(0, 0), firstOf(1, 1)],
    footerLines,
    attribution: { x: width - m, y: line2, font: FOOTER_FONT, align: 'right' },
  };
}

