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

function split(total: number, parts: number): { start: number; length: number }[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  const out: { start: number; length: number }[] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const length = base + (i < extra ? 1 : 0);
    out.push({ start, length });
    start += length;
  }
  return out;
}

export function tilePlan(deviceWidth: number, deviceHeight: number, ratio: number, maxDevice: number): TilePlan {
  if (deviceWidth < 1 || deviceHeight < 1) throw new RangeError(`Cannot plan tiles for a ${deviceWidth} × ${deviceHeight} map`);
  // A tile's container is a whole number of CSS pixels, so its canvas can be up to one ratio wider.
  const usable = Math.floor(maxDevice - Math.ceil(ratio));
  if (usable < 64) throw new RangeError(`The GPU allows canvases of at most ${maxDevice} px; too small to render a map at pixel ratio ${ratio}`);
  const columns = Math.ceil(deviceWidth / usable);
  const rows = Math.ceil(deviceHeight / usable);
  const tiles: MapTile[] = [];
  for (const row of split(deviceHeight, rows)) {
    for (const col of split(deviceWidth, columns)) {
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
