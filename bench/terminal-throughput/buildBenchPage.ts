import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The bench page's sources: an HTML file and its TypeScript entry. */
const PAGE_SOURCE_DIR = fileURLToPath(new URL('./page', import.meta.url));

/** xterm.js and zod make one ~550 kB bundle, loaded once over loopback: not worth splitting. */
const CHUNK_SIZE_WARNING_KB = 1024;

/** Where the built page goes; bench/results/ is ignored by git and Biome. */
export const PAGE_BUILD_DIR = fileURLToPath(new URL('../results/terminal-throughput/page', import.meta.url));

/**
 * Builds the bench page with Vite as a production bundle, like the console's renderer: external
 * module scripts and a stylesheet only, so it loads under the renderer's strict CSP.
 */
export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_SOURCE_DIR,
    logLevel: 'warn',
    build: {
      outDir: PAGE_BUILD_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: CHUNK_SIZE_WARNING_KB,
    },
  });
  return PAGE_BUILD_DIR;
}
