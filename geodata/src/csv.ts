/**
 * RFC 4180 CSV, shared by `atlas-data --csv` and the app's "Download data (CSV)": comma-separated,
 * CRLF line ends, fields with commas, quotes or line breaks quoted. Pure (no Node, no DOM).
 */
import { csvFormatRows } from 'd3-dsv';

export type CsvCell = string | number | boolean | null | undefined;

export function csv(header: readonly string[], rows: readonly CsvCell[][]): string {
  const cell = (v: CsvCell): string => (v === null || v === undefined ? '' : String(v));
  return [[...header], ...rows.map((r) => r.map(cell))].map((r) => csvFormatRows([r])).join('\r\n') + '\r\n';
}
