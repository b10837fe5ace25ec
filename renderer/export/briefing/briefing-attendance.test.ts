import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import { legendModel } from '../../panels/legend.js';
import { briefingHtml } from './briefing-html.js';
import { briefingModel } from './briefing-model.js';

const queries = new AtlasQueries(readGeodata());

describe('briefing attendance', () => {
  const model = briefingModel({
    queries, day: '2025-12-31', orgs: ['CSTO'], compare: '2020-12-31', states: ['ARM'],
    legend: legendModel(queries, ['CSTO'], '2025-12-31', 'status'), title: 'Armenia', subtitle: '', trade: new Map(),
  });
  const html = briefingHtml({ model, size: 'a4-portrait', coverMapSvg: '<svg></svg>', fontsHref: 'fonts.css' });

  it('marks the state absent from a summit its leader stayed away from, and names who came', () => {
    const page = model.states[0]!;
    const csto = page.events.find((e) => e.event.id === 'ev-summit-csto-2025-bishkek');
    expect(csto?.attendance?.state).toBe('absent');
    expect(csto?.attendance?.absent).toEqual(['Armenia']);
    const item = html.slice(html.indexOf('data-event="ev-summit-csto-2025-bishkek"'));
    expect(item.slice(0, item.indexOf('</li>'))).toMatch(/data-attendance="absent">absent<\/span>[\s\S]*<div class="attendance muted">Attended: [^<]*Russia[^<]*\. Absent: Armenia\.<\/div>/);
  });
});
