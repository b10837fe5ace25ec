/** Fetches the bundled geodata (same origin, never remote) and parses it once at start. */
import { manifestSchema, parseAtlasData, parseAtlasDetails, startManifest, type Manifest } from '../geodata/src/atlas-data.js';
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

/** Written by build/bundle/build-renderer.ts: what the first map needs, and the rest, one request each. */
const START_BUNDLE = 'start-bundle.json';
const DETAILS_BUNDLE = 'details-bundle.json';

/** What loadAtlas found, and what loadAtlasDetails needs to finish the job. */
export interface LoadedAtlas {
  /** The memberships, states and their sources; bases and events are empty until loadAtlasDetails. */
  queries: AtlasQueries;
  disputed: DisputedArea[];
  manifest: Manifest;
  /** Sources files in the details bundle. */
  laterSources: string[];
}

export async function loadAtlas(geodataUrl: string): Promise<LoadedAtlas> {
  const bundle = (await fetchJson(`${geodataUrl}/${START_BUNDLE}`)) as { manifest: unknown; laterSources: string[]; files: Record<string, unknown>; disputed: DisputedArea[] };
  performance.mark('atlas:data-fetched');
  const manifest = manifestSchema.parse(bundle.manifest);
  const data = parseAtlasData(startManifest(manifest, bundle.laterSources), bundle.files);
  performance.mark('atlas:data-parsed');
  return { queries: new AtlasQueries(data), disputed: bundle.disputed, manifest, laterSources: bundle.laterSources };
}

/** Fetches the bases, the events and their sources, and adds them to the atlas's queries. */
export async function loadAtlasDetails(geodataUrl: string, loaded: LoadedAtlas): Promise<void> {
  const bundle = (await fetchJson(`${geodataUrl}/${DETAILS_BUNDLE}`)) as { files: Record<string, unknown> };
  loaded.queries.addDetails(parseAtlasDetails(loaded.manifest, bundle.files, loaded.laterSources));
  performance.mark('atlas:details-ready');
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
