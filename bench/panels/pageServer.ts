import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRendererAsset } from '../../electron/transport/rendererAssets';

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built bench page on loopback the way serve mode serves the console: the same
 * file lookup and the same headers, strict CSP included.
 */
export function servePage(pageDir: string): Promise<PageServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    readRendererAsset(pageDir, path).then(
      (asset) => response.writeHead(asset.status, asset.headers).end(asset.body),
      () => response.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
