import { describe, expect, it } from 'vitest';
import { CoverageGrid } from './coverage-grid.js';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('CoverageGrid', () => {
  it('sums the weight of the cells a rectangle touches', () => {
    const grid = new CoverageGrid({ x: 0, y: 0, width: 100, height: 100 }, 10);
    grid.fill([square(21, 21, 38)], 1);
    expect(grid.cost({ x: 20, y: 20, width: 40, height: 40 })).toBe(16);
    expect(grid.cost({ x: 0, y: 0, width: 100, height: 100 })).toBe(16);
    expect(grid.cost({ x: 65, y: 65, width: 30, height: 30 })).toBe(0);
  });

  it('leaves holes open (even-odd) and keeps the higher weight where shapes meet', () => {
    const grid = new CoverageGrid({ x: 0, y: 0, width: 100, height: 100 }, 10);
    grid.fill([square(0, 0, 100), square(30, 30, 40)], 1);
    expect(grid.cost({ x: 40, y: 40, width: 20, height: 20 })).toBe(0);
    grid.fill([square(0, 0, 20)], 50);
    expect(grid.at(0, 0)).toBe(50);
    expect(grid.at(5, 0)).toBe(1);
  });

  it('counts an island smaller than a cell by the cells of its vertices', () => {
    const grid = new CoverageGrid({ x: 0, y: 0, width: 100, height: 100 }, 10);
    grid.fill([square(52, 52, 2)], 1);
    expect(grid.cost({ x: 50, y: 50, width: 10, height: 10 })).toBe(1);
  });

  it('grows a shape by whole cells so a box clear of the cells is clear of the outline', () => {
    const grid = new CoverageGrid({ x: 0, y: 0, width: 100, height: 100 }, 10);
    grid.fill([square(41, 41, 18)], 1, 1);
    expect(grid.cost({ x: 30, y: 30, width: 40, height: 40 })).toBe(16);
    expect(grid.cost({ x: 70, y: 0, width: 30, height: 100 })).toBe(0);
  });

  it('marks markers as small discs', () => {
    const grid = new CoverageGrid({ x: 0, y: 0, width: 100, height: 100 }, 10);
    grid.fillDisc(55, 55, 4, 7);
    expect(grid.cost({ x: 50, y: 50, width: 10, height: 10 })).toBe(7);
  });
});
