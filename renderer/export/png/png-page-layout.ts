/**
 * The layout of a PNG page: the shared export layout, with the map's coverage worked out for
 * the Mercator camera the hidden MapLibre map will use in each candidate rectangle, so the
 * legend and the overlay key land where the map shows none of the coloured states. The map's
 * rectangle is returned in device pixels too (whole pixels; the map canvas has exactly this size).
 */
import type { Projection } from '../../state/app-state.js';
import { exportLayout, type ExportLayout, type Rect } from '../layout/export-layout.js';
import type { LegendLayout } from '../layout/legend-layout.js';
import { mapCoverage, type CoverageShape } from '../layout/map-coverage.js';
import { cameraProjection, exportCamera, type LngLatBounds } from '../layout/mercator-camera.js';
import type { PageGeometry } from '../layout/page-geometry.js';
import type { MeasureText } from '../layout/text-measure.js';
import type { PageTexts } from '../svg/svg-document.js';

export interface PngPageLayoutInput {
  page: PageGeometry;
  texts: PageTexts;
  legend: LegendLayout;
  overlayKey: LegendLayout | null;
  projection: Projection;
  frame: LngLatBounds;
  shapes: readonly CoverageShape[];
  markers: readonly { lon: number; lat: number }[];
  measure: MeasureText;
}

export interface PngPageLayout {
  layout: ExportLayout;
  /** The map's rectangle in device pixels. */
  mapDevice: Rect;
}

export function pngPageLayout(input: PngPageLayoutInput): PngPageLayout {
  const { page, texts } = input;
  const coverage =
    input.projection === 'mercator'
      ? (rect: Rect) => {
          const camera = exportCamera(input.frame, rect.width, rect.height);
          const projection = cameraProjection(camera, rect);
          const [[w, s], [e, n]] = input.frame;
          const [x0, y0] = projection([w, n])!;
          const [x1, y1] = projection([e, s])!;
          const used = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
          return { grid: mapCoverage(projection, rect, input.shapes, input.markers), scale: 2 ** camera.zoom, used };
        }
      : undefined;
  const layout = exportLayout(
    { width: page.width, height: page.height, title: texts.title, asOf: texts.asOf, subtitle: texts.subtitle, legend: input.legend, overlayKey: input.overlayKey, attribution: texts.attribution, footerTexts: texts.footer, ...(coverage ? { coverage } : {}) },
    input.measure,
  );
  const x = Math.round(layout.map.x * page.scale);
  const y = Math.round(layout.map.y * page.scale);
  const width = Math.round((layout.map.x + layout.map.width) * page.scale) - x;
  const height = Math.round((layout.map.y + layout.map.height) * page.scale) - y;
  return { layout, mapDevice: { x, y, width, height } };
}
