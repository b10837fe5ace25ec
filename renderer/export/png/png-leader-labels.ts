/**
 * Names for the PNG's coloured states that MapLibre's collision pass left out (Armenia, the
 * Gulf states, Central Asia at a continental scale): each set off into free space with a leader
 * line, clear of the names MapLibre placed, the overlap-view badges and the boxes on the map.
 * Pure: label points, the camera and what was placed in; positioned labels (page units) out.
 */
import type { OrgId } from '../../../geodata/src/schema.js';
import type { StatusTable } from '../../map/atlas-map.js';
import type { Rect } from '../layout/export-layout.js';
import { landShare, type CoverageShape } from '../layout/map-coverage.js';
import { cameraProjection, type MercatorCamera } from '../layout/mercator-camera.js';
import { LINE_HEIGHT, placeLeaderLabels, wrapLabel, type LabelCandidate, type PlacedLabel } from '../layout/place-labels.js';
import { LABEL_LETTER_SPACING, LABEL_MAX_WIDTH_EM, LABEL_SIZE_STOPS, LEADER_LABEL_MAX, LEADER_LAND_PENALTY, STATUS_LABEL_MIN } from '../layout/state-label-style.js';
import type { MeasureText } from '../layout/text-measure.js';
import type { BorderData } from '../svg/border-data.js';
import { zoomStops } from '../svg/zoom-stops.js';

/** Overlap-view badges sit this far below a name (base-style.ts). */
const BADGE_OFFSET_Y = 14;

export interface PngLeaderLabelsInput {
  labels: BorderData['labels'];
  statuses: StatusTable;
  orgs: readonly OrgId[];
  /** States whose name MapLibre drew. */
  labelled: ReadonlySet<string>;
  camera: MercatorCamera;
  /** The map's rectangle on the page. */
  map: Rect;
  measure: MeasureText;
  /** Boxes drawn over the map (legend, overlay key). */
  avoid: readonly Rect[];
  /** Soviet republics are not named while the Union is drawn. */
  hidden?: ReadonlySet<string>;
  /** The states' outlines (wound for d3), so names go over the sea where they can. */
  shapes?: readonly CoverageShape[];
}

export function pngLeaderLabels(input: PngLeaderLabelsInput): PlacedLabel[] {
  const projection = cameraProjection(input.camera, input.map);
  const scale = zoomStops(LABEL_SIZE_STOPS, input.camera.zoom);
  const inMap = ([x, y]: [number, number]) => x >= input.map.x && x <= input.map.x + input.map.width && y >= input.map.y && y <= input.map.y + input.map.height;
  const drawn: Rect[] = [];
  const points: { id: string; x: number; y: number }[] = [];
  const missing: LabelCandidate[] = [];
  for (const f of input.labels.features) {
    const { iso3, name, size, area } = f.properties;
    if (input.hidden?.has(iso3)) continue;
    const p = projection(f.geometry.coordinates as [number, number]);
    if (!p || !inMap(p)) continue;
    const coloured = input.orgs.some((o) => input.statuses.get(iso3)?.[o] !== undefined);
    const fontSize = Math.round(size * scale * 10) / 10;
    const font = { size: fontSize, weight: 700 as const, letterSpacing: LABEL_LETTER_SPACING };
    if (input.labelled.has(iso3)) {
      const lines = wrapLabel(name.toUpperCase(), LABEL_MAX_WIDTH_EM * fontSize, font, input.measure);
      const width = Math.max(...lines.map((l) => input.measure(l, font)));
      const height = fontSize * LINE_HEIGHT * lines.length;
      drawn.push({ x: p[0] - width / 2, y: p[1] - height / 2, width, height });
    }
    if (!coloured) continue;
    points.push({ id: iso3, x: p[0], y: p[1] }, { id: iso3, x: p[0], y: p[1] + BADGE_OFFSET_Y });
    if (input.labelled.has(iso3)) continue;
    const leaderFont = { ...font, size: Math.min(LEADER_LABEL_MAX, Math.max(STATUS_LABEL_MIN, fontSize)) };
    missing.push({ id: iso3, lines: wrapLabel(name.toUpperCase(), LABEL_MAX_WIDTH_EM * leaderFont.size, leaderFont, input.measure), x: p[0], y: p[1], font: leaderFont, priority: area });
  }
  const placed = drawn.map((box, i) => ({ id: `drawn-${i}`, lines: [], x: box.x + box.width / 2, y: box.y + box.height / 2, font: { size: 0, weight: 400 as const }, priority: 0, box }));
  const land = input.shapes ? landShare(projection, input.map, input.shapes) : null;
  return placeLeaderLabels(missing, input.map, input.measure, placed, input.avoid, { points, ...(land ? { cost: (box: Rect) => land(box) * LEADER_LAND_PENALTY } : {}) });
}
