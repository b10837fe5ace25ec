import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { PrintDocuments } from './print-documents.js';
import { printToPdf, printWindowPreferences } from './print-to-pdf.js';

/** A stand-in for a hidden BrowserWindow: records what it was asked to load and print. */
function createFakeWindow(documents: PrintDocuments, outcome: 'loads' | 'fails') {
  const webContents = Object.assign(new EventEmitter(), {
    printed: null as null | Record<string, unknown>,
    printToPDF(options: Record<string, unknown>) {
      this.printed = options;
      return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
    },
  });
  const window = {
    webContents,
    loadedHtml: undefined as string | undefined,
    destroyed: false,
    loadURL(url: string) {
      window.loadedHtml = documents.lookup(new URL(url).pathname);
      setTimeout(() => (outcome === 'loads' ? webContents.emit('did-finish-load') : webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND')));
      return Promise.resolve();
    },
    isDestroyed: () => window.destroyed,
    destroy() {
      window.destroyed = true;
    },
  };
  return window;
}

describe('printToPdf', () => {
  it('lays the briefing out from memory, prints with its CSS page size, and cleans up', async () => {
    const documents = new PrintDocuments();
    const window = createFakeWindow(documents, 'loads');
    const bytes = await printToPdf('<!doctype html><p>Briefing</p>', documents, () => window as unknown as BrowserWindow);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(window.loadedHtml).toBe('<!doctype html><p>Briefing</p>');
    expect(window.webContents.printed).toMatchObject({ preferCSSPageSize: true, printBackground: true });
    expect(window.destroyed).toBe(true);
    expect(documents.size).toBe(0);
  });

  it('says why when the layout fails, and still cleans up', async () => {
    const documents = new PrintDocuments();
    const window = createFakeWindow(documents, 'fails');
    await expect(printToPdf('<!doctype html>', documents, () => window as unknown as BrowserWindow)).rejects.toThrow(/could not be laid out/);
    expect(window.destroyed).toBe(true);
    expect(documents.size).toBe(0);
  });

  it('prints in a window that runs no script and has no preload, with the atlas security settings', () => {
    const prefs = printWindowPreferences();
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
  });
});
