#!/usr/bin/env node
// The `warroom` command runs the built CLI; `npm run build` makes it.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('warroom: not built yet; run `npm run build` in the Warroom folder first');
  process.exit(1);
}
await import(cli.href);
