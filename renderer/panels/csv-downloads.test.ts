import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { readTradeFile } from '../../geodata/node/read-trade.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { tradeAnswerFor } from '../../geodata/src/trade-queries.js';
import { eventsCsv, statusTableCsv, tradeCsv } from './csv-downloads.js';
import { tableRows } from './table-view.js';

const queries = new AtlasQueries(readGeodata());

describe('CSV downloads', () => {
  it('the table view: one row per state with its status per organisation and the titles of its sources', () => {
    const file = statusTableCsv(queries, tableRows(queries, ['SCO'], '2023-12-31'), ['SCO'], '2023-12-31');
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('state,iso3,SCO,sources');
    const kaz = lines.find((l) => l.startsWith('Kazakhstan,KAZ,member,'));
    expect(kaz).toBeDefined();
    expect(kaz!.length).toBeGreaterThan('Kazakhstan,KAZ,member,'.length + 5);
    expect(file.filename).toBe('status-SCO-2023-12-31.csv');
  });

  it('the trade table: the query’s rows with shares as fractions, basis and sources', () => {
    const answer = tradeAnswerFor(readTradeFile('KAZ')!, 2023, (c) => queries.statesByIso.get(c)?.name)!;
    const file = tradeCsv(queries, answer);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('rank,partner,name,exports_musd,imports_musd,total_musd,share,estimated,lower_bound,partner_reported,basis,note,sources');
    expect(lines[1]).toMatch(/^1,CHN,China,/);
    expect(file.sourceLine).toMatch(/^Goods trade 2023, US\$ millions; source: /);
  });

  it('the trade table marks a lower bound in its own column (Turkmenistan–Russia, January–August 2021)', () => {
    const answer = tradeAnswerFor(readTradeFile('TKM')!, 2021, (c) => queries.statesByIso.get(c)?.name)!;
    const lines = tradeCsv(queries, answer).text.split('\r\n');
    const column = lines[0]!.split(',').indexOf('lower_bound');
    const cell = (code: string): string | undefined => lines.find((l) => l.split(',')[1] === code)?.split(',')[column];
    expect(cell('RUS')).toBe('yes');
    expect(cell('UZB')).toBe('');
  });

  it('the events list: date, kind, title, participants and sources, quoted where needed', () => {
    const events = queries.data.events.filter((e) => e.participants.includes('KAZ')).slice(0, 3);
    const file = eventsCsv(queries, 'KAZ', events);
    const lines = file.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,type,title,participants,place,summary,sources');
    expect(lines.length).toBeGreaterThanOrEqual(events.length + 1);
    expect(file.text).toContain(events[0]!.date);
  });
});
