/**
 * The pre-cut vector tiles of the state borders (cut by build/bundle/country-tiles.ts when the renderer is bundled): where they live
 * under the geodata folder, their zoom range and source layer, and the index of the tiles that
 * hold land (every other tile of the range is empty).
 */
export const COUNTRY_TILES = {
  /** The source layer in each tile, and the tile folder's name. */
  layer: 'countries',
  minzoom: 0,
  /** Tiles exist up to this zoom; the map over-zooms them beyond it (its maximum is 8). */
  maxzoom: 6,
} as const;

export interface TileIndex {
  generated: string;
  layer: string;
  minzoom: number;
  maxzoom: number;
  extent: number;
  /** "z/x/y" of every tile with land. */
  tiles: string[];
}

/** The tile's path under the geodata folder. */
export function countryTilePath(z: number, x: number, y: number): string {
  return `tiles/${COUNTRY_TILES.layer}/${z}/${x}/${y}.pbf`;
}
