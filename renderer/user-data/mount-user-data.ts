/**
 * The user's own work in the app: "Views" and "Annotate" in the toolbar, the annotations layer on
 * the map, and "My notes" for the state panel. Loads the stored data at once and tells the user,
 * through the app's notices, if any of it could not be read and what was kept. Call once.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasContext } from '../atlas-context.js';
import { AnnotationsLayer } from '../map/annotations-layer.js';
import { h } from '../dom/dom.js';
import { AnnotateMode } from './annotate-mode.js';
import type { AnnotationProperties } from './annotations-geojson.js';
import type { MapFeatureProperties } from './annotation-map-features.js';
import { StateNotesView } from './state-notes-view.js';
import type { Annotation } from './user-data-schema.js';
import { UserDataStore, type Change } from './user-data-store.js';
import { ViewsDialog } from './views-dialog.js';

export interface UserDataUi {
  /** Renders "My notes" for a state into a container appended to the state panel. */
  renderStateNotes(container: HTMLElement, iso3: string): void;
  /** The user's annotations for the export: labels as Points, arrows as tail→head LineStrings. */
  annotationsGeoJSON(): FeatureCollection<Point | LineString, AnnotationProperties>;
  readonly store: UserDataStore;
  /** Read-only inspection for the end-to-end tests. */
  readonly inspect: {
    /** Whether the stored data has been loaded. */
    isReady(): boolean;
    annotations(): readonly Annotation[];
    /** The features last handed to the map's annotations source. */
    sourceFeatures(): { kind: MapFeatureProperties['kind']; id: string; text: string }[];
    /** The annotations MapLibre drew (labels and arrows). */
    rendered(): { id: string; kind: string; text: string }[];
    /** A map position in page coordinates, to click on. */
    project(lng: number, lat: number): { x: number; y: number };
  };
}

export function mountUserData(toolbar: HTMLElement, ctx: AtlasContext): UserDataUi {
  const map = ctx.getMap();
  const store = new UserDataStore({ host: ctx.host, isKnownState: (c) => ctx.queries.statesByIso.has(c) });
  // A second browser tab's saves are merged into this one as they happen.
  ctx.host.onUserDataChanged?.((text) => store.receiveStored(text));
  const stateName = (iso3: string): string => ctx.queries.statesByIso.get(iso3)?.name ?? iso3;
  const tell = (change: Change<unknown>): void => {
    if (change.status !== 'saved') ctx.notify(change.error);
  };
  const layer = new AnnotationsLayer(map);
  const annotate = new AnnotateMode(map, store, layer, tell);
  const dialog = new ViewsDialog(ctx, store, { showAnnotation: (a) => annotate.show(a) });
  const notes = new StateNotesView(store, stateName);

  const viewsButton = h('button', { type: 'button', id: 'user-data-open', 'aria-haspopup': 'dialog', 'aria-controls': 'user-data-dialog', title: 'Saved views, annotations, notes; export and import' }, 'Views');
  viewsButton.addEventListener('click', () => dialog.open(viewsButton));
  const annotateButton = h('button', { type: 'button', id: 'annotate-toggle', 'aria-pressed': 'false', title: 'Place labels and arrows on the map' }, 'Annotate');
  annotateButton.addEventListener('click', () => annotate.setActive(!annotate.isActive));
  annotate.onToggle((active) => annotateButton.setAttribute('aria-pressed', String(active)));
  toolbar.append(h('span', { className: 'user-data-controls', role: 'group', 'aria-label': 'Your views and annotations' }, viewsButton, annotateButton));

  store.onChange(() => {
    if (dialog.element.open) dialog.refresh();
  });
  void store.load().then(({ message }) => {
    if (message) ctx.notify(message);
    dialog.refresh();
  });

  return {
    renderStateNotes: (container, iso3) => notes.render(container, iso3),
    annotationsGeoJSON: () => store.annotationsGeoJSON(),
    store,
    inspect: {
      isReady: () => store.isReady,
      annotations: () => store.annotations,
      sourceFeatures: () => layer.shown().features.map((f) => ({ kind: f.properties.kind, id: f.properties.id, text: f.properties.text })),
      rendered: () => layer.rendered(),
      project: (lng, lat) => {
        const p = map.project([lng, lat]);
        const rect = map.getCanvasContainer().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      },
    },
  };
}
