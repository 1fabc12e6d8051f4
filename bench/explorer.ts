// Explorer figures in headless Chromium against the graph that is loaded (NEO4J_URI, or the
// local Neo4j on KG_NEO4J_PORT):
//   - time from navigation to the first drawn neighbourhood of a hub (the entity with the
//     most facts among the most mentioned, or --hub ID), cold cache, median of --runs;
//   - time to its first page of facts (the facts list shown);
//   - the page's transfer size: HTML, script, stylesheet and fonts, and the GraphQL answers;
//   - long tasks (PerformanceObserver 'longtask') while the hub's neighbourhood grows to
//     ~300 nodes and the force layout runs: the longest, and how many exceed 200 ms.
// Run: NEO4J_URI=bolt://127.0.0.1:7704 npx tsx bench/explorer.ts [--hub ID] [--runs 5]
import { loadavg } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../src/api/server.ts';
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 5);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const config = loadConfig();
const driver = createDriver(config);
const server = await startServer({ config: { ...config, server: { host: '127.0.0.1', port: 0 } }, driver });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });

async function gql<T>(query: string): Promise<T> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return ((await response.json()) as { data: T }).data;
}

try {
  const hub =
    option('--hub') ??
    (await gql<{ entities: { nodes: Array<{ entityId: string; factCount: number }> } }>(
      '{ entities(orderBy: MENTIONS_DESC, first: 30) { nodes { entityId factCount } } }',
    )).entities.nodes.sort((a, b) => b.factCount - a.factCount)[0]!.entityId;
  const about = await gql<{ stats: { articles: number; entities: number; facts: number }; entity: { name: string; factCount: number } }>(
    `{ stats { articles entities facts } entity(id: ${JSON.stringify(hub)}) { name factCount } }`,
  );
  console.log(`graph: ${about.stats.articles} articles, ${about.stats.entities} entities, ${about.stats.facts} facts; hub ${hub} "${about.entity.name}" with ${about.entity.factCount} facts`);
  console.log(`load average before: ${load()}`);

  const drawn: number[] = [];
  const factsShown: number[] = [];
  let transfer = { assets: 0, graphql: 0, files: [] as string[] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } }); // cold cache
    const page = await context.newPage();
    await page.goto(`${origin}/explore?entity=${encodeURIComponent(hub)}`);
    await page.waitForSelector('.fact-group', { timeout: 120_000 });
    await page.waitForSelector('.graph-canvas[data-drawn]', { timeout: 120_000 });
    const timing = await page.evaluate(() => ({
      drawn: performance.getEntriesByName('kg:graph-drawn')[0]!.startTime,
      facts: performance.getEntriesByName('kg:facts-shown')[0]!.startTime,
      resources: [performance.getEntriesByType('navigation')[0]!, ...performance.getEntriesByType('resource')].map((entry) => {
        const resource = entry as PerformanceResourceTiming;
        return { name: resource.name, size: resource.transferSize, body: resource.encodedBodySize };
      }),
    }));
    drawn.push(timing.drawn);
    factsShown.push(timing.facts);
    if (run === 0) {
      const assets = timing.resources.filter((r) => !r.name.endsWith('/graphql'));
      transfer = {
        assets: assets.reduce((sum, r) => sum + r.size, 0),
        graphql: timing.resources.filter((r) => r.name.endsWith('/graphql')).reduce((sum, r) => sum + r.size, 0),
        files: assets.map((r) => `${new URL(r.name).pathname.replace(/-[A-Z0-9]{8}\./, '.')} ${(r.size / 1024).toFixed(1)} KiB`),
      };
    }
    await context.close();
  }
  console.log(`first page of facts shown: median ${median(factsShown).toFixed(0)} ms (${factsShown.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`first neighbourhood drawn: median ${median(drawn).toFixed(0)} ms (${drawn.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`transfer, cold cache: page assets ${(transfer.assets / 1024).toFixed(1)} KiB (${transfer.files.join('; ')}), GraphQL ${(transfer.graphql / 1024).toFixed(1)} KiB`);

  // Grow the hub's neighbourhood page by page to ~300 nodes; long tasks during the layouts.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${origin}/explore?entity=${encodeURIComponent(hub)}`);
  await page.waitForSelector('.graph-canvas[data-drawn]', { timeout: 120_000 });
  // How slow this machine is right now: a fixed piece of work (~20 ms on an idle core here).
  const calibration = await page.evaluate(() => {
    const started = performance.now();
    const values = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 100_003);
    values.sort((a, b) => a - b);
    return performance.now() - started;
  });
  console.log(`calibration: sorting 200,000 numbers in the page took ${calibration.toFixed(0)} ms`);
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  const nodes = await growTo(page, hub, 300);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const summary = (what: string, list: number[]) =>
    console.log(`${what}: ${list.length} long tasks (> 50 ms), longest ${list.length ? Math.max(...list).toFixed(0) : 0} ms, ${list.filter((t) => t > 200).length} over 200 ms`);
  summary(`growing the neighbourhood to ${nodes} nodes (each expansion placed in rings)`, tasks);
  // The force layout ("Tidy up the layout") of the whole drawn graph.
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
  const before = Number(await page.locator('.graph-canvas').getAttribute('data-layouts'));
  const started = Date.now();
  await page.locator('button.tidy').click();
  await page.waitForFunction((n) => Number(document.querySelector('.graph-canvas')?.getAttribute('data-layouts')) > n, before, { timeout: 300_000 });
  const tidied = Date.now() - started;
  summary(`force layout of ${nodes} nodes (${tidied} ms)`, await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks));
  await context.close();
  console.log(`load average after: ${load()}`);
} finally {
  await browser.close();
  await server.close();
  await driver.close();
}

/** Draws the hub's further pages, then expands other drawn nodes, until `target` nodes are drawn. */
async function growTo(page: Page, hub: string, target: number): Promise<number> {
  const canvas = page.locator('.graph-canvas');
  const layouts = async () => Number(await canvas.getAttribute('data-layouts'));
  const nodes = async () => Number(await canvas.getAttribute('data-drawn'));
  const afterLayout = async (before: number) =>
    page.waitForFunction((n) => Number(document.querySelector('.graph-canvas')?.getAttribute('data-layouts')) > n, before, { timeout: 120_000 });
  await page.locator('.node-list-box summary').click();
  for (let step = 0; step < 50 && (await nodes()) < target; step++) {
    await page.locator(`.node-button[data-entity-id="${hub}"]`).click();
    const more = page.locator('.graph-info button', { hasText: /more facts/ });
    const before = await layouts();
    if ((await more.count()) > 0) {
      await more.click();
    } else {
      // The unexpanded node with the most facts.
      const next = await page.locator('.node-button[data-expanded="false"]').evaluateAll((buttons) =>
        buttons.map((b) => ({ id: (b as HTMLElement).dataset.entityId!, facts: Number((b as HTMLElement).dataset.facts) })).sort((x, y) => y.facts - x.facts)[0]?.id);
      if (!next) break;
      await page.locator(`.node-button[data-entity-id="${next}"]`).click();
    }
    await afterLayout(before);
  }
  return nodes();
}
