import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** The bench page's sources: an HTML file and its TypeScript entry. */
const PAGE_SOURCE_DIR = fileURLToPath(new URL('./page', import.meta.url));

/** React, uPlot and the dashboard's code make one bundle, loaded once over loopback: not worth splitting. */
const CHUNK_SIZE_WARNING_KB = 1024;

/**
 * Builds the bench page with Vite as a production bundle, like the console's renderer (React
 * plugin, external module scripts and stylesheets only), into a fresh temporary folder.
 */
export async function buildPanelsPage(): Promise<string> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'warroom-bench-panels-')), 'page');
  await build({
    configFile: false,
    root: PAGE_SOURCE_DIR,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      // Readable names in a CPU profile; minifying changes what is downloaded, not how fast it runs.
      minify: false,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: CHUNK_SIZE_WARNING_KB,
    },
  });
  return outDir;
}
