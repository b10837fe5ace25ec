import type { Session } from 'electron';
import { isAllowedRequestUrl } from './is-allowed-request-url.js';

/**
 * Locks down a session: every permission request and check is refused (the atlas needs no
 * camera, location, notifications or clipboard reads), every request outside atlas://app/ and
 * the local schemes is cancelled, and downloads are refused (exports go through the host's
 * save dialog, never Chromium's download manager).
 */
export function installSessionGuard(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  session.on('will-download', (event) => event.preventDefault());
}
