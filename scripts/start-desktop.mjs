#!/usr/bin/env node
// `npm start`: the desktop app. Fetches the Electron binary if it is missing, builds, gives
// Electron its own copy of better-sqlite3 compiled for Electron's ABI (so Node's copy, which
// the tests use, stays as it is), then starts Electron.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
/** Where Electron's build of better-sqlite3 goes; the journal loads it when running in Electron. */
const nativeDir = join(root, '.electron-native', `electron-${electronVersion}`);
const sqliteBinding = join(nativeDir, 'better_sqlite3.node');

function fail(line) {
  console.error(`warroom: ${line}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status === 0;
}

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  // Electron's own override for where its binary lives, honoured the same way here.
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = () => join(distDir, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron');
  const installed = () => existsSync(binary());
  if (!installed()) {
    console.log(`Fetching the Electron ${electronVersion} binary…`);
    const fetched =
      spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'pipe' }).status === 0;
    if (!fetched || !installed()) {
      fail(
        'the Electron binary could not be downloaded on this machine, so the desktop app cannot start; ' +
          'run `npm run serve` and open the printed URL in a browser instead.',
      );
    }
  }
  return binary();
}

function buildSqliteForElectron() {
  if (existsSync(sqliteBinding)) return;
  console.log(`Building better-sqlite3 for Electron ${electronVersion}…`);
  const work = join(root, '.electron-native', 'build');
  rmSync(work, { recursive: true, force: true });
  cpSync(dirname(require.resolve('better-sqlite3/package.json')), work, {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  // A machine-wide nodedir would point node-gyp at Node's headers instead of Electron's.
  const env = { ...process.env, npm_config_nodedir: '' };
  const target = ['--runtime=electron', `--target=${electronVersion}`];
  const built =
    run(join(root, 'node_modules', '.bin', 'prebuild-install'), target, { cwd: work, env }) ||
    run('npx', ['--yes', 'node-gyp', 'rebuild', ...target, '--dist-url=https://electronjs.org/headers'], {
      cwd: work,
      env,
    });
  if (!built) fail('better-sqlite3 could not be built for Electron; see the messages above.');
  mkdirSync(nativeDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), sqliteBinding);
  rmSync(work, { recursive: true, force: true });
}

const electron = electronBinary();
if (!run('npx', ['electron-vite', 'build'])) fail('the build failed; see the messages above.');
buildSqliteForElectron();
const app = spawnSync(electron, [join(root, 'out', 'main', 'main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WARROOM_SQLITE_BINDING: sqliteBinding },
});
process.exit(app.status ?? 1);
