/** The SVG export over the real borders and data (no browser needed: d3-geo is pure). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodata, GEODATA_DIR } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import { statusColour, BASE_COLOURS } from '../../map/palette.js';
import { legendModel } from '../../panels/legend.js';
import { DEFAULT_BOUNDS } from '../../state/app-state.js';
import type { BorderData } from './border-data.js';
import { pageTexts } from '../layout/page-texts.js';
import { sovietRepublicsOn } from './soviet-union.js';
import { svgDocument } from './svg-document.js';
import { exportOverlays } from '../export-overlays.js';
import type { ExportOverlay } from '../export-options.js';
import { SIZE_PRESET_IDS, type SizePresetId } from '../layout/size-presets.js';
import { operatorColour } from '../../map/operator-colours.js';
import { basesOn } from '../../../geodata/src/base-queries.js';
import { approximateMeasure } from '../layout/text-measure.js';
import { coverageShapes } from '../layout/map-coverage.js';
import { statusFocus, statusFrame } from '../layout/status-frame.js';

const read = (file: string): unknown => JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', file), 'utf8'));
const borders = { countries: read('countries.geojson'), disputed: read('disputed.geojson'), labels: read('labels.geojson'), ussr: read('ussr.geojson') } as BorderData;
const queries = new AtlasQueries(readGeodata());

/** As run-export frames a view that was never moved: on the states with a status. */
function createSvg(day: string, orgs: OrgId[], projection: 'conic' | 'mercator' = 'conic', title = '', overlays: ExportOverlay[] = [], size: SizePresetId = 'a4-landscape'): string {
  const statuses = queries.statusesOn(orgs, day);
  const coloured = coverageShapes(borders.countries, statuses, orgs).filter((s) => s.coloured);
  return svgDocument({
    borders,
    statuses,
    orgs,
    mode: 'status',
    day,
    sovietUnion: day < '1991-12-26',
    sovietRepublics: sovietRepublicsOn(borders, day),
    projection,
    frame: statusFrame(coloured) ?? DEFAULT_BOUNDS,
    focus: statusFocus(coloured),
    measure: approximateMeasure,
    size,
    texts: pageTexts(queries, { day, orgs, mode: 'status' }, { title, subtitle: '' }),
    legend: legendModel(queries, orgs, day, 'status'),
    overlays: exportOverlays({ bases: queries.data.bases, events: queries.data.events, day, show: overlays, stateName: (c) => queries.statesByIso.get(c)?.name ?? c }),
  });
}

const paths = (svg: string) => [...svg.matchAll(/<path id="state-([A-Z]{3})" data-state="([A-Z]{3})"([^>]*) fill="(#[0-9a-f]{6})"[^>]* d="([^"]+)">/g)].map((m) => ({ state: m[2]!, attrs: m[3]!, fill: m[4]!, d: m[5]! }));

describe('svgDocument', () => {
  const svg = createSvg('2024-12-31', ['SCO']);

  it('draws one path per state, each with its ISO code', () => {
    const states = paths(svg).map((p) => p.state);
    expect(states.length).toBeGreaterThan(100);
    expect(new Set(states).size).toBe(states.length);
  });

  it('colours each state as the live map does and records its status as data attributes', () => {
    const byState = new Map(paths(svg).map((p) => [p.state, p]));
    for (const m of queries.membershipsOn('SCO', '2024-12-31')) {
      const p = byState.get(m.state);
      expect(p, m.state).toBeDefined();
      expect(p!.attrs).toContain(`data-sco="${m.status}"`);
      expect(p!.attrs).toContain(`data-status="SCO:${m.status}"`);
      expect(p!.fill).toBe(statusColour('SCO', m.status));
    }
    expect(byState.get('FRA')!.fill).toBe(BASE_COLOURS.land);
    expect(byState.get('FRA')!.attrs).not.toContain('data-sco');
  });

  it('is editable: text as <text>, named fonts, sizes in mm, layers, no foreignObject or images', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain('width="297.0mm" height="210.0mm"');
    expect(svg).toContain('font-family="Noto Sans, sans-serif"');
    expect(svg).toContain('inkscape:groupmode="layer"');
    expect(svg).not.toMatch(/<foreignObject|<image/);
    expect(svg).toContain('>SCO membership</text>');
    expect(svg).toContain('>As of 31 December 2024</text>');
    expect(svg).toContain('Borders: Natural Earth');
    expect(svg).toContain('data-body="SCO">Shanghai Cooperation Organisation</text>');
  });

  it('escapes user text', () => {
    expect(createSvg('2024-12-31', ['SCO'], 'mercator', 'A & B <C>')).toContain('>A &amp; B &lt;C&gt;</text>');
  });

  it('hatches Armenia as suspended in the CSTO in 2024 and draws the overlap badges when two organisations are shown', () => {
    expect(createSvg('2024-12-31', ['CSTO'])).toContain('data-hatch-of="ARM"');
    const both = createSvg('2024-12-31', ['SCO', 'CSTO']);
    expect(both).toContain('data-badge-of="KAZ" data-org="SCO" data-status="member"');
    expect(both).toContain('data-badge-of="KAZ" data-org="CSTO" data-status="member"');
  });

  it('before 26 December 1991 draws the Soviet Union outline and label', () => {
    const ussr = createSvg('1991-06-30', ['CIS']);
    expect(ussr).toContain('id="ussr"');
    expect(ussr).toContain('>SOVIET UNION</text>');
    expect(createSvg('1995-06-30', ['CIS'])).not.toContain('SOVIET UNION');
  });

  it('from 6 September 1991 draws Estonia, Latvia and Lithuania as states of their own outside the USSR', () => {
    const stroke = (svg: string, iso3: string) => new RegExp(`data-state="${iso3}"[^>]*stroke="none"`).test(svg);
    const august = createSvg('1991-08-31', ['CIS']);
    const october = createSvg('1991-10-01', ['CIS']);
    for (const baltic of ['EST', 'LVA', 'LTU']) {
      expect(stroke(august, baltic), `${baltic} inside the USSR in August`).toBe(true);
      expect(stroke(october, baltic), `${baltic} on its own in October`).toBe(false);
    }
    expect(stroke(october, 'KAZ')).toBe(true);
    // The USSR outline is the twelve republics' then, a shorter path than the fifteen's.
    const outline = (svg: string) => /<g id="ussr"[^>]*><path d="([^"]+)"/.exec(svg)![1]!;
    expect(outline(october)).not.toEqual(outline(august));
  });

  it('draws the bases of the date as markers in their operator colour, keyed in the legend, when asked', () => {
    const day = '2010-06-30';
    const withBases = createSvg(day, ['CSTO'], 'conic', '', ['bases']);
    const markers = [...withBases.matchAll(/<circle [^>]*fill="(#[0-9a-f]{6})"[^>]*data-base="([^"]+)" data-operator="([A-Z]{3})"/g)].map((m) => ({ fill: m[1]!, id: m[2]!, operator: m[3]! }));
    const expected = basesOn(queries.data.bases, day);
    // Markers outside the map frame are clipped, not left out; every active base has one.
    expect(markers.map((m) => m.id).sort()).toEqual(expected.map((b) => b.id).sort());
    expect(markers.find((m) => m.id.includes('manas'))).toMatchObject({ operator: 'USA', fill: operatorColour('USA') });
    expect(markers.some((m) => m.id.includes('kant') && m.operator === 'RUS')).toBe(true);
    expect(withBases).toContain('data-legend-row="overlay-heading" data-overlay="bases"');
    expect(withBases).toMatch(/data-legend-row="marker" data-overlay="bases" data-group="USA">.*United States of America \(\d+\)/);
    // Without the overlay: no markers and no key.
    const bare = createSvg(day, ['CSTO']);
    expect(bare).not.toContain('data-base=');
    expect(bare).not.toContain('data-overlay=');
  });
});

describe('svgDocument labels', () => {
  const orgs: OrgId[] = ['SCO', 'CSTO'];
  const statuses = queries.statusesOn(orgs, '2024-12-31');
  const withStatus = [...statuses.keys()].filter((iso3) => orgs.some((o) => statuses.get(iso3)?.[o] !== undefined));

  for (const size of SIZE_PRESET_IDS) {
    it(`${size}: every state with a status in the SCO or the CSTO in 2024 is named, small ones with a leader line`, () => {
      const svg = createSvg('2024-12-31', orgs, 'conic', '', [], size);
      const labelled = new Set([...svg.matchAll(/data-label-of="([A-Z]{3})"/g)].map((m) => m[1]));
      expect(withStatus.filter((iso3) => !labelled.has(iso3))).toEqual([]);
      for (const small of ['ARM', 'BHR', 'MDV']) {
        expect(svg).toMatch(new RegExp(`<text [^>]*data-label-of="${small}" data-leader="true"`));
        expect(svg).toContain(`data-leader-of="${small}"`);
      }
    });
  }
});
