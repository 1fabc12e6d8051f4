// The Explorer (/explore) in a real browser: Debian's headless Chromium driven by
// playwright-core, against the API test graph (the seed article as loader input). What an
// analyst does: search without diacritics, read an entity's evidence, expand the graph,
// find a path, read an article with its evidence highlighted; and what must never happen:
// a name that looks like HTML running as HTML, anything fetched from another origin.
// SHOTS_DIR=/some/dir saves a screenshot of each view there.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { buildExtract } from '../support/extract-builder.ts';
import { SEED_ARTICLE_ID } from './fixtures/seed-extract.ts';
import { apiConfig, startHarness, type ApiHarness } from './support/api-harness.ts';

const CHROMIUM = '/usr/bin/chromium'; // apt-get install chromium
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS_DIR = process.env.SHOTS_DIR;
// Generous: this machine is shared, and a loaded Neo4j answers in seconds, not milliseconds.
const POLL_MS = 45_000;
const TEST_MS = 180_000;

const WORLD_BANK = 'org:ngan-hang-the-gioi';
const DIC = 'org:so-thong-tin-va-truyen-thong-tp-da-nang';
const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_ARTICLE = 'art:explorer-test-markup-name';
/** An organisation whose one fact five articles state: more sentences than a fact list quotes. */
const OFTEN_STATED = 'org:explorer-test-often-stated';
const OFTEN_STATED_ARTICLES = 5;

let api: ApiHarness;
let server: RunningServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  api = await startHarness();
  // An organisation whose name is markup, in a fact with an ordinary one.
  await api.load(
    buildExtract({
      id: XSS_ARTICLE,
      title: `Tin thử: ${XSS_NAME}`,
      publishedAt: '2024-05-01',
      source: 'kg test',
      sentences: [`Công ty ${XSS_NAME} đặt trụ sở tại Khu thử nghiệm Explorer.`],
      entities: {
        markup: { type: 'Organization', name: XSS_NAME, id: 'org:explorer-test-markup' },
        place: { type: 'Place', name: 'Khu thử nghiệm Explorer', id: 'place:explorer-test' },
      },
      facts: [{ subject: 'markup', predicate: 'LOCATED_IN', object: 'place', evidence: 'đặt trụ sở tại', confidence: 0.8 }],
    }),
  );
  for (let n = 1; n <= OFTEN_STATED_ARTICLES; n++) {
    await api.load(
      buildExtract({
        id: `art:explorer-test-often-stated-${n}`,
        title: `Tin thử số ${n}`,
        publishedAt: `2024-06-0${n}`,
        source: 'kg test',
        sentences: [`Bản tin số ${n}: Hợp tác xã Thử Nghiệm Nhiều Nguồn có trụ sở tại Khu thử nghiệm Explorer.`],
        entities: {
          coop: { type: 'Organization', name: 'Hợp tác xã Thử Nghiệm Nhiều Nguồn', id: OFTEN_STATED },
          place: { type: 'Place', name: 'Khu thử nghiệm Explorer', id: 'place:explorer-test' },
        },
        facts: [{ subject: 'coop', predicate: 'LOCATED_IN', object: 'place', evidence: 'có trụ sở tại', confidence: 0.8 }],
      }),
    );
  }
  server = await startServer({ config: apiConfig({ server: { host: '127.0.0.1', port: 0 } }), driver: api.driver });
  origin = new URL(server.url).origin;
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.close();
});

interface Watched {
  page: Page;
  external: string[];
  problems: string[];
  dialogs: string[];
}

/** A page that records requests to other origins, console errors (CSP violations among them) and dialogs. */
async function openPage(): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(POLL_MS);
  const watched: Watched = { page, external: [], problems: [], dialogs: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(blob|data):/.test(request.url())) watched.external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(message.text());
  });
  page.on('pageerror', (error) => watched.problems.push(error.message));
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return watched;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS_DIR) await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

async function drawnNodes(page: Page): Promise<string[]> {
  return page.locator('.node-list .node-button').evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/^[+−] /, '')));
}

function expectClean(watched: Watched): void {
  expect(watched.external).toEqual([]);
  expect(watched.problems).toEqual([]);
  expect(watched.dialogs).toEqual([]);
}

describe('the Explorer in headless Chromium', () => {
  it('is what / leads to, with a Content-Security-Policy, linked from GraphiQL', async () => {
    const response = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explore');
    const page = await fetch(`${origin}/explore`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    const graphiql = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('href="/explore"');
  });

  it('search "ngan hang the gioi" → the entity view shows Ngân hàng Thế giới with its FUNDED_BY evidence', async () => {
    const watched = await openPage();
    const { page } = watched;
    await page.goto(`${origin}/explore`);
    await page.getByRole('combobox').first().fill('ngan hang the gioi');
    const hit = page.getByRole('option').first();
    await expect.poll(() => hit.textContent(), { timeout: POLL_MS }).toContain('Ngân hàng Thế giới');
    expect(await hit.textContent()).toMatch(/Organization.*\d+ facts?/);
    await shot(page, '01-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.entity-name');
    expect(new URL(page.url()).searchParams.get('entity')).toBe(WORLD_BANK);
    expect(await page.locator('.entity-name').textContent()).toBe('Ngân hàng Thế giới');
    expect(await page.locator('.entity-id').textContent()).toBe(WORLD_BANK);
    // The other ways the articles write it, not the name again.
    expect(await page.locator('.aliases').textContent()).toBe('Also written: WB · World Bank');
    const funded = page.locator('.fact-group[data-predicate="FUNDED_BY"]');
    expect(await funded.locator('.fact-line').first().textContent()).toContain('Phát triển nền tảng Chính phủ điện tử TP Đà Nẵng đến năm 2015');
    // Evidence is kept per sentence: the quote is the sentence that states the fact.
    expect(await funded.locator('.quote').first().textContent()).toContain('Dự án trên được tài trợ bởi Ngân hàng Thế giới (WB)');
    expect(await funded.locator('.fact-meta').first().textContent()).toMatch(/confidence 0\.90.*1 article/);
    expect(await funded.locator('a.article-link').first().getAttribute('href')).toContain(`article=${encodeURIComponent(SEED_ARTICLE_ID)}`);
    await page.waitForSelector('.graph-canvas[data-drawn]');
    await shot(page, '02-entity');
    expectClean(watched);
  }, TEST_MS);

  it('a fact stated by more sentences than a list quotes shows three and counts the rest', async () => {
    const watched = await openPage();
    const { page } = watched;
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await page.goto(`${origin}/explore?entity=${OFTEN_STATED}`);
    await page.waitForSelector('.entity-name');
    const fact = page.locator('.fact-group[data-predicate="LOCATED_IN"] .fact').first();
    await expect.poll(() => fact.locator('.quote').count(), { timeout: POLL_MS }).toBe(3);
    expect(await fact.locator('.more-quotes').textContent()).toBe(`and ${OFTEN_STATED_ARTICLES - 3} more sentences`);
    expect(await fact.locator('.fact-meta').textContent()).toContain(`${OFTEN_STATED_ARTICLES} articles`);
    // Written one way only: no "Also written" line repeating the name.
    expect(await page.locator('.aliases').count()).toBe(0);
    // The page asks the server for the quotes it shows, not for every sentence.
    expect(asked.some((body) => body.includes('evidence(first: 3)'))).toBe(true);
    await shot(page, '02b-entity-quotes');
    expectClean(watched);
  }, TEST_MS);

  it('expanding the project draws its award, and the award Sở TT&TT Đà Nẵng', async () => {
    const watched = await openPage();
    const { page } = watched;
    await page.goto(`${origin}/explore?entity=${WORLD_BANK}`);
    await page.waitForSelector('.graph-canvas[data-drawn]');
    const project = 'Phát triển nền tảng Chính phủ điện tử TP Đà Nẵng đến năm 2015';
    const award = 'Tổ chức thuộc khu vực công tiêu biểu trong cộng đồng ASEAN năm 2011';
    expect(await drawnNodes(page)).toEqual(expect.arrayContaining(['Ngân hàng Thế giới', project]));
    expect(await drawnNodes(page)).not.toContain(award);
    // The keyboard way: the list of drawn nodes (a click on the canvas node does the same).
    await page.locator('.node-list-box summary').click();
    await page.locator('.node-button', { hasText: project }).click();
    await expect.poll(() => drawnNodes(page), { timeout: POLL_MS }).toContain(award);
    await page.locator('.node-button', { hasText: award }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => drawnNodes(page), { timeout: POLL_MS }).toContain('Sở Thông tin và Truyền thông TP Đà Nẵng');
    expect(await page.locator('.graph-filters [data-predicate="AWARDED_FOR"]').count()).toBe(1);
    await page.locator('.node-list-box summary').click();
    await page.waitForTimeout(1500); // the force layout settles
    await shot(page, '03-graph-expanded');
    expectClean(watched);
  }, TEST_MS);

  it('the path Sở TT&TT Đà Nẵng → Ngân hàng Thế giới is drawn with its three facts', async () => {
    const watched = await openPage();
    const { page } = watched;
    await page.goto(`${origin}/explore?from=&to=`);
    const [from, to] = [page.getByRole('combobox').nth(1), page.getByRole('combobox').nth(2)];
    await from.fill('so thong tin va truyen thong');
    await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: POLL_MS }).toContain('Sở Thông tin và Truyền thông TP Đà Nẵng');
    await from.press('Enter');
    await to.fill('ngan hang the gioi');
    await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: POLL_MS }).toContain('Ngân hàng Thế giới');
    await to.press('Enter');
    await page.waitForSelector('.path-facts');
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([DIC, WORLD_BANK]);
    const facts = page.locator('.path-facts > li.fact');
    expect(await facts.count()).toBe(3);
    expect(await facts.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.predicate))).toEqual(['WON', 'AWARDED_FOR', 'FUNDED_BY']);
    for (let i = 0; i < 3; i++) expect((await facts.nth(i).locator('.quote').first().textContent())?.length).toBeGreaterThan(0);
    await page.waitForSelector('.graph-canvas[data-drawn]');
    expect((await drawnNodes(page)).length).toBe(4);
    await shot(page, '04-path');
    expectClean(watched);
  }, TEST_MS);

  it('the article view highlights the FUNDED_BY evidence at its exact span', async () => {
    const { data } = await api.gql(`{ facts(predicate: FUNDED_BY, subject: "project:phat-trien-nen-tang-chinh-phu-dien-tu-tp-da-nang-den-nam-2015", first: 1) {
      nodes { id evidence { quote start end sentence { start text } } } } }`);
    const fact = data.facts.nodes[0];
    const evidence = fact.evidence[0];
    const watched = await openPage();
    const { page } = watched;
    await page.goto(`${origin}/explore?entity=${WORLD_BANK}`);
    await page.locator('.fact-group[data-predicate="FUNDED_BY"] a.article-link').first().click();
    await page.waitForSelector('.article-text');
    expect(new URL(page.url()).searchParams.get('article')).toBe(SEED_ARTICLE_ID);
    const marked = page.locator('mark.evidence.focused');
    const pieces = await marked.evaluateAll((marks) => marks.map((m) => ({ text: m.textContent, start: Number((m as HTMLElement).dataset.start), end: Number((m as HTMLElement).dataset.end) })));
    expect(evidence.quote).toContain('được tài trợ bởi');
    expect(pieces.map((p) => p.text).join('')).toBe(evidence.quote);
    expect(pieces[0]!.start).toBe(evidence.start);
    expect(pieces.at(-1)!.end).toBe(evidence.end);
    // The pieces are contiguous: one span, cut only where a mention starts or ends.
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
    // Nothing outside the span is marked as this fact's evidence.
    const sentenceText = await page.locator(`.sentence[data-start="${evidence.sentence.start}"]`).textContent();
    expect(sentenceText).toBe(evidence.sentence.text);
    // Every mention is marked too, and the fact list has the article's facts.
    expect(await page.locator('mark.mention', { hasText: 'Ngân hàng Thế giới' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.article-facts li.fact.focused').getAttribute('data-fact-id')).toBe(fact.id);
    expect(await page.locator('.article-facts li.fact').count()).toBe(7);
    await shot(page, '05-article');
    expectClean(watched);
  }, TEST_MS);

  it(`an entity named ${XSS_NAME} shows as text and runs nothing`, async () => {
    const watched = await openPage();
    const { page } = watched;
    await page.goto(`${origin}/explore`);
    await page.getByRole('combobox').first().fill('img src x onerror');
    const hit = page.getByRole('option').first();
    await expect.poll(() => hit.textContent(), { timeout: POLL_MS }).toContain(XSS_NAME);
    await hit.click();
    await page.waitForSelector('.entity-name');
    expect(await page.locator('.entity-name').textContent()).toBe(XSS_NAME);
    await page.waitForSelector('.graph-canvas[data-drawn]');
    await page.locator('.fact a.article-link').first().click();
    await page.waitForSelector('.article-text');
    expect(await page.locator('.article-view h2').textContent()).toBe(`Tin thử: ${XSS_NAME}`);
    expect(await page.locator('mark.mention', { hasText: XSS_NAME }).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await shot(page, '06-markup-name');
    expectClean(watched);
  }, TEST_MS);
});
