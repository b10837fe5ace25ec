/**
 * The legend of an exported map as positioned rows (design units, relative to the legend box):
 * the heading, the body in force for each shown organisation, the as-of date, the colour keys
 * and the disputed-area key; the overlays get a key of their own. The PNG draws these rows on a
 * canvas, the SVG writes them as text.
 */
import { ORG_COLOURS, BASE_COLOURS } from '../../map/palette.js';
import type { LegendModel } from '../../panels/legend.js';
import type { LegendOverlaySection } from '../export-overlays.js';
import type { FontSpec, MeasureText } from './text-measure.js';

export const LEGEND_PADDING = 10;
export const LEGEND_SWATCH = 12;
const SWATCH_GAP = 7;
const LINE_HEIGHT = 1.5;
const HEADING_FONT: FontSpec = { size: 12.5, weight: 700 };
const BODY_FONT: FontSpec = { size: 11, weight: 400 };
const AS_OF_FONT: FontSpec = { size: 11, weight: 600 };
/** A gap before the keys, so the date reads as part of the heading block. */
const SECTION_GAP = 5;

export interface LegendSwatch {
  colour: string;
  hatched: boolean;
  /** 'org' swatches are small hue markers; 'key' swatches are the fills on the map; 'marker' a round map marker. */
  kind: 'org' | 'key' | 'marker';
  /** The ring of a 'marker'. */
  stroke?: string;
}

export interface LegendBadge {
  cx: number;
  cy: number;
  r: number;
  fill: string;
  stroke: string;
}

export interface LegendRow {
  kind: 'heading' | 'body' | 'as-of' | 'key' | 'note' | 'badge' | 'overlay-heading' | 'marker';
  text: string;
  font: FontSpec;
  /** Baseline of the text. */
  baseline: number;
  /** Left edge of the text. */
  textX: number;
  swatch: (LegendSwatch & { x: number; y: number; size: number }) | null;
  /** Overlap view: one badge per shown organisation, as under the map's labels. */
  badges?: LegendBadge[];
  /** The status a key stands for (for data attributes in the SVG). */
  status?: string;
  org?: string;
  /** Overlay rows: which overlay, and the operator or event kind a marker stands for. */
  overlay?: string;
  group?: string;
}

export interface LegendLayout {
  width: number;
  height: number;
  rows: LegendRow[];
}

export const DISPUTED_KEY_LABEL = 'Disputed, occupied or breakaway area';
export const BADGE_NOTE = 'Badges under each name, one per organisation, left to right:';
const NOTE_FONT: FontSpec = { size: 10, weight: 400 };
const BADGE_R = 4;
const BADGE_GAP = 3;

/** Marker swatches are circles of this diameter, like the markers at the map's usual zoom. */
const MARKER_SIZE = 9;
const OVERLAY_HEADING_FONT: FontSpec = { size: 11.5, weight: 700 };

/** Builds rows top to bottom from LEGEND_PADDING; `finish` sizes the box around them. */
function rowBuilder(measure: MeasureText) {
  const rows: LegendRow[] = [];
  let y = LEGEND_PADDING;
  const line = (kind: LegendRow['kind'], text: string, font: FontSpec, swatch: LegendSwatch | null, extra: Partial<LegendRow> = {}): void => {
    const height = font.size * LINE_HEIGHT;
    const baseline = y + height / 2 + font.size * 0.35;
    const size = swatch?.kind === 'org' ? LEGEND_SWATCH * 0.75 : swatch?.kind === 'marker' ? MARKER_SIZE : LEGEND_SWATCH;
    rows.push({
      kind,
      text,
      font,
      baseline,
      textX: swatch ? LEGEND_PADDING + LEGEND_SWATCH + SWATCH_GAP : LEGEND_PADDING,
      swatch: swatch ? { ...swatch, x: LEGEND_PADDING + (LEGEND_SWATCH - size) / 2, y: y + (height - size) / 2, size } : null,
      ...extra,
    });
    y += height;
  };
  return {
    rows,
    line,
    gap(units: number) {
      y += units;
    },
    get y() {
      return y;
    },
    finish(): LegendLayout {
      const width = Math.max(...rows.map((r) => r.textX + measure(r.text, r.font))) + LEGEND_PADDING;
      return { width: Math.ceil(width), height: Math.ceil(y + LEGEND_PADDING), rows };
    },
  };
}

/** The status legend: heading, bodies, date, colour keys, badges and the disputed-area key. */
export function legendLayout(model: LegendModel, measure: MeasureText): LegendLayout {
  const b = rowBuilder(measure);
  const { line, rows } = b;
  line('heading', model.mode === 'count' ? 'Full memberships' : 'Membership status', HEADING_FONT, null);
  for (const body of model.bodies) {
    line('body', body.name ?? `${body.org}: not yet founded`, BODY_FONT, { colour: ORG_COLOURS[body.org], hatched: false, kind: 'org' }, { org: body.org });
  }
  line('as-of', model.asOf, AS_OF_FONT, null);
  b.gap(SECTION_GAP);
  for (const key of model.keys) {
    line('key', key.label, BODY_FONT, { colour: key.colour, hatched: key.hatched, kind: 'key' }, key.status ? { status: key.status } : {});
  }
  if (model.badges.length > 0) {
    b.gap(SECTION_GAP);
    line('note', BADGE_NOTE, NOTE_FONT, null);
    const textX = LEGEND_PADDING + model.bodies.length * (2 * BADGE_R + BADGE_GAP) + SWATCH_GAP - BADGE_GAP;
    for (const badge of model.badges) {
      const height = BODY_FONT.size * LINE_HEIGHT;
      const cy = b.y + height / 2;
      const badges = model.bodies.map((body, i) => ({ cx: LEGEND_PADDING + BADGE_R + i * (2 * BADGE_R + BADGE_GAP), cy, r: BADGE_R, fill: badge.fill(body.org), stroke: ORG_COLOURS[body.org] }));
      rows.push({ kind: 'badge', text: badge.label, font: BODY_FONT, baseline: cy + BODY_FONT.size * 0.35, textX, swatch: null, badges });
      b.gap(height);
    }
    b.gap(SECTION_GAP);
  }
  line('key', DISPUTED_KEY_LABEL, BODY_FONT, { colour: BASE_COLOURS.land, hatched: true, kind: 'key' }, { status: 'disputed' });
  return b.finish();
}

/**
 * The key of the map's overlays (military bases, events), a box of its own so it can go where
 * it hides nothing, apart from the status legend; null when no overlay is drawn.
 */
export function overlayKeyLayout(sections: readonly LegendOverlaySection[], measure: MeasureText): LegendLayout | null {
  if (sections.length === 0) return null;
  const b = rowBuilder(measure);
  sections.forEach((section, i) => {
    if (i > 0) b.gap(SECTION_GAP * 2);
    b.line('overlay-heading', section.heading, OVERLAY_HEADING_FONT, null, { overlay: section.overlay });
    for (const item of section.items) {
      b.line('marker', item.label, BODY_FONT, { colour: item.fill, stroke: item.stroke, hatched: false, kind: 'marker' }, { overlay: section.overlay, group: item.group });
    }
    if (section.note) b.line('note', section.note, NOTE_FONT, null, { overlay: section.overlay });
  });
  return b.finish();
}
