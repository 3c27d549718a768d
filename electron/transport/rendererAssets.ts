import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_CSP } from '../../shared/contentSecurityPolicy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Headers every renderer response carries, in the app and in serve mode alike. */
export const RENDERER_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface RendererAsset {
  status: 200 | 404;
  body: Buffer;
  headers: Record<string, string>;
}

/**
 * Reads a file of the built renderer for a URL path. Paths that would leave the renderer
 * folder are not found; an unknown path without an extension gets index.html (one-page app).
 */
export async function readRendererAsset(rendererDir: string, urlPath: string): Promise<RendererAsset> {
  const relative = urlPath === '/' || extname(urlPath) === '' ? 'index.html' : urlPath;
  const file = normalize(join(rendererDir, decodeURIComponentSafe(relative)));
  if (!file.startsWith(normalize(rendererDir) + sep)) return notFound();
  try {
    const body = await readFile(file);
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return { status: 200, body, headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': type } };
  } catch {
    return notFound();
  }
}

function notFound(): RendererAsset {
  return {
    status: 404,
    body: Buffer.from('not found'),
    headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': 'text/plain' },
  };
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
