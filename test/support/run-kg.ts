// Runs the real `kg` command (bin/kg.js) as a user would, with extra environment variables.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';

export interface KgRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env` values replace the inherited ones; `undefined` removes a variable. */
export function runKg(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 120_000): Promise<KgRun> {
  // Tests are the one place besides src/config.ts that pass an environment on: to a child.
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) childEnv[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin', 'kg.js'), ...args], {
      cwd: REPO_ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
