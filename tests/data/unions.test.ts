/** The table of historical states (geodata/data/unions.json): dates, sources, units, and what each day draws. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../geodata/node/read-geodata.js';
import { drawnFrom, isOutlineUnion, labelOn, outlineUnitsOn, statesDrawnOn, unionOf, unionsFileSchema } from '../../geodata/src/unions.js';
import { SOVIET_REPUBLICS, USSR_DISSOLVED } from '../../geodata/src/soviet-union.js';
import { isPartialDate } from '../../geodata/src/partial-date.js';

const unions = unionsFileSchema.parse(JSON.parse(readFileSync(join(GEODATA_DIR, 'unions.json'), 'utf8')));
const countries = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'countries.geojson'), 'utf8')) as { features: { properties: { iso3: string } }[] };
const units = countries.features.map((f) => f.properties.iso3);
const data = readGeodata();
const sourceIds = new Set(data.sources.map((s) => s.id));
const registry = new Set(data.states.map((s) => s.iso3));

describe('unions.json', () => {
  const entries = [...unions.unions, ...unions.territories, ...unions.labels];

  it('every date is a partial date, every interval runs forward, and every citation resolves', () => {
    for (const e of entries) {
      for (const d of [e.from, e.to]) if (d !== null) expect(isPartialDate(d), d).toBe(true);
      if (e.from !== null && e.to !== null) expect(e.from < e.to, JSON.stringify(e)).toBe(true);
      for (const c of e.sources) expect(sourceIds.has(c.source), c.source).toBe(true);
    }
  });

  it('every union code is in the state registry and every member unit is a Natural Earth unit the map draws', () => {
    for (const u of unions.unions) {
      expect(registry.has(u.code), u.code).toBe(true);
      for (const unit of u.units) expect(units, `${u.code}: ${unit}`).toContain(unit);
    }
    for (const t of [...unions.territories, ...unions.labels]) expect(units).toContain(t.unit);
  });

  it('no unit is inside two unions on the same day, and one code’s phases follow each other without gaps', () => {
    const days = [...new Set(unions.unions.flatMap((u) => [u.from, u.to]).filter((d): d is string => d !== null))];
    for (const day of days) {
      const seen = new Map<string, string>();
      for (const u of unions.unions.filter((x) => (x.from ?? '0000') <= day && (x.to === null || day < x.to)))
        for (const unit of u.units) {
          expect(seen.get(unit), `${unit} on ${day}`).toBeUndefined();
          seen.set(unit, u.code);
        }
    }
    const yug = unions.unions.filter((u) => u.code === 'YUG');
    for (let i = 1; i < yug.length; i++) expect(yug[i]!.from).toBe(yug[i - 1]!.to);
  });
});

describe('statesDrawnOn', () => {
  const drawn = (day: string) => statesDrawnOn(unions, units, day);

  it('June 1992: Czechoslovakia and the FR Yugoslavia, with Slovenia, Croatia, Macedonia and Bosnia on their own', () => {
    const d = drawn('1992-06-30');
    for (const c of ['CSK', 'SCG', 'SVN', 'HRV', 'MKD', 'BIH', 'ETH', 'SDN']) expect(d).toContain(c);
    for (const c of ['CZE', 'SVK', 'MNE', 'XKX', 'ERI', 'SSD', 'YUG']) expect(d).not.toContain(c);
  });

  it('2007: Serbia with Kosovo; Montenegro on its own; Eritrea, Czechia and Slovakia exist; South Sudan does not yet', () => {
    const d = drawn('2007-06-30');
    for (const c of ['SRB', 'MNE', 'ERI', 'CZE', 'SVK', 'SDN']) expect(d).toContain(c);
    for (const c of ['SCG', 'XKX', 'SSD', 'CSK']) expect(d).not.toContain(c);
    expect(unionOf(unions, 'XKX', '2007-06-30')?.code).toBe('SRB');
  });

  it('half-open: Czechoslovakia is drawn on 31 December 1992 and gone on 1 January 1993', () => {
    expect(drawn('1992-12-31')).toContain('CSK');
    expect(drawn('1993-01-01')).not.toContain('CSK');
    expect(drawn('1993-01-01')).toEqual(expect.arrayContaining(['CZE', 'SVK']));
  });

  it('the USSR: fifteen republics until 6 September 1991, twelve until 26 December 1991, then none', () => {
    const summer = drawn('1991-08-31');
    expect(summer).toContain('SUN');
    for (const c of ['EST', 'LVA', 'LTU', 'KAZ', 'RUS']) expect(summer).not.toContain(c);
    const autumn = drawn('1991-09-06');
    expect(autumn).toContain('SUN');
    for (const c of ['EST', 'LVA', 'LTU']) expect(autumn).toContain(c);
    expect(autumn).not.toContain('KAZ');
    expect(outlineUnitsOn(unions, '1991-08-31').size).toBe(15);
    expect([...outlineUnitsOn(unions, '1991-12-25')].sort()).toEqual(SOVIET_REPUBLICS.filter((r) => !['EST', 'LVA', 'LTU'].includes(r)));
    expect(outlineUnitsOn(unions, USSR_DISSOLVED).size).toBe(0);
    expect(drawn(USSR_DISSOLVED)).not.toContain('SUN');
    expect(drawn(USSR_DISSOLVED)).toEqual(expect.arrayContaining(['KAZ', 'RUS', 'UKR']));
    // The table and the constant the trade and exercise derivations use agree.
    const sun = unions.unions.filter((u) => u.code === 'SUN');
    expect(sun.every(isOutlineUnion)).toBe(true);
    expect(sun.at(-1)!.to).toBe(USSR_DISSOLVED);
    expect([...sun[0]!.units].sort()).toEqual([...SOVIET_REPUBLICS].sort());
    expect(drawnFrom(unions, 'EST')).toBe('1991-09-06');
    expect(drawnFrom(unions, 'KAZ')).toBe(USSR_DISSOLVED);
  });

  it("gives a unit's label its first own day, and sovereignty labels by date", () => {
    expect(drawnFrom(unions, 'SVK')).toBe('1993-01-01');
    expect(drawnFrom(unions, 'XKX')).toBe('2008-02-17');
    expect(drawnFrom(unions, 'ETH')).toBeNull();
    expect(labelOn(unions, 'HKG', '1997-06-30')).toBe('Hong Kong (UK)');
    expect(labelOn(unions, 'HKG', '1997-07-01')).toBe('Hong Kong (China)');
    expect(labelOn(unions, 'MAC', '1999-12-19')).toBe('Macao (Portugal)');
  });
});

describe('derived history geometry', () => {
  const history = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'history.geojson'), 'utf8')) as { features: { properties: { id: string; iso3: string; from: string | null; to: string | null } }[] };

  const ussr = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'ussr.geojson'), 'utf8')) as typeof history;

  it('has one dated polygon per union entry: filled unions in history.geojson, outline unions (the USSR) in ussr.geojson', () => {
    const id = (u: { code: string; from: string | null }) => `${u.code}@${u.from ?? 'start'}`;
    expect(history.features.map((f) => f.properties.id).sort()).toEqual(unions.unions.filter((u) => !isOutlineUnion(u)).map(id).sort());
    expect(ussr.features.map((f) => f.properties.id).sort()).toEqual(unions.unions.filter(isOutlineUnion).map(id).sort());
    expect(ussr.features.map((f) => [f.properties.from, f.properties.to])).toEqual(unions.unions.filter(isOutlineUnion).map((u) => [u.from, u.to]));
  });
});
