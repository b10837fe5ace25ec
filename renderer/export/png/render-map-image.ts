/**
 * Draws the map for an export at the target pixel ratio with a hidden MapLibre map of the same
 * style and feature-state as the live one. Maps larger than the GPU allows are drawn tile by
 * tile (each tile a view of the same Mercator world, checked to be where it was asked to be)
 * and copied into one canvas; the pixel ratio is never lowered.
 */
import { DEFAULT_BORDERS_VIEW, type BordersView } from '../../state/borders-view.js';
import type { IsoDay } from '../../../geodata/src/partial-date.js';
import { AtlasMap, type StatusTable } from '../../map/atlas-map.js';
import { AnnotationsLayer } from '../../map/annotations-layer.js';
import { BasesLayer } from '../../map/bases-layer.js';
import { EventsLayer } from '../../map/events-layer.js';
import type { AtlasEvent, Base, OrgId } from '../../../geodata/src/schema.js';
import type { ExportOverlay } from '../export-options.js';
import { annotationMapFeatures } from '../../user-data/annotation-map-features.js';
import type { Annotation } from '../../user-data/user-data-schema.js';
import type { Projection, ViewMode } from '../../state/app-state.js';
import { gpuLimits } from './gpu-limits.js';
import { exportCamera, FRAME_PADDING, mercatorLngLat, mercatorPoint, type LngLatBounds } from '../layout/mercator-camera.js';
import { tilePlan } from './tile-plan.js';

export interface MapImageRequest {
  geodataUrl: string;
  /** Every state of the registry, so each gets its fill and Soviet flag set. */
  stateIds?: readonly string[];
  /** The user's labels and arrows, drawn with the live map's annotation layer. */
  annotations?: readonly Annotation[];
  /** Bases and events drawn with the live map's overlay layers. */
  overlays?: { bases: readonly Base[]; events: readonly AtlasEvent[]; show: readonly ExportOverlay[]; eventYears: number };
  statuses: StatusTable;
  orgs: readonly OrgId[];
  mode: ViewMode;
  day: IsoDay;
  sovietUnion: boolean;
  disputed: readonly { id: string; from: string | null; to: string | null; control?: string }[];
  /** Contested borders: internationally recognised (default) or de facto control. */
  bordersView?: BordersView;
  /** The trade lens: one fill (and hatch) per state instead of the membership colours. */
  fills?: ReadonlyMap<string, { fill: string; hatch: boolean }>;
  projection: Projection;
  frame: LngLatBounds;
  deviceWidth: number;
  deviceHeight: number;
  ratio: number;
  /** Draw in tiles no larger than this even if the GPU allows more (tests the tiling on any GPU). */
  maxTile?: number;
}

export interface MapImage {
  canvas: HTMLCanvasElement;
  tiles: number;
  maxTile: number;
  /** The Mercator camera of the whole map (null for the globe). */
  camera: { lng: number; lat: number; zoom: number } | null;
  /** States whose name MapLibre placed (its collision pass drops crowded ones). */
  labelled: Set<string>;
}

/** The live map's state-name layer (base-style.ts). */
const STATE_LABEL_LAYER = 'state-label';

/** How far (CSS pixels) a tile may sit from where it was asked to be before the export fails. */
const TILE_TOLERANCE = 0.5;

export class MapExportError extends Error {
  override name = 'MapExportError';
}

function hiddenContainer(width: number, height: number): HTMLDivElement {
  const div = document.createElement('div');
  div.className = 'export-offscreen-map';
  div.setAttribute('aria-hidden', 'true');
  div.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;visibility:hidden;pointer-events:none;z-index:-1;`;
  document.body.append(div);
  return div;
}

export async function renderMapImage(request: MapImageRequest): Promise<MapImage> {
  const { deviceWidth, deviceHeight, ratio } = request;
  const limits = gpuLimits();
  const maxTile = Math.min(limits.maxTile, request.maxTile ?? Infinity);
  const plan = tilePlan(deviceWidth, deviceHeight, ratio, maxTile);
  if (request.projection === 'globe' && plan.tiles.length > 1) {
    throw new MapExportError(
      `A ${deviceWidth} × ${deviceHeight} px globe exceeds the ${maxTile} px this GPU can draw at once, and the globe cannot be drawn in tiles; choose Mercator, a smaller size or a lower DPI`,
    );
  }
  const cssWidth = deviceWidth / ratio;
  const cssHeight = deviceHeight / ratio;
  const camera = request.projection === 'mercator' ? exportCamera(request.frame, cssWidth, cssHeight) : null;
  const first = plan.tiles[0]!;
  const container = hiddenContainer(first.cssWidth, first.cssHeight);
  const atlasMap = new AtlasMap({
    container,
    geodataUrl: request.geodataUrl,
    camera: camera ? { lng: camera.lng, lat: camera.lat, zoom: camera.zoom } : null,
    projection: request.projection,
    preserveDrawingBuffer: true,
    interactive: false,
  });
  const map = atlasMap.map;
  try {
    await atlasMap.whenReady();
    // Overlay and annotation layers go in with the style, so their sources load with the borders
    // and the costly full-resolution frame is drawn once, with everything.
    const overlays = request.overlays;
    if (overlays && overlays.show.length > 0) {
      // The live map's layers (EventsLayer places itself under the bases), so markers look the same.
      new BasesLayer(map, overlays.bases, { stateName: (iso3) => iso3, addNow: true }).show(request.day, overlays.show.includes('bases'));
      new EventsLayer(map, overlays.events, true).show(request.day, overlays.show.includes('events'), overlays.eventYears);
    }
    if (request.annotations && request.annotations.length > 0) new AnnotationsLayer(map, true).show(annotationMapFeatures(request.annotations, null, null));
    // Let every tile arrive at the screen's ratio first: at 300 DPI each frame is costly, and
    // drawing one per arriving tile in software rendering tripled the export time.
    await atlasMap.whenLoaded();
    map.setPixelRatio(ratio);
    if (request.stateIds) atlasMap.setStateIds(request.stateIds);
    if (request.fills) atlasMap.showFills(request.fills, request.stateIds ?? []);
    else atlasMap.showStatuses(request.statuses, request.orgs, request.mode, request.sovietUnion);
    atlasMap.setBordersView(request.bordersView ?? DEFAULT_BORDERS_VIEW);
    atlasMap.showDisputedOn(request.day, request.disputed);
    const labelled = new Set<string>();
    const out = document.createElement('canvas');
    out.width = deviceWidth;
    out.height = deviceHeight;
    const ctx = out.getContext('2d');
    if (!ctx) throw new MapExportError(`The browser refused a ${deviceWidth} × ${deviceHeight} px canvas for the export`);
    const topLeft = camera ? (({ x, y }) => ({ x: x - cssWidth / 2, y: y - cssHeight / 2 }))(mercatorPoint(camera.lng, camera.lat, camera.zoom)) : null;
    for (const [index, tile] of plan.tiles.entries()) {
      container.style.width = `${tile.cssWidth}px`;
      container.style.height = `${tile.cssHeight}px`;
      map.resize();
      if (camera && topLeft) {
        const centre = mercatorLngLat(topLeft.x + tile.centreX, topLeft.y + tile.centreY, camera.zoom);
        map.jumpTo({ center: [centre.lng, centre.lat], zoom: camera.zoom });
        const actual = mercatorPoint(map.getCenter().lng, map.getCenter().lat, camera.zoom);
        const wanted = mercatorPoint(centre.lng, centre.lat, camera.zoom);
        if (Math.hypot(actual.x - wanted.x, actual.y - wanted.y) > TILE_TOLERANCE || Math.abs(map.getZoom() - camera.zoom) > 1e-6) {
          throw new MapExportError(`Map tile ${index + 1} of ${plan.tiles.length} could not be placed where it belongs (the map kept the view inside the world); choose a smaller area or size`);
        }
      } else {
        map.fitBounds(request.frame, { padding: FRAME_PADDING, duration: 0 });
      }
      await atlasMap.whenIdle();
      for (const f of map.queryRenderedFeatures({ layers: [STATE_LABEL_LAYER] })) {
        const iso3 = f.properties?.['iso3'];
        if (typeof iso3 === 'string') labelled.add(iso3);
      }
      const canvas = map.getCanvas();
      // MapLibre sizes its canvas to round(css × ratio) (Map._resizeCanvas).
      const expected = [Math.round(tile.cssWidth * ratio), Math.round(tile.cssHeight * ratio)];
      if (canvas.width < tile.deviceWidth || canvas.height < tile.deviceHeight || canvas.width !== expected[0] || canvas.height !== expected[1]) {
        throw new MapExportError(
          `The map canvas is ${canvas.width} × ${canvas.height} px where ${expected[0]} × ${expected[1]} px were needed for ${ratio.toFixed(3)}× (tile limit ${maxTile} px); the export was stopped rather than drawn at a lower resolution`,
        );
      }
      ctx.drawImage(canvas, 0, 0, tile.deviceWidth, tile.deviceHeight, tile.deviceX, tile.deviceY, tile.deviceWidth, tile.deviceHeight);
    }
    return { canvas: out, tiles: plan.tiles.length, maxTile, camera, labelled };
  } finally {
    map.remove();
    container.remove();
  }
}
