/**
 * Derives geodata/data/events/exercises.json from the Multinational Military Exercises dataset
 * v7 (D'Orazio & Galambos), as kept in meflynn/troopdata data-raw/mme_v7.csv and copied to
 * ../shared/data/exercises/mme_v7.csv.
 *
 *   npx tsx build/derive/derive-exercises.ts
 *
 * Keeps exercises that started 1991–2010 in which at least one post-Soviet state (or the USSR),
 * China, Mongolia, India, Pakistan, Iran or Afghanistan took part. Output is deterministic: events
 * are sorted by date then id, and exercises.json carries no timestamp. A provenance file
 * (exercises.provenance.json) records input, columns, row counts and the unmapped names;
 * it carries no timestamp, so regenerating from the same input changes nothing.
 *
 * Columns used: MMEID, Ex_Name, Series_Name, Location, lat, lon, s.year, s.month, s.day,
 * e.year, e.month, e.day, StateA … StateAM. "-9" is the dataset's code for missing; "xx" for an
 * unknown day.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventsFileSchema, type AtlasEvent } from '../../geodata/src/schema.js';
import { isPartialDate, compareDates } from '../../geodata/src/partial-date.js';
import { SOVIET_REPUBLICS, USSR_DISSOLVED } from '../../geodata/src/soviet-union.js';
import { csvParseRows } from 'd3-dsv';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const INPUT = join(ROOT, '..', 'shared', 'data', 'exercises', 'mme_v7.csv');
const OUT_DIR = process.env.ATLAS_DERIVE_OUT ?? join(ROOT, 'geodata', 'data');
const OUT_EVENTS = join(OUT_DIR, 'events', 'exercises.json');
const OUT_PROVENANCE = join(OUT_DIR, 'events', 'exercises.provenance.json');
const SOURCE_ID = 'ev-mme-v7';
const FIRST_YEAR = 1991;
const LAST_YEAR = 2010;
// A "Russia" entry before USSR_DISSOLVED is the Soviet Union (the MME codes the USSR as "Russia").

/**
 * MME participant name -> ISO 3166-1 alpha-3. Covers every name in mme_v7.csv except the
 * non-states deliberately left out ("NATO") and the missing code "-9". Historical states use
 * their ISO 3166-3 codes (CSK, DDR, YUG). "Baltic States" (the Baltic battalion in
 * Tsentrazbat-97) stands for all three Baltic states.
 */
const ISO3: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['AFG'], Albania: ['ALB'], Algeria: ['DZA'], Angola: ['AGO'], 'Antigua & Barbuda': ['ATG'],
  Argentina: ['ARG'], Armenia: ['ARM'], Australia: ['AUS'], Austria: ['AUT'], Azerbaijan: ['AZE'],
  Bahamas: ['BHS'], Bahrain: ['BHR'], 'Baltic States': ['EST', 'LVA', 'LTU'], Bangladesh: ['BGD'],
  Barbados: ['BRB'], Belarus: ['BLR'], Belgium: ['BEL'], Belize: ['BLZ'], Benin: ['BEN'], Bermuda: ['BMU'],
  Bolivia: ['BOL'], 'Bosnia & Herzegovina': ['BIH'], Botswana: ['BWA'], Brazil: ['BRA'], Brunei: ['BRN'],
  Bulgaria: ['BGR'], 'Burkina Faso': ['BFA'], Burundi: ['BDI'], Cambodia: ['KHM'], Cameroon: ['CMR'],
  Canada: ['CAN'], 'Cape Verde': ['CPV'], 'Central African Republic': ['CAF'], Chad: ['TCD'], Chile: ['CHL'],
  China: ['CHN'], Colombia: ['COL'], Comoros: ['COM'], 'Congo - Brazzaville': ['COG'], 'Congo - Kinshasa': ['COD'],
  'Costa Rica': ['CRI'], Cuba: ['CUB'], Cyprus: ['CYP'], Czechia: ['CZE'], Czechoslovakia: ['CSK'],
  'Côte d’Ivoire': ['CIV'], Croatia: ['HRV'], Denmark: ['DNK'], Djibouti: ['DJI'], Dominica: ['DMA'],
  'Dominican Republic': ['DOM'], Ecuador: ['ECU'], Egypt: ['EGY'], 'El Salvador': ['SLV'],
  'Equatorial Guinea': ['GNQ'], Estonia: ['EST'], Eswatini: ['SWZ'], Ethiopia: ['ETH'],
  'Federal Republic of Germany': ['DEU'], Fiji: ['FJI'], Finland: ['FIN'], France: ['FRA'], Gabon: ['GAB'],
  Gambia: ['GMB'], Georgia: ['GEO'], 'German Democratic Republic': ['DDR'], Germany: ['DEU'], Ghana: ['GHA'],
  Greece: ['GRC'], Grenada: ['GRD'], Guatemala: ['GTM'], Guinea: ['GIN'], 'Guinea-Bissau': ['GNB'],
  Guyana: ['GUY'], Haiti: ['HTI'], Honduras: ['HND'], 'Hong Kong SAR China': ['HKG'], Hungary: ['HUN'],
  Iceland: ['ISL'], India: ['IND'], Indonesia: ['IDN'], Iran: ['IRN'], Iraq: ['IRQ'], Ireland: ['IRL'],
  Israel: ['ISR'], Italy: ['ITA'], Jamaica: ['JAM'], Japan: ['JPN'], Jordan: ['JOR'], Kazakhstan: ['KAZ'],
  Kenya: ['KEN'], Kuwait: ['KWT'], Kyrgyzstan: ['KGZ'], Laos: ['LAO'], Latvia: ['LVA'], Lebanon: ['LBN'],
  Lesotho: ['LSO'], Liberia: ['LBR'], Libya: ['LBY'], Lithuania: ['LTU'], Luxembourg: ['LUX'],
  Madagascar: ['MDG'], Malawi: ['MWI'], Malaysia: ['MYS'], Maldives: ['MDV'], Mali: ['MLI'], Malta: ['MLT'],
  Mauritania: ['MRT'], Mauritius: ['MUS'], Mexico: ['MEX'], Moldova: ['MDA'], Mongolia: ['MNG'],
  Montenegro: ['MNE'], Morocco: ['MAR'], Mozambique: ['MOZ'], 'Myanmar (Burma)': ['MMR'], Namibia: ['NAM'],
  Nepal: ['NPL'], Netherlands: ['NLD'], 'Netherlands Antilles': ['ANT'], 'New Caledonia': ['NCL'],
  'New Zealand': ['NZL'], Nicaragua: ['NIC'], Niger: ['NER'], Nigeria: ['NGA'], 'North Korea': ['PRK'],
  'North Macedonia': ['MKD'], Norway: ['NOR'], Oman: ['OMN'], Pakistan: ['PAK'], Palau: ['PLW'],
  Panama: ['PAN'], 'Papua New Guinea': ['PNG'], Paraguay: ['PRY'], Peru: ['PER'], Philippines: ['PHL'],
  Poland: ['POL'], Portugal: ['PRT'], Qatar: ['QAT'], Romania: ['ROU'], Russia: ['RUS'], Rwanda: ['RWA'],
  'Saudi Arabia': ['SAU'], Senegal: ['SEN'], Serbia: ['SRB'], Seychelles: ['SYC'], 'Sierra Leone': ['SLE'],
  Singapore: ['SGP'], Slovakia: ['SVK'], Slovenia: ['SVN'], 'Solomon Islands': ['SLB'], Somalia: ['SOM'],
  'South Africa': ['ZAF'], 'South Korea': ['KOR'], 'South Sudan': ['SSD'], Spain: ['ESP'], 'Sri Lanka': ['LKA'],
  'St. Kitts & Nevis': ['KNA'], 'st. christopher': ['KNA'], 'St. Lucia': ['LCA'],
  'St. Vincent & Grenadines': ['VCT'], Sudan: ['SDN'], Suriname: ['SUR'], Sweden: ['SWE'],
  Switzerland: ['CHE'], Syria: ['SYR'], 'São Tomé & Príncipe': ['STP'], Taiwan: ['TWN'], Tajikistan: ['TJK'],
  Tanzania: ['TZA'], Thailand: ['THA'], 'Timor-Leste': ['TLS'], Togo: ['TGO'], Tonga: ['TON'],
  'Trinidad & Tobago': ['TTO'], Tunisia: ['TUN'], Turkey: ['TUR'], Turkmenistan: ['TKM'], Uganda: ['UGA'],
  Ukraine: ['UKR'], 'United Arab Emirates': ['ARE'], 'United Kingdom': ['GBR'], 'United States': ['USA'],
  Uruguay: ['URY'], Uzbekistan: ['UZB'], Vanuatu: ['VUT'], Venezuela: ['VEN'], Vietnam: ['VNM'],
  Yemen: ['YEM'], Yugoslavia: ['YUG'], Zambia: ['ZMB'], Zimbabwe: ['ZWE'],
};

/** States whose participation puts an exercise in scope (post-Soviet states and the USSR itself, plus neighbours). */
const FOCUS = new Set([
  'SUN', ...SOVIET_REPUBLICS,
  'CHN', 'MNG', 'IND', 'PAK', 'IRN', 'AFG',
]);

/** Exercise series whose organisational frame is not in doubt (only these get `orgs`). */
const SERIES_ORG: Readonly<Record<string, 'SCO' | 'CSTO'>> = { 'Peace Mission': 'SCO', Rubezh: 'CSTO' };

/** The CSV's rows (RFC 4180, via d3-dsv), without a byte-order mark or blank lines. */
function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return csvParseRows(src).filter((r) => r.some((f) => f.trim() !== ''));
}

const MISSING = new Set(['', '-9']);
const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const present = (s: string | undefined): boolean => !MISSING.has(clean(s));
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Builds a partial date from the dataset's year/month/day columns; undefined if the year is missing. */
function partial(y: string | undefined, m: string | undefined, d: string | undefined): string | undefined {
  const year = Number(clean(y));
  if (!present(y) || !Number.isInteger(year)) return undefined;
  const month = Number(clean(m));
  if (!present(m) || clean(m) === 'xx' || !Number.isInteger(month) || month < 1 || month > 12) return String(year);
  const day = Number(clean(d));
  const ym = `${year}-${pad2(month)}`;
  if (!present(d) || clean(d) === 'xx' || !Number.isInteger(day)) return ym;
  const full = `${ym}-${pad2(day)}`;
  return isPartialDate(full) ? full : ym;
}

/** "Baltops 93", "Open Spirit '96", "Tsentrazbat-97", "Amber Sea - 2000" -> name without the trailing year. */
function stripYear(name: string, year: number): string {
  const yy = pad2(year % 100);
  const re = new RegExp(`[\\s\\-–'’(]*(?:${year}|${yy})[)]?$`);
  const stripped = name.replace(re, '').trim();
  return stripped.length >= 2 ? stripped : name;
}

function slug(s: string, maxLen = 48): string {
  const ascii = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = ascii.replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > maxLen) break;
    out = next;
  }
  return out || words[0]?.slice(0, maxLen) || 'exercise';
}

/** Words that make a location a region, area, sea or facility rather than a town. */
const NOT_A_TOWN = /\b(region|district|range|sea|seas|coast|coastal|waters|area|areas|province|oblast|krai|gulf|bay|strait|straits|training|ground|grounds|polygon|camp|base|near|north|south|east|west|northern|southern|eastern|western|central|island|islands|peninsula|peninsular|mountains?|border|territory|territorial|lake|river|valley|ocean|off|between|and|port|airport|airfield|field|centre|center|garrison|plains?|firing|military|autonomous|state|county|republic)\b/i;
/**
 * Names in "Place, Country" form that are not clearly a town: islands, peninsulas, provinces, US
 * states, ranges, names shared by a city and its province (the exercise was often on a range in the
 * province), and one place filed under the wrong country ("Kyrgyzstan, Astana").
 */
const NOT_CLEARLY_A_TOWN = new Set([
  'gotland', 'kamchatka', 'oshskaya', 'tigrovaya balka', 'louisiana', 'alaska', 'texas', 'mizoram', 'lubuskie',
  'narbotten', 'shyrokyy lan', 'kukule', 'astana', 'ardahan', 'jirgatol', 'krasnodar', 'astrakhan', 'chelyabinsk',
  'ivanovo', 'novosibirsk', 'lviv', 'lvov', "l'viv", 'almaty',
]);
const COUNTRY_NAMES = new Set(Object.keys(ISO3).map((n) => n.toLowerCase()).concat(['usa', 'uk']));

/** "Gyumri, Armenia" / "Russia, Vladivostok": exactly one place name and a country. Everything else is a region. */
function precisionOf(location: string): 'town' | 'region' {
  const loc = location.replace(/[.\s]+$/, '');
  if (NOT_A_TOWN.test(loc) || /[;()]/.test(loc)) return 'region';
  const parts = loc.split(',').map((p) => p.trim());
  if (parts.length !== 2) return 'region';
  const [a, b] = parts as [string, string];
  const isCountry = (s: string): boolean => COUNTRY_NAMES.has(s.toLowerCase());
  const isName = (s: string): boolean =>
    /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?$/u.test(s) && !isCountry(s) && !NOT_CLEARLY_A_TOWN.has(s.toLowerCase());
  return (isCountry(b) && isName(a)) || (isCountry(a) && isName(b)) ? 'town' : 'region';
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

interface Candidate {
  mmeid: string;
  baseId: string;
  event: Omit<AtlasEvent, 'id'>;
}

function main(): void {
  const text = readFileSync(INPUT, 'utf8');
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${INPUT} is empty`);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column ${name} missing from ${INPUT}`);
    return i;
  };
  const stateCols = header.map((h, i) => [h, i] as const).filter(([h]) => /^State[A-Z]+$/.test(h)).map(([, i]) => i);
  const C = {
    id: col('MMEID'), name: col('Ex_Name'), series: col('Series_Name'), loc: col('Location'), lat: col('lat'), lon: col('lon'),
    sy: col('s.year'), sm: col('s.month'), sd: col('s.day'), ey: col('e.year'), em: col('e.month'), ed: col('e.day'),
  };
  const usedColumns = [...Object.values(C).map((i) => header[i]!), ...stateCols.map((i) => header[i]!)];

  const stats = {
    rowsIn: rows.length, noStartDate: 0, outsideYears: 0, notInScope: 0, noMappedParticipants: 0,
    endBeforeStart: 0, noCoordinates: 0, eventsOut: 0,
  };
  const unmapped = new Map<string, number>();
  let missingParticipantCodes = 0;
  const candidates: Candidate[] = [];

  for (const r of rows) {
    const start = partial(r[C.sy], r[C.sm], r[C.sd]);
    if (start === undefined) { stats.noStartDate++; continue; }
    const year = Number(start.slice(0, 4));
    if (year < FIRST_YEAR || year > LAST_YEAR) { stats.outsideYears++; continue; }

    const names: string[] = [];
    const codes: string[] = [];
    for (const i of stateCols) {
      const raw = clean(r[i]);
      if (raw === '') continue;
      if (raw === '-9') { missingParticipantCodes++; continue; }
      let mapped = ISO3[raw];
      if (!mapped) { unmapped.set(raw, (unmapped.get(raw) ?? 0) + 1); continue; }
      if (raw === 'Russia' && compareDates(start, USSR_DISSOLVED) < 0) mapped = ['SUN'];
      for (const code of mapped) if (!codes.includes(code)) codes.push(code);
      const display = mapped[0] === 'SUN' ? 'the USSR' : raw;
      if (!names.includes(display)) names.push(display);
    }
    if (codes.length === 0) { stats.noMappedParticipants++; continue; }
    if (!codes.some((c) => FOCUS.has(c))) { stats.notInScope++; continue; }

    const mmeid = clean(r[C.id]);
    const exName = present(r[C.name]) ? clean(r[C.name]).replace(/^["']+|["']+$/g, '') : '';
    const series = present(r[C.series]) ? clean(r[C.series]) : '';
    const location = present(r[C.loc]) ? clean(r[C.loc]).replace(/[.\s]+$/, '') : '';
    const sortedNames = [...names].sort((a, b) => a.localeCompare(b, 'en'));
    const title = exName || `Unnamed exercise (${sortedNames.join(', ')})`;

    let end = partial(r[C.ey], r[C.em], r[C.ed]);
    if (end !== undefined && (end === start || start.startsWith(`${end}-`))) {
      end = undefined; // same day, or an end no more precise than the start ("2007-06" for "2007-06-20")
    } else if (end !== undefined && compareDates(end, start) < 0) {
      stats.endBeforeStart++;
      end = undefined;
    }

    const lat = Number(clean(r[C.lat]));
    const lon = Number(clean(r[C.lon]));
    const hasCoords = present(r[C.lat]) && present(r[C.lon]) && Number.isFinite(lat) && Number.isFinite(lon)
      && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    if (!hasCoords) stats.noCoordinates++;

    const seriesPart = series && !title.toLowerCase().includes(series.toLowerCase()) ? ` (${series} series)` : series ? ` (part of the ${series} series)` : '';
    const where = location ? `, held at a location recorded as "${location}"` : ', with no location recorded';
    const summary = `${exName ? `Exercise "${exName}"` : 'An unnamed exercise'}${seriesPart} brought together ${listNames(sortedNames)}${where}.`;

    const nameForId = exName ? stripYear(exName, year) : series ? series : `joint ${[...codes].sort().join(' ')}`;
    const org = SERIES_ORG[series];
    const event: Omit<AtlasEvent, 'id'> = {
      date: start,
      ...(end !== undefined ? { end } : {}),
      type: 'exercise',
      title,
      summary,
      participants: [...codes].sort(),
      ...(org ? { orgs: [org] } : {}),
      ...(hasCoords ? { place: { name: location || 'unnamed location', lon: Math.round(lon * 1e4) / 1e4, lat: Math.round(lat * 1e4) / 1e4, precision: precisionOf(location) } } : {}),
      sources: [{ source: SOURCE_ID, supports: 'name, series, dates, participants and location of the exercise', locator: `MMEID ${mmeid}` }],
    };
    candidates.push({ mmeid, baseId: `ev-ex-${year}-${slug(nameForId)}`, event });
  }

  // Ids: the base id when unique; otherwise base id + MMEID number; a counter only if even that repeats.
  const byBase = new Map<string, Candidate[]>();
  for (const c of candidates) byBase.set(c.baseId, [...(byBase.get(c.baseId) ?? []), c]);
  const events: AtlasEvent[] = [];
  const taken = new Set<string>();
  const sortKey = (c: Candidate): string => `${c.event.date}|${c.mmeid}|${c.event.title}`;
  for (const [base, group] of [...byBase.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (const c of [...group].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))) {
      const stem = group.length === 1 ? base : `${base}-${c.mmeid}`;
      let id = stem;
      for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
      taken.add(id);
      events.push({ id, ...c.event } as AtlasEvent);
    }
  }
  events.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  stats.eventsOut = events.length;

  const file = eventsFileSchema.parse({ events });
  mkdirSync(dirname(OUT_EVENTS), { recursive: true });
  writeFileSync(OUT_EVENTS, `${JSON.stringify(file, null, 2)}\n`);

  const unmappedSorted = Object.fromEntries([...unmapped.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const provenance = {
    generated: 'Generated by npx tsx build/derive/derive-exercises.ts — do not edit',
    generatedBy: 'build/derive/derive-exercises.ts',
    output: 'geodata/data/events/exercises.json',
    input: {
      path: '../shared/data/exercises/mme_v7.csv',
      sha256: createHash('sha256').update(text).digest('hex'),
      dataset: "Multinational Military Exercises (MME) dataset v7, D'Orazio & Galambos",
      origin: 'meflynn/troopdata data-raw/mme_v7.csv',
      source: SOURCE_ID,
    },
    columns: usedColumns,
    rows: stats.rowsIn,
    filter: `start year ${FIRST_YEAR}–${LAST_YEAR}; at least one participant in ${[...FOCUS].sort().join(' ')}`,
    stats: { ...stats, missingParticipantCodes },
    unmappedNames: unmappedSorted,
  };
  writeFileSync(OUT_PROVENANCE, `${JSON.stringify(provenance, null, 2)}\n`);

  console.log(`mme_v7.csv: ${stats.rowsIn} rows in, ${stats.eventsOut} events out`);
  console.log(`  skipped: ${stats.noStartDate} without a start date, ${stats.outsideYears} outside ${FIRST_YEAR}–${LAST_YEAR}, ` +
    `${stats.noMappedParticipants} without mapped participants, ${stats.notInScope} without a state in scope`);
  console.log(`  ${stats.endBeforeStart} end dates before the start dropped, ${stats.noCoordinates} kept without coordinates, ` +
    `${missingParticipantCodes} participant cells coded -9`);
  console.log(`  unmapped names (dropped from participants): ${
    unmapped.size === 0 ? 'none' : [...unmapped.entries()].map(([n, k]) => `${n} (${k})`).join(', ')}`);
}

main();
