import { describe, expect, it } from 'vitest';
import { alignmentStep, tilePlan } from './tile-plan.js';

describe('tilePlan', () => {
  it('draws a map that fits the GPU in one tile', () => {
    const plan = tilePlan(3300, 2000, 300 / 96, 4096);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.tiles[0]).toMatchObject({ deviceX: 0, deviceY: 0, deviceWidth: 3300, deviceHeight: 2000, cssWidth: 1056, cssHeight: 640 });
  });

  it('splits an A3 landscape map at 300 DPI into tiles within a 4096 px limit that cover it exactly once', () => {
    const [w, h] = [4800, 3100];
    const plan = tilePlan(w, h, 300 / 96, 4096);
    expect(plan.columns).toBe(2);
    expect(plan.rows).toBe(1);
    let covered = 0;
    for (const t of plan.tiles) {
      expect(Math.round(t.cssWidth * (300 / 96))).toBeLessThanOrEqual(4096);
      expect(t.cssWidth * (300 / 96)).toBeGreaterThanOrEqual(t.deviceWidth);
      covered += t.deviceWidth * t.deviceHeight;
    }
    expect(covered).toBe(w * h);
    const [left, right] = plan.tiles;
    expect(left!.deviceX + left!.deviceWidth).toBe(right!.deviceX);
  });

  it('starts tiles on whole CSS pixels (multiples of 25 device px at 300 DPI) so they share the pixel grid', () => {
    expect(alignmentStep(300 / 96)).toBe(25);
    expect(alignmentStep(1.5)).toBe(3);
    expect(alignmentStep(1)).toBe(1);
    const plan = tilePlan(1836, 874, 1.5, 700);
    for (const t of plan.tiles) {
      expect(t.deviceX % 3).toBe(0);
      expect(t.deviceY % 3).toBe(0);
      expect(t.centreX - t.cssWidth / 2).toBe(t.deviceX / 1.5);
    }
  });

  it('refuses a GPU limit too small to draw anything useful', () => {
    expect(() => tilePlan(1000, 1000, 3, 50)).toThrow('at most 50 px');
  });
});
