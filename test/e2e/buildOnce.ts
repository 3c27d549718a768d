import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** End-to-end tests drive the built app; build it when this checkout has not yet. */
export default function buildOnce(): void {
  if (existsSync('out/main/cli.js') && existsSync('out/renderer/index.html')) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
