// What people expect of a command-line tool: --version, `| head` without a stack trace, a
// clear sentence for a missing file or a bad option, and exit codes from one table
// (src/cli/exit-codes.ts). None of these needs a database.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, REPO_ROOT } from '../../../src/config.ts';
import { EXIT, exitCodeFor, UsageError } from '../../../src/cli/exit-codes.ts';
import { CypherRefused } from '../../../src/graph/read-only-cypher.ts';
import { Neo4jConnectionError } from '../../../src/graph/driver.ts';
import { runKg } from '../../support/run-kg.ts';

const SEED = path.join(REPO_ROOT, 'samples/articles/danang-futuregov.txt');

/** Runs kg, reads `keep` bytes of its output, then closes the pipe as `head -c` does. */
function runKgIntoHead(args: string[], keep: number): Promise<{ code: number | null; head: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/kg.js'), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      head += chunk.toString();
      if (head.length >= keep) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, head: head.slice(0, keep), stderr }));
  });
}

describe('kg on the command line', () => {
  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await runKg([flag]);
      expect([run.code, run.stdout.trim()]).toEqual([0, version]);
    }
  }, 60_000);

  it('stops quietly when the reader closes the pipe (`kg extract … | head -c 100`)', async () => {
    const run = await runKgIntoHead(['extract', ...Array(40).fill(SEED), '--format', 'json'], 100);
    expect(run.head).toMatch(/^\{"article":/);
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(run.code).toBe(0);
  }, 120_000);

  it.each<[string, string[], RegExp]>([
    ['a query file that does not exist', ['cypher', 'no-such-query.cypher'], /^kg cypher: cannot read no-such-query\.cypher: no such file/],
    ['a directory as the query file', ['cypher', 'cypher'], /^kg cypher: cannot read cypher: it is a directory/],
    ['an unknown --format', ['cypher', '-e', 'RETURN 1', '--format', 'xml'], /^kg cypher: --format must be one of table, json, csv/],
    ['a --param without =', ['cypher', '-e', 'RETURN 1', '--param', 'oops'], /^kg cypher: --param "oops": write name=value/],
    ['kg serve --port abc', ['serve', '--port', 'abc'], /^kg serve: --port must be a whole number between 0 and 65535 \(got "abc"\)/],
    ['kg ingest --batch-size 0', ['ingest', '--batch-size', '0', 'x'], /^kg ingest: --batch-size must be a whole number of at least 1/],
    ['kg extract --format xml', ['extract', SEED, '--format', 'xml'], /^kg extract: --format must be json or table/],
    ['a misspelt subcommand', ['ingset', 'x'], /unknown command 'ingset'/],
  ])('%s: exit 2 (usage) and one clear sentence, no stack trace', async (_what, args, message) => {
    const run = await runKg(args, { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at |ENOENT|EISDIR/);
  }, 60_000);

  it('a bad environment variable is a usage error too (exit 2), naming it', async () => {
    const run = await runKg(['extract', SEED], { KG_MAX_ARTICLE_BYTES: 'lots' });
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/^kg extract: KG_MAX_ARTICLE_BYTES/);
  }, 60_000);

  it('an unreachable Neo4j is exit 3, said in words', async () => {
    const run = await runKg(['cypher', '-e', 'RETURN 1'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(EXIT.neo4jUnavailable);
    expect(run.stderr).toMatch(/^kg cypher: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  }, 60_000);
});

describe('exit codes, one table', () => {
  it.each<[string, unknown, number]>([
    ['usage', new UsageError('x'), EXIT.usage],
    ['configuration', new ConfigError('PORT', 'PORT must be …'), EXIT.usage],
    ['a port that is taken', Object.assign(new Error('Port 4000 is already in use'), { name: 'ServerStartError' }), EXIT.usage],
    ['Neo4j unreachable', new Neo4jConnectionError('Cannot reach Neo4j'), EXIT.neo4jUnavailable],
    ['Neo4j gone mid-query', new CypherRefused('unavailable', 'Neo4j is unavailable'), EXIT.neo4jUnavailable],
    ['a refused write', new CypherRefused('write', 'read-only'), EXIT.partial],
    ['a timeout', new CypherRefused('timeout', 'took too long'), EXIT.partial],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'x')"), EXIT.bug],
    ['a thrown string', 'oops', EXIT.bug],
  ])('%s → %i', (_what, error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });
});
