/** Output helpers shared by the `atlas-data` commands: citations, plain tables, CSV. */
import { csvFormatRows } from 'd3-dsv';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { Citation } from '../../geodata/src/schema.js';
import type { CsvCell } from './command.js';

export interface CitedSource {
  id: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  url?: string;
  supports: string;
  locator?: string;
}

export function citedSources(queries: AtlasQueries, citations: readonly Citation[]): CitedSource[] {
  return citations.map((c) => {
    const s = queries.sourcesById.get(c.source);
    return {
      id: c.source,
      title: s?.title ?? null,
      publisher: s?.publisher ?? null,
      date: s?.date ?? null,
      ...(s?.url ? { url: s.url } : {}),
      supports: c.supports,
      ...(c.locator ? { locator: c.locator } : {}),
    };
  });
}

/** The `sources` cell of a CSV row: each source's title (or id), publisher and date, `; `-separated. */
export function sourcesCell(sources: readonly CitedSource[]): string {
  return [...new Set(sources.map((s) => [s.title ?? s.id, s.publisher, s.date].filter(Boolean).join(', ')))].join('; ');
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. */
export function csv(header: readonly string[], rows: readonly CsvCell[][]): string {
  const cell = (v: CsvCell): string => (v === null || v === undefined ? '' : String(v));
  return [[...header], ...rows.map((r) => r.map(cell))].map((r) => csvFormatRows([r])).join('\r\n') + '\r\n';
}
