/**
 * Test hooks, installed only when automation asks for them with `?automation=1` in the page URL
 * (the end-to-end tests, the benchmark and the `atlas export` command do): `window.atlas`
 * (read-only inspection) and `window.atlasExport` (an export as data).
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { installExportAutomation } from '../export/export-automation.js';
import { COUNTRIES, type AtlasMap } from '../map/atlas-map.js';
import type { AppState } from '../state/app-state.js';
import type { AppContext, Dispose } from './app-context.js';

/** The query parameter that asks for the hooks. */
export const AUTOMATION_PARAM = 'automation';

export function isAutomation(search: string): boolean {
  return new URLSearchParams(search).get(AUTOMATION_PARAM) === '1';
}

export interface AutomationSources {
  /** The earlier and later maps of the compare view, once opened. */
  compareMaps(): { before: AtlasMap; after: AtlasMap } | null;
  /** Resolves once the bases, events and their sources are in (or have failed). */
  details(): Promise<unknown>;
  userData: unknown;
}

export function mountAutomation(ctx: AppContext, sources: AutomationSources): Dispose {
  const main = ctx.atlasMap;
  const map = main.map;
  const shownMaps = (): AtlasMap[] => {
    const compare = sources.compareMaps();
    return [main, ...(compare && ctx.store.state.compare ? [compare.before, compare.after] : [])];
  };
  const inspect = {
    featureState: (iso3: string): Record<string, unknown> => map.getFeatureState({ ...COUNTRIES, id: iso3 }),
    project: (lng: number, lat: number): { x: number; y: number } => {
      const p = map.project([lng, lat]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    /** The map drawn and the details (bases, events) in: what a test may assert on. */
    whenIdle: async (): Promise<void> => {
      await sources.details().catch(() => undefined);
      await inspect.whenMapIdle();
    },
    /** The map (and the compare maps) drawn, details or not: the benchmark's cold start. */
    whenMapIdle: async (): Promise<void> => {
      await Promise.all(shownMaps().map((m) => m.whenIdle()));
    },
    layerVisibility: (id: string): string => String(map.getLayoutProperty(id, 'visibility') ?? 'visible'),
    state: (): AppState => ctx.store.state,
    /** Resolves with performance.now() when the main map next draws a frame. */
    nextFrame: (): Promise<number> => new Promise((resolve) => map.once('render', () => resolve(performance.now()))),
    /** Time a plain repaint (no state change) from request to drawn frame. */
    repaint: (): Promise<number> => {
      const t0 = performance.now();
      const frame = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now() - t0)));
      map.triggerRepaint();
      return frame;
    },
    labelState: (iso3: string): Record<string, unknown> => map.getFeatureState({ source: 'labels', id: iso3 }),
    compareCameras: (): number[][] => {
      const compare = sources.compareMaps();
      return [main, ...(compare ? [compare.before, compare.after] : [])].map((m) => {
        const c = m.map.getCenter();
        return [Math.round(c.lng * 1000) / 1000, Math.round(c.lat * 1000) / 1000, Math.round(m.map.getZoom() * 1000) / 1000];
      });
    },
    /** Compare view: the feature state of a state on the earlier and later maps. */
    compare: (iso3 = 'IND'): unknown => {
      const compare = sources.compareMaps();
      return compare
        ? { before: compare.before.map.getFeatureState({ ...COUNTRIES, id: iso3 }), after: compare.after.map.getFeatureState({ ...COUNTRIES, id: iso3 }), change: map.getFeatureState({ ...COUNTRIES, id: iso3 }) }
        : null;
    },
  };
  const hooks = window as unknown as { atlas?: { inspect: typeof inspect; queries: AtlasQueries; userData: unknown } };
  hooks.atlas = {
    inspect,
    get queries(): AtlasQueries {
      return ctx.queries;
    },
    userData: sources.userData,
  };
  installExportAutomation(ctx);
  return () => {
    delete hooks.atlas;
    delete (window as unknown as { atlasExport?: unknown }).atlasExport;
  };
}
