// What a user reads when the launcher exits during start-up, from the log it left.
import { describe, expect, it } from 'vitest';
import { explainStartFailure } from '../../../src/neo4j-local/start-failure.ts';

describe('explainStartFailure', () => {
  it.each<[string, string, RegExp]>([
    [
      'kg-neo4j failed: NativeIoException: bind(..) failed with error(-98): Address already in use',
      'port-in-use',
      /^Port 7687 is in use by another program: .*--port N/,
    ],
    [
      'Exception in thread "main" java.lang.UnsupportedClassVersionError: kg/launcher/Main has been compiled by a more recent version',
      'no-java',
      /older than 17: install a JDK 17/,
    ],
    [
      'kg-neo4j failed: FileLockException: Lock file has been locked by another process: /x/data/databases/store_lock',
      'start-failed',
      /Another Neo4j is using the data directory/,
    ],
    ['kg-neo4j failed: OutOfMemoryError: Java heap space', 'start-failed', /exited during start-up \(OutOfMemoryError: Java heap space\); see \/d\/kg-neo4j\.log/],
  ])('%s', (log, reason, message) => {
    const error = explainStartFailure(`--- start\n${log}\n\tat some.Frame(Main.java:1)\n`, 7687, '/d/kg-neo4j.log');
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n/);
  });
});
