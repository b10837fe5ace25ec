/**
 * State labels of the vector map, as real text. Every state with a status gets a label: on the
 * state where the name fits and nothing collides, otherwise set off into free space with a
 * leader line to its label point (Armenia, the Gulf states, Central Asia on a continental map).
 * Other states are labelled where there is room left, largest first, as on the live map.
 */
import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { StatusTable } from '../../map/atlas-map.js';
import { BASE_COLOURS } from '../../map/palette.js';
import type { Rect } from '../layout/export-layout.js';
import { LINE_HEIGHT, placeLabels, placeLeaderLabels, wrapLabel, type LabelCandidate, type PlacedLabel } from '../layout/place-labels.js';
import type { MeasureText } from '../layout/text-measure.js';
import { LABEL_HALO_WIDTH, LABEL_LETTER_SPACING, LABEL_MAX_WIDTH_EM, LABEL_SIZE_STOPS, LEADER_COLOUR, LEADER_DOT_RADIUS, LEADER_LABEL_MAX, LEADER_LAND_PENALTY, LEADER_WIDTH, STATUS_LABEL_MIN } from '../layout/state-label-style.js';
import { landShare, type CoverageShape } from '../layout/map-coverage.js';
import type { BorderData } from './border-data.js';
import { escapeXml } from './escape-xml.js';
import { rewindForD3 } from './rewind-for-d3.js';
import { zoomStops } from './zoom-stops.js';

const MIN_LABEL_SIZE = 6;
/** Territories smaller than this (km²) get a label only when they are coloured. */
const MIN_LABEL_AREA_KM2 = 2000;
/** A name may run this far past its state's width (as on the live map) before it is set off. */
const FIT_WIDTH = 1.5;
const FIT_HEIGHT = 2;
/** The Soviet Union's label feature in labels.geojson. */
export const USSR_LABEL_ID = 'SUN';
const USSR_LABEL_SIZE = 16;

export interface StateLabelsInput {
  borders: BorderData;
  statuses: StatusTable;
  orgs: readonly OrgId[];
  sovietUnion: boolean;
  sovietRepublics: ReadonlySet<string>;
  projection: GeoProjection;
  zoom: number;
  rect: Rect;
  measure: MeasureText;
  avoid: readonly Rect[];
  /** Points that set-off labels should leave visible (overlap-view badges). */
  keepVisible?: readonly { id: string; x: number; y: number }[];
}

/** The border file's states wound for d3, once per border file (rewinding measures every ring). */
const shapeCache = new WeakMap<BorderData['countries'], CoverageShape[]>();
function landShapes(countries: BorderData['countries']): CoverageShape[] {
  let shapes = shapeCache.get(countries);
  if (!shapes) {
    shapes = countries.features.map((f) => ({ geometry: rewindForD3(f.geometry), coloured: false }));
    shapeCache.set(countries, shapes);
  }
  return shapes;
}

export function stateLabels(input: StateLabelsInput): PlacedLabel[] {
  const { projection, rect, measure } = input;
  const scale = zoomStops(LABEL_SIZE_STOPS, input.zoom);
  const path = geoPath(projection);
  const extents = new Map(input.borders.countries.features.map((f) => [f.properties.iso3, f] as const));
  const onState: LabelCandidate[] = [];
  const setOff: LabelCandidate[] = [];
  const others: LabelCandidate[] = [];
  const points: { id: string; x: number; y: number }[] = [...(input.keepVisible ?? [])];
  for (const f of input.borders.labels.features) {
    const { iso3, name, size, area } = f.properties;
    const p = projection(f.geometry.coordinates as [number, number]);
    if (!p) continue;
    if (iso3 === USSR_LABEL_ID) {
      if (input.sovietUnion) onState.push({ id: iso3, lines: ['SOVIET UNION'], x: p[0], y: p[1], font: { size: USSR_LABEL_SIZE, weight: 700, letterSpacing: 0.2 }, priority: Infinity });
      continue;
    }
    if (input.sovietUnion && input.sovietRepublics.has(iso3)) continue;
    const coloured = input.orgs.some((o) => input.statuses.get(iso3)?.[o] !== undefined);
    if (area < MIN_LABEL_AREA_KM2 && !coloured) continue;
    let fontSize = Math.round(size * scale * 10) / 10;
    if (coloured) fontSize = Math.max(fontSize, STATUS_LABEL_MIN);
    else if (fontSize < MIN_LABEL_SIZE) continue;
    const font = { size: fontSize, weight: 700 as const, letterSpacing: LABEL_LETTER_SPACING };
    const lines = wrapLabel(name.toUpperCase(), LABEL_MAX_WIDTH_EM * fontSize, font, measure);
    const candidate = { id: iso3, lines, x: p[0], y: p[1], font, priority: area };
    if (!coloured) {
      others.push(candidate);
      continue;
    }
    if (!inRect(p, rect)) continue;
    points.push({ id: iso3, x: p[0], y: p[1] });
    const feature = extents.get(iso3);
    const [[x0, y0], [x1, y1]] = feature ? path.bounds(rewindForD3(feature.geometry)) : [[0, 0], [0, 0]];
    const width = Math.max(...lines.map((l) => measure(l, font)));
    const height = font.size * LINE_HEIGHT * lines.length;
    if (width <= (x1 - x0) * FIT_WIDTH && height <= (y1 - y0) * FIT_HEIGHT) onState.push(candidate);
    else {
      const leaderFont = { ...font, size: Math.min(font.size, LEADER_LABEL_MAX) };
      setOff.push({ ...candidate, font: leaderFont, lines: wrapLabel(name.toUpperCase(), LABEL_MAX_WIDTH_EM * leaderFont.size, leaderFont, measure) });
    }
  }
  const direct = placeLabels(onState, rect, measure, input.avoid);
  // A coloured state whose name collided on its state is set off too: no state with a status goes unnamed.
  const missed = onState.filter((c) => c.id !== USSR_LABEL_ID && !direct.some((d) => d.id === c.id));
  const land = landShare(projection, rect, landShapes(input.borders.countries));
  const leaders = placeLeaderLabels([...setOff, ...missed], rect, measure, direct, input.avoid, { points, cost: (box) => land(box) * LEADER_LAND_PENALTY });
  const taken = [...input.avoid, ...direct.map((d) => d.box), ...leaders.map((l) => l.box)];
  const rest = placeLabels(others, rect, measure, taken);
  return [...direct, ...leaders, ...rest];
}

function inRect([x, y]: [number, number], rect: Rect): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

/** The labels as SVG: leader lines (with a dot on the state) under the text, text with a halo. */
export function svgStateLabels(labels: readonly PlacedLabel[], fontFamily: string, prefix: string): string {
  const lines = labels
    .filter((l) => l.leader)
    .map((l) => {
      const { x1, y1, x2, y2 } = l.leader!;
      return `<g data-leader-of="${l.id}"><line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}"/><circle cx="${x1.toFixed(1)}" cy="${y1.toFixed(1)}" r="${LEADER_DOT_RADIUS}" fill="${LEADER_COLOUR}" stroke="none"/></g>`;
    });
  const texts = labels.map((l) => {
    const colour = l.id === USSR_LABEL_ID ? BASE_COLOURS.ussr : BASE_COLOURS.label;
    const lineHeight = l.font.size * LINE_HEIGHT;
    const firstBaseline = l.y - ((l.lines.length - 1) * lineHeight) / 2 + l.font.size * 0.35;
    const x = l.x.toFixed(1);
    const spans = l.lines.length === 1 ? escapeXml(l.lines[0]!) : l.lines.map((line, i) => `<tspan x="${x}"${i > 0 ? ` dy="${lineHeight.toFixed(1)}"` : ''}>${escapeXml(line)}</tspan>`).join('');
    return `<text x="${x}" y="${firstBaseline.toFixed(1)}" font-size="${l.font.size}" letter-spacing="${((l.font.letterSpacing ?? 0) * l.font.size).toFixed(2)}" fill="${colour}" data-label-of="${l.id}"${l.leader ? ' data-leader="true"' : ''}>${spans}</text>`;
  });
  return (
    (lines.length > 0 ? `<g id="${prefix}leaders" inkscape:groupmode="layer" inkscape:label="Leader lines" fill="none" stroke="${LEADER_COLOUR}" stroke-width="${LEADER_WIDTH}">${lines.join('')}</g>` : '') +
    `<g id="${prefix}labels" inkscape:groupmode="layer" inkscape:label="Labels" font-family="${fontFamily}" font-weight="700" text-anchor="middle" stroke="${BASE_COLOURS.labelHalo}" stroke-width="${LABEL_HALO_WIDTH}" stroke-linejoin="round" paint-order="stroke">${texts.join('')}</g>`
  );
}
