// GraphQL over HTTP conformance: graphql-http's server audits against the running server
// on a real socket. Every MUST audit passes; SHOULD/MAY results are printed for the report.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

let api: ApiHarness;
let server: RunningServer;
beforeAll(async () => {
  api = await startHarness();
  server = await startServer({ config: apiConfig({ server: { host: '127.0.0.1', port: 0 } }), driver: api.driver });
});
afterAll(async () => {
  await server?.close();
  await api?.close();
});

const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
const results: string[] = [];

describe('graphql-http server audits', () => {
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }

  it('reports the SHOULD and MAY audits', async () => {
    for (const audit of audits.filter((a) => !a.name.startsWith('MUST'))) {
      const result = await audit.fn();
      results.push(`${result.status.padEnd(5)} ${audit.name}${'reason' in result ? ` (${result.reason})` : ''}`);
    }
    const notOk = results.filter((line) => !line.startsWith('ok'));
    console.info(`graphql-http: ${results.length - notOk.length}/${results.length} SHOULD/MAY audits ok\n${notOk.join('\n')}`);
    expect(results.length).toBeGreaterThan(0);
  });
});
