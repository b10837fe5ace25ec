import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../geodata/node/read-geodata.js';
import { readWeight } from '../../../geodata/node/read-weight.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import { orgProfile } from '../../../geodata/src/org-profile.js';
import { legendModel } from '../../panels/legend.js';
import { orgPanelModel } from '../../panels/org-panel.js';
import { briefingHtml } from './briefing-html.js';
import { briefingModel } from './briefing-model.js';

const queries = new AtlasQueries(readGeodata());
const day = '2024-12-31';
const model = briefingModel({ queries, day, orgs: ['SCO', 'CSTO'], compare: '2014-12-31', states: ['KGZ'], legend: legendModel(queries, ['SCO', 'CSTO'], day, 'status'), title: 'Central Asia', subtitle: '', trade: new Map() });
const orgPages = (['SCO', 'CSTO'] as const).map((org) => orgPanelModel(orgProfile(queries, readWeight(), queries.data.events, org, day), queries));

describe('briefing organisation pages', () => {
  const html = briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg id="cover"></svg>', fontsHref: 'fonts.css', orgPages });

  it('adds one page per organisation after the changes and before the state pages, named in the contents', () => {
    const order = ['class="page changes"', 'class="page org" data-org="SCO"', 'class="page org" data-org="CSTO"', 'class="page state" data-state="KGZ"', 'class="sources"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/In this briefing: [^<]*Shanghai Cooperation Organisation/);
  });

  it('lists the members with their statuses, charts the statuses and weight over time, and the latest summits', () => {
    const sco = html.slice(html.indexOf('class="page org" data-org="SCO"'), html.indexOf('class="page org" data-org="CSTO"'));
    expect(sco).toContain('data-state="IND"');
    expect(sco).toContain('data-state="BLR"');
    expect((sco.match(/<figure class="org-chart"/g) ?? []).length).toBe(2);
    expect(sco).toMatch(/Summits \(latest 10 of \d+\)/);
  });

  it('is absent when not asked for', () => {
    expect(briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg></svg>', fontsHref: 'fonts.css' })).not.toContain('class="page org"');
  });
});
