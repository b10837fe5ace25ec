/**
 * Derives the atlas's borders, state registry and base-map layers from Natural Earth in
 * ../shared/data/naturalearth, and writes them with provenance into geodata/data.
 *
 *   npx tsx build/derive/derive-borders.ts
 *
 * Choices (see geodata/data/borders/provenance.json):
 * - 1:50m admin-0 countries for the world (Natural Earth 5.1, already cut at 180° so Chukotka
 *   does not smear across the map). Coordinates rounded to 4 decimals (about 11 m).
 * - Crimea is drawn as part of Ukraine (the internationally recognised border, UN GA res. 68/262)
 *   and overlaid as a disputed area; Natural Earth's default de facto view puts it in Russia.
 * - Disputed and breakaway areas come from the 1:10m disputed-areas layer (Natural Earth 4.0)
 *   and are drawn as an overlay, never cut out, so the 4.0/5.1 edge mismatch leaves no holes.
 * - The USSR (before 26 December 1991) is the dissolve of its 15 republics (@turf/turf union).
 * - Other historical states (Yugoslavia and its successors, Czechoslovakia, Ethiopia with Eritrea,
 *   Sudan with South Sudan, Serbia with Kosovo) are dissolves of their units for the dates in
 *   geodata/data/unions.json (borders/history.geojson); territories whose status changed (East
 *   Timor, Kosovo) join the disputed-areas overlay with their dates; labels that follow
 *   sovereignty (Hong Kong, Macao) and the labels of units inside a union carry their dates.
 * - Lakes (1:50m, scalerank ≤ LAKE_MAX_RANK) are water; major rivers (scalerank ≤ RIVER_MAX_RANK)
 *   are drawn from zoom RIVER_MIN_ZOOM; the Aral Sea's historic extent is kept as an outline.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { SOVIET_REPUBLICS, USSR_DISSOLVED } from '../../geodata/src/soviet-union.js';
import { drawnFrom, isOutlineUnion, unionsFileSchema } from '../../geodata/src/unions.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position, Geometry, LineString } from 'geojson';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NE_DIR = join(ROOT, '..', 'shared', 'data', 'naturalearth');
const OUT = process.env.ATLAS_DERIVE_OUT ?? join(ROOT, 'geodata', 'data');
const COORD_DECIMALS = 4;
const GRATICULE_STEP = 10;
const UNIONS = join(ROOT, 'geodata', 'data', 'unions.json');
/** Natural Earth lake scalerank kept: 0–6 keeps Baikal, Balkhash, Issyk-Kul, Ladoga, Onega, Sevan, Van, … */
const LAKE_MAX_RANK = 6;
/** Water is kept where the atlas looks (Europe, Africa, Asia): west, south, east, north in degrees. */
const WATER_BBOX: [number, number, number, number] = [-30, -40, 180, 85];
const inWaterBbox = (g: Geometry): boolean => {
  const [w, s, e, n] = turf.bbox(g);
  return e >= WATER_BBOX[0] && w <= WATER_BBOX[2] && n >= WATER_BBOX[1] && s <= WATER_BBOX[3];
};
/** Rivers kept: the major ones (scalerank 0–4), drawn from this zoom on. */
const RIVER_MAX_RANK = 4;
const RIVER_MIN_ZOOM = 3;

type Props = Record<string, unknown>;
type Area = Feature<Polygon | MultiPolygon, Props>;


/** The atlas's own names where Natural Earth abbreviates or uses a long form. */
const NAME_OVERRIDES: Record<string, string> = {
  CHN: 'China', CZE: 'Czechia', TLS: 'Timor-Leste', CIV: "Côte d'Ivoire", CPV: 'Cabo Verde', MAC: 'Macao',
  RUS: 'Russia', KOR: 'South Korea', PRK: 'North Korea', SYR: 'Syria', LAO: 'Laos', VNM: 'Vietnam',
  IRN: 'Iran', MDA: 'Moldova', BRN: 'Brunei', GMB: 'Gambia', BHS: 'Bahamas',
};
/** Local (endonym) names for the states users search most in this atlas. */
const LOCAL_NAMES: Record<string, string> = {
  RUS: 'Россия', KAZ: 'Қазақстан', KGZ: 'Кыргызстан', TJK: 'Тоҷикистон', UZB: 'Oʻzbekiston', TKM: 'Türkmenistan',
  ARM: 'Հայաստան', AZE: 'Azərbaycan', GEO: 'საქართველო', BLR: 'Беларусь', UKR: 'Україна', MDA: 'Moldova',
  CHN: '中国', MNG: 'Монгол Улс', IND: 'भारत', PAK: 'پاکستان', IRN: 'ایران', AFG: 'افغانستان', TUR: 'Türkiye',
};
const CAPITAL_OVERRIDES: Record<string, string> = { UKR: 'Kyiv', KAZ: 'Astana' };

/** Disputed / breakaway areas the atlas marks, keyed by Natural Earth BRK_A3. */
/**
 * `control`: who holds the area on the ground, for the de facto view — a state's code (Crimea: Russia)
 * or 'self' (a breakaway or occupied area outside its state's control, drawn as no one's). Areas
 * without it are drawn alike in both views (Natural Earth's polygons already follow the lines of control).
 */
const DISPUTED: Record<string, { name: string; kind: string; note: string; from?: string; to?: string; control?: string }> = {
  B89: { name: 'Crimea', kind: 'occupied', note: 'Ukrainian territory annexed by Russia in March 2014; not recognised by the UN General Assembly (res. 68/262)', from: '2014-03-18', control: 'RUS' },
  B35: { name: 'Abkhazia', kind: 'breakaway', note: 'Breakaway region of Georgia; recognised by Russia since 26 August 2008', from: '1992-08', control: 'self' },
  B37: { name: 'South Ossetia', kind: 'breakaway', note: 'Breakaway region of Georgia; recognised by Russia since 26 August 2008', from: '1991-12', control: 'self' },
  B36: { name: 'Transnistria', kind: 'breakaway', note: 'Breakaway region of Moldova, self-administered since 1992 with Russian troops present', from: '1992', control: 'self' },
  B38: { name: 'Nagorno-Karabakh', kind: 'breakaway', note: 'Breakaway region of Azerbaijan until Azerbaijan retook it in September 2023; the self-declared republic dissolved on 1 January 2024', from: '1991-12', to: '2024-01-01', control: 'self' },
  B90: { name: 'Donbas (Russian-held parts)', kind: 'occupied', note: 'Parts of Donetsk and Luhansk oblasts of Ukraine held by Russia-backed forces from 2014 and claimed as annexed by Russia in 2022', from: '2014-04', control: 'self' },
  B05: { name: 'Jammu and Kashmir', kind: 'disputed', note: 'Administered by India; claimed by Pakistan' },
  B08: { name: 'Gilgit-Baltistan', kind: 'disputed', note: 'Administered by Pakistan; claimed by India' },
  B09: { name: 'Azad Kashmir', kind: 'disputed', note: 'Administered by Pakistan; claimed by India' },
  B45: { name: 'Siachen Glacier', kind: 'disputed', note: 'Held by India; claimed by Pakistan' },
  B07: { name: 'Aksai Chin', kind: 'disputed', note: 'Administered by China; claimed by India' },
  B06: { name: 'Shaksgam Valley', kind: 'disputed', note: 'Administered by China (ceded by Pakistan in 1963); claimed by India' },
  B00: { name: 'Arunachal Pradesh', kind: 'disputed', note: 'Administered by India; claimed by China' },
  B01: { name: 'Tirpani Valleys', kind: 'disputed', note: 'Administered by India; claimed by China' },
  B02: { name: 'Bara Hotii Valleys', kind: 'disputed', note: 'Administered by India; claimed by China' },
  B03: { name: 'Demchok', kind: 'disputed', note: 'Administered by India; claimed by China' },
  B04: { name: 'Samdu Valleys', kind: 'disputed', note: 'Administered by India; claimed by China' },
  B29: { name: 'Southern Kuril Islands', kind: 'disputed', note: 'Administered by Russia; claimed by Japan' },
  B40: { name: 'Baikonur', kind: 'lease', note: 'Kazakh territory leased to Russia for the Baikonur Cosmodrome (lease agreement 1994, extended to 2050)' },
};

/** States with no Natural Earth polygon of their own today; unions.json gives the dates of those it draws. */
const HISTORIC_STATES: Record<string, unknown>[] = [
  { iso3: 'CSK', name: 'Czechoslovakia', region: 'Eastern Europe' },
  { iso3: 'YUG', name: 'Yugoslavia (SFR)', region: 'Southern Europe' },
  { iso3: 'SCG', name: 'Serbia and Montenegro', region: 'Southern Europe' },
  { iso3: 'ANT', name: 'Netherlands Antilles', to: '2010-10-10', region: 'Caribbean' },
  { iso3: 'GIB', name: 'Gibraltar', region: 'Southern Europe' },
];

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function roundCoords(geometry: Geometry): Geometry {
  const f = 10 ** COORD_DECIMALS;
  const r = (p: Position): Position => [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
  const ring = (ps: Position[]): Position[] => {
    const out: Position[] = [];
    for (const p of ps.map(r)) {
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map(ring).filter((x) => x.length >= 4) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring).filter((x) => x.length >= 4)).filter((p) => p.length > 0) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(r) };
    case 'Point':
      return { type: 'Point', coordinates: r(geometry.coordinates) };
    default:
      return geometry;
  }
}

/** Where a state's name goes: the centre of mass of its largest polygon, or a point inside it when that falls outside. */
function labelPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest = turf.polygon(polygons[0]!);
  for (const coords of polygons) {
    const poly = turf.polygon(coords);
    if (turf.area(poly) > turf.area(largest)) largest = poly;
  }
  let point = turf.centerOfMass(largest);
  if (!turf.booleanPointInPolygon(point, largest)) point = turf.pointOnFeature(largest);
  return point.geometry.coordinates;
}

/** Label size in px at zoom ~3: 9 for micro-states up to 15 for the largest. */
function labelSize(areaKm2: number): number {
  return Math.round(Math.min(15, Math.max(9, 6 + Math.log10(Math.max(areaKm2, 1)) * 1.3)) * 10) / 10;
}

function iso3Of(p: Props): string {
  const iso = String(p.iso_a3);
  const adm = String(p.adm0_a3);
  if (iso !== '-99') return iso;
  if (adm === 'KOS') return 'XKX'; // Kosovo: the user-assigned code the IMF and most datasets use
  return adm;
}

function write(path: string, value: unknown, header?: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = JSON.stringify(value);
  writeFileSync(path, header ? body.replace(/^\{/, `{"generated":${JSON.stringify(header)},`) : body);
}

function main(): void {
  const countries = readJson<FeatureCollection<Polygon | MultiPolygon, Props>>(join(NE_DIR, 'ne_50m_admin_0_countries.geojson'));
  const disputedRaw = readJson<FeatureCollection<Polygon | MultiPolygon, Props>>(join(NE_DIR, 'ne_10m_admin_0_disputed_areas.geojson'));
  const places = readJson<FeatureCollection<Geometry, Props>>(join(NE_DIR, 'ne_50m_populated_places.geojson'));
  const generated = 'Generated by `npx tsx build/derive/derive-borders.ts` from ../shared/data/naturalearth — do not edit by hand.';

  const crimea = disputedRaw.features.find((f) => f.properties.BRK_A3 === 'B89');
  if (!crimea) throw new Error('Crimea (BRK_A3 B89) missing from the disputed-areas layer');

  const stateFeatures: Area[] = [];
  const states: Record<string, unknown>[] = [];
  for (const f of countries.features) {
    const p = f.properties;
    const iso3 = iso3Of(p);
    let geometry: Polygon | MultiPolygon = f.geometry;
    if (iso3 === 'RUS') {
      const cut = turf.difference(turf.featureCollection([f as Area, crimea as Area]));
      if (cut) geometry = cut.geometry;
    } else if (iso3 === 'UKR') {
      const joined = turf.union(turf.featureCollection([f as Area, crimea as Area]));
      if (joined) geometry = joined.geometry;
    }
    const name = NAME_OVERRIDES[iso3] ?? String(p.name_en ?? p.name);
    stateFeatures.push({ type: 'Feature', properties: { iso3, name }, geometry: roundCoords(geometry) as Polygon | MultiPolygon });
    const capital = places.features.find((c) => c.properties.ADM0CAP === 1 && c.properties.ADM0_A3 === p.adm0_a3);
    states.push({
      iso3,
      name,
      ...(LOCAL_NAMES[iso3] ? { nameLocal: LOCAL_NAMES[iso3] } : {}),
      ...(p.name_ru ? { nameRu: String(p.name_ru) } : {}),
      ne: [String(p.adm0_a3)],
      ...(SOVIET_REPUBLICS.includes(iso3) ? { successorOf: 'SUN' } : {}),
      ...(capital && capital.geometry.type === 'Point'
        ? {
            capital: {
              name: CAPITAL_OVERRIDES[iso3] ?? String(capital.properties.NAME_EN ?? capital.properties.NAME),
              lon: Math.round(capital.geometry.coordinates[0]! * 1e4) / 1e4,
              lat: Math.round(capital.geometry.coordinates[1]! * 1e4) / 1e4,
            },
          }
        : {}),
      region: String(p.subregion),
    });
  }

  const unions = unionsFileSchema.parse(readJson(UNIONS));
  const byIso = new Map(stateFeatures.map((f) => [String(f.properties.iso3), f]));
  const unitOf = (iso3: string): Area => {
    const f = byIso.get(iso3);
    if (!f) throw new Error(`unions.json names unit ${iso3}, which Natural Earth does not draw`);
    return f;
  };
  const dissolved: Area[] = unions.unions.map((u) => {
    const joined = turf.union(turf.featureCollection(u.units.map(unitOf)));
    if (!joined) throw new Error(`dissolve of ${u.code} (${u.units.join(', ')}) failed`);
    return { type: 'Feature', properties: { id: `${u.code}@${u.from ?? 'start'}`, iso3: u.code, name: u.name, from: u.from, to: u.to, units: u.units }, geometry: roundCoords(joined.geometry) as Polygon | MultiPolygon };
  });
  // Filled unions go to the history layers; outline unions (the USSR) to the ussr layers.
  const history = dissolved.filter((_, i) => !isOutlineUnion(unions.unions[i]!));
  const ussrPhases = dissolved.filter((_, i) => isOutlineUnion(unions.unions[i]!));
  if (ussrPhases.length === 0) throw new Error('unions.json has no outline union (the USSR)');
  // A historical state that has no polygon of its own lives as long as its unions say.
  for (const h of HISTORIC_STATES) {
    const spans = unions.unions.filter((u) => u.code === h.iso3);
    if (spans.length === 0) continue;
    const froms = spans.map((u) => u.from);
    if (!froms.includes(null)) h.from = froms.sort()[0];
    h.to = spans.map((u) => u.to!).sort().at(-1);
  }

  // The USSR's label sits on its largest extent (the fifteen republics).
  const ussr = ussrPhases.find((f) => f.properties.from === null) ?? ussrPhases[0]!;
  const moscow = states.find((s) => s.iso3 === 'RUS')?.capital;
  // States that no longer exist but appear in the IMF trade data (1992 onward).
  for (const historic of HISTORIC_STATES) states.push(historic);
  states.push({ iso3: 'SUN', name: 'Soviet Union', nameLocal: 'СССР', nameRu: 'Союз Советских Социалистических Республик', from: '1922-12-30', to: USSR_DISSOLVED, ...(moscow ? { capital: moscow } : {}), region: 'Eastern Europe' });
  states.sort((a, b) => String(a.iso3).localeCompare(String(b.iso3)));

  const disputed: Area[] = [];
  for (const f of disputedRaw.features) {
    const meta = DISPUTED[String(f.properties.BRK_A3)];
    if (!meta) continue;
    disputed.push({
      type: 'Feature',
      properties: { id: String(f.properties.BRK_A3), name: meta.name, kind: meta.kind, note: meta.note, admin: String(f.properties.ADM0_A3), from: meta.from ?? null, to: meta.to ?? null, ...(meta.control ? { control: meta.control } : {}) },
      geometry: roundCoords(f.geometry) as Polygon | MultiPolygon,
    });
  }

  for (const t of unions.territories) {
    disputed.push({
      type: 'Feature',
      properties: { id: `${t.unit}@${t.from ?? 'start'}`, name: t.name, kind: t.kind, note: t.note, admin: t.admin, from: t.from, to: t.to },
      geometry: unitOf(t.unit).geometry,
    });
  }

  const capitals = states
    .filter((s) => s.capital && s.iso3 !== 'SUN')
    .map((s) => {
      const c = s.capital as { name: string; lon: number; lat: number };
      return { type: 'Feature', properties: { iso3: s.iso3, name: c.name }, geometry: { type: 'Point', coordinates: [c.lon, c.lat] } };
    });

  // One label point per state; the USSR gets its own (shown only before its dissolution), and
  // the Siachen Glacier feature (KAS), an indeterminate area rather than a state, gets none.
  const labelled: Area[] = [...stateFeatures.filter((f) => f.properties.iso3 !== 'KAS'), { type: 'Feature', properties: { iso3: 'SUN', name: 'Soviet Union' }, geometry: ussr.geometry }];
  const labels = labelled.map((f) => {
    const point = turf.point(labelPoint(f.geometry));
    const areaKm2 = turf.area(f) / 1e6;
    const size = labelSize(areaKm2);
    const iso3 = String(f.properties.iso3);
    const from = iso3 === 'SUN' ? null : drawnFrom(unions, iso3);
    const dated = unions.labels.some((l) => l.unit === iso3);
    return {
      type: 'Feature',
      properties: { iso3, name: f.properties.name, size, area: Math.round(areaKm2), ...(from ? { from } : {}), ...(dated ? { dated: true } : {}) },
      geometry: roundCoords(point.geometry),
    };
  });
  // Labels of historical states (where the union's code is not one of its units) and labels that
  // follow sovereignty, each with its dates; the renderer shows those of the day.
  const labelOf = (iso3: string) => labels.find((l) => l.properties.iso3 === iso3)!;
  const historyLabels = [
    ...unions.unions
      .filter((u) => !u.units.includes(u.code) && !isOutlineUnion(u))
      .map((u) => {
        const g = history.find((h) => h.properties.id === `${u.code}@${u.from ?? 'start'}`)!.geometry;
        const size = labelSize(turf.area(g) / 1e6);
        return { type: 'Feature', properties: { id: `${u.code}@${u.from ?? 'start'}`, iso3: u.code, name: u.name, size, from: u.from, to: u.to }, geometry: roundCoords({ type: 'Point', coordinates: labelPoint(g) }) };
      }),
    ...unions.labels.map((l) => {
      const base = labelOf(l.unit);
      return { type: 'Feature', properties: { id: `${l.unit}@${l.from ?? 'start'}`, iso3: l.unit, name: l.name, size: base.properties.size, from: l.from, to: l.to }, geometry: base.geometry };
    }),
  ];

  const lakesRaw = readJson<FeatureCollection<Polygon | MultiPolygon, Props>>(join(NE_DIR, 'ne_50m_lakes.geojson'));
  const lakes = lakesRaw.features
    .filter((f) => Number(f.properties.scalerank) <= LAKE_MAX_RANK && inWaterBbox(f.geometry))
    .map((f) => ({ type: 'Feature', properties: { name: String(f.properties.name ?? ''), rank: Number(f.properties.scalerank) }, geometry: roundCoords(f.geometry) }));
  const historicRaw = readJson<FeatureCollection<Polygon | MultiPolygon, Props>>(join(NE_DIR, 'ne_50m_lakes_historic.geojson'));
  const aral = historicRaw.features.find((f) => /aral/i.test(String(f.properties.name)));
  if (!aral) throw new Error('Historic Aral Sea missing from ne_50m_lakes_historic');
  const riversRaw = readJson<FeatureCollection<LineString | { type: 'MultiLineString'; coordinates: Position[][] }, Props>>(join(NE_DIR, 'ne_50m_rivers_lake_centerlines.geojson'));
  const rivers = riversRaw.features
    .filter((f) => Number(f.properties.scalerank) <= RIVER_MAX_RANK && String(f.properties.featurecla ?? '').toLowerCase() !== 'lake centerline' && inWaterBbox(f.geometry as Geometry))
    .map((f) => ({ type: 'Feature', properties: { name: String(f.properties.name ?? ''), rank: Number(f.properties.scalerank) }, geometry: roundCoords(turf.simplify(f as Feature<Geometry>, { tolerance: 0.02 }).geometry) }));

  const graticule: Feature<LineString, Props>[] = [];
  for (let lon = -180; lon <= 180; lon += GRATICULE_STEP) {
    const coords: Position[] = [];
    for (let lat = -80; lat <= 80; lat += 2) coords.push([lon, lat]);
    graticule.push({ type: 'Feature', properties: { kind: 'meridian', value: lon }, geometry: { type: 'LineString', coordinates: coords } });
  }
  for (let lat = -80; lat <= 80; lat += GRATICULE_STEP) {
    const coords: Position[] = [];
    for (let lon = -180; lon <= 180; lon += 2) coords.push([lon, lat]);
    graticule.push({ type: 'Feature', properties: { kind: 'parallel', value: lat }, geometry: { type: 'LineString', coordinates: coords } });
  }

  write(join(OUT, 'borders', 'countries.geojson'), { type: 'FeatureCollection', features: stateFeatures }, generated);
  write(join(OUT, 'borders', 'ussr.geojson'), { type: 'FeatureCollection', features: ussrPhases }, generated);
  write(join(OUT, 'borders', 'disputed.geojson'), { type: 'FeatureCollection', features: disputed }, generated);
  write(join(OUT, 'borders', 'capitals.geojson'), { type: 'FeatureCollection', features: capitals }, generated);
  write(join(OUT, 'borders', 'labels.geojson'), { type: 'FeatureCollection', features: labels }, generated);
  write(join(OUT, 'borders', 'graticule.geojson'), { type: 'FeatureCollection', features: graticule }, generated);
  write(join(OUT, 'borders', 'history.geojson'), { type: 'FeatureCollection', features: history }, generated);
  write(join(OUT, 'borders', 'history-labels.geojson'), { type: 'FeatureCollection', features: historyLabels }, generated);
  write(join(OUT, 'borders', 'water.geojson'), {
    type: 'FeatureCollection',
    features: [
      ...lakes.map((l) => ({ ...l, properties: { ...l.properties, kind: 'lake' } })),
      { type: 'Feature', properties: { name: 'Aral Sea (former extent)', kind: 'historic', note: "The Aral Sea's former shoreline as Natural Earth draws it (undated); it has shrunk since the 1960s, and the lakes layer shows its recent extent." }, geometry: roundCoords(aral.geometry) },
    ],
  }, generated);
  write(join(OUT, 'borders', 'rivers.geojson'), { type: 'FeatureCollection', features: rivers }, generated);
  writeFileSync(join(OUT, 'states.json'), JSON.stringify({ generated, provenance: 'borders/provenance.json', states }, null, 1) + '\n');
  writeFileSync(
    join(OUT, 'borders', 'provenance.json'),
    JSON.stringify(
      {
        generatedBy: 'build/derive/derive-borders.ts',
        inputs: [
          { file: '../shared/data/naturalearth/ne_50m_admin_0_countries.geojson', version: 'Natural Earth 5.1.x, 1:50m', columns: ['iso_a3', 'adm0_a3', 'name_en', 'name_ru', 'subregion', 'geometry'] },
          { file: '../shared/data/naturalearth/ne_10m_admin_0_disputed_areas.geojson', version: 'Natural Earth 4.0, 1:10m', columns: ['BRK_A3', 'ADM0_A3', 'geometry'] },
          { file: '../shared/data/naturalearth/ne_50m_populated_places.geojson', version: 'Natural Earth 4.0', columns: ['ADM0CAP', 'ADM0_A3', 'NAME_EN', 'geometry'] },
          { file: '../shared/data/naturalearth/ne_50m_lakes.geojson', version: 'Natural Earth 4.0, 1:50m', columns: ['name', 'scalerank', 'geometry'] },
          { file: '../shared/data/naturalearth/ne_50m_lakes_historic.geojson', version: 'Natural Earth 4.0, 1:50m', columns: ['name', 'geometry'] },
          { file: '../shared/data/naturalearth/ne_50m_rivers_lake_centerlines.geojson', version: 'Natural Earth 4.0, 1:50m', columns: ['name', 'scalerank', 'featurecla', 'geometry'] },
          { file: 'geodata/data/unions.json', version: 'curated, sourced', columns: ['unions', 'territories', 'labels'] },
        ],
        licence: 'Natural Earth: public domain',
        outputs: ['borders/countries.geojson', 'borders/ussr.geojson', 'borders/disputed.geojson', 'borders/capitals.geojson', 'borders/labels.geojson', 'borders/graticule.geojson', 'borders/history.geojson', 'borders/history-labels.geojson', 'borders/water.geojson', 'borders/rivers.geojson', 'states.json'],
        decisions: [
          `coordinates rounded to ${COORD_DECIMALS} decimals`,
          'iso3 = iso_a3, or adm0_a3 where iso_a3 is -99 (France, Norway, Kosovo, ...)',
          'Crimea (disputed-areas B89) moved from Russia to Ukraine and drawn as an occupied-area overlay',
          'USSR = union of the 15 Soviet republics, shown for dates before 1991-12-26',
          'disputed and breakaway areas drawn as an overlay above state fills',
          'historical states = union of their units for the dates in geodata/data/unions.json; East Timor (to 2002) and Kosovo (from 2008) join the disputed overlay with their dates',
          `lakes with scalerank <= ${LAKE_MAX_RANK}; rivers with scalerank <= ${RIVER_MAX_RANK} (no lake centre-lines), shown from zoom ${RIVER_MIN_ZOOM}; the historic Aral Sea as an outline`,
        ],
        counts: { states: states.length, stateFeatures: stateFeatures.length, disputed: disputed.length, capitals: capitals.length, historical: history.length, lakes: lakes.length, rivers: rivers.length },
        riverMinZoom: RIVER_MIN_ZOOM,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`wrote ${stateFeatures.length} state features, ${disputed.length} disputed areas, ${capitals.length} capitals, ${states.length} states`);
}

main();
