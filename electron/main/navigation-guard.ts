import type { WebContents } from 'electron';
import { isAllowedNavigation } from './is-allowed-navigation.js';

/**
 * Keeps a webContents on atlas://app/: navigations and redirects elsewhere are cancelled, new
 * windows are denied, and <webview> tags are never attached.
 */
export function installNavigationGuard(contents: WebContents): void {
  const denyUnlessAllowed = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => denyUnlessAllowed(event, event.url));
  // Subframe navigations too (the atlas has no frames; any that appears is not ours).
  contents.on('will-frame-navigate', (event) => denyUnlessAllowed(event, event.url));
  contents.on('will-redirect', (event) => denyUnlessAllowed(event, event.url));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
