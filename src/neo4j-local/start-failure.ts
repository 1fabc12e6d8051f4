// Turns the launcher's log into one sentence when it exits during start-up.
import fs from 'node:fs/promises';
import { LocalNeo4jError } from './errors.ts';

/** The log of the latest start only (after our "--- … kg neo4j start" marker). */
export async function readLogTail(logFile: string): Promise<string> {
  const text = await fs.readFile(logFile, 'utf8').catch(() => '');
  const marker = text.lastIndexOf('\n--- ');
  return marker >= 0 ? text.slice(marker) : text;
}

export function explainStartFailure(log: string, port: number, logFile: string): LocalNeo4jError {
  if (/Address already in use|PortBindException/.test(log)) {
    return portInUseError(port);
  }
  if (/UnsupportedClassVersionError/.test(log)) {
    return new LocalNeo4jError(
      'no-java',
      'The java on PATH is older than 17: install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) and put it first on PATH.',
    );
  }
  if (/FileLockException|Lock file has been locked/.test(log)) {
    return new LocalNeo4jError(
      'start-failed',
      `Another Neo4j is using the data directory of this one: stop it first (\`npx kg neo4j stop\`); log: ${logFile}.`,
    );
  }
  const reason = /kg-neo4j failed: (.*)/.exec(log)?.[1] ?? log.trim().split('\n').at(-1) ?? 'no output';
  return new LocalNeo4jError('start-failed', `Neo4j exited during start-up (${reason.slice(0, 300)}); see ${logFile}.`);
}

export const portInUseError = (port: number) =>
  new LocalNeo4jError(
    'port-in-use',
    `Port ${port} is in use by another program: free it, or pick another port with --port N (or KG_NEO4J_PORT=N).`,
  );
