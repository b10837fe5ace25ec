/**
 * What the bases and events layers share: one GeoJSON source holding every item once, added when
 * the map has loaded and there are items (or at once, for an export's hidden map); items can be replaced later (they
 * arrive after the first map); a view (date, visibility, …) asked for before the layer exists is
 * applied when it does, and an unchanged view does nothing — every app render calls `show`, and
 * only a real change may close an open popup.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, Popup } from 'maplibre-gl';
import { addOnFirstNeed } from './when-map-loaded.js';

/** Markers go under the state names so labels stay readable. */
export const OVERLAY_BENEATH_LAYER = 'capital-label';

export abstract class OverlayLayer<Item extends { id: string }, View> {
  protected byId: ReadonlyMap<string, Item>;
  protected popup: Popup | null = null;
  private items: readonly Item[];
  private added = false;
  private pending: View | null = null;
  private shown = '';

  constructor(
    protected readonly map: MapLibreMap,
    private readonly sourceId: string,
    items: readonly Item[],
    /** Add the layer at once (the style is known to be loaded) rather than on the map's 'load'. */
    addNow = false,
  ) {
    this.items = items;
    this.byId = new Map(items.map((i) => [i.id, i]));
    this.itemsChanged(items);
    this.requestAdd = addOnFirstNeed(map, () => {
      this.map.addSource(this.sourceId, { type: 'geojson', data: this.features(this.items) });
      this.addLayers();
      this.added = true;
      if (this.pending) this.view(this.pending);
    }, addNow);
    this.addWhenNeeded();
  }

  /** Adds the source and its layers once there are items to draw (they arrive after the first map). */
  private readonly requestAdd: () => void;

  private addWhenNeeded(): void {
    if (this.items.length > 0) this.requestAdd();
  }

  /** Replace the items; the view (filter and visibility) stays. */
  setItems(items: readonly Item[]): void {
    this.items = items;
    this.byId = new Map(items.map((i) => [i.id, i]));
    this.itemsChanged(items);
    if (this.added) void (this.map.getSource(this.sourceId) as GeoJSONSource).setData(this.features(items));
    else this.addWhenNeeded();
  }

  /** Apply a view, now or once the layer exists; the same view twice does nothing. */
  protected view(view: View): void {
    if (!this.added) {
      this.pending = view;
      return;
    }
    const key = JSON.stringify(view);
    if (key === this.shown) return;
    this.shown = key;
    this.popup?.remove();
    this.applyView(view);
  }

  /** Called with every new list of items (before the layer exists, too); for derived lookups. */
  protected itemsChanged(items: readonly Item[]): void {
    void items;
  }

  /** The source's features for these items. */
  protected abstract features(items: readonly Item[]): FeatureCollection;
  /** Add the layers over the source (called once, the source exists). */
  protected abstract addLayers(): void;
  /** Set filters and visibility for the view. */
  protected abstract applyView(view: View): void;
}
