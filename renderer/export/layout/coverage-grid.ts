/**
 * What a map covers, on a grid over its rectangle: each cell holds the weight of what is drawn
 * there (open sea 0, land a little, a state with a status a lot), so a box that must hide
 * nothing important can be placed by comparing the summed weight under each candidate position.
 * Rings are filled even-odd by scanlines through the cell centres; a summed-area table answers
 * "how much is under this rectangle" in constant time.
 */
import type { Rect } from './export-layout.js';

export type Ring = readonly (readonly [number, number])[];

export class CoverageGrid {
  readonly cols: number;
  readonly rows: number;
  private readonly cells: Float64Array;
  private sums: Float64Array | null = null;

  constructor(
    readonly area: Rect,
    readonly cell: number,
  ) {
    this.cols = Math.max(1, Math.ceil(area.width / cell));
    this.rows = Math.max(1, Math.ceil(area.height / cell));
    this.cells = new Float64Array(this.cols * this.rows);
  }

  /**
   * Raises every cell whose centre lies inside the rings (even-odd, so holes stay open), and
   * every cell a vertex lies in, to `weight`; `grow` cells around them too, so a box clear of the cells is clear of the shape
   * itself even where it only clips a cell's corner.
   */
  fill(rings: readonly Ring[], weight: number, grow = 0): void {
    const spans: number[][] = Array.from({ length: this.rows }, () => []);
    const { x: ox, y: oy } = this.area;
    for (const ring of rings) {
      for (let i = 0, n = ring.length; i < n; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[(i + 1) % n]!;
        if (y1 === y2) continue;
        const top = Math.min(y1, y2);
        const bottom = Math.max(y1, y2);
        const first = Math.max(0, Math.ceil((top - oy) / this.cell - 0.5));
        const last = Math.min(this.rows - 1, Math.ceil((bottom - oy) / this.cell - 0.5) - 1);
        for (let r = first; r <= last; r++) {
          const cy = oy + (r + 0.5) * this.cell;
          spans[r]!.push(x1 + ((cy - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
    }
    const hit: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const xs = spans[r]!.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k]! - ox) / this.cell - 0.5));
        const c1 = Math.min(this.cols - 1, Math.floor((xs[k + 1]! - ox) / this.cell - 0.5));
        for (let c = c0; c <= c1; c++) hit.push(r * this.cols + c);
      }
    }
    // Islands smaller than a cell hold no cell centre: their vertices' cells count for them.
    for (const ring of rings) {
      for (const [x, y] of ring) {
        const c = Math.floor((x - ox) / this.cell);
        const r = Math.floor((y - oy) / this.cell);
        if (c >= 0 && c < this.cols && r >= 0 && r < this.rows) hit.push(r * this.cols + c);
      }
    }
    this.raise(hit, weight, grow);
  }

  /** Raises the cells within `radius` of a point (markers drawn on the map). */
  fillDisc(x: number, y: number, radius: number, weight: number): void {
    const hit: number[] = [];
    const c0 = Math.max(0, Math.floor((x - radius - this.area.x) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.floor((x + radius - this.area.x) / this.cell));
    const r0 = Math.max(0, Math.floor((y - radius - this.area.y) / this.cell));
    const r1 = Math.min(this.rows - 1, Math.floor((y + radius - this.area.y) / this.cell));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) hit.push(r * this.cols + c);
    this.raise(hit, weight, 0);
  }

  /** Raises the listed cells (row * cols + col), and `grow` cells around each, to `weight`. */
  private raise(hit: readonly number[], weight: number, grow: number): void {
    for (const index of hit) {
      const r = Math.floor(index / this.cols);
      const c = index - r * this.cols;
      {
        for (let dr = -grow; dr <= grow; dr++) {
          const rr = r + dr;
          if (rr < 0 || rr >= this.rows) continue;
          for (let dc = -grow; dc <= grow; dc++) {
            const cc = c + dc;
            if (cc < 0 || cc >= this.cols) continue;
            const i = rr * this.cols + cc;
            if (this.cells[i]! < weight) this.cells[i] = weight;
          }
        }
      }
    }
    this.sums = null;
  }

  /** The weight of one cell (row, column). */
  at(row: number, col: number): number {
    return this.cells[row * this.cols + col] ?? 0;
  }

  /** Summed weight of every cell the rectangle touches (outside the grid counts as 0). */
  cost(rect: Rect): number {
    const sums = this.summed();
    const c0 = Math.max(0, Math.floor((rect.x - this.area.x) / this.cell));
    const r0 = Math.max(0, Math.floor((rect.y - this.area.y) / this.cell));
    const c1 = Math.min(this.cols, Math.ceil((rect.x + rect.width - this.area.x) / this.cell));
    const r1 = Math.min(this.rows, Math.ceil((rect.y + rect.height - this.area.y) / this.cell));
    if (c1 <= c0 || r1 <= r0) return 0;
    const w = this.cols + 1;
    return sums[r1 * w + c1]! - sums[r0 * w + c1]! - sums[r1 * w + c0]! + sums[r0 * w + c0]!;
  }

  private summed(): Float64Array {
    if (this.sums) return this.sums;
    const w = this.cols + 1;
    const sums = new Float64Array(w * (this.rows + 1));
    for (let r = 0; r < this.rows; r++) {
      let row = 0;
      for (let c = 0; c < this.cols; c++) {
        row += this.cells[r * this.cols + c]!;
        sums[(r + 1) * w + c + 1] = sums[r * w + c + 1]! + row;
      }
    }
    this.sums = sums;
    return sums;
  }
}
