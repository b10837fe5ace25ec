/**
 * window.atlasExport(options): the export as data, for the `atlas export` command and the
 * end-to-end tests (Playwright calls it in the page). Files come back base64-encoded; the PDF
 * briefing comes back as its HTML print document, which the caller prints with Chromium.
 */
import type { AtlasContext } from '../atlas-context.js';
import type { ExportOptions } from './export-options.js';
import { runExport, type ExportDetails, type ExportTesting } from './run-export.js';

export interface AutomationResult {
  format: 'png' | 'svg' | 'pdf';
  /** 'text/html' for the PDF briefing's print document. */
  mime: string;
  suggestedName: string;
  base64: string;
  /** CSS page size of the print document ("A4 portrait"), PDF only. */
  cssPageSize?: string;
  details: ExportDetails;
}

export type AtlasExportFunction = (options: Partial<ExportOptions>, testing?: ExportTesting) => Promise<AutomationResult>;

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function installExportAutomation(ctx: AtlasContext): void {
  const atlasExport: AtlasExportFunction = async (options, testing = {}) => {
    const output = await runExport(ctx, options, testing);
    if (output.kind === 'print') {
      return { format: 'pdf', mime: 'text/html', suggestedName: output.suggestedName, base64: toBase64(new TextEncoder().encode(output.html)), cssPageSize: output.cssPageSize, details: output.details };
    }
    return { format: output.format, mime: output.mime, suggestedName: output.suggestedName, base64: toBase64(output.data), details: output.details };
  };
  (window as unknown as { atlasExport: AtlasExportFunction }).atlasExport = atlasExport;
}
