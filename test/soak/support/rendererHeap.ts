import type { Page } from 'playwright-core';

/** Collections before reading: a second one frees what the first one's finalizers let go. */
const COLLECTIONS = 2;

/** The page's JS heap in bytes after a full garbage collection, through the DevTools protocol. */
export async function rendererHeapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    for (let round = 0; round < COLLECTIONS; round++) await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await session.detach();
  }
}
