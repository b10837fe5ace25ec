import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { readTradeFile } from '../../geodata/node/read-trade.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { createPartner, createTradeFile, createTradeYear } from '../../geodata/src/test-factories.js';
import { tradeChart, tradeChartFigureHtml } from './trade-chart.js';

const queries = new AtlasQueries(readGeodata());
const euOf = (year: number): ReadonlySet<string> => new Set(queries.membershipsOn('EU', `${year}-12-31`).filter((a) => a.status === 'member').map((a) => a.state));

describe('tradeChart', () => {
  it('draws Kazakhstan’s shares with China, Russia, the EU and the US from 1992 to its last year, titled for the briefing', () => {
    const file = readTradeFile('KAZ')!;
    const lastYear = Math.max(...file.years.map((y) => y.year));
    const chart = tradeChart(file, 'Kazakhstan', euOf)!;
    expect(lastYear).toBeGreaterThanOrEqual(2024);
    expect(chart.title).toBe(`Share of trade with main partners, 1992–${lastYear}`);
    expect(chart.series.map((s) => s.id).slice(0, 4)).toEqual(['CHN', 'RUS', 'USA', 'EU']);
    const china = chart.series.find((s) => s.id === 'CHN')!;
    expect(china.points.find((p) => p.x === 2023)?.y).toBeCloseTo(0.215, 3);
    // 2010: Russia's figure differs from Russia's own report by more than ×2: hollow.
    expect(chart.series.find((s) => s.id === 'RUS')!.points.find((p) => p.x === 2010)?.marked).toBe(true);
    // 2021: the IMF series gives way to the statistics bureau's figures.
    expect(chart.basisChanges).toContain(2021);
    expect(chart.svg).toContain(`<title>Share of trade with main partners, 1992–${lastYear}</title>`);
    expect(chart.svg).toContain('basis');
    expect(chart.description).toMatch(/^Kazakhstan: share of its goods trade with China, Russia/);
  });

  it('shows a curated year without a world total as a gap (never 0), in the chart and its table', () => {
    // Belarus publishes no partner detail after 2021: its curated years have partners but no world total.
    const file = readTradeFile('BLR')!;
    const year = file.years.find((y) => y.year >= 2021 && y.worldTotal === null && y.partners.some((p) => p.partner === 'CHN'))!;
    expect(year).toBeDefined();
    const chart = tradeChart(file, 'Belarus', euOf)!;
    expect(chart.series.find((s) => s.id === 'CHN')!.points.find((p) => p.x === year.year)?.y).toBeNull();
    expect(chart.tableHtml).toContain(`<th scope="row">${year.year}</th><td>—</td>`);
  });

  it('leaves a gap for a year without figures and never repeats a neighbouring year', () => {
    const file = createTradeFile('KGZ', [createTradeYear(2000, 100, [createPartner('CHN', 10), createPartner('RUS', 40)]), createTradeYear(2002, 100, [createPartner('CHN', 20), createPartner('RUS', 30)])]);
    const chart = tradeChart(file, 'Kyrgyzstan', () => new Set())!;
    const china = chart.series.find((s) => s.id === 'CHN')!;
    expect(china.points.filter((p) => p.x >= 2000).map((p) => [p.x, p.y])).toEqual([[2000, 0.1], [2001, null], [2002, 0.2]]);
    expect(chart.series.map((s) => s.id)).toEqual(['CHN', 'RUS']);
  });

  it('is null when no year has a share', () => {
    expect(tradeChart(createTradeFile('TKM', [createTradeYear(2023, null, [createPartner('CHN', 10)])]), 'Turkmenistan', () => new Set())).toBeNull();
  });
});

describe('tradeChartFigureHtml', () => {
  it('prints the chart under its title with the description as the figure’s alt text, escaped', () => {
    const html = tradeChartFigureHtml({ title: 'Share <1>', description: 'A & "B"', svg: '<svg></svg>' });
    expect(html).toBe('<h3>Share &lt;1&gt;</h3><figure class="trade-chart" role="img" aria-label="A &amp; &quot;B&quot;"><svg></svg></figure>');
    expect(tradeChartFigureHtml(null)).toBe('');
  });
});
