import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { type CleanupSteps, runBenchToExit } from '../terminal-throughput/cleanupSteps';
import { buildPanelsPage } from './buildPanelsPage';
import { measureMode } from './driveMode';
import type { PanelsLayout } from './pageContract';
import { servePage } from './pageServer';
import { judgePanels } from './panelsVerdict';

/** The brief's wall of panels: 24 panels of 4 series, each holding one hour at one point a second. */
const LAYOUT: PanelsLayout = { panels: 24, seriesPerPanel: 4, windowPoints: 3600 };

/** Two modes of about 80 s each; run-all.mjs stops a bench at 5 minutes, so give up well before. */
const BENCH_DEADLINE_MS = 270_000;

/** `--profile`: also profile 10 s of refreshes in each mode and print the costliest functions. */
const WITH_PROFILE = process.argv.includes('--profile');

async function runBench(cleanup: CleanupSteps): Promise<boolean> {
  console.log('panels: building the bench page');
  const pageDir = await buildPanelsPage();
  cleanup.add(() => rm(dirname(pageDir), { recursive: true, force: true }));
  const server = await servePage(pageDir);
  cleanup.add(() => server.close());
  const browser = await launchChromium();
  cleanup.add(() => browser.close());

  // Same browser, a fresh page each, the bare charts first.
  const baseline = await measureMode(browser, server.url, 'baseline', LAYOUT, WITH_PROFILE);
  const warroom = await measureMode(browser, server.url, 'warroom', LAYOUT, WITH_PROFILE);

  const verdict = judgePanels(LAYOUT, baseline, warroom);
  for (const line of verdict.lines) console.log(line);
  console.log(verdict.json);
  return verdict.pass;
}

runBenchToExit('panels', BENCH_DEADLINE_MS, runBench);
