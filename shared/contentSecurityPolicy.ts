/**
 * The renderer's Content-Security-Policy, sent as a header by the Electron protocol handler
 * and by serve mode, and written into index.html at build time. Only our own origin may
 * supply scripts or be connected to ('self' covers the same-origin WebSocket in serve mode).
 * Styles allow inline because xterm.js and React set element styles at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');

/** Directives a meta tag cannot carry, added to the header only. */
export const HEADER_ONLY_CSP = "frame-ancestors 'none'";
