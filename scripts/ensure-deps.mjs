#!/usr/bin/env node
// Run before `npm start` and `npm test` (plain Node, no dependencies, so it works before
// `npm ci`). It installs only what is missing and says what it does:
//   - npm packages: `npm ci` when node_modules is missing or older than package-lock.json;
//   - with --test, as root on Debian: Chromium for the GraphiQL browser test, when
//     /usr/bin/chromium is missing;
//   - as root on Debian: a JDK 17 and Maven for the local Neo4j, when java or mvn is missing.
// Elsewhere it only prints what to install by hand.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--test');
const say = (message) => process.stderr.write(`[ensure-deps] ${message}\n`);

try {
  ensureNodeModules();
} catch (error) {
  say(`npm ci failed (${error.message}): check your network access to the npm registry, then run \`npm ci\``);
  process.exit(1);
}
const canApt = process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get');
const aptPackages = [];
if (!onPath('java') || !onPath('mvn')) aptPackages.push('openjdk-17-jdk-headless', 'maven');
if (forTests && !existsSync('/usr/bin/chromium')) aptPackages.push('chromium');
if (aptPackages.length > 0) installWithApt(aptPackages);

function ensureNodeModules() {
  const lock = path.join(root, 'package-lock.json');
  // npm writes node_modules/.package-lock.json at the end of every install.
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say(existsSync(marker) ? 'package-lock.json changed: running `npm ci`' : 'node_modules missing: running `npm ci`');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  if (ci.status === 0) return;
  const stderr = ci.stderr?.toString() ?? '';
  // npm 11 rejects a lock file that lacks an optional dependency (npm/cli#9846); ours lacked
  // vite's napi-windows-process-start-time until it was published, and an upgrade of vite can
  // bring the same back. `npm install` installs the same locked versions in that case.
  if (/Missing: \S+ from lock file/.test(stderr)) {
    say('`npm ci` refused the lock file over an unpublished optional dependency (npm/cli#9846): running `npm install` with the same lock file');
    run('npm', ['install', '--no-audit', '--no-fund']);
    return;
  }
  process.stderr.write(stderr);
  throw new Error(`npm ci exited with ${ci.status}`);
}

function installWithApt(packages) {
  if (!canApt) {
    say(`missing: ${packages.join(', ')}; install them with your package manager (tests that need them will fail or skip)`);
    return;
  }
  say(`installing ${packages.join(' ')} with apt-get (root on Debian)`);
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { DEBIAN_FRONTEND: 'noninteractive' });
  } catch (error) {
    say(`apt-get failed (${error.message}); install ${packages.join(', ')} by hand`);
  }
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
