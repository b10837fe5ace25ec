import { describe, expect, it } from 'vitest';
import { placeLabels, wrapLabel, type LabelCandidate } from './place-labels.js';
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
