// A real browser: Debian's headless Chromium, driven by playwright-core, opens GraphiQL
// (served offline: no CDN), runs the first example operation and sees the World Bank.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

const CHROMIUM = '/usr/bin/chromium'; // apt-get install chromium
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let api: ApiHarness;
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  api = await startHarness();
  server = await startServer({ config: apiConfig({ server: { host: '127.0.0.1', port: 0 } }), driver: api.driver });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
});

describe('GraphiQL in headless Chromium', () => {
  it('runs the first example operation and shows "Ngân hàng Thế giới"', async () => {
    // Tall, so Monaco (which renders only visible lines) shows the whole result.
    const page = await browser.newPage({ viewport: { width: 1400, height: 4000 } });
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(server.url).origin) && !/^(blob|data):/.test(request.url())) external.push(request.url());
    });
    await page.goto(server.url);
    await page.waitForSelector('.graphiql-container .monaco-editor', { timeout: 30_000 });
    const result = page.waitForResponse((r) => r.url() === server.url && r.request().method() === 'POST' && /SeedShape/.test(r.request().postData() ?? ''));
    await page.locator('.graphiql-execute-button').first().click();
    expect(await (await result).text()).toContain('Ngân hàng Thế giới');
    // Monaco draws spaces as U+00A0.
    const shown = async () => (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
    await expect.poll(shown, { timeout: 15_000 }).toContain('Ngân hàng Thế giới');
    expect(external).toEqual([]); // nothing from a CDN
  });
});
