/**
 * "Download data (CSV)" for the table view, the panel's trade table and its events list: the rows
 * as shown, RFC 4180 (geodata/src/csv.ts, the writer `atlas-data --csv` uses), each row with a
 * `sources` column of source titles, and beside the button a line saying where the figures come from.
 */
import { csv } from '../../geodata/src/csv.js';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { AtlasEvent, Citation, OrgId } from '../../geodata/src/schema.js';
import type { TradeAnswer } from '../../geodata/src/trade-queries.js';
import { h } from '../dom/dom.js';
import { downloadCsv } from './download-csv.js';
import type { TableRow } from './table-view.js';

export interface CsvFile {
  filename: string;
  text: string;
  /** Where the figures come from, shown beside the button. */
  sourceLine: string;
}

const titles = (queries: AtlasQueries, cites: readonly Citation[]): string => [...new Set(cites.map((c) => queries.sourcesById.get(c.source)?.title ?? c.source))].join('; ');

export function statusTableCsv(queries: AtlasQueries, rows: readonly TableRow[], orgs: readonly OrgId[], day: IsoDay): CsvFile {
  const body = rows.map((r) => {
    const answers = orgs.map((o) => queries.statusOf(r.iso3, o, day));
    return [r.name, r.iso3, ...answers.map((a) => a?.status ?? 'none'), titles(queries, answers.flatMap((a) => a?.fact.sources ?? []))];
  });
  return {
    filename: `status-${orgs.join('-')}-${day}.csv`,
    text: csv(['state', 'iso3', ...orgs, 'sources'], body),
    sourceLine: `Statuses on ${day} from the atlas's membership facts; each row names the sources it rests on (treaty depositaries, the organisations, ministries).`,
  };
}

export function tradeCsv(queries: AtlasQueries, answer: TradeAnswer): CsvFile {
  const source = titles(queries, answer.sources);
  const body = answer.partners.map((p) => [p.rank, p.partner, p.name, p.exports, p.imports, p.total, p.share, p.estimated ? 'yes' : '', p.lowerBound ? 'yes' : '', p.partnerReported ? 'yes' : '', p.basis ?? answer.basis, p.note, source]);
  return {
    filename: `trade-${answer.reporter}-${answer.year}.csv`,
    text: csv(['rank', 'partner', 'name', 'exports_musd', 'imports_musd', 'total_musd', 'share', 'estimated', 'lower_bound', 'partner_reported', 'basis', 'note', 'sources'], body),
    sourceLine: `Goods trade ${answer.year}, US$ millions; source: ${source}.`,
  };
}

export function eventsCsv(queries: AtlasQueries, iso3: string, events: readonly AtlasEvent[]): CsvFile {
  const name = (c: string): string => queries.statesByIso.get(c)?.name ?? c;
  const body = events.map((e) => [e.date, e.type, e.title, e.participants.map(name).join('; '), e.place?.name, e.summary, titles(queries, e.sources)]);
  return {
    filename: `events-${iso3}.csv`,
    text: csv(['date', 'type', 'title', 'participants', 'place', 'summary', 'sources'], body),
    sourceLine: 'Events from the atlas, each with the sources it cites (official sites, news agencies).',
  };
}

export function csvDownload(file: CsvFile): HTMLElement {
  return h('div', { className: 'csv-download' },
    h('button', { type: 'button', className: 'download-csv', 'data-filename': file.filename, onclick: () => downloadCsv(file.filename, file.text) }, 'Download data (CSV)'),
    h('p', { className: 'source-line muted' }, file.sourceLine),
  );
}
