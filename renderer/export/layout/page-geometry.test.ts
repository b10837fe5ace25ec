import { describe, expect, it } from 'vitest';
import { pageGeometry, pageSizeMm, SLIDE_DESIGN_WIDTH } from './page-geometry.js';

describe('pageGeometry', () => {
  it('turns A4 landscape at 300 DPI into 3508 × 2480 pixels drawn at 3.125× CSS pixels', () => {
    expect(pageGeometry('a4-landscape', 300)).toMatchObject({ widthPx: 3508, heightPx: 2480, scale: 300 / 96, dpi: 300 });
  });

  it('turns A3 portrait at 150 DPI into 1754 × 2480 pixels', () => {
    expect(pageGeometry('a3-portrait', 150)).toMatchObject({ widthPx: 1754, heightPx: 2480 });
  });

  it('keeps paper at the same design size whatever the DPI, so the layout does not change with resolution', () => {
    const low = pageGeometry('a4-portrait', 96);
    const high = pageGeometry('a4-portrait', 288);
    expect(high.width).toBeCloseTo(low.width, 0);
    expect(high.height).toBeCloseTo(low.height, 0);
  });

  it('keeps a slide at 1920 × 1080 pixels at any DPI, laid out 1280 units wide', () => {
    for (const dpi of [96, 300]) expect(pageGeometry('slide', dpi)).toMatchObject({ widthPx: 1920, heightPx: 1080, width: SLIDE_DESIGN_WIDTH, scale: 1.5, dpi });
  });

  it('refuses a DPI outside 96–300 or not whole, naming the range', () => {
    expect(() => pageGeometry('a4-portrait', 95)).toThrow('96–300');
    expect(() => pageGeometry('a4-portrait', 301)).toThrow('96–300');
    expect(() => pageGeometry('a4-portrait', 150.5)).toThrow('whole numbers');
  });

  it('gives SVG sizes in millimetres; a slide is 508 mm wide at 96 DPI', () => {
    expect(pageSizeMm('a3-landscape')).toEqual({ widthMm: 420, heightMm: 297 });
    expect(pageSizeMm('slide').widthMm).toBeCloseTo(508, 5);
  });
});
