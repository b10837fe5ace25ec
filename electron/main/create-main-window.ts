import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './secure-web-preferences.js';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Window options; webPreferences in here can add settings but never weaken security. */
  window?: BrowserWindowConstructorOptions;
}

const defaultWindowOptions: BrowserWindowConstructorOptions = {
  width: 1280,
  height: 800,
  minWidth: 800,
  minHeight: 560,
  title: 'Eurasian Alliances Atlas',
  backgroundColor: '#fbfaf7',
  // Shown on ready-to-show, so the user never sees an empty white frame.
  show: false,
};

/** The atlas window, with its security settings pinned after any option spread. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...defaultWindowOptions,
    ...options.window,
    webPreferences: secureWebPreferences(options.preloadPath, options.window?.webPreferences),
  });
  window.once('ready-to-show', () => window.show());
  return window;
}
