/**
 * Data validation for bases, events and trade over the real geodata/: every file parses, every
 * citation resolves, dates are consistent, base coordinates fall in the host state, trade partners
 * are known states and the figures add up; and the coverage the issue asks for is there.
 *
 * Coordinate rule (documented here, applied below): a base must lie inside its host's polygon in
 * borders/countries.geojson (Natural Earth 1:50m), or inside an area of borders/disputed.geojson
 * that belongs de jure to the host (DE_JURE_AREAS: Abkhazia, Crimea, …), or inside Northern Cyprus
 * (CYN) for Cyprus. Naval facilities may lie up to NAVAL_TOLERANCE_KM off the generalised 1:50m
 * coast, because quays and piers are cut off by the simplified coastline. No other tolerance.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { GEODATA_DIR, readGeodata, readJson } from '../../geodata/node/read-geodata.js';
import { validateAtlas, validateTrade } from '../../geodata/src/validate-atlas.js';
import { basesHostedBy } from '../../geodata/src/base-queries.js';
import { compareDates, intervalsOverlap } from '../../geodata/src/partial-date.js';
import { tradeFileSchema, type Base, type TradeFile } from '../../geodata/src/schema.js';

const data = readGeodata();

type Area = Feature<Polygon | MultiPolygon, { iso3?: string; name?: string }>;
const countries = readJson(join(GEODATA_DIR, 'borders', 'countries.geojson')) as FeatureCollection<Polygon | MultiPolygon, { iso3: string; name: string }>;
const disputed = readJson(join(GEODATA_DIR, 'borders', 'disputed.geojson')) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Areas of disputed.geojson and the state they belong to de jure (the base's `host`). */
const DE_JURE_AREAS: Record<string, string> = {
  Abkhazia: 'GEO',
  'South Ossetia': 'GEO',
  Transnistria: 'MDA',
  'Nagorno-Karabakh': 'AZE',
  Crimea: 'UKR',
  'Donbas (Russian-held parts)': 'UKR',
  Baikonur: 'KAZ',
};
/** Natural Earth draws these separately; they are the host's territory de jure. */
const DE_JURE_COUNTRY_PARTS: Record<string, string> = { CYN: 'CYP' };
/** How far off the 1:50m coastline a naval facility may be drawn. */
const NAVAL_TOLERANCE_KM = 25;

const areasOf = (host: string): Area[] => [
  ...countries.features.filter((f) => f.properties.iso3 === host || DE_JURE_COUNTRY_PARTS[f.properties.iso3] === host),
  ...disputed.features.filter((f) => DE_JURE_AREAS[f.properties.name] === host),
];

function distanceToAreaKm(base: Base, area: Area): number {
  const lines = polygonToLine(area) as Feature<LineString | MultiLineString> | FeatureCollection<LineString | MultiLineString>;
  const parts = 'features' in lines ? lines.features : [lines];
  return Math.min(...parts.map((l) => {
    const segments = l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates;
    return Math.min(...segments.map((coordinates) => pointToLineDistance(point([base.lon, base.lat]), { type: 'LineString', coordinates }, { units: 'kilometers' })));
  }));
}

function tradeFiles(): TradeFile[] {
  return readdirSync(join(GEODATA_DIR, 'trade'))
    .filter((f) => /^[A-Z]{3}\.json$/.test(f))
    .sort()
    .map((f) => {
      const parsed = tradeFileSchema.safeParse(readJson(join(GEODATA_DIR, 'trade', f)));
      if (!parsed.success) throw new Error(`trade/${f}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}
const trade = tradeFiles();
const IMF_DOTS = 'trade-imf-dots';
const isImfYear = (y: TradeFile['years'][number]): boolean => y.sources.every((c) => c.source === IMF_DOTS);

describe('bases', () => {
  it('pass the cross-file rules: unique ids, known operator and host, from < to, cited sources exist', () => {
    expect(validateAtlas(data).filter((p) => p.file === 'bases')).toEqual([]);
  });

  it('never record one site twice for overlapping periods (same operator, type and point)', () => {
    const clashes: string[] = [];
    data.bases.forEach((a, i) => {
      for (const b of data.bases.slice(i + 1)) {
        const samePlace = a.operator === b.operator && a.type === b.type && a.lat === b.lat && a.lon === b.lon;
        if (samePlace && intervalsOverlap(a, b)) clashes.push(`${a.id} / ${b.id}`);
      }
    });
    expect(clashes).toEqual([]);
  });

  it.each(data.bases.map((b) => [b.id, b] as const))('%s lies in its host state (or within the stated tolerance)', (_id, base) => {
    const areas = areasOf(base.host);
    expect(areas.length, `no polygon for host ${base.host}`).toBeGreaterThan(0);
    const inside = areas.some((a) => booleanPointInPolygon(point([base.lon, base.lat]), a));
    if (inside) return;
    const distance = Math.min(...areas.map((a) => distanceToAreaKm(base, a)));
    expect(base.type, `${base.id} is ${distance.toFixed(1)} km outside ${base.host} and not a naval facility`).toBe('naval facility');
    expect(distance, `${base.id} is ${distance.toFixed(1)} km off the coast of ${base.host}`).toBeLessThanOrEqual(NAVAL_TOLERANCE_KM);
  });

  it('cover the sites the issue names (operator in host, with the dates it gives)', () => {
    const has = (operator: string, host: string, test: (b: Base) => boolean = () => true): boolean =>
      data.bases.some((b) => b.operator === operator && b.host === host && test(b));
    for (const host of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'MDA', 'GEO', 'UKR', 'AZE', 'SYR', 'VNM']) expect(has('RUS', host), `RUS in ${host}`).toBe(true);
    expect(has('RUS', 'KAZ', (b) => b.type === 'space port'), 'Baikonur').toBe(true);
    expect(has('RUS', 'KAZ', (b) => b.type === 'test range'), 'Kazakh test ranges').toBe(true);
    expect(has('RUS', 'MDA', (b) => /Transnistria/.test(b.place ?? '')), 'Transnistria').toBe(true);
    expect(has('RUS', 'GEO', (b) => /Abkhazia/.test(b.place ?? '')) && has('RUS', 'GEO', (b) => /South Ossetia/.test(b.place ?? '')), 'Georgia’s breakaway regions').toBe(true);
    expect(has('RUS', 'UKR', (b) => /Sevastopol/.test(b.name + (b.place ?? '')) && b.to !== null && b.to.startsWith('2014')), 'Sevastopol lease until 2014').toBe(true);
    expect(has('RUS', 'AZE', (b) => b.type === 'radar' && b.to !== null && b.to.startsWith('2012')), 'Gabala radar until 2012').toBe(true);
    expect(has('USA', 'KGZ', (b) => b.from.startsWith('2001') && b.to !== null && b.to.startsWith('2014')), 'Manas 2001–2014').toBe(true);
    expect(has('USA', 'UZB', (b) => b.from.startsWith('2001') && b.to !== null && b.to.startsWith('2005')), 'Karshi-Khanabad 2001–2005').toBe(true);
    expect(has('USA', 'AFG'), 'US bases in Afghanistan').toBe(true);
    for (const operator of ['IND', 'CHN', 'TUR']) expect(data.bases.some((b) => b.operator === operator), `${operator} facilities`).toBe(true);
  });

  it('answer the known case: Manas (USA) and Kant (RUS) in Kyrgyzstan in 2010, Manas gone in 2015', () => {
    const in2010 = basesHostedBy(data.bases, 'KGZ', '2010-06-30').map((b) => `${b.operator} ${b.name}`);
    expect(in2010.some((n) => n.startsWith('USA') && n.includes('Manas'))).toBe(true);
    expect(in2010.some((n) => n.startsWith('RUS') && n.includes('Kant'))).toBe(true);
    expect(basesHostedBy(data.bases, 'KGZ', '2015-06-30').some((b) => b.operator === 'USA')).toBe(false);
  });
});

describe('events', () => {
  it('pass the cross-file rules: unique ids, known participants who existed on the day, end not before start, sources exist', () => {
    expect(validateAtlas(data).filter((p) => p.file === 'events')).toEqual([]);
  });

  it('give every summit its organisation and a place with coordinates', () => {
    const summits = data.events.filter((e) => e.type === 'summit');
    expect(summits.length).toBeGreaterThan(100);
    expect(summits.filter((e) => !e.place || !e.orgs?.length).map((e) => e.id)).toEqual([]);
  });

  it('have a one-sentence summary distinct from the title', () => {
    expect(data.events.filter((e) => e.summary.trim() === e.title.trim()).map((e) => e.id)).toEqual([]);
  });

  it('date multi-day events from start to end in order', () => {
    expect(data.events.filter((e) => e.end !== undefined && compareDates(e.end, e.date) < 0).map((e) => e.id)).toEqual([]);
  });
});

describe('trade', () => {
  it('has a file for the core states of the four organisations', () => {
    const reporters = new Set(trade.map((t) => t.reporter));
    for (const iso3 of ['RUS', 'KAZ', 'KGZ', 'TJK', 'UZB', 'BLR', 'ARM', 'AZE', 'GEO', 'MDA', 'UKR', 'CHN', 'IND', 'PAK', 'IRN', 'MNG', 'TKM']) {
      expect(reporters.has(iso3), `no trade file for ${iso3}`).toBe(true);
    }
  });

  it.each(trade.map((t) => [t.reporter, t] as const))('trade/%s.json: known reporter and partners, sources resolve, years in order', (_r, file) => {
    expect(validateTrade(file, data)).toEqual([]);
  });

  it('adds up: exports + imports = total (0.2 for IMF years, whose figures are rounded to 0.1; 150 for curated years, rounded to US$0.1bn three times)', () => {
    const off: string[] = [];
    for (const file of trade) {
      for (const y of file.years) {
        const tolerance = isImfYear(y) ? 0.2 : 150;
        for (const p of y.partners) {
          if (p.exports !== null && p.imports !== null && Math.abs(p.exports + p.imports - p.total) > tolerance) off.push(`${file.reporter} ${y.year} ${p.partner}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('never has a partner larger than the reporter’s trade with the world, except the IMF’s own inconsistencies listed here', () => {
    // In the IMF extract, Timor-Leste's 2003 trade with Australia (30.1) exceeds its reported
    // world total (29.8); kept as published, and the share shows as just over 100%.
    const KNOWN_IMF_INCONSISTENCIES = ['TLS 2003 AUS'];
    const larger: string[] = [];
    for (const file of trade) {
      for (const y of file.years) {
        for (const p of y.partners) if (y.worldTotal !== null && p.total > y.worldTotal) larger.push(`${file.reporter} ${y.year} ${p.partner}`);
      }
    }
    expect(larger).toEqual(KNOWN_IMF_INCONSISTENCIES);
  });

  it('lists partners largest first, as the panel ranks them', () => {
    const unsorted = trade.flatMap((file) =>
      file.years.filter((y) => y.partners.some((p, i) => i > 0 && p.total > y.partners[i - 1]!.total)).map((y) => `${file.reporter} ${y.year}`));
    expect(unsorted).toEqual([]);
  });

  it('index.json matches the files: first and last year, and which years were curated by hand', () => {
    const index = JSON.parse(readFileSync(join(GEODATA_DIR, 'trade', 'index.json'), 'utf8')) as { reporters: { reporter: string; years: [number, number]; curatedYears: number[] }[] };
    expect(index.reporters.map((r) => r.reporter).sort()).toEqual(trade.map((t) => t.reporter).sort());
    for (const row of index.reporters) {
      const file = trade.find((t) => t.reporter === row.reporter)!;
      const years = file.years.map((y) => y.year);
      expect(row.years, row.reporter).toEqual([Math.min(...years), Math.max(...years)]);
      expect(row.curatedYears, row.reporter).toEqual(file.years.filter((y) => !isImfYear(y)).map((y) => y.year));
    }
  });

  it('cites, for every curated year, a source other than the IMF extract', () => {
    const curated = trade.flatMap((t) => t.years.filter((y) => y.year > 2020).map((y) => ({ id: `${t.reporter} ${y.year}`, sources: y.sources })));
    expect(curated.length).toBeGreaterThan(0);
    expect(curated.filter((c) => c.sources.some((s) => s.source === IMF_DOTS)).map((c) => c.id)).toEqual([]);
  });
});
