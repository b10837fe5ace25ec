import { describe, expect, it } from 'vitest';
import type { LegendModel } from '../../panels/legend.js';
import { exportLayout, PAGE_MARGIN, TITLE_FONT, type MapCoverage, type Rect } from './export-layout.js';
import { wrapLabel } from './place-labels.js';
import { CoverageGrid } from './coverage-grid.js';
import { WEIGHT_STATUS } from './map-coverage.js';
import { legendLayout } from './legend-layout.js';
import { pageGeometry } from './page-geometry.js';
import { SIZE_PRESET_IDS } from './size-presets.js';
import { approximateMeasure } from './text-measure.js';

function createLegend(overrides: Partial<LegendModel> = {}): LegendModel {
  return {
    asOf: 'As of 31 December 2024',
    bodies: [{ org: 'SCO', name: 'Shanghai Cooperation Organisation' }],
    mode: 'status',
    keys: [
      { colour: '#0072b2', label: 'Member', hatched: false, status: 'member' },
      { colour: '#9bc0dc', label: 'Observer', hatched: false, status: 'observer' },
    ],
    badges: [],
    ...overrides,
  };
}

const within = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.width <= outer.x + outer.width + 1e-9 && inner.y + inner.height <= outer.y + outer.height + 1e-9;

function layoutFor(size: (typeof SIZE_PRESET_IDS)[number], title = 'SCO membership', subtitle = '') {
  const page = pageGeometry(size, 150);
  const legend = legendLayout(createLegend(), approximateMeasure);
  return { page, legend, layout: exportLayout({ width: page.width, height: page.height, title, asOf: 'As of 31 December 2024', subtitle, legend, attribution: 'Eurasian Alliances Atlas' }, approximateMeasure) };
}

describe('legendLayout', () => {
  it('lists heading, body names, the as-of date, the keys and the disputed-area key, top to bottom', () => {
    const legend = legendLayout(createLegend(), approximateMeasure);
    expect(legend.rows.map((r) => r.text)).toEqual([
      'Membership status',
      'Shanghai Cooperation Organisation',
      'As of 31 December 2024',
      'Member',
      'Observer',
      'Disputed, occupied or breakaway area',
    ]);
    const baselines = legend.rows.map((r) => r.baseline);
    expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
    expect(legend.height).toBeGreaterThan(baselines[baselines.length - 1]!);
  });

  it('is wide enough for its longest line', () => {
    const legend = legendLayout(createLegend(), approximateMeasure);
    for (const row of legend.rows) expect(row.textX + approximateMeasure(row.text, row.font)).toBeLessThanOrEqual(legend.width);
  });

  it('adds one badge per organisation for each badge key in the overlap view', () => {
    const model = createLegend({
      mode: 'count',
      bodies: [
        { org: 'SCO', name: 'Shanghai Cooperation Organisation' },
        { org: 'CSTO', name: 'Collective Security Treaty Organization' },
      ],
      badges: [{ label: 'member', fill: () => '#000000' }],
    });
    const rows = legendLayout(model, approximateMeasure).rows.filter((r) => r.kind === 'badge');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.badges).toHaveLength(2);
  });
});

describe('exportLayout', () => {
  for (const size of SIZE_PRESET_IDS) {
    it(`${size}: map, legend and texts stay inside the margins and nothing overlaps the map but the legend`, () => {
      const { page, layout } = layoutFor(size, 'SCO and CSTO membership', 'A subtitle');
      const inner = { x: PAGE_MARGIN, y: PAGE_MARGIN, width: page.width - 2 * PAGE_MARGIN, height: page.height - 2 * PAGE_MARGIN };
      expect(within(layout.map, inner)).toBe(true);
      expect(within(layout.legend, inner)).toBe(true);
      expect(layout.subtitle!.y).toBeLessThan(layout.map.y);
      expect(layout.footer[0].y).toBeGreaterThan(layout.map.y + layout.map.height);
      if (layout.legendOnMap) expect(within(layout.legend, layout.map)).toBe(true);
      else expect(layout.legend.y).toBeGreaterThanOrEqual(layout.map.y + layout.map.height);
      expect(layout.map.height).toBeGreaterThan(page.height * 0.4);
    });
  }

  it('puts the legend on the map on landscape pages and below it on portrait pages', () => {
    expect(layoutFor('a4-landscape').layout.legendOnMap).toBe(true);
    expect(layoutFor('a4-portrait').layout.legendOnMap).toBe(false);
  });

  it('shrinks a long title to fit beside the as-of stamp, down to 60%', () => {
    const long = 'Membership of the Shanghai Cooperation Organisation, the CSTO, the EAEU and the CIS in Eurasia';
    const { layout } = layoutFor('a4-portrait', long);
    expect(layout.title.font.size).toBeLessThan(TITLE_FONT.size);
    expect(layout.title.font.size).toBeGreaterThanOrEqual(TITLE_FONT.size * 0.6 - 0.1);
  });

  it('leaves the subtitle out when there is none, giving the map the room', () => {
    const without = layoutFor('a4-landscape').layout;
    const withSub = layoutFor('a4-landscape', 'SCO membership', 'Subtitle').layout;
    expect(without.subtitle).toBeNull();
    expect(without.map.height).toBeGreaterThan(withSub.map.height);
  });
});

describe('exportLayout with a coverage', () => {
  const page = pageGeometry('a4-portrait', 96);
  const legend = legendLayout(createLegend(), approximateMeasure);
  /** A frame twice as wide as tall, fitted across the rectangle's width; no state anywhere near the corners. */
  const coverage = (rect: Rect): MapCoverage => {
    const height = rect.width / 2;
    const used = { x: rect.x, y: rect.y + (rect.height - height) / 2, width: rect.width, height };
    return { grid: new CoverageGrid(rect, 4), scale: rect.width, used };
  };

  it('puts the boxes beside a map that loses no scale there, and trims the map to its frame', () => {
    const layout = exportLayout({ width: page.width, height: page.height, title: 'T', asOf: 'As of 2024', subtitle: '', legend, attribution: 'A', coverage }, approximateMeasure);
    expect(layout.legendOnMap).toBe(false);
    expect(layout.map.width).toBe(page.width - 2 * PAGE_MARGIN);
    expect(layout.map.height).toBeLessThanOrEqual(layout.map.width / 2 + 12 + 1e-9);
    expect(layout.legend.y).toBeGreaterThanOrEqual(layout.map.y + layout.map.height);
  });

  it('puts the legend on the map, clear of every coloured cell, when beside would shrink the map', () => {
    const landscape = pageGeometry('a4-landscape', 96);
    const crowded = (rect: Rect): MapCoverage => {
      const grid = new CoverageGrid(rect, 4);
      // Coloured everywhere but the top-right corner.
      grid.fill([[[rect.x, rect.y + 200], [rect.x + rect.width, rect.y + 200], [rect.x + rect.width, rect.y + rect.height], [rect.x, rect.y + rect.height]], [[rect.x, rect.y], [rect.x + rect.width - 400, rect.y], [rect.x + rect.width - 400, rect.y + 200], [rect.x, rect.y + 200]]], WEIGHT_STATUS);
      return { grid, scale: rect.width * rect.height };
    };
    const layout = exportLayout({ width: landscape.width, height: landscape.height, title: 'T', asOf: 'As of 2024', subtitle: '', legend, attribution: 'A', coverage: crowded }, approximateMeasure);
    expect(layout.legendOnMap).toBe(true);
    expect(layout.legend.x).toBeGreaterThanOrEqual(layout.map.x + layout.map.width - 400);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.map.y + 200);
  });
});

describe('the footer wraps beside the attribution', () => {
  const longNotes =
    'Borders: Natural Earth; de facto control (Crimea drawn as held by Russia from March 2014; breakaway and occupied areas outside their state’s colour); contested areas hatched. Areas of Ukraine occupied since 2022 beyond Crimea and the 2014 Donbas line are not outlined: the data has no sourced outline for them.';
  const sources = 'Sources: treaty texts, the organisations’ records and cited news, as compiled in Eurasian Alliances Atlas data 2026.12 (checked to 31 March 2026).';

  for (const size of SIZE_PRESET_IDS) {
    it(`${size}: no footer line runs into the attribution or off the page, and the map makes room for the extra lines`, () => {
      const page = pageGeometry(size, 96);
      const legend = legendLayout(createLegend(), approximateMeasure);
      const base = { width: page.width, height: page.height, title: 'CSTO membership', asOf: 'As of 31 December 2024', subtitle: '', legend, attribution: 'Eurasian Alliances Atlas' };
      const short = exportLayout({ ...base, footerTexts: [sources, 'Borders: Natural Earth.'] }, approximateMeasure);
      const long = exportLayout({ ...base, footerTexts: [sources, longNotes] }, approximateMeasure);
      const attributionLeft = long.attribution.x - approximateMeasure('Eurasian Alliances Atlas', long.attribution.font);
      for (const line of long.footerLines) {
        expect(line.box.x + approximateMeasure(line.text, line.box.font), line.text).toBeLessThanOrEqual(attributionLeft);
        expect(line.box.y).toBeLessThan(page.height);
      }
      // Every word is drawn, in order.
      expect(long.footerLines.filter((l) => l.part === 1).map((l) => l.text).join(' ')).toBe(longNotes);
      expect(long.footerLines.length).toBeGreaterThan(short.footerLines.length);
      expect(long.map.y + long.map.height).toBeLessThan(long.footerLines[0]!.box.y);
      expect(long.map.height).toBeLessThanOrEqual(short.map.height);
    });
  }

  it('the footer wraps with the label wrapper: words whole, lines within the room', () => {
    const width = (s: string) => s.length;
    expect(wrapLabel('one two three four', 9, TITLE_FONT, width)).toEqual(['one two', 'three', 'four']);
    expect(wrapLabel('averyveryverylongword end', 5, TITLE_FONT, width)).toEqual(['averyveryverylongword', 'end']);
    expect(wrapLabel('   ', 5, TITLE_FONT, width)).toEqual([]);
  });
});
