// Bad input through the file readers and the loader (readArticles + ingestArticles, the
// code `kg ingest` runs), then through the real `kg ingest` process over the same folder.
// Each case: ingested whole, or refused with a clear message and the graph unchanged.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type RawArticle } from '../../../src/domain/article-input.ts';
import { REPO_ROOT } from '../../../src/config.ts';
import { ingestArticles } from '../../../src/ingest/ingest-articles.ts';
import { readArticles } from '../../../src/sources/read-articles.ts';
import { testDatabase, testDriver, testConfig, uniqueId } from '../../support/neo4j.ts';
import { expectedArticles, halfLoadedArticles } from './support/article-consistency.ts';
import { badInputCases, type BadInputCase } from './support/bad-inputs.ts';
import { isClearMessage } from './support/graphql-client.ts';
import { graphDigest, type GraphDigest } from './support/graph-digest.ts';
import { kgEnv } from './support/server-process.ts';

const driver = testDriver();
const database = testDatabase();
// Refusals first. The graph digest costs a full read of the graph, so a run of cases that
// are all refused is checked as one block: digest before the first, after the last (and
// after any case that unexpectedly loaded something); then each case after an accepted one.
const ORDER = { refuse: 0, either: 1, accept: 2 } as const;
const cases = badInputCases({ tag: uniqueId('files') }).sort((a, b) => ORDER[a.expect] - ORDER[b.expect]);
let dir: string;
let digest: GraphDigest | null = null;
let block: string[] = [];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-bad-input-'));
  for (const c of cases) await fs.writeFile(path.join(dir, c.file), c.bytes);
});

afterAll(async () => {
  await driver.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('bad input through readArticles and the loader', () => {
  it(`has at least 200 generated cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(cases.map((c, i) => [c.name, c, cases[i + 1]?.expect === 'refuse'] as const))('%s', async (_name, c, nextRefused) => {
    const before = digest ?? (await graphDigest(driver, database));
    const items: Array<RawArticle | InputError> = [];
    for await (const item of readArticles(path.join(dir, c.file))) items.push(item);
    const started = performance.now();
    const summary = await ingestArticles(driver, items, { database });
    expect(performance.now() - started, 'one small bad input took too long').toBeLessThan(60_000);
    const failed = summary.articles.filter((a) => a.status === 'failed');
    const loaded = summary.articles.filter((a) => a.status !== 'failed');

    for (const report of failed) expect(isClearMessage(report.reason), `${report.origin}: ${report.reason}`).toBe(true);
    if (loaded.length === 0) {
      block.push(c.name);
      if (!(c.expect === 'refuse' && nextRefused)) {
        const after = await graphDigest(driver, database);
        expect(after.digest, `refused input changed the graph: one of ${block.join(', ')}`).toBe(before.digest);
        block = [];
      }
      digest = before;
    } else {
      digest = null;
      block = [];
    }
    // Whatever was loaded is whole: the sentences and mentions the extractor made, no fewer.
    const raws = items.filter((i): i is RawArticle => !(i instanceof InputError));
    const expected = expectedArticles(raws);
    const loadedIds = new Set(loaded.map((r) => r.articleId!));
    const problems = (await halfLoadedArticles(driver, expected, database)).filter((p) => loadedIds.has(p.articleId));
    expect(problems).toEqual([]);
    for (const id of loadedIds) expect(expected.get(id)?.sentences, `${id} was stored without a sentence`).toBeGreaterThan(0);
    checkExpectation(c, loaded.length, failed.map((f) => f.reason ?? ''));
    if (c.expectTitle) expect(loaded[0]?.title).toBe(c.expectTitle);
  });
});

function checkExpectation(c: BadInputCase, loaded: number, reasons: string[]): void {
  if (c.expect === 'accept') expect(reasons, `${c.name} should be ingested`).toEqual([]);
  if (c.expect === 'accept') expect(loaded).toBeGreaterThan(0);
  if (c.expect === 'refuse') expect(loaded, `${c.name} should be refused`).toBe(0);
  for (const word of c.refusalMentions ?? []) {
    expect(reasons.join(' ').toLowerCase(), `${c.name}: refusal should mention ${word}`).toContain(word.toLowerCase());
  }
}

describe('bad input through the kg ingest process', () => {
  it('reports each refused file with its reason, exits 1 (not a crash) and changes nothing more', async () => {
    const before = await graphDigest(driver, database);
    const { code, signal, stdout, stderr } = await runKg(['ingest', dir], testConfig().neo4j.uri!);
    expect(signal).toBeNull();
    expect(code, stderr.slice(-2000)).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at\s|node:internal|Unhandled|FATAL/);
    expect(stdout).toMatch(/articles: \d+ new, \d+ unchanged, \d+ updated, \d+ failed/);
    // Everything it could read was ingested above: the second pass is all unchanged or refused.
    expect(stdout).toMatch(/ 0 new, \d+ unchanged, 0 updated/);
    for (const c of cases.filter((x) => x.expect === 'refuse')) {
      expect(stderr, `no failure line for ${c.file}`).toContain(`failed: ${path.join(dir, c.file)}`);
    }
    expect((await graphDigest(driver, database)).digest).toBe(before.digest);
  }, 300_000);
});

function runKg(args: string[], neo4jUri: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'kg.js'), ...args], {
      cwd: REPO_ROOT,
      env: kgEnv(neo4jUri),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 280_000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
