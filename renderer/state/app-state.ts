/**
 * The application state and its URL form. Everything a user can see is reproducible from the
 * hash: `#date=2016-06-30&orgs=SCO&state=KAZ&map=3/48/70&overlays=bases,events`. Headless and
 * unit-tested; `toHash` is the one URL writer (the `atlas` CLI builds its links with it too).
 */
import { DEFAULT_BORDERS_VIEW, isBordersView, type BordersView } from './borders-view.js';
import { ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { resolveAsOf, DATE_FORMS } from '../../geodata/src/resolve-as-of.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import { LENS_CHOICES, type LensChoice } from '../../geodata/src/trade-lens.js';

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export type ViewMode = 'status' | 'count';
export type Projection = 'mercator' | 'globe';

/** The overlay layers a link can switch on. */
export const OVERLAY_IDS = ['bases', 'events'] as const;
export type OverlayId = (typeof OVERLAY_IDS)[number];
export type OverlayToggles = Record<OverlayId, boolean>;

export interface AppState {
  /** The day shown, and the text the user gave for it ("2016" or "2016-06-30"). */
  day: IsoDay;
  dateInput: string;
  /** A second date for the compare view, or null. */
  compare: { day: IsoDay; input: string } | null;
  orgs: OrgId[];
  selected: string | null;
  camera: Camera | null;
  table: boolean;
  projection: Projection;
  mode: ViewMode;
  /** Which overlay layers are drawn over the map. */
  overlays: OverlayToggles;
  /** The trade lens (`mode=trade&partner=CHN`): states coloured by their trade with a partner, or null. */
  lens: LensChoice | null;
  /** The organisation panel (`#org=SCO`), or null. */
  org: OrgId | null;
  /** Contested borders: internationally recognised (default) or de facto control (`borders=defacto`). */
  borders: BordersView;
}

export const DEFAULT_ORGS: OrgId[] = ['SCO'];
export const DEFAULT_OVERLAYS: Readonly<OverlayToggles> = { bases: true, events: false };
/** Iberia to Kamchatka. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [[-12, 8], [172, 72]];
/** The zoom range of the atlas's maps: from the whole globe to a city's surroundings. */
export const MAP_MIN_ZOOM = 0.5;
export const MAP_MAX_ZOOM = 8;
/** A value quoted back in a notice is cut to this many characters. */
export const NOTICE_VALUE_CHARS = 40;
/** Unknown parameters named in full in their notice; the rest are counted. */
const UNKNOWN_KEYS_NAMED = 5;

export function defaultState(today: IsoDay): AppState {
  return {
    day: today,
    dateInput: today.slice(0, 4),
    compare: null,
    orgs: [...DEFAULT_ORGS],
    selected: null,
    camera: null,
    table: false,
    projection: 'mercator',
    mode: 'status',
    overlays: { ...DEFAULT_OVERLAYS },
    lens: null,
    org: null,
    borders: DEFAULT_BORDERS_VIEW,
  };
}

export interface ParseContext {
  today: IsoDay;
  isKnownState: (iso3: string) => boolean;
}

export interface ParsedHash {
  state: AppState;
  /** One specific sentence per problem: what was wrong and what was kept. */
  notices: string[];
}

const KNOWN_KEYS = ['date', 'compare', 'orgs', 'state', 'map', 'table', 'projection', 'mode', 'overlays', 'partner', 'org', 'borders'];

/** A value from the link as a notice quotes it: in quotes, cut short if long. */
export function quoted(value: string): string {
  const shown = value.length > NOTICE_VALUE_CHARS ? `${value.slice(0, NOTICE_VALUE_CHARS - 1)}…` : value;
  return `"${shown}"`;
}

/** `value` itself, or its cut form when too long to quote (the cut form is never a valid value). */
function clipped(value: string): string {
  return value.length > NOTICE_VALUE_CHARS ? `${value.slice(0, NOTICE_VALUE_CHARS - 1)}…` : value;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function parseHash(hash: string, ctx: ParseContext): ParsedHash {
  const state = defaultState(ctx.today);
  const notices: string[] = [];
  const text = hash.replace(/^#/, '');
  if (text.trim() === '') return { state, notices };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }
  const keys = [...params.keys()];
  const unknown = [...new Set(keys.filter((k) => !KNOWN_KEYS.includes(k)))];
  if (unknown.length === 1) notices.push(`Unknown link parameter ${quoted(unknown[0]!)} was ignored.`);
  else if (unknown.length > 1) {
    const named = unknown.slice(0, UNKNOWN_KEYS_NAMED).map(quoted);
    const rest = unknown.length - named.length;
    notices.push(`${unknown.length} unknown link parameters were ignored: ${listed(rest > 0 ? [...named, `${rest} more`] : named)}.`);
  }
  for (const key of KNOWN_KEYS) {
    const all = params.getAll(key);
    if (all.length > 1) notices.push(`The link gives "${key}" ${all.length} times; the first, ${quoted(all[0]!)}, was used.`);
  }

  const date = params.get('date');
  if (date !== null) {
    const r = resolveAsOf(clipped(date), ctx.today);
    if (r.ok) {
      state.day = r.day;
      state.dateInput = r.input;
    } else {
      notices.push(`Date ignored: ${r.error}. Showing ${state.day}.`);
    }
  }

  const compare = params.get('compare');
  if (compare !== null) {
    const r = resolveAsOf(clipped(compare), ctx.today);
    if (!r.ok) notices.push(`Comparison date ignored: ${r.error}.`);
    else if (r.day === state.day) notices.push(`Comparison date ${quoted(compare)} is the shown date itself; the comparison was not opened.`);
    else state.compare = { day: r.day, input: r.input };
  }

  const orgs = params.get('orgs');
  if (orgs !== null) {
    const wanted = orgs.split(',').map((o) => o.trim().toUpperCase()).filter((o) => o !== '');
    const valid = [...new Set(wanted.filter((o): o is OrgId => (ORG_IDS as readonly string[]).includes(o)))];
    const invalid = [...new Set(wanted.filter((o) => !(ORG_IDS as readonly string[]).includes(o)))];
    if (invalid.length > 0) {
      const named = invalid.slice(0, UNKNOWN_KEYS_NAMED).map(quoted);
      const rest = invalid.length - named.length;
      notices.push(`Unknown organisation${invalid.length > 1 ? 's' : ''} ${listed(rest > 0 ? [...named, `${rest} more`] : named)} ignored; known: ${ORG_IDS.join(', ')}.`);
    }
    if (valid.length > 0) state.orgs = valid;
    else if (invalid.length > 0) notices.push(`Showing ${state.orgs.join(', ')} instead.`);
    else notices.push(`The link names no organisation (orgs is empty); showing ${state.orgs.join(', ')}.`);
  }

  const selected = params.get('state');
  if (selected !== null) {
    const code = selected.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && ctx.isKnownState(code)) state.selected = code;
    else notices.push(`Unknown state ${quoted(selected)} ignored; use an ISO 3166 alpha-3 code such as KAZ.`);
  }

  const map = params.get('map');
  if (map !== null) {
    const camera = parseCamera(map);
    if (!camera) notices.push(`Map position ${quoted(map)} ignored; use zoom/lat/lng, e.g. 3/48/70.`);
    else {
      const zoom = Math.min(MAP_MAX_ZOOM, Math.max(MAP_MIN_ZOOM, camera.zoom));
      if (zoom !== camera.zoom) notices.push(`Zoom ${camera.zoom} is outside the map's range ${MAP_MIN_ZOOM} to ${MAP_MAX_ZOOM}; shown at ${zoom}.`);
      state.camera = { ...camera, zoom };
    }
  }

  const table = params.get('table');
  if (table !== null) {
    if (table === '1' || table === '0') state.table = table === '1';
    else notices.push(`table=${quoted(table)} ignored; use table=1 or table=0.`);
  }

  const projection = params.get('projection');
  if (projection !== null) {
    if (projection === 'globe' || projection === 'mercator') state.projection = projection;
    else notices.push(`Projection ${quoted(projection)} ignored; use mercator or globe.`);
  }

  const borders = params.get('borders');
  if (borders !== null) {
    if (isBordersView(borders)) state.borders = borders;
    else notices.push(`Borders ${quoted(borders)} ignored; use dejure (internationally recognised) or defacto (who holds the ground). Showing dejure.`);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'status' || mode === 'count') state.mode = mode;
    else if (mode === 'trade') {
      const partner = (params.get('partner') ?? 'CHN').trim().toUpperCase();
      if ((LENS_CHOICES as readonly string[]).includes(partner)) state.lens = partner as LensChoice;
      else {
        state.lens = 'CHN';
        notices.push(`Trade partner ${quoted(params.get('partner') ?? '')} ignored; use ${LENS_CHOICES.join(', ')}. Showing CHN.`);
      }
    } else notices.push(`View ${quoted(mode)} ignored; use status, count or trade.`);
  }
  if (params.get('partner') !== null && state.lens === null) notices.push('partner= applies only with mode=trade; ignored.');

  const org = params.get('org');
  if (org !== null) {
    const id = org.trim().toUpperCase();
    if ((ORG_IDS as readonly string[]).includes(id)) state.org = id as OrgId;
    else notices.push(`Organisation panel ${quoted(org)} not opened; known: ${ORG_IDS.join(', ')}.`);
  }

  const overlays = params.get('overlays');
  if (overlays !== null) {
    const wanted = overlays.split(',').map((o) => o.trim().toLowerCase()).filter((o) => o !== '');
    const invalid = [...new Set(wanted.filter((o) => !(OVERLAY_IDS as readonly string[]).includes(o)))];
    state.overlays = { bases: wanted.includes('bases'), events: wanted.includes('events') };
    if (invalid.length > 0) notices.push(`Unknown overlay${invalid.length > 1 ? 's' : ''} ${listed(invalid.slice(0, UNKNOWN_KEYS_NAMED).map(quoted))} ignored; known: ${OVERLAY_IDS.join(', ')}.`);
  }
  return { state, notices };
}

export function parseCamera(text: string): Camera | null {
  const parts = text.split('/');
  if (parts.length !== 3) return null;
  const [zoom, lat, lng] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN)) as [number, number, number];
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  return { zoom, lat, lng };
}

function round(n: number, digits: number): string {
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

/** The state as a link (`#date=…&orgs=…`); parseHash reads it back to the same state. */
export function toHash(state: AppState): string {
  const parts: string[] = [`date=${state.dateInput}`];
  if (state.compare) parts.push(`compare=${state.compare.input}`);
  parts.push(`orgs=${state.orgs.join(',')}`);
  if (state.selected) parts.push(`state=${state.selected}`);
  if (state.camera) parts.push(`map=${round(state.camera.zoom, 2)}/${round(state.camera.lat, 3)}/${round(state.camera.lng, 3)}`);
  if (state.table) parts.push('table=1');
  if (state.projection !== 'mercator') parts.push(`projection=${state.projection}`);
  if (state.borders !== DEFAULT_BORDERS_VIEW) parts.push(`borders=${state.borders}`);
  if (state.lens) parts.push(`mode=trade&partner=${state.lens}`);
  else if (state.mode !== 'status') parts.push(`mode=${state.mode}`);
  if (state.org) parts.push(`org=${state.org}`);
  if (OVERLAY_IDS.some((o) => state.overlays[o] !== DEFAULT_OVERLAYS[o])) parts.push(`overlays=${OVERLAY_IDS.filter((o) => state.overlays[o]).join(',')}`);
  return `#${parts.join('&')}`;
}

export { DATE_FORMS };
