/**
 * Data validation over the real geodata/: schema (by loading), cross-file rules, and that the
 * derived files reproduce from ../shared/data when the source pack is present.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodata, GEODATA_DIR } from '../../geodata/node/read-geodata.js';
import { validateAtlas } from '../../geodata/src/validate-atlas.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { ORG_IDS } from '../../geodata/src/schema.js';

const data = readGeodata();
const queries = new AtlasQueries(data);
const SHARED = join(GEODATA_DIR, '..', '..', '..', 'shared', 'data');

describe('geodata', () => {
  it('passes every cross-file rule (ids unique, citations resolve, no overlaps, from < to, not after as-of, known states)', () => {
    expect(validateAtlas(data)).toEqual([]);
  });

  it('has a lineage file for each of the nine organisations (core four and five context ones), each with facts', () => {
    expect(data.memberships.map((m) => m.organization.id).sort()).toEqual([...ORG_IDS].sort());
    for (const m of data.memberships) expect(m.facts.length, m.organization.id).toBeGreaterThan(5);
  });

  it('cites only sources with a title, publisher and date, and marks secondary sources', () => {
    for (const s of data.sources) {
      expect(s.title.length).toBeGreaterThan(2);
      expect(s.publisher.length).toBeGreaterThan(1);
    }
  });

  it('lists each page once: no two source entries share an address, except distinct documents at one address', () => {
    // One address, two documents: a JSON file holding GACC's December 2024 and December 2025 tables;
    // the NATO Handbook's dates page, cited by NATO facts and (for Greece's EEC accession) by EU facts,
    // whose context files cite only their own prefix; two Civil.ge reports whose dates differ.
    const distinct = new Set(['trade-o-gacc-chn-country-2024-12-cny', 'trade-s-gacc-chn-country-2025-cny', 'nato-handbook-1993-dates', 'eu-nato-handbook-greece', 'base-civil-gudauta-2006', 'base-civil-gudauta-2006b']);
    const byUrl = new Map<string, string[]>();
    for (const s of data.sources) {
      if (!s.url || distinct.has(s.id)) continue;
      const key = s.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
      byUrl.set(key, [...(byUrl.get(key) ?? []), s.id]);
    }
    expect([...byUrl.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('marks a page without a publication date as undated: its recorded date is only when it was consulted', () => {
    // The note says so in words; the flag makes every view write "undated" instead of that date.
    const says = /date (given |field records |is )?(is )?(the date it was consulted|the (data|dataset)'s as-of date|the year it was read|the retrieval year)/i;
    const flagged = data.sources.filter((s) => s.undated).map((s) => s.id);
    const described = data.sources.filter((s) => says.test(s.note ?? '')).map((s) => s.id);
    expect(flagged.length).toBeGreaterThan(30);
    expect(flagged.sort()).toEqual(described.sort());
    // An as-of or consultation date never passes for a publication date after the data's as-of date.
    const asOf = data.info.asOf;
    expect(data.sources.filter((s) => !s.undated && s.date > asOf && /wikipedia/i.test(s.publisher + s.title) && !/revision/i.test(s.note ?? '')).map((s) => s.id)).toEqual([]);
  });

  it('never takes the seed articles\u2019 known errors: Belarus did not sign the Collective Security Treaty in 1992', () => {
    expect(queries.statusOf('BLR', 'CSTO', '1992-12-31')).toBeNull();
    expect(queries.statusOf('BLR', 'CSTO', '1994-06-30')?.status).toBe('member');
  });

  it('records that sources disagree on Armenia\u2019s CSTO status, and which claim the map uses', () => {
    const armenia = queries.statusOf('ARM', 'CSTO', '2025-01-01');
    expect(armenia?.status).toBe('suspended');
    expect(armenia?.fact.alternatives?.some((a) => a.status === 'member')).toBe(true);
  });

  it('every membership body has a name and the lineage names its predecessor bodies', () => {
    expect(queries.bodyOn('SCO', '1998-12-31')?.name).toBe('Shanghai Five');
    expect(queries.bodyOn('CSTO', '1998-12-31')?.name).toBe('Collective Security Treaty');
    expect(queries.bodyOn('EAEU', '2005-12-31')?.name).toMatch(/Eurasian Economic Community/);
    expect(queries.bodyOn('CIS', '1990-12-31')).toBeNull();
  });
});

const reproducible = existsSync(SHARED) ? describe : describe.skip;

reproducible('derived files reproduce from ../shared/data', () => {
  const scripts: [string, string[]][] = [
    ['build/derive/derive-borders.ts', ['borders/countries.geojson', 'borders/ussr.geojson', 'borders/disputed.geojson', 'borders/labels.geojson', 'borders/history.geojson', 'borders/history-labels.geojson', 'borders/water.geojson', 'borders/rivers.geojson', 'borders/provenance.json', 'states.json']],
    ['build/derive/derive-exercises.ts', ['events/exercises.json', 'events/exercises.provenance.json']],
    ['build/derive/derive-trade.ts', ['trade/KAZ.json', 'trade/RUS.json', 'trade/index.json', 'trade/provenance.json']],
    ['build/derive/derive-weight.ts', ['weight/indicators.json', 'weight/provenance.json']],
    ['build/derive/derive-trade-lens.ts', ['trade/lens.json']],
  ];
  // trade/lens.json is derived from the trade files by its own script.
  const tradeFiles = (dir: string): string[] => readdirSync(join(dir, 'trade')).filter((f) => f !== 'lens.json').sort();
  it.each(scripts)('%s writes the committed files byte for byte', (script, files) => {
    const out = mkdtempSync(join(tmpdir(), 'atlas-derive-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ATLAS_DERIVE_OUT: out }, stdio: 'pipe' });
      for (const f of files) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(GEODATA_DIR, f), 'utf8'));
      if (script.endsWith('derive-trade.ts')) expect(tradeFiles(out)).toEqual(tradeFiles(GEODATA_DIR));
      if (script.endsWith('derive-trade.ts')) for (const f of tradeFiles(out)) expect(readFileSync(join(out, 'trade', f), 'utf8'), `trade/${f}`).toBe(readFileSync(join(GEODATA_DIR, 'trade', f), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
