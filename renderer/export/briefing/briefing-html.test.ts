import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import { legendModel } from '../../panels/legend.js';
import { briefingHtml, briefingPage, cssString } from './briefing-html.js';
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
    expect(html).toMatch(/@bottom-left \{ content: "Data as of 31 March 2026/);
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  it('has a cover with the map, the change list, a page per state and the sources, in that order', () => {
    const html = createHtml();
    const order = ['<svg id="cover">', 'class="page changes"', 'data-state="KGZ"', 'class="sources"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes a lower bound "≥" in the trade table, and explains the asterisk by what the estimate is', () => {
    const trade = {
      reporter: 'TKM',
      years: [{
        year: 2024,
        worldTotal: 1000,
        partners: [
          { partner: 'CHN', exports: null, imports: null, total: 500, estimated: true },
          { partner: 'UZB', exports: null, imports: null, total: 100, estimated: true, lowerBound: true as const },
        ],
        sources: [{ source: queries.data.sources[0]!.id, supports: 'test trade figures' }],
      }],
    };
    const model = briefingModel({
      queries, day: '2024-12-31', orgs: ['SCO'], compare: '2014-12-31', states: ['TKM'],
      legend: legendModel(queries, ['SCO'], '2024-12-31', 'status'), title: 'T', subtitle: '', trade: new Map([['TKM', trade]]),
    });
    const html = briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg></svg>', fontsHref: 'fonts.css' });
    expect(html).toMatch(/<tr data-partner="UZB">.*?≥ US\$100 m\*<\/td><td class="num">≥ 10\.0%<\/td>/);
    expect(html).toMatch(/<tr data-partner="CHN">.*?>US\$500 m\*<\/td><td class="num">50\.0%<\/td>/);
    // Curated figures are derived by the atlas, not estimated by the IMF.
    expect(html).toContain('* Derived from the cited figures (see the notes).');
    expect(html).not.toContain('partly estimated by the IMF');
  });

  it('escapes text in the document and in the CSS stamps', () => {
    const html = createHtml('<b>"Q&A"</b> \\ briefing');
    expect(html).toContain('<h1>&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt; \\ briefing</h1>');
    expect(html).toContain('@top-left { content: "\\3c b\\3e \\22 Q\\26 A\\22 \\3c /b\\3e  \\5c  briefing";');
    expect(html).not.toMatch(/<script/i);
  });

  it.each([
    ['" onload="alert(1)'],
    ['</style><script>alert(1)</script>'],
    ["</title><img src=x onerror=alert(1)>"],
    ['\\"; } body { display: none } x { content: "'],
  ])('a hostile title %s stays text: no element, attribute or rule comes out of it', (title) => {
    const html = createHtml(title);
    expect(html).not.toMatch(/<script|<img|\sonload="/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/<|body \{ display: none/);
    // Every script is refused by the document's own policy too.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/);
  });

  it('cssString writes a string CSS reads back as the same text, with nothing that ends a string or the style element', () => {
    const text = 'A "quoted" \\ </style> <b> & ünïcödé — 2024';
    const literal = cssString(text);
    expect(literal.slice(1, -1)).not.toMatch(/["<>&\n]/);
    const unescaped = literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(unescaped).toBe(text);
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
