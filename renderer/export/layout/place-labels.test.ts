import { describe, expect, it } from 'vitest';
import { placeLabels, placeLeaderLabels, wrapLabel, type LabelCandidate } from './place-labels.js';
import { approximateMeasure } from './text-measure.js';

const font = { size: 10, weight: 700 as const };
function createLabel(id: string, x: number, y: number, priority: number): LabelCandidate {
  return { id, lines: [id], x, y, font, priority };
}
const area = { x: 0, y: 0, width: 500, height: 300 };

describe('placeLabels', () => {
  it('keeps the more important of two overlapping labels', () => {
    const placed = placeLabels([createLabel('SMALL', 100, 100, 1), createLabel('LARGE', 105, 102, 9)], area, approximateMeasure);
    expect(placed.map((p) => p.id)).toEqual(['LARGE']);
  });

  it('drops labels that would cross the map edge or an area to avoid', () => {
    const placed = placeLabels([createLabel('EDGE', 2, 100, 5), createLabel('UNDER', 60, 250, 5), createLabel('FREE', 300, 100, 5)], area, approximateMeasure, [{ x: 0, y: 220, width: 150, height: 80 }]);
    expect(placed.map((p) => p.id)).toEqual(['FREE']);
  });
});

describe('wrapLabel', () => {
  it('breaks long names between words within the width, like MapLibre text-max-width', () => {
    expect(wrapLabel('UNITED ARAB EMIRATES', 70, font, approximateMeasure)).toEqual(['UNITED ARAB', 'EMIRATES']);
    expect(wrapLabel('UNITED ARAB EMIRATES', 40, font, approximateMeasure)).toEqual(['UNITED', 'ARAB', 'EMIRATES']);
    expect(wrapLabel('SRI LANKA', 70, font, approximateMeasure)).toEqual(['SRI LANKA']);
  });
});

describe('placeLeaderLabels', () => {
  it('sets a label off into free space, with a leader line from its point to the box', () => {
    const placed = placeLabels([createLabel('BIG', 100, 100, 9)], area, approximateMeasure);
    const [label] = placeLeaderLabels([createLabel('SMALL', 100, 100, 1)], area, approximateMeasure, placed);
    expect(label).toBeDefined();
    const { box, leader } = label!;
    expect(box.x >= placed[0]!.box.x + placed[0]!.box.width || box.x + box.width <= placed[0]!.box.x || box.y >= placed[0]!.box.y + placed[0]!.box.height || box.y + box.height <= placed[0]!.box.y).toBe(true);
    expect(leader).toMatchObject({ x1: 100, y1: 100 });
    expect(leader!.x2).toBeGreaterThanOrEqual(box.x);
    expect(leader!.x2).toBeLessThanOrEqual(box.x + box.width);
    expect(leader!.y2).toBeGreaterThanOrEqual(box.y);
    expect(leader!.y2).toBeLessThanOrEqual(box.y + box.height);
  });

  it('keeps clear of areas to avoid and of other states\u2019 points where it can', () => {
    const avoid = [{ x: 0, y: 0, width: 500, height: 90 }];
    const points = [{ id: 'NEAR', x: 100, y: 130 }];
    const [label] = placeLeaderLabels([createLabel('SMALL', 100, 100, 1)], area, approximateMeasure, [], avoid, { points });
    expect(label!.box.y).toBeGreaterThanOrEqual(90);
    const b = label!.box;
    expect(100 > b.x - 4 && 100 < b.x + b.width + 4 && 130 > b.y - 4 && 130 < b.y + b.height + 4).toBe(false);
  });

  it('leaves a label out when no place within reach is free', () => {
    expect(placeLeaderLabels([createLabel('SMALL', 100, 100, 1)], area, approximateMeasure, [], [area])).toEqual([]);
  });
});
