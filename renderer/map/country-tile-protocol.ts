/**
 * The state borders come as vector tiles cut at build time (build/bundle/country-tiles.ts). A
 * MapLibre protocol, `atlas-tiles://countries/{z}/{x}/{y}`, answers a tile from the bundled geodata
 * folder (same origin, never remote) and every tile the index does not list (open sea) as empty,
 * without a request, so no 404 is ever asked for or logged.
 */
import { addProtocol } from 'maplibre-gl';
import { COUNTRY_TILES, type TileIndex } from '../../geodata/src/country-tiles.js';

export const COUNTRY_TILE_PROTOCOL = 'atlas-tiles';

/** The style's tile URL template (MapLibre finds a protocol by the part before "://"). */
export const COUNTRY_TILE_TEMPLATE = `${COUNTRY_TILE_PROTOCOL}://${COUNTRY_TILES.layer}/{z}/{x}/{y}`;

/** The tile's "z/x/y" from a requested URL, or null when it is not one of ours. */
export function parseTileUrl(url: string): string | null {
  const m = new RegExp(`^${COUNTRY_TILE_PROTOCOL}://${COUNTRY_TILES.layer}/(\\d+)/(\\d+)/(\\d+)$`).exec(url);
  return m ? `${m[1]}/${m[2]}/${m[3]}` : null;
}

const indexes = new Map<string, Promise<Set<string>>>();

function tileSet(geodataUrl: string, fetchImpl: typeof fetch): Promise<Set<string>> {
  let pending = indexes.get(geodataUrl);
  if (!pending) {
    pending = fetchImpl(`${geodataUrl}/tiles/${COUNTRY_TILES.layer}.json`).then(async (r) => {
      if (!r.ok) throw new Error(`tiles/${COUNTRY_TILES.layer}.json: HTTP ${r.status}`);
      const index = (await r.json()) as TileIndex;
      if (!Array.isArray(index.tiles)) throw new Error(`tiles/${COUNTRY_TILES.layer}.json is not a tile index`);
      return new Set(index.tiles);
    });
    pending.catch(() => indexes.delete(geodataUrl));
    indexes.set(geodataUrl, pending);
  }
  return pending;
}

/** The bytes of one tile from the geodata folder: empty where the index lists none. */
export async function loadCountryTile(geodataUrl: string, url: string, signal: AbortSignal | undefined, fetchImpl: typeof fetch = fetch): Promise<ArrayBuffer> {
  const key = parseTileUrl(url);
  if (!key) throw new Error(`not a country tile: ${url.slice(0, 120)}`);
  if (!(await tileSet(geodataUrl, fetchImpl)).has(key)) return new ArrayBuffer(0);
  const response = await fetchImpl(`${geodataUrl}/tiles/${COUNTRY_TILES.layer}/${key}.pbf`, signal ? { signal } : {});
  if (!response.ok) throw new Error(`tile ${key}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

let registeredFor: string | null = null;

/** Registers the protocol for the page's geodata folder (one per page: every map reads the same bundle). */
export function registerCountryTileProtocol(geodataUrl: string): void {
  if (registeredFor === geodataUrl) return;
  registeredFor = geodataUrl;
  addProtocol(COUNTRY_TILE_PROTOCOL, async (params, abort) => ({ data: await loadCountryTile(geodataUrl, params.url, abort.signal) }));
}
