/** Output helpers shared by the `atlas-data` commands: citations, plain tables, CSV. */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { Citation } from '../../geodata/src/schema.js';

export interface CitedSource {
  id: string;
  title: string | null;
  publisher: string | null;
  /** Null when unknown, or when the page shows no publication date (then `undated`). */
  date: string | null;
  undated?: true;
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
      date: s && !s.undated ? s.date : null,
      ...(s?.undated ? { undated: true as const } : {}),
      ...(s?.url ? { url: s.url } : {}),
      supports: c.supports,
      ...(c.locator ? { locator: c.locator } : {}),
    };
  });
}

/** One source as the commands write it: title (or id), publisher and date ("undated" for a page without one). */
export function citedSourceText(s: CitedSource): string {
  return [s.title ?? s.id, s.publisher, s.undated ? 'undated' : s.date].filter(Boolean).join(', ');
}

/** The `sources` cell of a CSV row: each source as `citedSourceText` writes it, `; `-separated. */
export function sourcesCell(sources: readonly CitedSource[]): string {
  return [...new Set(sources.map(citedSourceText))].join('; ');
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** RFC 4180 CSV: the one writer, shared with the app's downloads. */
export { csv } from '../../geodata/src/csv.js';
