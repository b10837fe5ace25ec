import type { WebPreferences } from 'electron';
import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './secure-web-preferences.js';

const PRELOAD = '/opt/atlas/dist/electron/preload.cjs';

/** Every setting an attacker-controlled or careless caller might try to weaken. */
const weakening: WebPreferences = {
  contextIsolation: false,
  sandbox: false,
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  webviewTag: true,
  experimentalFeatures: true,
  navigateOnDragDrop: true,
  safeDialogs: false,
  spellcheck: true,
  preload: '/tmp/evil.js',
  partition: 'unguarded',
  additionalArguments: ['--inspect'],
  enableBlinkFeatures: 'SomethingRisky',
  plugins: true,
};

describe('secureWebPreferences', () => {
  it('pins the security settings with no overrides', () => {
    expect(secureWebPreferences(PRELOAD)).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps every pinned setting when overrides try to weaken them', () => {
    const prefs = secureWebPreferences(PRELOAD, weakening);
    expect(prefs).toMatchObject({
      preload: PRELOAD,
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
      spellcheck: false,
    });
  });

  it('drops overrides that would load code or leave the guarded session', () => {
    const prefs = secureWebPreferences(PRELOAD, weakening);
    expect(prefs.partition).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.plugins).toBeUndefined();
  });

  it('keeps harmless overrides', () => {
    expect(secureWebPreferences(PRELOAD, { devTools: false, zoomFactor: 1.25 })).toMatchObject({ devTools: false, zoomFactor: 1.25 });
  });

  it('does not modify the overrides passed in', () => {
    const overrides: WebPreferences = { sandbox: false, partition: 'x' };
    secureWebPreferences(PRELOAD, overrides);
    expect(overrides).toEqual({ sandbox: false, partition: 'x' });
  });
});
