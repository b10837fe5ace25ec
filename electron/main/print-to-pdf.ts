/**
 * Prints a briefing (HTML from the renderer) to PDF bytes with Chromium's own PDF engine, in a
 * hidden window that runs no script and has no preload. The document's CSS @page rules set the
 * paper size, margins, running heads and page numbers.
 */
import type { BrowserWindow, WebPreferences } from 'electron';
import type { PrintDocuments } from './print-documents.js';
import { secureWebPreferences } from './secure-web-preferences.js';

/** A print job that does not finish in this time is abandoned with a message. */
export const PRINT_TIMEOUT_MS = 60_000;

export function printWindowPreferences(): WebPreferences {
  const prefs: WebPreferences = { ...secureWebPreferences('', { javascript: false }) };
  delete prefs.preload;
  return prefs;
}

export async function printToPdf(html: string, documents: PrintDocuments, createWindow: () => BrowserWindow): Promise<Uint8Array> {
  const token = documents.add(html);
  const window = createWindow();
  try {
    const loaded = new Promise<void>((resolve, reject) => {
      window.webContents.once('did-finish-load', () => resolve());
      window.webContents.once('did-fail-load', (_e, code, description) => reject(new Error(`the briefing could not be laid out (${description}, ${code})`)));
    });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('printing took too long')), PRINT_TIMEOUT_MS));
    await Promise.race([Promise.all([window.loadURL(documents.urlFor(token)), loaded]), timeout]);
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
    return new Uint8Array(pdf);
  } finally {
    documents.remove(token);
    if (!window.isDestroyed()) window.destroy();
  }
}
