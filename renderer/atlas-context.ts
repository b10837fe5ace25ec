/**
 * What feature modules (panels, layers, export, user data) get from the application: the query
 * layer, the host, the live map and the app state, without reaching into main.ts.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasQueries } from '../geodata/src/queries.js';
import type { AtlasHost } from './host/atlas-host.js';
import type { OverlayOptions } from './map/overlay-features.js';
import type { AppState } from './state/app-state.js';
import type { Annotation } from './user-data/user-data-schema.js';

/** Bases, events and their sources arrive after the first map: where they stand. */
export type DetailsStatus = 'loading' | 'loaded' | 'failed';

export interface AtlasContext {
  /**
   * The query layer. Read it when needed rather than keeping it: once the bases, events and
   * their sources arrive this is a new, fuller object (AtlasQueries never changes in place).
   */
  readonly queries: AtlasQueries;
  readonly host: AtlasHost;
  /** Base URL of the bundled geodata folder (same origin), without a trailing slash. */
  readonly geodataUrl: string;
  /** The current app state (date, organisations, selection, camera, …). */
  getState(): AppState;
  /** Change the app state (the URL, the map and every view follow). */
  update(patch: Partial<AppState>): void;
  /** The live MapLibre map. */
  getMap(): MapLibreMap;
  /** Called after every change of what is shown (not a mere pan) with the new state; returns an unsubscribe function. */
  onChange(listener: (state: AppState) => void): () => void;
  /** Show a notice to the user (what happened, what was kept). */
  notify(message: string): void;
  /** The user's map annotations (labels and arrows), which exports draw too. */
  annotations(): readonly Annotation[];
  /** Which overlay layers (bases, events) are on (app state, `overlays=` in the link), which exports follow. */
  overlays(): OverlayOptions;
  /** Resolves once the bases, events and their sources are in `queries` (rejects if they failed). */
  details(): Promise<void>;
}
