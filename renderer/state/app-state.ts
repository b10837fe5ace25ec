/**
 * The application state and its URL form. Everything a user can see is reproducible from the
 * hash: `#date=2016-06-30&orgs=SCO&state=KAZ&map=3/48/70`. Headless and unit-tested.
 */
import { CORE_ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { resolveAsOf, DATE_FORMS } from '../../geodata/src/resolve-as-of.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export type ViewMode = 'status' | 'count';
export type Projection = 'mercator' | 'globe';

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
}

export const DEFAULT_ORGS: OrgId[] = ['SCO'];
/** Iberia to Kamchatka. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [[-12, 8], [172, 72]];

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
  };
}

export interface ParseContext {
  today: IsoDay;
  isKnownState: (iso3: string) => boolean;
}

export interface ParsedHash {
  state: AppState;
  /** One specific sentence per ignored value: what was wrong and what was kept. */
  notices: string[];
}

const KNOWN_KEYS = ['date', 'compare', 'orgs', 'state', 'map', 'table', 'projection', 'mode'];

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
  for (const key of new Set(params.keys())) {
    if (!KNOWN_KEYS.includes(key)) notices.push(`Unknown link parameter "${key}" was ignored.`);
  }

  const date = params.get('date');
  if (date !== null) {
    const r = resolveAsOf(date, ctx.today);
    if (r.ok) {
      state.day = r.day;
      state.dateInput = r.input;
    } else {
      notices.push(`Date ignored: ${r.error}. Showing ${state.day}.`);
    }
  }

  const compare = params.get('compare');
  if (compare !== null) {
    const r = resolveAsOf(compare, ctx.today);
    if (r.ok) state.compare = { day: r.day, input: r.input };
    else notices.push(`Comparison date ignored: ${r.error}.`);
  }

  const orgs = params.get('orgs');
  if (orgs !== null) {
    const wanted = orgs.split(',').map((o) => o.trim().toUpperCase()).filter((o) => o !== '');
    const valid = [...new Set(wanted.filter((o): o is OrgId => (CORE_ORG_IDS as readonly string[]).includes(o)))];
    const invalid = wanted.filter((o) => !(CORE_ORG_IDS as readonly string[]).includes(o));
    if (invalid.length > 0) {
      notices.push(`Unknown organisation${invalid.length > 1 ? 's' : ''} ${invalid.map((o) => `"${o}"`).join(', ')} ignored; known: ${CORE_ORG_IDS.join(', ')}.`);
    }
    if (valid.length > 0) state.orgs = valid;
    else if (invalid.length > 0) notices.push(`Showing ${state.orgs.join(', ')} instead.`);
  }

  const selected = params.get('state');
  if (selected !== null) {
    const code = selected.trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(code) && ctx.isKnownState(code)) state.selected = code;
    else notices.push(`Unknown state "${selected}" ignored; use an ISO 3166 alpha-3 code such as KAZ.`);
  }

  const map = params.get('map');
  if (map !== null) {
    const camera = parseCamera(map);
    if (camera) state.camera = camera;
    else notices.push(`Map position "${map}" ignored; use zoom/lat/lng, e.g. 3/48/70.`);
  }

  const table = params.get('table');
  if (table !== null) {
    if (table === '1' || table === '0') state.table = table === '1';
    else notices.push(`table="${table}" ignored; use table=1 or table=0.`);
  }

  const projection = params.get('projection');
  if (projection !== null) {
    if (projection === 'globe' || projection === 'mercator') state.projection = projection;
    else notices.push(`Projection "${projection}" ignored; use mercator or globe.`);
  }

  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'status' || mode === 'count') state.mode = mode;
    else notices.push(`View "${mode}" ignored; use status or count.`);
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

export function toHash(state: AppState): string {
  const parts: string[] = [`date=${state.dateInput}`];
  if (state.compare) parts.push(`compare=${state.compare.input}`);
  parts.push(`orgs=${state.orgs.join(',')}`);
  if (state.selected) parts.push(`state=${state.selected}`);
  if (state.camera) parts.push(`map=${round(state.camera.zoom, 2)}/${round(state.camera.lat, 3)}/${round(state.camera.lng, 3)}`);
  if (state.table) parts.push('table=1');
  if (state.projection !== 'mercator') parts.push(`projection=${state.projection}`);
  if (state.mode !== 'status') parts.push(`mode=${state.mode}`);
  return `#${parts.join('&')}`;
}

export { DATE_FORMS };
