// A cross-process lock made of a directory (mkdir is atomic) holding the owner's pid, so
// that two `kg neo4j start` (or two builds) at once don't race. A lock whose owner died is
// taken over.
import fs from 'node:fs/promises';
import path from 'node:path';
import { isAlive } from './process-info.ts';

export async function withLock<T>(lockDir: string, fn: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
  await fs.mkdir(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  while (!(await tryAcquire(lockDir))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${lockDir}`);
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
}

async function tryAcquire(lockDir: string): Promise<boolean> {
  try {
    await fs.mkdir(lockDir);
    await fs.writeFile(path.join(lockDir, 'owner'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const owner = Number(await fs.readFile(path.join(lockDir, 'owner'), 'utf8').catch(() => ''));
  // No owner file yet: the holder is between mkdir and writeFile; wait for it.
  if (owner > 0 && !isAlive(owner)) {
    await fs.rm(lockDir, { recursive: true, force: true });
  }
  return false;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
