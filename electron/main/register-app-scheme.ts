import { protocol } from 'electron';
import { APP_ORIGIN } from './app-origin.js';

/**
 * Declares atlas:// privileged; Electron allows this only before `ready`. standard gives the
 * scheme a real origin (relative URLs, same-origin module scripts and workers), secure makes it
 * a secure context, supportFetchAPI lets the renderer fetch its bundled geodata.
 * corsEnabled is deliberately left unset: it would let other origins read atlas:// responses.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_ORIGIN.scheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
