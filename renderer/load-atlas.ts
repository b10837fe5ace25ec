/** Fetches the bundled geodata (same origin, never remote) and parses it once at start. */
import { manifestSchema, parseAtlasData } from '../geodata/src/atlas-data.js';
import { AtlasQueries } from '../geodata/src/queries.js';
import { tradeFileSchema, type TradeFile } from '../geodata/src/schema.js';

export interface DisputedArea {
  id: string;
  name: string;
  note: string;
  from: string | null;
  to: string | null;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/** Written by build/build-renderer.ts: every start-time file in one request. */
const START_BUNDLE = 'start-bundle.json';

export async function loadAtlas(geodataUrl: string): Promise<{ queries: AtlasQueries; disputed: DisputedArea[] }> {
  const bundle = (await fetchJson(`${geodataUrl}/${START_BUNDLE}`)) as { manifest: unknown; files: Record<string, unknown>; disputed: DisputedArea[] };
  performance.mark('atlas:data-fetched');
  const manifest = manifestSchema.parse(bundle.manifest);
  const data = parseAtlasData(manifest, bundle.files);
  performance.mark('atlas:data-parsed');
  return { queries: new AtlasQueries(data), disputed: bundle.disputed };
}

const tradeCache = new Map<string, Promise<TradeFile | null>>();

/** A reporter's trade file, loaded on first use; null when the atlas has none for the state. */
export function loadTrade(geodataUrl: string, iso3: string): Promise<TradeFile | null> {
  let pending = tradeCache.get(iso3);
  if (!pending) {
    pending = fetch(`${geodataUrl}/trade/${iso3}.json`)
      .then(async (r) => (r.ok ? tradeFileSchema.parse(await r.json()) : null))
      .catch(() => null);
    tradeCache.set(iso3, pending);
  }
  return pending;
}
