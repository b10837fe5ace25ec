import type { Protocol } from 'electron';
import { APP_ORIGIN } from './app-origin.js';
import { serveAppRequest } from './serve-app-request.js';
import type { PrintDocuments } from './print-documents.js';

/**
 * Serves atlas://app/ from `root` (the packaged dist/renderer) on the given session's
 * protocol. Call after `ready`, once per session; registerAppScheme must have run before.
 */
export function registerAppProtocol(sessionProtocol: Protocol, root: string, printDocuments?: PrintDocuments): void {
  sessionProtocol.handle(APP_ORIGIN.scheme, (request) => serveAppRequest(root, request, printDocuments));
}
