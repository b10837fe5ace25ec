/**
 * Map layer: the user's annotations — text labels and arrows — drawn above everything else from
 * one GeoJSON source, replaced with setData whenever they change. Text comes from feature
 * properties, so MapLibre draws it as text; nothing is parsed as markup. The arrowhead is a
 * triangle drawn in code (nothing fetched), turned along its arrow.
 */
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { LABEL_FONT, LABEL_FONT_BOLD } from './base-style.js';
import { addOnFirstNeed } from './when-map-loaded.js';
import type { MapFeatureProperties } from '../user-data/annotation-map-features.js';

export const ANNOTATIONS_SOURCE_ID = 'user-annotations';
export const ANNOTATION_LAYER_IDS = {
  arrowCasing: 'user-annotations-arrow-casing',
  arrow: 'user-annotations-arrow',
  arrowhead: 'user-annotations-arrowhead',
  arrowText: 'user-annotations-arrow-text',
  sketchPoint: 'user-annotations-sketch-point',
  label: 'user-annotations-label',
} as const;
/** Layers a click can pick an annotation from. */
export const PICKABLE_LAYER_IDS: readonly string[] = [ANNOTATION_LAYER_IDS.label, ANNOTATION_LAYER_IDS.arrow, ANNOTATION_LAYER_IDS.arrowhead, ANNOTATION_LAYER_IDS.arrowText];

export const ANNOTATION_COLOURS = { ink: '#1d232a', selected: '#0b5cad', halo: '#ffffff', sketch: '#0b5cad' } as const;
const ARROWHEAD_IMAGES = { ink: 'user-annotation-arrowhead', selected: 'user-annotation-arrowhead-selected' } as const;
/** The arrowhead image, in device pixels at ARROWHEAD_PIXEL_RATIO. */
const ARROWHEAD_SIZE = 36;
const ARROWHEAD_PIXEL_RATIO = 2;
/** How far from a click (in CSS pixels) an annotation is still picked. */
const PICK_TOLERANCE_PX = 6;

type Data = FeatureCollection<Point | LineString, MapFeatureProperties>;

/** A triangle pointing up (north), in one colour. */
function arrowheadImage(colour: string): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = ARROWHEAD_SIZE;
  canvas.height = ARROWHEAD_SIZE;
  // A software canvas: the image is read back at once, and a GPU-backed one (the default) costs a
  // context set-up and a read-back of 150–300 ms at start under SwiftShader (npm run bench).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = colour;
  ctx.strokeStyle = ANNOTATION_COLOURS.halo;
  ctx.lineWidth = ARROWHEAD_PIXEL_RATIO * 1.5;
  ctx.lineJoin = 'round';
  ctx.beginPath();
  ctx.moveTo(ARROWHEAD_SIZE / 2, ctx.lineWidth);
  ctx.lineTo(ARROWHEAD_SIZE * 0.88, ARROWHEAD_SIZE - ctx.lineWidth);
  ctx.lineTo(ARROWHEAD_SIZE * 0.12, ARROWHEAD_SIZE - ctx.lineWidth);
  ctx.closePath();
  ctx.stroke();
  ctx.fill();
  return ctx.getImageData(0, 0, ARROWHEAD_SIZE, ARROWHEAD_SIZE);
}

const colourBySelection: ExpressionSpecification = ['case', ['get', 'selected'], ANNOTATION_COLOURS.selected, ANNOTATION_COLOURS.ink];

export class AnnotationsLayer {
  private added = false;
  private data: Data = { type: 'FeatureCollection', features: [] };

  /**
   * `addNow`: add the layer at once (the style is known to be loaded) rather than on 'load'. The
   * source and its six layers are added only when there is something to draw: a start without
   * annotations compiles none of their shaders (npm run bench, cold start).
   */
  constructor(private readonly map: MapLibreMap, addNow = false) {
    this.requestAdd = addOnFirstNeed(map, () => this.add(), addNow);
  }

  private readonly requestAdd: () => void;

  /** Draws these features (see annotationMapFeatures); before the map has loaded, once it has. */
  show(data: Data): void {
    this.data = data;
    if (this.added) void this.map.getSource<GeoJSONSource>(ANNOTATIONS_SOURCE_ID)?.setData(data);
    else if (data.features.length > 0) this.requestAdd();
  }

  /** The features last given to the layer. */
  shown(): Data {
    return this.data;
  }

  /** The id of the annotation drawn at a point of the map (CSS pixels from its top left), or null. */
  pick(point: { x: number; y: number }): string | null {
    if (!this.added) return null;
    const box: [PointLike, PointLike] = [
      [point.x - PICK_TOLERANCE_PX, point.y - PICK_TOLERANCE_PX],
      [point.x + PICK_TOLERANCE_PX, point.y + PICK_TOLERANCE_PX],
    ];
    const hit = this.map.queryRenderedFeatures(box, { layers: [...PICKABLE_LAYER_IDS] }).find((f) => typeof f.properties.id === 'string' && f.properties.id !== '');
    return hit ? String(hit.properties.id) : null;
  }

  /** The annotations MapLibre actually drew, for tests: id, kind and text. */
  rendered(): { id: string; kind: string; text: string }[] {
    if (!this.added) return [];
    return this.map
      .queryRenderedFeatures({ layers: [ANNOTATION_LAYER_IDS.label, ANNOTATION_LAYER_IDS.arrow] })
      .map((f) => ({ id: String(f.properties.id), kind: String(f.properties.kind), text: String(f.properties.text) }));
  }

  private add(): void {
    for (const key of ['ink', 'selected'] as const) {
      if (!this.map.hasImage(ARROWHEAD_IMAGES[key])) this.map.addImage(ARROWHEAD_IMAGES[key], arrowheadImage(ANNOTATION_COLOURS[key]), { pixelRatio: ARROWHEAD_PIXEL_RATIO });
    }
    this.map.addSource(ANNOTATIONS_SOURCE_ID, { type: 'geojson', data: this.data });
    const source = ANNOTATIONS_SOURCE_ID;
    const ids = ANNOTATION_LAYER_IDS;
    // No beforeId: the user's marks go above every layer present when the map loads.
    this.map.addLayer({
      id: ids.arrowCasing,
      type: 'line',
      source,
      filter: ['match', ['get', 'kind'], ['arrow', 'sketch-line'], true, false],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': ANNOTATION_COLOURS.halo, 'line-width': 6, 'line-opacity': 0.9 },
    });
    this.map.addLayer({
      id: ids.arrow,
      type: 'line',
      source,
      filter: ['match', ['get', 'kind'], ['arrow', 'sketch-line'], true, false],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['case', ['==', ['get', 'kind'], 'sketch-line'], ANNOTATION_COLOURS.sketch, colourBySelection],
        'line-width': 2.5,
      },
    });
    this.map.addLayer({
      id: ids.arrowhead,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'kind'], 'arrowhead'],
      layout: {
        'icon-image': ['case', ['get', 'selected'], ARROWHEAD_IMAGES.selected, ARROWHEAD_IMAGES.ink],
        // The tip (top of the image) sits on the arrow's end and the image turns about it, so
        // the triangle lies back along the line.
        'icon-anchor': 'top',
        'icon-rotate': ['get', 'rotation'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    });
    this.map.addLayer({
      id: ids.arrowText,
      type: 'symbol',
      source,
      filter: ['all', ['==', ['get', 'kind'], 'arrow'], ['!=', ['get', 'text'], '']],
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['get', 'text'],
        'text-font': LABEL_FONT,
        'text-size': 12.5,
        'text-offset': [0, -0.9],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colourBySelection, 'text-halo-color': ANNOTATION_COLOURS.halo, 'text-halo-width': 1.6 },
    });
    this.map.addLayer({
      id: ids.sketchPoint,
      type: 'circle',
      source,
      filter: ['==', ['get', 'kind'], 'sketch-point'],
      paint: { 'circle-radius': 5, 'circle-color': ANNOTATION_COLOURS.sketch, 'circle-stroke-color': ANNOTATION_COLOURS.halo, 'circle-stroke-width': 2 },
    });
    this.map.addLayer({
      id: ids.label,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'kind'], 'label'],
      layout: {
        'text-field': ['get', 'text'],
        'text-font': LABEL_FONT_BOLD,
        'text-size': 14,
        'text-max-width': 14,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colourBySelection, 'text-halo-color': ANNOTATION_COLOURS.halo, 'text-halo-width': 2 },
    });
    this.added = true;
  }
}
