/**
 * The vector map: one <path> per state with its ISO code and its status in each shown
 * organisation as data attributes, filled with the same colours as the live map; hatching
 * for suspended statuses and disputed areas, a graticule, and state labels as real text.
 * Pure: borders, statuses and a text measure in, SVG markup out.
 */
import { ussrPhasesOn } from './soviet-union.js';
import { geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import { holdsOn, type IsoDay } from '../../../geodata/src/partial-date.js';
import type { OrgId, Status } from '../../../geodata/src/schema.js';
import { fillFor, type StatusTable } from '../../map/fill-for.js';
import { BASE_COLOURS, ORG_COLOURS, STATUS_LABELS, badgeFill } from '../../map/palette.js';
import type { ViewMode } from '../../state/app-state.js';
import type { BorderData } from './border-data.js';
import { bordersOn } from './borders-on.js';
import { controlFill, type BordersView } from '../../state/borders-view.js';
import { escapeXml } from './escape-xml.js';
import { svgAnnotations } from './svg-annotations.js';
import type { MapMarker } from '../export-overlays.js';
import type { Annotation } from '../../user-data/user-data-schema.js';
import type { VectorProjection } from '../export-options.js';
import type { Rect } from '../layout/export-layout.js';
import type { LngLatBounds } from '../layout/mercator-camera.js';
import type { MultiPoint } from 'geojson';
import { rewindForD3 } from './rewind-for-d3.js';
import { EXPORT_FONT_FAMILY, type MeasureText } from '../layout/text-measure.js';
import { vectorProjection } from './vector-projection.js';
import { stateLabels, svgStateLabels, USSR_LABEL_ID } from './svg-state-labels.js';
import { zoomStops } from './zoom-stops.js';

export interface SvgMapInput {
  borders: BorderData;
  statuses: StatusTable;
  orgs: readonly OrgId[];
  mode: ViewMode;
  day: IsoDay;
  /** Contested borders: internationally recognised (default) or de facto control. */
  bordersView?: BordersView;
  /** The trade lens: one fill (and hatch) per state instead of the membership colours. */
  fills?: ReadonlyMap<string, { fill: string; hatch: boolean }>;
  /** Before the USSR's dissolution its republics are drawn as one state. */
  sovietUnion: boolean;
  sovietRepublics: ReadonlySet<string>;
  projection: VectorProjection;
  frame: LngLatBounds;
  /** The states the map is about, fitted instead of the frame's outline (statusFocus). */
  focus?: MultiPoint | null;
  rect: Rect;
  measure: MeasureText;
  /** Prefix for ids, so two maps can share one HTML document. */
  idPrefix?: string;
  /** Areas drawn over the map (the legend) where no label may go. */
  avoid?: readonly Rect[];
  /** The user's own labels and arrows, drawn on top. */
  annotations?: readonly Annotation[];
  /** Base and event markers (exportOverlays), drawn under the labels as on the live map. */
  markers?: readonly MapMarker[];
}

export interface SvgMapLayer {
  defs: string;
  body: string;
  /** States with a path in the map, in drawing order. */
  drawnStates: string[];
}

/** Path coordinates to 0.1 user unit (0.03 mm on paper): precise, and keeps the file small. */
const PATH_DIGITS = 1;
const BORDER_WIDTH = 0.5;
const GRATICULE_STEP: [number, number] = [10, 10];
/** Overlap-view badges, as the live map draws them (atlas-map.ts, base-style.ts). */
const BADGE_SPACING = 12;
const BADGE_OFFSET_Y = 14;
const BADGE_RADIUS_STOPS: [number, number][] = [[1, 3], [4, 5.5], [7, 7]];
const BADGE_STROKE_STOPS: [number, number][] = [[1, 1.2], [5, 2]];

/** The web-map zoom that matches a d3 projection's scale (radius in user units). */
export function equivalentZoom(projection: GeoProjection): number {
  return Math.log2((2 * Math.PI * projection.scale()) / 512);
}

export function statusAttributes(statuses: Partial<Record<OrgId, Status>>, orgs: readonly OrgId[]): string {
  const shown = orgs.filter((o) => statuses[o] !== undefined);
  const parts = shown.map((o) => ` data-${o.toLowerCase()}="${statuses[o]!}"`);
  const summary = shown.map((o) => `${o}:${statuses[o]!}`).join(' ');
  return `${summary ? ` data-status="${summary}"` : ''}${parts.join('')}`;
}

function activeOn(day: IsoDay, area: { from: string | null; to: string | null }): boolean {
  return holdsOn(area, day);
}

function inRect([x, y]: [number, number], rect: Rect): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

export function hatchPatterns(prefix: string): string {
  const pattern = (id: string, colour: string, opacity: number, width: number) =>
    `<pattern id="${prefix}${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="5" stroke="${colour}" stroke-opacity="${opacity}" stroke-width="${width}"/></pattern>`;
  return pattern('hatch-suspended', '#282828', 0.75, 1.1) + pattern('hatch-disputed', '#464646', 0.55, 0.8);
}

export function svgMapLayer(dayInput: SvgMapInput): SvgMapLayer {
  // The states and labels of the day (historical states over their units), as the live map draws them.
  const input: SvgMapInput = { ...dayInput, borders: bordersOn(dayInput.borders, dayInput.day) };
  const prefix = input.idPrefix ?? '';
  const { rect } = input;
  const projection = vectorProjection(input.projection, input.frame, rect, 0, input.focus ?? null);
  const path = geoPath(projection).digits(PATH_DIGITS);
  const clipId = `${prefix}map-clip`;
  const defs = `<clipPath id="${clipId}"><rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}"/></clipPath>${hatchPatterns(prefix)}`;

  const graticule = path(geoGraticule().step(GRATICULE_STEP)()) ?? '';

  const stateParts: string[] = [];
  const hatchParts: string[] = [];
  const drawnStates: string[] = [];
  const names = new Map<string, string>();
  for (const feature of input.borders.countries.features) {
    const iso3 = feature.properties.iso3;
    names.set(iso3, feature.properties.name);
    const d = path(rewindForD3(feature.geometry));
    if (!d) continue;
    const statuses = input.statuses.get(iso3) ?? {};
    const lensFill = input.fills?.get(iso3);
    const fill = input.fills ? (lensFill?.fill ?? BASE_COLOURS.land) : fillFor(statuses, input.orgs, input.mode);
    const soviet = input.sovietUnion && input.sovietRepublics.has(iso3);
    const described = input.orgs.map((o) => `${o}: ${statuses[o] ? STATUS_LABELS[statuses[o]] : 'no status'}`).join('; ');
    stateParts.push(
      `<path id="${prefix}state-${iso3}" data-state="${iso3}"${statusAttributes(statuses, input.orgs)} fill="${fill}"${soviet ? ' stroke="none"' : ''} d="${d}">` +
        `<title>${escapeXml(`${feature.properties.name} — ${described}`)}</title></path>`,
    );
    drawnStates.push(iso3);
    // As the live map: hatching only in the status view of a single organisation.
    if (input.fills ? lensFill?.hatch === true : input.mode === 'status' && input.orgs.length === 1 && statuses[input.orgs[0]!] === 'suspended') {
      hatchParts.push(`<path data-hatch-of="${iso3}" fill="url(#${prefix}hatch-suspended)" d="${d}"/>`);
    }
  }

  // The de facto view: each contested area in the colour of whoever holds it, under the hatching.
  const controlParts = input.bordersView === 'defacto'
    ? input.borders.disputed.features.flatMap((f) => {
        const fill = activeOn(input.day, f.properties) ? controlFill(f.properties.control, (code) => fillFor(input.statuses.get(code) ?? {}, input.orgs, input.mode), BASE_COLOURS.land) : null;
        const d = fill ? path(rewindForD3(f.geometry)) : null;
        return d ? [`<path data-control-of="${escapeXml(f.properties.id)}" data-control="${escapeXml(f.properties.control ?? '')}" fill="${fill}" d="${d}"/>`] : [];
      })
    : [];
  const disputedParts = input.borders.disputed.features
    .filter((f) => activeOn(input.day, f.properties))
    .map((f) => {
      const d = path(rewindForD3(f.geometry));
      return d ? `<path data-disputed="${escapeXml(f.properties.id)}" d="${d}"><title>${escapeXml(`${f.properties.name}: ${f.properties.note}`)}</title></path>` : '';
    })
    .filter((p) => p !== '');

  let ussr = '';
  if (input.sovietUnion) {
    const d = ussrPhasesOn(input.borders, input.day).map((f) => path(rewindForD3(f.geometry)) ?? '').join('');
    if (d) ussr = `<g id="${prefix}ussr" inkscape:groupmode="layer" inkscape:label="Soviet Union"><path d="${d}" fill="none" stroke="${BASE_COLOURS.ussr}" stroke-width="1.6"/></g>`;
  }

  const zoom = equivalentZoom(projection);
  const badgeParts: string[] = [];
  const badgePoints: { id: string; x: number; y: number }[] = [];
  if (input.mode === 'count' || input.orgs.length > 1) {
    const r = zoomStops(BADGE_RADIUS_STOPS, zoom).toFixed(1);
    const strokeWidth = zoomStops(BADGE_STROKE_STOPS, zoom).toFixed(1);
    for (const f of input.borders.labels.features) {
      const { iso3 } = f.properties;
      const statuses = input.statuses.get(iso3);
      if (!statuses || iso3 === USSR_LABEL_ID || (input.sovietUnion && input.sovietRepublics.has(iso3))) continue;
      const p = projection(f.geometry.coordinates as [number, number]);
      if (!p || !inRect(p, rect)) continue;
      input.orgs.forEach((org, i) => {
        const status = statuses[org];
        if (!status) return;
        const cx = p[0] + (i - (input.orgs.length - 1) / 2) * BADGE_SPACING;
        badgePoints.push({ id: iso3, x: cx, y: p[1] + BADGE_OFFSET_Y });
        badgeParts.push(`<circle cx="${cx.toFixed(1)}" cy="${(p[1] + BADGE_OFFSET_Y).toFixed(1)}" r="${r}" fill="${badgeFill(org, status)}" stroke="${ORG_COLOURS[org]}" stroke-width="${strokeWidth}" data-badge-of="${iso3}" data-org="${org}" data-status="${status}"/>`);
      });
    }
  }

  const labels = stateLabels({ ...input, projection, zoom, avoid: input.avoid ?? [], keepVisible: badgePoints });
  const body =
    `<g id="${prefix}map" inkscape:groupmode="layer" inkscape:label="Map" clip-path="url(#${clipId})">` +
    `<rect id="${prefix}sea" x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="${BASE_COLOURS.sea}"/>` +
    `<path id="${prefix}graticule" d="${graticule}" fill="none" stroke="${BASE_COLOURS.graticule}" stroke-width="0.5"/>` +
    `<g id="${prefix}states" inkscape:groupmode="layer" inkscape:label="States" stroke="${BASE_COLOURS.border}" stroke-width="${BORDER_WIDTH}" stroke-linejoin="round">${stateParts.join('')}</g>` +
    `<g id="${prefix}suspended" inkscape:groupmode="layer" inkscape:label="Suspended (hatched)" stroke="none">${hatchParts.join('')}</g>` +
    (controlParts.length ? `<g id="${prefix}control" inkscape:groupmode="layer" inkscape:label="De facto control" stroke="none">${controlParts.join('')}</g>` : '') +
    `<g id="${prefix}disputed" inkscape:groupmode="layer" inkscape:label="Disputed areas" fill="url(#${prefix}hatch-disputed)" stroke="${BASE_COLOURS.disputed}" stroke-width="0.7" stroke-dasharray="2 1.5">${disputedParts.join('')}</g>` +
    ussr +
    `<g id="${prefix}badges" inkscape:groupmode="layer" inkscape:label="Badges (one per organisation)">${badgeParts.join('')}</g>` +
    svgMarkers(input.markers ?? [], projection, prefix) +
    svgStateLabels(labels, EXPORT_FONT_FAMILY, prefix) +
    svgAnnotations(input.annotations ?? [], projection, EXPORT_FONT_FAMILY) +
    `</g>` +
    `<rect x="${rect.x}" y="${rect.y}" width="${rect.width}" height="${rect.height}" fill="none" stroke="#9a958c" stroke-width="0.75"/>`;
  return { defs, body, drawnStates };
}

/** Marker radius in user units: the live map's marker size at its usual zoom. */
const MARKER_RADIUS = { base: 4.5, event: 3.5 } as const;
const MARKER_RING = { base: 1.3, event: 1 } as const;

/** Bases as circles with a white ring, events with a dark one; each names what it marks. */
function svgMarkers(markers: readonly MapMarker[], projection: GeoProjection, prefix: string): string {
  if (markers.length === 0) return '';
  const parts = markers.flatMap((m) => {
    const p = projection([m.lon, m.lat]);
    if (!p) return [];
    const data = m.kind === 'base' ? `data-base="${escapeXml(m.id)}" data-operator="${escapeXml(m.group)}"` : `data-event="${escapeXml(m.id)}" data-category="${escapeXml(m.group)}"`;
    const opacity = m.opacity < 1 ? ` fill-opacity="${m.opacity}"` : '';
    return [`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="${MARKER_RADIUS[m.kind]}" fill="${m.fill}"${opacity} stroke="${m.stroke}" stroke-width="${MARKER_RING[m.kind]}" ${data}><title>${escapeXml(m.title)}</title></circle>`];
  });
  return `<g id="${prefix}overlays" inkscape:groupmode="layer" inkscape:label="Bases and events">${parts.join('')}</g>`;
}
