import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const SUMMARIZE_ENTRY = fileURLToPath(new URL('./summarizeEntry.ts', import.meta.url));
const BUNDLE_NAME = 'summarize.mjs';

/**
 * Bundles summarizeEntry.ts into one plain ES module in `outDir`, as electron-vite bundles the CLI,
 * so that Node runs it with nothing to load or transpile first. Returns its path.
 */
export async function bundleSummarizer(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: SUMMARIZE_ENTRY,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: BUNDLE_NAME } },
    },
  });
  return join(outDir, BUNDLE_NAME);
}
