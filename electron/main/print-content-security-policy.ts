/**
 * The Content-Security-Policy of a briefing's print document (Electron's print window and the
 * `atlas export` CLI): the app's policy with every script refused — the document is static
 * HTML and CSS, so a title that smuggled markup in still could not run anything.
 */
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';

export const PRINT_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'none'").replace("worker-src 'self' blob:", "worker-src 'none'");
