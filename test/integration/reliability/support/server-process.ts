// Runs the real `kg serve` (bin/kg.js) as a child process against a given Neo4j, on a free
// loopback port, and waits for the line that prints its URL. The server gets its own
// process so that clients measuring it (latency, load) do not share its event loop.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../../../src/config.ts';
import { freePort } from '../../../../src/neo4j-local/bolt-probe.ts';

export interface ServerProcess {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  child: ChildProcess;
  /** What the server wrote to stderr so far (for assertions: no stack traces). */
  stderr(): string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  neo4jUri: string;
  token?: string;
  /** Extra environment, e.g. { KG_MAX_ARTICLE_BYTES: '60000000' }. */
  env?: Record<string, string>;
  /** @default 90000 */
  startTimeoutMs?: number;
}

const KG = path.join(REPO_ROOT, 'bin', 'kg.js');

/** The environment of a kg child process: this one's, pointed at `neo4jUri`. */
export function kgEnv(neo4jUri: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: neo4jUri, NODE_ENV: 'production', ...extra };
  delete env.KG_API_TOKEN;
  if (extra.KG_API_TOKEN) env.KG_API_TOKEN = extra.KG_API_TOKEN;
  return env;
}

export async function startServerProcess(options: ServeOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env = kgEnv(options.neo4jUri, {
    HOST: '127.0.0.1',
    PORT: String(port),
    ...(options.token ? { KG_API_TOKEN: options.token } : {}),
    ...options.env,
  });
  const child = spawn(process.execPath, [KG, 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-200_000);
  });
  const timeoutMs = options.startTimeoutMs ?? 90_000;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`kg serve did not start within ${timeoutMs} ms: ${err}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (/https?:\/\/\S+\/graphql/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`kg serve exited (${code ?? signal}) before it was ready: ${err}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/graphql`, origin, child, stderr: () => err, stop: () => stopChild(child) };
}

export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
