import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import type { z } from 'zod';
import type { AppInfo, SaveResult } from '../../renderer/host/atlas-host.js';
import { IPC_CONTRACT } from './ipc-contract.js';
import { isTrustedSender } from './is-trusted-sender.js';
import { writeFileAtomic } from './write-file-atomic.js';
import { loadUserDataFiles, storeUserDataFiles } from './user-data-files.js';
import type { PrintDocuments } from './print-documents.js';
import { printToPdf, printWindowPreferences } from './print-to-pdf.js';

export interface HostHandlerOptions {
  /** The atlas window: only its top frame, showing atlas://app/, may call the host. */
  window: BrowserWindow;
  /** Source id → http(s) URL, built by sourceUrlLookup from the bundled geodata. */
  sourceUrl: (sourceId: string) => string | undefined;
  /** Briefings waiting to be printed; served by the app protocol (see app-protocol.ts). */
  printDocuments?: PrintDocuments;
}

const APP_NAME = 'Eurasian Alliances Atlas';

const FILTER_NAMES = {
  png: 'PNG image',
  svg: 'SVG image',
  pdf: 'PDF document',
  json: 'JSON file',
} as const;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')} ` : ''}${issue.message}`)
    .join('; ');
}

/** Where the save dialog starts; 'documents' is not resolvable on every Linux desktop. */
function defaultSaveFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Registers the main-process side of every AtlasHost method. Each handler first checks that
 * the message came from the atlas window's top frame, then parses its arguments; a call that
 * fails either check throws a clear error back to the renderer and does nothing else.
 * Returns a function that removes the handlers (before the window is created again).
 */
export function registerHostHandlers(options: HostHandlerOptions): () => void {
  const { window, sourceUrl } = options;

  /** Sender check, then argument parse: the only way a handler body receives its arguments. */
  function handle<S extends z.ZodType>(channel: string, schema: S, body: (args: z.infer<S>) => Promise<unknown>): void {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const mainFrame = window.isDestroyed() ? null : window.webContents.mainFrame;
      if (!isTrustedSender(event.senderFrame, mainFrame)) {
        throw new Error(`${channel} refused: the call did not come from the atlas window`);
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) throw new Error(`${channel} refused: invalid arguments: ${describeIssues(parsed.error)}`);
      return body(parsed.data);
    });
  }

  handle(IPC_CONTRACT.appInfo.channel, IPC_CONTRACT.appInfo.args, (): Promise<AppInfo> =>
    Promise.resolve({ name: APP_NAME, version: app.getVersion(), host: 'electron' }),
  );

  handle(IPC_CONTRACT.saveFile.channel, IPC_CONTRACT.saveFile.args, async ([request]): Promise<SaveResult> => {
    const extension = IPC_CONTRACT.saveFile.extensionFor[request.mime];
    const choice = await dialog.showSaveDialog(window, {
      title: 'Export',
      defaultPath: join(defaultSaveFolder(), request.suggestedName),
      filters: [{ name: FILTER_NAMES[extension], extensions: [extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
    try {
      await writeFileAtomic(choice.filePath, request.data);
      return { ok: true, location: choice.filePath };
    } catch (error) {
      return { ok: false, cancelled: false, error: (error as Error).message };
    }
  });

  handle(IPC_CONTRACT.openSource.channel, IPC_CONTRACT.openSource.args, async ([sourceId]): Promise<boolean> => {
    const url = sourceUrl(sourceId);
    if (!url || !isWebUrl(url)) return false;
    await shell.openExternal(url);
    return true;
  });

  handle(IPC_CONTRACT.loadUserData.channel, IPC_CONTRACT.loadUserData.args, () => loadUserDataFiles(app.getPath('userData')));

  handle(IPC_CONTRACT.storeUserData.channel, IPC_CONTRACT.storeUserData.args, ([text, storeOptions]) =>
    storeUserDataFiles(app.getPath('userData'), text, storeOptions),
  );

  if (options.printDocuments) {
    const documents = options.printDocuments;
    handle(IPC_CONTRACT.printToPdf.channel, IPC_CONTRACT.printToPdf.args, ([html]) =>
      printToPdf(html, documents, () => new BrowserWindow({ show: false, webPreferences: printWindowPreferences() })),
    );
  }

  const channels = [
    IPC_CONTRACT.appInfo.channel,
    IPC_CONTRACT.saveFile.channel,
    IPC_CONTRACT.openSource.channel,
    IPC_CONTRACT.loadUserData.channel,
    IPC_CONTRACT.storeUserData.channel,
    ...(options.printDocuments ? [IPC_CONTRACT.printToPdf.channel] : []),
  ];
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
