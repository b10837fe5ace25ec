import type { WebPreferences } from 'electron';

/**
 * Keys a caller may not set at all: each can load code or features into the page, or move it
 * to a session that has none of the atlas's guards.
 */
const FORBIDDEN_OVERRIDES = [
  'preload',
  'session',
  'partition',
  'additionalArguments',
  'enableBlinkFeatures',
  'experimentalFeatures',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'plugins',
] as const satisfies readonly (keyof WebPreferences)[];

/**
 * The atlas window's webPreferences. The security settings are written after the caller's
 * overrides, so no option passed in can weaken them (the VS Code pattern).
 */
export function secureWebPreferences(preloadPath: string, overrides: WebPreferences = {}): WebPreferences {
  const allowed: WebPreferences = { ...overrides };
  for (const key of FORBIDDEN_OVERRIDES) delete allowed[key];
  return {
    ...allowed,
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from Google; the atlas stays offline.
    spellcheck: false,
  };
}
