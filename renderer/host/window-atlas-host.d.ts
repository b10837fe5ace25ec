/**
 * `window.atlasHost`, set by the Electron preload and absent in a plain browser. Declared here,
 * in the renderer's DOM project, so that atlas-host.ts (which electron/ imports) needs no DOM lib.
 */
import type { AtlasHost } from './atlas-host.js';

declare global {
  interface Window {
    atlasHost?: AtlasHost;
  }
}
