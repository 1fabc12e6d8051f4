// The local Neo4j (src/neo4j-local) on its own port and data directory, beside the run's
// shared test instance: start, reuse, status, clean stop, wipe, and the failures a user can
// fix (port taken, no Java, no Maven).
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, probeBolt } from '../../../src/neo4j-local/bolt-probe.ts';
import { runMaven } from '../../../src/neo4j-local/build-launcher.ts';
import { localNeo4jStatus, stopLocalNeo4j, wipeLocalNeo4j } from '../../../src/neo4j-local/manage-local-neo4j.ts';
import { instanceFiles } from '../../../src/neo4j-local/paths.ts';
import { isAlive } from '../../../src/neo4j-local/process-info.ts';
import { startLocalNeo4j } from '../../../src/neo4j-local/start-local-neo4j.ts';

const tempDirs: string[] = [];
async function tempDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-local-neo4j-test-'));
  tempDirs.push(dir);
  return dir;
}
const parentPid = process.pid; // every instance here dies with this worker, whatever happens

afterAll(async () => {
  for (const dir of tempDirs) {
    await stopLocalNeo4j(dir).catch(() => {});
    await fs.rm(dir, { recursive: true, force: true });
  }
});

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (!isAlive(pid)) return true;
  }
  return false;
}

// Each start is ~8 s on an idle 2-core machine, several times that when it is busy.
describe('a local Neo4j', { timeout: 180_000 }, () => {
  let dataDir: string;
  let port: number;
  let pid: number;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    port = await freePort();
  });

  it('starts in the background and answers Bolt on 127.0.0.1', async () => {
    const started = await startLocalNeo4j({ port, dataDir, parentPid });
    expect(started).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, startedHere: true });
    pid = started.pid!;
    expect(isAlive(pid)).toBe(true);
    expect(await probeBolt(started.uri)).toMatchObject({ ok: true, agent: expect.stringMatching(/^Neo4j\/5\.26\./) });
  });

  it('is reused by a second start instead of starting another server', async () => {
    const again = await startLocalNeo4j({ port, dataDir, parentPid });
    expect(again).toEqual({ uri: `bolt://127.0.0.1:${port}`, pid, startedHere: false });
  });

  it('is reused when another data directory asks for the same port (a Neo4j already answers there)', async () => {
    const other = await startLocalNeo4j({ port, dataDir: await tempDataDir(), parentPid });
    expect(other).toEqual({ uri: `bolt://127.0.0.1:${port}`, pid: null, startedHere: false });
  });

  it('reports where it listens and how big its store is', async () => {
    const status = await localNeo4jStatus(dataDir, port);
    expect(status).toMatchObject({ running: true, pid, uri: `bolt://127.0.0.1:${port}`, dataDir });
    expect(status.agent).toMatch(/^Neo4j\/5\.26\./);
    expect(status.storeBytes).toBeGreaterThan(100_000);
  });

  it('stops cleanly on SIGTERM, and a second stop is a no-op', async () => {
    expect(await stopLocalNeo4j(dataDir)).toEqual({ pid, forced: false });
    expect(isAlive(pid)).toBe(false);
    expect(await fs.readFile(instanceFiles(dataDir).logFile, 'utf8')).toMatch(/kg-neo4j stopped/);
    expect(await stopLocalNeo4j(dataDir)).toEqual({ pid: null, forced: false });
    expect((await localNeo4jStatus(dataDir, port)).running).toBe(false);
  });

  it('starts only one server when two starts race on a stopped data directory', async () => {
    const both = await Promise.all([
      startLocalNeo4j({ port, dataDir, parentPid }),
      startLocalNeo4j({ port, dataDir, parentPid }),
    ]);
    expect(both.filter((s) => s.startedHere)).toHaveLength(1);
    expect(both[0]!.pid).toBe(both[1]!.pid);
    pid = both[0]!.pid!;
  });

  it('wipe stops it and deletes the data directory', async () => {
    expect((await wipeLocalNeo4j(dataDir)).pid).toBe(pid);
    expect(isAlive(pid)).toBe(false);
    await expect(fs.stat(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses to wipe a directory that is not a Neo4j data directory', async () => {
    const dir = await tempDataDir();
    await fs.writeFile(path.join(dir, 'thesis.tex'), 'precious');
    await expect(wipeLocalNeo4j(dir)).rejects.toMatchObject({ reason: 'not-a-data-dir' });
    expect(await fs.readFile(path.join(dir, 'thesis.tex'), 'utf8')).toBe('precious');
  });
});

describe('a local Neo4j started for a parent process', { timeout: 180_000 }, () => {
  it('exits by itself when that parent dies', async () => {
    const parent = spawn('sleep', ['600'], { stdio: 'ignore' });
    const dataDir = await tempDataDir();
    const started = await startLocalNeo4j({ port: await freePort(), dataDir, parentPid: parent.pid! });
    parent.kill('SIGKILL');
    expect(await waitUntilGone(started.pid!, 30_000)).toBe(true);
    expect(await fs.readFile(instanceFiles(dataDir).logFile, 'utf8')).toMatch(/parent process \d+ ended[\s\S]*kg-neo4j stopped/);
  });
});

describe('start failures a user can fix', () => {
  it('says so when the port is taken by a program that is not Neo4j', async () => {
    const server = net.createServer((socket) => {
      socket.on('error', () => {}); // the probe hangs up on us; that is the point
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const failure = startLocalNeo4j({ port, dataDir: await tempDataDir(), parentPid });
      await expect(failure).rejects.toMatchObject({
        reason: 'port-in-use',
        message: expect.stringContaining(`Port ${port} is in use by another program`),
      });
    } finally {
      server.close();
    }
  });

  it('says Java is missing, with what to install', async () => {
    const failure = startLocalNeo4j({ port: await freePort(), dataDir: await tempDataDir(), java: '/no/such/java' });
    await expect(failure).rejects.toMatchObject({ reason: 'no-java', message: expect.stringMatching(/install a JDK 17/) });
  });

  it('says Maven is missing, with what to install', async () => {
    await expect(runMaven('/no/such/mvn')).rejects.toMatchObject({
      reason: 'no-maven',
      message: expect.stringMatching(/Maven \(mvn\) is not installed/),
    });
  });
});
