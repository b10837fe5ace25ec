import { describe, expect, it } from 'vitest';
import { chartTableHtml, lineChartSvg, type ChartSeries } from './line-chart.js';

const series: ChartSeries[] = [
  { id: 'CHN', label: 'China', colour: '#c0392b', points: [{ x: 2019, y: 0.15 }, { x: 2020, y: null }, { x: 2021, y: 0.2 }, { x: 2022, y: 0.25, marked: true }] },
  { id: 'RUS', label: 'Russia <&>', colour: '#2c6fbb', dash: '4 2', points: [{ x: 2019, y: 0.2 }, { x: 2020, y: 0.22 }, { x: 2021, y: 0.21 }, { x: 2022, y: 0.18 }] },
];
const svg = lineChartSvg(series, { width: 400, height: 220, title: 'Share of trade', description: 'Kazakhstan’s trade with China and Russia', yFormat: (v) => `${Math.round(v * 100)}%`, markers: [{ x: 2021, label: 'basis change' }], markedMeaning: 'partner-reported' });

describe('lineChartSvg', () => {
  it('draws one path per series, breaking the line at a gap instead of drawing zero', () => {
    const china = /data-series="CHN" d="([^"]+)"/.exec(svg)![1]!;
    expect(china.split('M')).toHaveLength(3); // two segments: 2019, then 2021–2022
    expect(svg).toContain('data-series="RUS"');
  });

  it('draws marked points hollow and explains them, and draws basis-change markers', () => {
    expect(svg).toMatch(/fill="#fff" stroke="#c0392b"/);
    expect(svg).toContain('partner-reported');
    expect(svg).toContain('basis change');
  });

  it('escapes every text and carries a title and a description', () => {
    expect(svg).toContain('Russia &lt;&amp;&gt;');
    expect(svg).not.toContain('Russia <&>');
    expect(svg).toMatch(/<title>Share of trade<\/title><desc>Kazakhstan’s trade with China and Russia<\/desc>/);
  });

  it('parses as SVG', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });
});

describe('chartTableHtml', () => {
  it('gives the same numbers as a table, with gaps as dashes and marked values starred', () => {
    const html = chartTableHtml(series, 'Share of trade', (v) => `${Math.round(v * 100)}%`);
    expect(html).toContain('<th scope="row">2020</th><td>—</td><td>22%</td>');
    expect(html).toContain('<td>25% *</td>');
    expect(html).toContain('Russia &lt;&amp;&gt;');
  });
});
