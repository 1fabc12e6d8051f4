// Builds launcher/ with Maven when its output is missing or older than its sources:
//   mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
// A build is keyed by a hash of pom.xml and the Java sources, so a second run (even
// offline) starts java directly.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './errors.ts';
import { withLock } from './lock.ts';
import {
  LAUNCHER_CLASSES,
  LAUNCHER_CLASSPATH_FILE,
  LAUNCHER_DIR,
  LAUNCHER_STAMP_FILE,
  LAUNCHER_TARGET,
} from './paths.ts';

export interface BuildOptions {
  /** Maven executable. @default "mvn" */
  mvn?: string;
  /** Told before a (slow) build starts. */
  onProgress?: (message: string) => void;
}

/** Returns the java classpath (classes first) of a built launcher. */
export async function ensureLauncherBuilt(options: BuildOptions = {}): Promise<string> {
  const stamp = await sourceStamp();
  if (!(await isBuilt(stamp))) {
    await withLock(path.join(LAUNCHER_DIR, '.kg-build.lock'), async () => {
      if (await isBuilt(stamp)) return; // another process built it while we waited
      options.onProgress?.('Building the Neo4j launcher with Maven (the first time downloads ~150 MB of jars)…');
      await runMaven(options.mvn ?? 'mvn');
      await fs.writeFile(LAUNCHER_STAMP_FILE, stamp);
    });
  }
  const dependencies = (await fs.readFile(LAUNCHER_CLASSPATH_FILE, 'utf8')).trim();
  return [LAUNCHER_CLASSES, dependencies].join(path.delimiter);
}

/** Built from these sources, and every jar still in the Maven repository (~/.m2 may be cleaned). */
async function isBuilt(stamp: string): Promise<boolean> {
  const current = await fs.readFile(LAUNCHER_STAMP_FILE, 'utf8').catch(() => null);
  const classpath = await fs.readFile(LAUNCHER_CLASSPATH_FILE, 'utf8').catch(() => null);
  if (current !== stamp || classpath === null) return false;
  const jars = classpath.trim().split(path.delimiter);
  const found = await Promise.all(jars.map((jar) => fs.access(jar).then(() => true, () => false)));
  return found.every(Boolean);
}

async function sourceStamp(): Promise<string> {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...(await javaSources(path.join(LAUNCHER_DIR, 'src')))].sort();
  for (const file of files) {
    hash.update(file).update(await fs.readFile(path.resolve(LAUNCHER_DIR, file)));
  }
  return hash.digest('hex');
}

async function javaSources(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => path.relative(LAUNCHER_DIR, path.join(e.parentPath, e.name)));
}

/** Exported for tests: `runMaven('/no/such/mvn')` must explain that Maven is missing. */
export function runMaven(mvn: string): Promise<void> {
  const args = ['-q', '-B', 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${LAUNCHER_CLASSPATH_FILE}`];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new LocalNeo4jError(
              'no-maven',
              'Maven (mvn) is not installed: install Maven 3.8+ and a JDK 17 (e.g. `apt-get install maven openjdk-17-jdk-headless`), or set NEO4J_URI to a Neo4j you already run.',
            )
          : error,
      );
    });
    child.once('close', async (code) => {
      if (code === 0) return resolve();
      await fs.mkdir(LAUNCHER_TARGET, { recursive: true });
      const logFile = path.join(LAUNCHER_TARGET, 'kg-build.log');
      await fs.writeFile(logFile, output);
      const reason = lastErrorLine(output);
      reject(
        new LocalNeo4jError(
          'build-failed',
          `Building the Neo4j launcher failed (${reason}); check that Maven Central is reachable and a JDK 17 is installed (full log: ${logFile}), or set NEO4J_URI to a Neo4j you already run.`,
        ),
      );
    });
  });
}

// Maven's "[ERROR] Failed to execute goal … Could not resolve dependencies …" → that line.
function lastErrorLine(output: string): string {
  const clean = output.replace(/\u001b\[[0-9;]*m/g, '');
  const errors = clean.split('\n').filter((l) => l.startsWith('[ERROR]') && l.length > 8);
  return (errors[0] ?? clean.trim().split('\n').at(-1) ?? 'no output').replace(/^\[ERROR\]\s*/, '').slice(0, 300);
}
