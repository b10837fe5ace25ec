/**
 * The Content-Security-Policy header sent with every atlas:// response. No remote origin
 * appears anywhere: the atlas is offline by design. `'unsafe-inline'` styles are needed by
 * MapLibre (it positions markers and popups with inline styles); blob: workers and images are
 * how MapLibre and the exports work. frame-ancestors can only be set by a header, not by the
 * <meta> tag in index.html, which is why the header repeats and extends it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
