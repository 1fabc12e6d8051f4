#!/usr/bin/env node
// `npm run eval`: how good the extractor is on the team's evaluation fixtures, which live
// beside the repository in ../shared (dev articles with gold files, the seed's gold file and
// the scorer, score_extract.py). It runs the tests that need those fixtures
// (vitest.eval.config.ts), then the scorer on the seed and on the dev set, and prints each
// scorer's last line ("entityF1=… factF1=… quantityR=… violations=…").
// Without ../shared it says what is missing and skips (exit 0), except under CI=true, where a
// missing evaluation is an error (exit 1). `npm test` never needs ../shared.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.KG_EVAL_SHARED ?? '../shared');
const say = (message) => process.stderr.write(`[eval] ${message}\n`);

const needed = {
  scorer: 'tools/score_extract.py',
  seedGold: 'fixtures/gold',
  devArticles: 'fixtures/dev/articles',
  devGold: 'fixtures/dev/gold',
};
const missing = Object.values(needed).filter((rel) => !existsSync(path.join(shared, rel)));
if (missing.length > 0) {
  const what = missing.map((rel) => path.join(shared, rel)).join(', ');
  if (process.env.CI === 'true') {
    say(`FAILED: the evaluation fixtures are missing (${what}); CI requires them.`);
    process.exit(1);
  }
  say(`skipped: the evaluation fixtures are missing (${what}). Put the team's shared folder beside the repository, or set KG_EVAL_SHARED.`);
  process.exit(0);
}

const env = { ...process.env, KG_EVAL_SHARED: shared };
let status = run(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.eval.config.ts'], { stdio: 'inherit' }).status ?? 1;

const extractCmd = `${quote(process.execPath)} ${quote(path.join(root, 'bin/kg.js'))} extract {files} --format json`;
for (const [name, articles, gold] of [
  ['seed', path.join(root, 'samples/articles'), path.join(shared, needed.seedGold)],
  ['dev', path.join(shared, needed.devArticles), path.join(shared, needed.devGold)],
]) {
  const scored = run('python3', [path.join(shared, needed.scorer), '--articles', articles, '--gold', gold, '--cmd', extractCmd], { encoding: 'utf8' });
  const lines = `${scored.stdout ?? ''}`.trim().split('\n');
  if (scored.status !== 0) {
    say(`the scorer failed on the ${name} set (exit ${scored.status}): ${`${scored.stderr ?? ''}`.trim().split('\n').pop()}`);
    status = 1;
  }
  process.stdout.write(`eval ${name}: ${lines[lines.length - 1] ?? '(no output)'}\n`);
}
process.exit(status);

function run(command, args, options) {
  const result = spawnSync(command, args, { cwd: root, env, ...options });
  if (result.error) say(`${command}: ${result.error.message}`);
  return result;
}

function quote(arg) {
  return `'${arg.replaceAll("'", "'\\''")}'`;
}
