/**
 * Annotate mode: while it is on, a click on the map places a text label (typed into a small
 * inline form), two clicks with the Arrow tool — or a Shift-drag with either tool — draw an
 * arrow, a click on an annotation selects it (Delete removes it) and dragging one moves it.
 * A plain drag still pans the map and the wheel still zooms.
 *
 * The map's own click (which selects a state) and Shift-drag (box zoom) are held back while the
 * mode is on, by listening in the capture phase on the map's container.
 */
import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';
import { h } from '../dom/dom.js';
import type { AnnotationsLayer } from '../map/annotations-layer.js';
import { annotationMapFeatures, type Sketch } from './annotation-map-features.js';
import { USER_DATA_LIMITS, type Annotation } from './user-data-schema.js';
import type { AnnotationPlace, Change, UserDataStore } from './user-data-store.js';

export type AnnotateTool = 'label' | 'arrow';

/** A press that moves less than this (CSS px) before release is a click, not a drag. */
const CLICK_TOLERANCE_PX = 4;
/** Annotations are kept inside the latitudes the schema allows. */
const MAX_LAT = 85;
/** Zoom at which "Show" brings an annotation into view, unless the map is closer already. */
const SHOW_ZOOM = 4;

const HINTS: Record<AnnotateTool, string> = {
  label: 'Click the map to place a label. Shift-drag draws an arrow. Click an annotation to select it; drag it to move it.',
  arrow: 'Click where the arrow starts, then where it points (or Shift-drag). Click an annotation to select it; drag it to move it.',
};

type Point = { x: number; y: number };
type Place = { lng: number; lat: number };
type Drag =
  | { kind: 'arrow'; from: Point; fromPlace: Place; to: Point }
  | { kind: 'move'; id: string; from: Point; to: Point };

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('input, textarea, select') || target.isContentEditable);
}

export class AnnotateMode {
  /** The bar shown over the map while the mode is on (a MapLibre control). */
  readonly bar: HTMLElement;
  private active = false;
  private tool: AnnotateTool = 'label';
  private selected: string | null = null;
  private arrowStart: Place | null = null;
  private hover: Place | null = null;
  private drag: Drag | null = null;
  /** Where the last press began, to tell a click from a pan. */
  private pressedAt: Point | null = null;
  private swallowClick = false;
  private form: HTMLFormElement | null = null;
  private formPlace: Place | null = null;
  private readonly hint: HTMLElement;
  private readonly selection: HTMLElement;
  private readonly listeners = new Set<(active: boolean) => void>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: UserDataStore,
    private readonly layer: AnnotationsLayer,
    private readonly tell: (change: Change<unknown>) => void,
  ) {
    const tools = (['label', 'arrow'] as const).map((tool) => {
      const input = h('input', { type: 'radio', name: 'annotate-tool', id: `annotate-tool-${tool}`, value: tool, checked: tool === this.tool });
      input.addEventListener('change', () => {
        if (input.checked) this.setTool(tool);
      });
      return h('label', { for: input.id, className: 'annotate-tool' }, input, tool === 'label' ? ' Label' : ' Arrow');
    });
    this.hint = h('p', { className: 'annotate-hint', id: 'annotate-hint', 'aria-live': 'polite' }, HINTS.label);
    this.selection = h('div', { className: 'annotate-selection', id: 'annotate-selection', hidden: true });
    this.bar = h('div', { className: 'maplibregl-ctrl annotate-bar', id: 'annotate-bar', role: 'group', 'aria-label': 'Annotate the map', hidden: true },
      h('div', { className: 'annotate-row' },
        h('strong', {}, 'Annotate'),
        h('span', { role: 'radiogroup', 'aria-label': 'Tool', className: 'annotate-tools' }, ...tools),
        h('button', { type: 'button', id: 'annotate-at-centre', title: 'Place a label at the centre of the map (keyboard)', onclick: () => this.openLabelForm(this.centre()) }, 'Label at centre'),
        h('button', { type: 'button', id: 'annotate-done', onclick: () => this.setActive(false) }, 'Done'),
      ),
      this.hint,
      this.selection,
    );
    map.addControl({ onAdd: () => this.bar, onRemove: () => this.bar.remove() }, 'top-left');

    const container = map.getContainer();
    container.addEventListener('mousedown', (e) => this.onMouseDown(e), true);
    container.addEventListener('click', (e) => this.onClick(e), true);
    container.addEventListener('dblclick', (e) => {
      // Two quick clicks of the Arrow tool must not zoom the map.
      if (this.isOnMap(e)) e.stopPropagation();
    }, true);
    map.on('mousemove', (e) => this.onHover(e.point, e.lngLat));
    document.addEventListener('mousemove', (e) => this.onDragMove(e));
    document.addEventListener('mouseup', (e) => this.onDragEnd(e));
    document.addEventListener('keydown', (e) => this.onKey(e));
    store.onChange(() => {
      if (this.selected && !store.annotations.some((a) => a.id === this.selected)) this.select(null);
      this.redraw();
    });
    this.redraw();
  }

  get isActive(): boolean {
    return this.active;
  }

  onToggle(listener: (active: boolean) => void): void {
    this.listeners.add(listener);
  }

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.bar.hidden = !active;
    this.map.getContainer().classList.toggle('annotating', active);
    if (!active) {
      this.closeForm();
      this.arrowStart = null;
      this.drag = null;
      this.select(null);
    }
    this.updateHint();
    this.redraw();
    for (const listener of this.listeners) listener(active);
  }

  /** Brings an annotation into view and selects it (turning the mode on, so Delete works). */
  show(a: Annotation): void {
    this.setActive(true);
    const centre: [number, number] = a.kind === 'label' ? [a.lng, a.lat] : [(a.lng + a.toLng) / 2, (a.lat + a.toLat) / 2];
    this.map.flyTo({ center: centre, zoom: Math.max(this.map.getZoom(), SHOW_ZOOM) });
    this.select(a.id);
  }

  private setTool(tool: AnnotateTool): void {
    this.tool = tool;
    this.arrowStart = null;
    this.updateHint();
    this.redraw();
  }

  private updateHint(message?: string): void {
    this.hint.textContent = message ?? (this.arrowStart ? 'Now click where the arrow points (Escape cancels).' : HINTS[this.tool]);
  }

  private select(id: string | null): void {
    this.selected = id;
    const a = id ? this.store.annotations.find((x) => x.id === id) : undefined;
    this.selection.hidden = !a;
    if (a) {
      const text = a.kind === 'label' ? `Selected label “${a.text}”` : a.text ? `Selected arrow “${a.text}”` : 'Selected arrow';
      this.selection.replaceChildren(
        h('span', {}, text),
        h('button', { type: 'button', id: 'annotate-delete', onclick: () => this.removeSelected() }, 'Delete (Del)'),
      );
    } else {
      this.selection.replaceChildren();
    }
    this.redraw();
  }

  private removeSelected(): void {
    const id = this.selected;
    if (!id) return;
    this.select(null);
    void this.store.removeAnnotation(id).then((r) => this.tell(r));
  }

  /** What the layer draws now: the annotations, a moved one where it is being dragged, and the sketch. */
  private redraw(): void {
    let annotations: readonly Annotation[] = this.store.annotations;
    const drag = this.drag;
    if (drag?.kind === 'move') {
      const place = this.movedPlace(drag);
      if (place) annotations = annotations.map((a) => (a.id === drag.id ? { ...a, ...place } : a));
    }
    this.layer.show(annotationMapFeatures(annotations, this.selected, this.sketch()));
  }

  private sketch(): Sketch {
    if (this.drag?.kind === 'arrow') {
      const to = this.placeAt(this.drag.to);
      return { kind: 'line', lng: this.drag.fromPlace.lng, lat: this.drag.fromPlace.lat, toLng: to.lng, toLat: to.lat };
    }
    if (this.arrowStart && this.hover) return { kind: 'line', lng: this.arrowStart.lng, lat: this.arrowStart.lat, toLng: this.hover.lng, toLat: this.hover.lat };
    if (this.arrowStart) return { kind: 'point', ...this.arrowStart };
    if (this.formPlace) return { kind: 'point', ...this.formPlace };
    return null;
  }

  // Geometry

  private pointOf(e: MouseEvent): Point {
    const rect = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  private placeAt(point: Point): Place {
    const ll: LngLat = this.map.unproject([point.x, point.y]).wrap();
    return { lng: ll.lng, lat: Math.max(-MAX_LAT, Math.min(MAX_LAT, ll.lat)) };
  }

  private centre(): Point {
    const canvas = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: canvas.width / 2, y: canvas.height / 2 };
  }

  /** An annotation moved by a drag: every point shifted by the drag on screen. */
  private movedPlace(drag: Extract<Drag, { kind: 'move' }>): AnnotationPlace | null {
    const a = this.store.annotations.find((x) => x.id === drag.id);
    if (!a) return null;
    const shift = (lng: number, lat: number): Place => {
      const p = this.map.project([lng, lat]);
      return this.placeAt({ x: p.x + drag.to.x - drag.from.x, y: p.y + drag.to.y - drag.from.y });
    };
    const start = shift(a.lng, a.lat);
    if (a.kind === 'label') return { kind: 'label', ...start };
    const end = shift(a.toLng, a.toLat);
    return { kind: 'arrow', lng: start.lng, lat: start.lat, toLng: end.lng, toLat: end.lat };
  }

  // Events

  private isOnMap(e: Event): boolean {
    return this.active && e.target instanceof Node && this.map.getCanvasContainer().contains(e.target) && !(e.target instanceof Element && e.target.closest('.maplibregl-popup'));
  }

  private onMouseDown(e: MouseEvent): void {
    if (!this.isOnMap(e) || e.button !== 0) return;
    const point = this.pointOf(e);
    this.pressedAt = point;
    this.swallowClick = false;
    const hit = this.layer.pick(point);
    if (hit) {
      e.stopPropagation();
      e.preventDefault();
      this.select(hit);
      this.drag = { kind: 'move', id: hit, from: point, to: point };
    } else if (e.shiftKey) {
      // Shift-drag is MapLibre's box zoom; here it draws an arrow.
      e.stopPropagation();
      e.preventDefault();
      this.drag = { kind: 'arrow', from: point, fromPlace: this.placeAt(point), to: point };
    }
  }

  private onDragMove(e: MouseEvent): void {
    if (!this.drag) return;
    this.drag.to = this.pointOf(e);
    this.redraw();
  }

  private onDragEnd(e: MouseEvent): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = null;
    drag.to = this.pointOf(e);
    const dragged = distance(drag.from, drag.to) >= CLICK_TOLERANCE_PX;
    // A drag's release is followed by a click on the map; it was handled here.
    this.swallowClick = true;
    if (drag.kind === 'move' && dragged) {
      const place = this.movedPlace(drag);
      if (place) void this.store.moveAnnotation(drag.id, place).then((r) => this.tell(r));
    } else if (drag.kind === 'arrow' && dragged) {
      const to = this.placeAt(drag.to);
      void this.store.addAnnotation({ kind: 'arrow', text: '', ...drag.fromPlace, toLng: to.lng, toLat: to.lat }).then((r) => this.tell(r));
    } else if (drag.kind === 'arrow') {
      // A Shift-click without a drag is an ordinary click.
      this.swallowClick = false;
    }
    this.redraw();
  }

  private onClick(e: MouseEvent): void {
    if (!this.isOnMap(e)) return;
    // The map's own click would select a state under the annotation.
    e.stopPropagation();
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    const point = this.pointOf(e);
    if (this.pressedAt && distance(this.pressedAt, point) >= CLICK_TOLERANCE_PX) return; // a pan
    const hit = this.layer.pick(point);
    if (hit) {
      this.select(hit);
      return;
    }
    if (this.form) {
      this.closeForm();
      return;
    }
    if (this.selected) {
      this.select(null);
      return;
    }
    if (this.tool === 'label') {
      this.openLabelForm(point);
      return;
    }
    const place = this.placeAt(point);
    if (!this.arrowStart) {
      this.arrowStart = place;
    } else {
      const from = this.arrowStart;
      this.arrowStart = null;
      const fromPoint = this.map.project([from.lng, from.lat]);
      if (distance(fromPoint, point) >= CLICK_TOLERANCE_PX) {
        void this.store.addAnnotation({ kind: 'arrow', text: '', ...from, toLng: place.lng, toLat: place.lat }).then((r) => this.tell(r));
      }
    }
    this.updateHint();
    this.redraw();
  }

  private onHover(point: Point, lngLat: LngLat): void {
    if (!this.active) return;
    this.map.getContainer().classList.toggle('over-annotation', this.layer.pick(point) !== null);
    if (this.arrowStart) {
      const ll = lngLat.wrap();
      this.hover = { lng: ll.lng, lat: Math.max(-MAX_LAT, Math.min(MAX_LAT, ll.lat)) };
      this.redraw();
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.active || isTyping(e.target)) return;
    if ((e.key === 'Delete' || e.key === 'Backspace') && this.selected) {
      e.preventDefault();
      this.removeSelected();
    } else if (e.key === 'Escape') {
      if (this.arrowStart) {
        this.arrowStart = null;
        this.updateHint();
        this.redraw();
      } else if (this.selected) {
        this.select(null);
      }
    }
  }

  // The label form

  private openLabelForm(point: Point): void {
    this.closeForm();
    const place = this.placeAt(point);
    const input = h('input', { type: 'text', id: 'annotate-label-text', required: true, maxlength: USER_DATA_LIMITS.labelChars, autocomplete: 'off' });
    const error = h('p', { className: 'annotate-error', role: 'alert' });
    const form = h('form', { className: 'annotate-form', id: 'annotate-form', 'aria-label': 'New label' },
      h('label', { for: input.id }, 'Label text'),
      input,
      h('div', { className: 'annotate-form-actions' },
        h('button', { type: 'submit', id: 'annotate-label-add' }, 'Add label'),
        h('button', { type: 'button', id: 'annotate-label-cancel', onclick: () => this.closeForm() }, 'Cancel'),
      ),
      error,
    );
    form.style.left = `${Math.round(point.x)}px`;
    form.style.top = `${Math.round(point.y)}px`;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.store.addAnnotation({ kind: 'label', text: input.value, ...place }).then((r) => {
        if (r.status === 'invalid') {
          error.textContent = r.error;
          input.focus();
          return;
        }
        this.closeForm();
        this.tell(r);
      });
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.closeForm();
      }
    });
    this.form = form;
    this.formPlace = place;
    this.map.getContainer().append(form);
    this.redraw();
    input.focus();
  }

  private closeForm(): void {
    if (!this.form) return;
    const hadFocus = this.form.contains(document.activeElement);
    this.form.remove();
    this.form = null;
    this.formPlace = null;
    this.redraw();
    if (hadFocus) this.map.getCanvas().focus();
  }
}
