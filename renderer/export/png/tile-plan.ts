/**
 * Splits a map of deviceWidth × deviceHeight pixels into tiles no larger than the GPU (and
 * MapLibre's canvas limit) allows. Each tile is rendered as its own view of the same world and
 * copied into place; tiles meet at whole device pixels.
 */
export interface MapTile {
  /** Where the tile goes in the map, in device pixels. */
  deviceX: number;
  deviceY: number;
  deviceWidth: number;
  deviceHeight: number;
  /** The size of the tile's map container, in whole CSS pixels. */
  cssWidth: number;
  cssHeight: number;
  /** Centre of the tile's view relative to the full view's top-left corner, in CSS pixels. */
  centreX: number;
  centreY: number;
}

export interface TilePlan {
  columns: number;
  rows: number;
  tiles: MapTile[];
}

/** Largest denominator tried when writing the pixel ratio as a fraction (DPI / 96 needs at most 96). */
const MAX_DENOMINATOR = 96;

/**
 * The smallest step of device pixels that is also a whole number of CSS pixels: ratio = p/q
 * gives p. Tiles that start on such steps sit on the same pixel grid as the whole map would, so
 * MapLibre's pixel snapping of text and patterns is the same in every tile.
 */
export function alignmentStep(ratio: number): number {
  for (let q = 1; q <= MAX_DENOMINATOR; q++) {
    const p = Math.round(ratio * q);
    if (Math.abs(ratio * q - p) < 1e-9) return p;
  }
  return 1;
}

function split(total: number, parts: number, step: number): { start: number; length: number }[] {
  const bounds = Array.from({ length: parts + 1 }, (_, i) => (i === parts ? total : Math.round((total * i) / parts / step) * step));
  return bounds.slice(0, -1).map((start, i) => ({ start, length: bounds[i + 1]! - start }));
}

export function tilePlan(deviceWidth: number, deviceHeight: number, ratio: number, maxDevice: number): TilePlan {
  if (deviceWidth < 1 || deviceHeight < 1) throw new RangeError(`Cannot plan tiles for a ${deviceWidth} × ${deviceHeight} map`);
  // A tile's container is a whole number of CSS pixels, so its canvas can be up to one ratio wider.
  const step = alignmentStep(ratio);
  // Room for rounding a boundary to the step, and for the container's whole CSS pixels.
  const usable = Math.floor(maxDevice - Math.ceil(ratio) - step);
  if (usable < 64) throw new RangeError(`The GPU allows canvases of at most ${maxDevice} px; too small to render a map at pixel ratio ${ratio}`);
  const columns = Math.ceil(deviceWidth / usable);
  const rows = Math.ceil(deviceHeight / usable);
  const tiles: MapTile[] = [];
  for (const row of split(deviceHeight, rows, step)) {
    for (const col of split(deviceWidth, columns, step)) {
      const cssWidth = Math.ceil(col.length / ratio);
      const cssHeight = Math.ceil(row.length / ratio);
      tiles.push({
        deviceX: col.start,
        deviceY: row.start,
        deviceWidth: col.length,
        deviceHeight: row.length,
        cssWidth,
        cssHeight,
        centreX: col.start / ratio + cssWidth / 2,
        centreY: row.start / ratio + cssHeight / 2,
      });
    }
  }
  return { columns, rows, tiles };
}
