// Is a port taken, and does a Neo4j answer Bolt there? Used to reuse a running Neo4j
// instead of starting a second one, and to tell "port in use" from "Neo4j already there".
import net from 'node:net';
import neo4j from 'neo4j-driver';

export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(2_000);
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(true));
    socket.on('error', () => finish(false));
    function finish(inUse: boolean) {
      socket.removeAllListeners('connect').removeAllListeners('timeout');
      socket.destroy();
      resolve(inUse);
    }
  });
}

export type BoltProbe = { ok: true; agent: string } | { ok: false; error: Error };

/**
 * Opens one Bolt connection. A server that refuses our credentials is still a Neo4j:
 * `ok` says whether something speaks Bolt there, `agent` is e.g. "Neo4j/5.26.30".
 */
export async function probeBolt(uri: string, user = 'neo4j', password = ''): Promise<BoltProbe> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    const info = await driver.getServerInfo();
    return { ok: true, agent: info.agent ?? 'Neo4j' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('Neo.ClientError.Security.')) return { ok: true, agent: 'Neo4j (credentials refused)' };
    return { ok: false, error: error as Error };
  } finally {
    await driver.close();
  }
}

/** A port the OS says is free right now on 127.0.0.1 (for throw-away test instances). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
