import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start where the Electron binary cannot be had', () => {
  it('says so in one line and points to serve mode', () => {
    // No binary where Electron is told to look, and a closed loopback port as the download
    // mirror: the same on a machine that has Electron as on one that is offline.
    const result = spawnSync(process.execPath, ['scripts/start-desktop.mjs'], {
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist',
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: '/nonexistent/electron-cache',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const errorLines = result.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^warroom: the Electron binary could not be downloaded.*npm run serve/);
  });
});
