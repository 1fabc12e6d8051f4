// docker-compose.yml can't be run here (no Docker engine): check what can be checked.
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, REPO_ROOT } from '../../src/config.ts';

interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

let services: Record<string, Service>;
beforeAll(async () => {
  const compose = parse(await fs.readFile(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
  services = compose.services;
});

/** Compose's `${VAR:?msg}` / `${VAR:-default}` → a value, as `docker compose` would with VAR set. */
const substitute = (value: string, vars: Record<string, string>) =>
  String(value).replace(/\$\{(\w+)(?::[?-][^}]*)?\}/g, (_m, name: string) => vars[name] ?? '');

describe('docker-compose.yml', () => {
  it('runs the pinned Neo4j 5.26 Community image with Browser and Bolt ports, a volume and a healthcheck', () => {
    const neo4j = services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.ports).toEqual(expect.arrayContaining(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']));
    expect(neo4j.volumes?.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
  });

  it('takes the Neo4j password from the environment, never from the file', () => {
    expect(services.neo4j!.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(services.kg!.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
  });

  it('builds kg from the Dockerfile and starts it once Neo4j is healthy', async () => {
    const kg = services.kg!;
    expect(kg.build).toBe('.');
    await expect(fs.stat(path.join(REPO_ROOT, 'Dockerfile'))).resolves.toBeTruthy();
    expect(kg.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(kg.ports).toContain('4000:4000');
  });

  it("gives kg an environment that loadConfig accepts, pointing at the neo4j service", () => {
    const env = Object.fromEntries(
      Object.entries(services.kg!.environment ?? {}).map(([k, v]) => [k, substitute(v, { NEO4J_PASSWORD: 'a-password' })]),
    );
    const config = loadConfig(env);
    expect(config.neo4j).toMatchObject({ uri: 'bolt://neo4j:7687', user: 'neo4j', password: 'a-password' });
    expect(config.server).toEqual({ host: '0.0.0.0', port: 4000 }); // reachable from outside the container
  });
});
