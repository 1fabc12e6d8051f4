// The real `kg` command (bin/kg.js) as a child process, with a bounded lifetime.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../../../src/config.ts';
import { kgEnv } from './server-process.ts';

export interface KgRun {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process ends (it is SIGKILLed after `maxMs`). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function runKgProcess(args: string[], neo4jUri: string, maxMs = 600_000): KgRun {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'kg.js'), ...args], {
    cwd: REPO_ROOT,
    env: kgEnv(neo4jUri),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err = (err + c.toString('utf8')).slice(-500_000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), maxMs);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  return { child, stdout: () => out, stderr: () => err, done };
}

/** Articles `kg ingest` reports done so far ("[1,012 · 3.1/s · 40% · ETA 1m05s] new …" lines on stderr). */
export function ingestProgress(run: KgRun): number {
  const matches = [...run.stderr().matchAll(/^\[([\d,]+) · /gm)];
  return matches.length === 0 ? 0 : Number(matches.at(-1)![1]!.replace(/,/g, ''));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, maxMs: number, what: string): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${maxMs} ms waiting for ${what}`);
}
