/**
 * Greedy label placement for the vector map: the most important label first, each one kept
 * only if it fits inside the map and overlaps no label already placed (like MapLibre's
 * collision pass, without the GPU).
 */
import type { Rect } from './export-layout.js';
import type { FontSpec, MeasureText } from './text-measure.js';

export interface LabelCandidate {
  id: string;
  text: string;
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

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + LABEL_GAP && b.x < a.x + a.width + LABEL_GAP && a.y < b.y + b.height + LABEL_GAP && b.y < a.y + a.height + LABEL_GAP;
}

function inside(box: Rect, area: Rect): boolean {
  return box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
}

export function placeLabels(candidates: readonly LabelCandidate[], area: Rect, measure: MeasureText): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of ordered) {
    const width = measure(c.text, c.font);
    const height = c.font.size * 1.2;
    const box = { x: c.x - width / 2, y: c.y - height / 2, width, height };
    if (!inside(box, area)) continue;
    if (placed.some((p) => overlaps(p.box, box))) continue;
    placed.push({ ...c, box });
  }
  return placed;
}
