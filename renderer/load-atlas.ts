/** Fetches the bundled geodata (same origin, never remote) and parses it once at start. */
import { parseAtlasData, parseAtlasDetails, startManifest, type Manifest } from '../geodata/src/atlas-data.js';
import { DETAILS_BUNDLE, START_BUNDLE, detailsBundleSchema, startBundleSchema, type DisputedArea } from '../geodata/src/atlas-bundles.js';
import { AtlasQueries } from '../geodata/src/queries.js';
import { tradeFileSchema, type TradeFile } from '../geodata/src/schema.js';

export type { DisputedArea };

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/** What loadAtlas found, and what loadAtlasDetails needs to finish the job. */
export interface LoadedAtlas {
  /** The memberships, states and their sources; no bases or events (see loadAtlasDetails). */
  queries: AtlasQueries;
  disputed: DisputedArea[];
  manifest: Manifest;
  /** Sources files in the details bundle. */
  laterSources: string[];
}

export async function loadAtlas(geodataUrl: string): Promise<LoadedAtlas> {
  const bundle = startBundleSchema.parse(await fetchJson(`${geodataUrl}/${START_BUNDLE}`));
  performance.mark('atlas:data-fetched');
  const data = parseAtlasData(startManifest(bundle.manifest, bundle.laterSources), bundle.files);
  performance.mark('atlas:data-parsed');
  return { queries: new AtlasQueries(data), disputed: bundle.disputed, manifest: bundle.manifest, laterSources: bundle.laterSources };
}

/** Fetches the bases, the events and their sources: the atlas's queries with them added (a new object). */
export async function loadAtlasDetails(geodataUrl: string, loaded: LoadedAtlas): Promise<AtlasQueries> {
  const bundle = detailsBundleSchema.parse(await fetchJson(`${geodataUrl}/${DETAILS_BUNDLE}`));
  const queries = loaded.queries.withDetails(parseAtlasDetails(loaded.manifest, bundle.files, loaded.laterSources));
  performance.mark('atlas:details-ready');
  return queries;
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
