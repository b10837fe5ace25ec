import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import { legendModel } from '../../panels/legend.js';
import { briefingHtml, briefingPage } from './briefing-html.js';
import { briefingModel } from './briefing-model.js';
import { exportOverlays } from '../export-overlays.js';

const queries = new AtlasQueries(readGeodata());

function createHtml(title = 'Central Asia', size: 'a4-portrait' | 'a3-landscape' = 'a4-portrait'): string {
  const model = briefingModel({
    queries, day: '2024-12-31', orgs: ['SCO', 'CSTO'], compare: '2014-12-31', states: ['KGZ'],
    legend: legendModel(queries, ['SCO', 'CSTO'], '2024-12-31', 'status'), title, subtitle: '', trade: new Map(),
  });
  return briefingHtml({ model, size, coverMapSvg: '<svg id="cover"></svg>', fontsHref: 'fonts.css' });
}

describe('briefingHtml', () => {
  it('stamps every page with the as-of date, the data date and "Page n of N" through @page margin boxes', () => {
    const html = createHtml();
    expect(html).toContain('size: A4 portrait');
    expect(html).toMatch(/@top-right \{ content: "As of 31 December 2024"/);
    expect(html).toMatch(/@bottom-left \{ content: "Data as of 22 November 2026/);
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  it('has a cover with the map, the change list, a page per state and the sources, in that order', () => {
    const html = createHtml();
    const order = ['<svg id="cover">', 'class="page changes"', 'data-state="KGZ"', 'class="sources"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('escapes text in the document and in the CSS stamps', () => {
    const html = createHtml('<b>"Q&A"</b> \\ briefing');
    expect(html).toContain('<h1>&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; \\ briefing</h1>');
    expect(html).toContain('@top-left { content: "<b>\\"Q&A\\"</b> \\\\ briefing";');
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses the slide size: a briefing is printed on paper', () => {
    expect(() => briefingPage('slide')).toThrow('not a paper size');
    expect(briefingPage('a3-landscape').cssSize).toBe('A3 landscape');
  });

  it('keys the bases drawn on the cover map under the membership legend, and nothing when none are drawn', () => {
    const model = briefingModel({
      queries, day: '2024-12-31', orgs: ['CSTO'], compare: '2014-12-31', states: [],
      legend: legendModel(queries, ['CSTO'], '2024-12-31', 'status'), title: 'Bases', subtitle: '', trade: new Map(),
    });
    const overlays = exportOverlays({ bases: queries.data.bases, events: queries.data.events, day: '2024-12-31', show: ['bases'], stateName: (c) => queries.statesByIso.get(c)?.name ?? c });
    const html = briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg id="cover"></svg>', fontsHref: 'fonts.css', overlayLegend: overlays.legend });
    expect(html).toContain('<div data-overlay="bases"><h3>Military bases</h3>');
    expect(html).toMatch(/<li data-group="RUS"><span class="key marker"[^>]*><\/span><span>Russia \(\d+\)<\/span><\/li>/);
    expect(briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg id="cover"></svg>', fontsHref: 'fonts.css' })).not.toContain('data-overlay=');
  });
});
