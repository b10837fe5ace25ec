/**
 * Greedy label placement for the vector map: the most important label first, each one kept
 * only if it fits inside the map and overlaps no label already placed (like MapLibre's
 * collision pass, without the GPU).
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
