/**
 * Greedy label placement for the vector map: the most important label first, each one kept
 * only if it fits inside the map and overlaps no label already placed (like MapLibre's
 * collision pass, without the GPU). Labels that must not be dropped (the states a map is about)
 * and have no room on their state are set off into free space with a leader line to it.
 */
import type { Rect } from './export-layout.js';
import type { FontSpec, MeasureText } from './text-measure.js';

export interface LabelCandidate {
  id: string;
  /** One or more lines, centred on each other. */
  lines: string[];
  /** Centre of the label. */
  x: number;
  y: number;
  font: FontSpec;
  /** Higher is placed first. */
  priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  box: Rect;
  /** Set off from its place: the line runs from (x1, y1), the state's label point, to the box. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

const LABEL_GAP = 2;
export const LINE_HEIGHT = 1.2;

/** Breaks a label into lines no wider than maxWidth where it can (a single long word stays whole). */
export function wrapLabel(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`, font) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + LABEL_GAP && b.x < a.x + a.width + LABEL_GAP && a.y < b.y + b.height + LABEL_GAP && b.y < a.y + a.height + LABEL_GAP;
}

function inside(box: Rect, area: Rect): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

/** `avoid`: areas no label may touch (the legend drawn over the map). */
export function placeLabels(candidates: readonly LabelCandidate[], area: Rect, measure: MeasureText, avoid: readonly Rect[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const width = Math.max(...c.lines.map((line) => measure(line, c.font)));
    const height = c.font.size * LINE_HEIGHT * c.lines.length;
    const box = { x: c.x - width / 2, y: c.y - height / 2, width, height };
    if (!inside(box, area)) continue;
    if (placed.some((p) => overlaps(p.box, box)) || avoid.some((r) => overlaps(r, box))) continue;
    placed.push({ ...c, box });
  }
  return placed;
}

/** Distances (design units) from the label point at which a set-off label is tried, nearest first. */
const LEADER_DISTANCES = [10, 18, 28, 40, 54, 70, 88, 110, 135];
const LEADER_DIRECTIONS = 16;
/** Space kept around another state's label point, so a set-off label never hides a small state. */
const POINT_CLEARANCE = 4;
/** Cost of hiding another state's label point, against design units of leader length. */
const POINT_PENALTY = 1000;

function labelSize(c: LabelCandidate, measure: MeasureText): { width: number; height: number } {
  return { width: Math.max(...c.lines.map((line) => measure(line, c.font))), height: c.font.size * LINE_HEIGHT * c.lines.length };
}

/** The point of a box's outline nearest to (x, y). */
function nearestOnBox(box: Rect, x: number, y: number): { x: number; y: number } {
  return { x: Math.max(box.x, Math.min(box.x + box.width, x)), y: Math.max(box.y, Math.min(box.y + box.height, y)) };
}

export interface LeaderOptions {
  /** Label points of other states, which a set-off label should not cover. */
  points?: readonly { id: string; x: number; y: number }[];
  /** Extra cost of a box (e.g. how much of the coloured states it hides), in design units of leader length. */
  cost?: (box: Rect) => number;
}

/**
 * Places each label in free space near its point, with a leader line: around the point in
 * sixteen directions at growing distances, the box that overlaps no placed label and no area to
 * avoid, and covers the fewest other label points, nearest first. A label with no such box
 * anywhere within reach is left out (the caller can tell from the result).
 */
export function placeLeaderLabels(
  candidates: readonly LabelCandidate[],
  area: Rect,
  measure: MeasureText,
  placed: readonly PlacedLabel[],
  avoid: readonly Rect[] = [],
  options: LeaderOptions = {},
): PlacedLabel[] {
  const taken: Rect[] = [...placed.map((p) => p.box), ...avoid];
  const out: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const points = options.points ?? [];
  for (const c of ordered) {
    const { width, height } = labelSize(c, measure);
    let best: { box: Rect; score: number } | null = null;
    for (const d of LEADER_DISTANCES) {
      if (best && best.score < d) break;
      for (let k = 0; k < LEADER_DIRECTIONS; k++) {
        const angle = (2 * Math.PI * k) / LEADER_DIRECTIONS;
        const ux = Math.cos(angle);
        const uy = Math.sin(angle);
        // The box grows outward from the point at distance d, so its near side faces the state.
        const cx = c.x + ux * d + (ux * width) / 2;
        const cy = c.y + uy * d + (uy * height) / 2;
        const box = { x: cx - width / 2, y: cy - height / 2, width, height };
        if (!inside(box, area)) continue;
        if (taken.some((r) => overlaps(r, box))) continue;
        const hidden = points.filter((p) => p.id !== c.id && p.x > box.x - POINT_CLEARANCE && p.x < box.x + box.width + POINT_CLEARANCE && p.y > box.y - POINT_CLEARANCE && p.y < box.y + box.height + POINT_CLEARANCE).length;
        const score = d + hidden * POINT_PENALTY + (options.cost?.(box) ?? 0);
        if (!best || score < best.score) best = { box, score };
      }
    }
    if (!best) continue;
    const { box } = best;
    const end = nearestOnBox(box, c.x, c.y);
    const label: PlacedLabel = { ...c, x: box.x + width / 2, y: box.y + height / 2, box, leader: { x1: c.x, y1: c.y, x2: end.x, y2: end.y } };
    out.push(label);
    taken.push(box);
  }
  return out;
}
