/**
 * What the application's own features (timeline, compare, search, tooltip, …) are mounted with:
 * the feature context every module gets, plus the store, the main map and the start facts.
 */
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasContext, DetailsStatus } from '../atlas-context.js';
import type { DisputedArea } from '../load-atlas.js';
import type { AtlasMap } from '../map/atlas-map.js';
import type { AppStore } from './app-store.js';

export interface AppContext extends AtlasContext {
  readonly store: AppStore;
  /** The main map (the compare view adds two more of its own). */
  readonly atlasMap: AtlasMap;
  readonly disputed: readonly DisputedArea[];
  readonly today: IsoDay;
  /** Where the bases, events and their sources stand. */
  detailsStatus(): DetailsStatus;
}

/** A feature's disposer: detaches its listeners and subscriptions. */
export type Dispose = () => void;
