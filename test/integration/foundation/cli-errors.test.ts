// A bad configuration ends with one sentence that says what to do: no stack trace.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../../src/cli/exit-codes.ts';
import { freePort } from '../../../src/neo4j-local/bolt-probe.ts';
import { ensureLauncherBuilt } from '../../../src/neo4j-local/build-launcher.ts';
import { stopLocalNeo4j } from '../../../src/neo4j-local/manage-local-neo4j.ts';
import { startLocalNeo4j } from '../../../src/neo4j-local/start-local-neo4j.ts';
import { testConfig } from '../../support/neo4j.ts';
import { type KgRun, runKg } from '../../support/run-kg.ts';

/** One `kg <command>: …` line on stderr, the exit code of the table (src/cli/exit-codes.ts), no stack frame. */
function expectOneClearSentence(run: KgRun, pattern: RegExp, code: number): void {
  expect(run.code).toBe(code);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  const lines = run.stderr.trim().split('\n');
  expect(lines.at(-1)).toMatch(/^kg (up|neo4j): /);
  expect(lines.at(-1)).toMatch(pattern);
}

const held: net.Server[] = [];
async function holdPort(): Promise<number> {
  const server = net.createServer((socket) => socket.on('error', () => {}).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  held.push(server);
  return (server.address() as net.AddressInfo).port;
}
afterAll(() => held.forEach((s) => s.close()));

describe('kg up with a bad configuration', () => {
  it('names the bad variable', async () => {
    const run = await runKg(['up'], { PORT: 'abc' });
    expectOneClearSentence(run, /PORT must be a whole number/, EXIT.usage);
  });

  it('says how to fix an unreachable NEO4J_URI', async () => {
    const run = await runKg(['up'], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expectOneClearSentence(run, /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: start it, or fix NEO4J_URI/, EXIT.neo4jUnavailable);
  });

  it('says when the GraphQL port is taken', async () => {
    const { neo4j } = testConfig();
    const run = await runKg(['up', '--no-samples'], {
      NEO4J_URI: neo4j.uri!,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      PORT: String(await holdPort()),
    });
    expectOneClearSentence(run, /Port \d+ is already in use: .* PORT=N/, EXIT.usage);
  });
});

describe('kg with a Neo4j that requires a password', { timeout: 180_000 }, () => {
  let dataDir: string;
  let uri: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-auth-test-'));
    const started = await startLocalNeo4j({ port: await freePort(), dataDir, password: 'right-password', parentPid: process.pid });
    uri = started.uri;
  });
  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('says to set NEO4J_USER and NEO4J_PASSWORD when the password is wrong', async () => {
    const run = await runKg(['up', '--no-samples'], { NEO4J_URI: uri, NEO4J_PASSWORD: 'wrong-password' });
    expectOneClearSentence(run, /refused user "neo4j": set NEO4J_USER and NEO4J_PASSWORD/, EXIT.neo4jUnavailable);
  });
});

describe('kg neo4j start failures', () => {
  beforeAll(() => ensureLauncherBuilt()); // so that "no Java" is what fails, not "no Maven"

  it('says when the port is taken by another program', async () => {
    const port = await holdPort();
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-cli-test-'));
    try {
      const run = await runKg(['neo4j', 'start', '--port', String(port), '--data', dataDir]);
      expectOneClearSentence(run, new RegExp(`Port ${port} is in use by another program: .*--port N`), EXIT.neo4jUnavailable);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('says Java is missing (no java on PATH)', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-cli-test-'));
    try {
      const run = await runKg(['neo4j', 'start', '--port', String(await freePort()), '--data', dataDir], {
        PATH: '/nonexistent',
        NEO4J_URI: undefined,
      });
      expectOneClearSentence(run, /Java is not installed: install a JDK 17/, EXIT.neo4jUnavailable);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
