/**
 * The Electron main process: lifecycle wiring only. Every decision lives in a unit-tested
 * module beside this file; bundled by build/bundle/build-electron.ts into dist/electron/main.cjs,
 * next to preload.cjs, with the renderer in dist/renderer.
 */
import { app, dialog, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { installAppMenu } from './app-menu.js';
import { APP_ORIGIN } from './app-origin.js';
import { registerAppProtocol } from './app-protocol.js';
import { PrintDocuments } from './print-documents.js';
import { createMainWindow } from './create-main-window.js';
import { installNavigationGuard } from './navigation-guard.js';
import { parseDeepLink } from './parse-deep-link.js';
import { registerAppScheme } from './register-app-scheme.js';
import { registerHostHandlers } from './register-host-handlers.js';
import { installSessionGuard } from './session-guard.js';
import { sourceUrlLookup } from './source-url-lookup.js';

// __dirname is dist/electron in the bundle (CommonJS), also inside app.asar when packaged.
const RENDERER_ROOT = join(__dirname, '..', 'renderer');
const PRELOAD_PATH = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
/** Briefings handed over for printing to PDF, served once by the app protocol. */
const printDocuments = new PrintDocuments();
let sourceUrl: (sourceId: string) => string | undefined = () => undefined;

function linkHash(argv: readonly string[]): string {
  const link = parseDeepLink(argv);
  if (link.kind === 'rejected') console.warn(`Ignoring the deep link: ${link.reason}.`);
  return link.kind === 'link' ? link.hash : '';
}

function openWindow(hash: string): void {
  const window = createMainWindow({ preloadPath: PRELOAD_PATH });
  const disposeHandlers = registerHostHandlers({ window, sourceUrl, printDocuments });
  installAppMenu(window);
  window.on('closed', () => {
    disposeHandlers();
    mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(`${APP_ORIGIN.indexUrl}${hash}`).catch((error: unknown) => {
    console.error(`Could not load ${APP_ORIGIN.indexUrl}: ${(error as Error).message}`);
  });
}

function start(): void {
  if (!existsSync(join(RENDERER_ROOT, 'index.html'))) {
    throw new Error(`The renderer bundle is missing from ${RENDERER_ROOT}. Build it with "npm run build".`);
  }
  sourceUrl = sourceUrlLookup(join(RENDERER_ROOT, 'geodata'));
  registerAppProtocol(session.defaultSession.protocol, RENDERER_ROOT, printDocuments);
  installSessionGuard(session.defaultSession);
  openWindow(linkHash(process.argv));
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  dialog.showErrorBox('The atlas could not start', message);
  app.exit(1);
}

// Before ready: the OS sandbox for every renderer, and the privileged atlas:// scheme.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Another atlas is running; it receives our argv (and any --link) as 'second-instance'.
  app.quit();
} else {
  // Every webContents, including any we did not create ourselves, stays on atlas://app/.
  app.on('web-contents-created', (_event, contents) => installNavigationGuard(contents));

  app.on('second-instance', (_event, argv) => {
    if (!mainWindow) return openWindow(linkHash(argv));
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const hash = linkHash(argv);
    if (hash) {
      mainWindow.loadURL(`${APP_ORIGIN.indexUrl}${hash}`).catch((error: unknown) => console.error((error as Error).message));
    }
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (!mainWindow && app.isReady()) openWindow('');
  });

  app.whenReady().then(start).catch(fail);
}
