// The pid file of a local Neo4j, and checks that a pid is alive and really is our launcher
// (a pid can be reused by another program after a reboot).
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { LAUNCHER_MAIN_CLASS } from './paths.ts';

export interface PidRecord {
  pid: number;
  port: number;
  startedAt: string;
  /** Set when the instance exits by itself once this process is gone (test instances). */
  parentPid: number | null;
}

export async function readPidFile(pidFile: string): Promise<PidRecord | null> {
  try {
    const record = JSON.parse(await fs.readFile(pidFile, 'utf8')) as PidRecord;
    return Number.isInteger(record.pid) && record.pid > 0 ? record : null;
  } catch {
    return null;
  }
}

export async function writePidFile(pidFile: string, record: PidRecord): Promise<void> {
  await fs.writeFile(pidFile, `${JSON.stringify(record)}\n`);
}

/** Running: exists and is not a zombie (an exited child its parent has not reaped yet). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

// /proc/<pid>/stat: "1234 (java) Z 1 …"; the state follows the last ")".
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Alive and running kg.launcher.Main. Where /proc is missing (macOS), alive is enough. */
export function isLauncherProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // A zombie (exited, not yet reaped) has an empty cmdline.
    return cmdline.includes(LAUNCHER_MAIN_CLASS);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT' || process.platform !== 'linux';
  }
}
