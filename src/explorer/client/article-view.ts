// The article view: title, date, source, the text with every mention and every fact's
// evidence highlighted at its exact offsets, and the facts the article contributed. A fact
// named in the URL (?fact=…, from an evidence link) is marked and scrolled to.
import { FACT_FIELDS, gql, type EntityRef, type Fact } from './api.ts';
import { append, el } from './dom.ts';
import { factItem } from './facts.ts';
import { count, typeLabel } from './format.ts';
import { segmentText, type Mark } from './spans.ts';
import { viewHref } from './state.ts';

const PAGE = 100;
const MAX_PAGES = 20; // 2,000 sentences or facts: far beyond a news article

const ARTICLE = `query ExplorerArticle($id: ID!, $first: Int!, $sentencesAfter: String, $factsAfter: String) {
  article(id: $id) {
    articleId title publishedAt source url
    sentences(first: $first, after: $sentencesAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { index start end text mentions { start end text entity { entityId name type } } }
    }
    facts(first: $first, after: $factsAfter) {
      pageInfo { hasNextPage endCursor }
      nodes { ...FactFields }
    }
  }
}
${FACT_FIELDS}`;

interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: Array<{ start: number; end: number; text: string; entity: EntityRef }>;
}
interface Connection<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
interface ArticlePage {
  article: {
    articleId: string;
    title: string | null;
    publishedAt: string | null;
    source: string | null;
    url: string | null;
    sentences: Connection<Sentence>;
    facts: Connection<Fact>;
  } | null;
}

type Highlight = { kind: 'mention'; entity: EntityRef } | { kind: 'evidence'; fact: Fact };

async function loadArticle(articleId: string) {
  const first = await gql<ArticlePage>(ARTICLE, { id: articleId, first: PAGE });
  if (!first.article) return null;
  const article = first.article;
  const sentences = [...article.sentences.nodes];
  const facts = [...article.facts.nodes];
  let sentencePage = article.sentences.pageInfo;
  let factPage = article.facts.pageInfo;
  for (let page = 1; page < MAX_PAGES && (sentencePage.hasNextPage || factPage.hasNextPage); page++) {
    const next = await gql<ArticlePage>(ARTICLE, {
      id: articleId,
      first: PAGE,
      sentencesAfter: sentencePage.hasNextPage ? sentencePage.endCursor : null,
      factsAfter: factPage.hasNextPage ? factPage.endCursor : null,
    });
    if (!next.article) break;
    if (sentencePage.hasNextPage) sentences.push(...next.article.sentences.nodes);
    if (factPage.hasNextPage) facts.push(...next.article.facts.nodes);
    sentencePage = sentencePage.hasNextPage ? next.article.sentences.pageInfo : sentencePage;
    factPage = factPage.hasNextPage ? next.article.facts.pageInfo : factPage;
  }
  sentences.sort((a, b) => a.start - b.start);
  return { ...article, sentences, facts };
}

export async function articleView(root: HTMLElement, articleId: string, focusFact: string | null): Promise<() => void> {
  const article = await loadArticle(articleId);
  if (!article) {
    append(root, el('div', { class: 'notice' }, 'No article with the id ', el('code', {}, articleId), ' in the graph.'));
    return () => {};
  }
  document.title = `${article.title ?? article.articleId} · kg Explorer`;
  const marks: Array<Mark<Highlight>> = [];
  for (const sentence of article.sentences) {
    for (const mention of sentence.mentions) {
      marks.push({ start: sentence.start + mention.start, end: sentence.start + mention.end, value: { kind: 'mention', entity: mention.entity } });
    }
  }
  for (const fact of article.facts) {
    for (const evidence of fact.evidence) {
      if (evidence.article.articleId === article.articleId) marks.push({ start: evidence.start, end: evidence.end, value: { kind: 'evidence', fact } });
    }
  }

  const text = el('div', { class: 'article-text' });
  for (const sentence of article.sentences) {
    const line = el('p', { class: 'sentence', data: { index: String(sentence.index), start: String(sentence.start) } });
    for (const segment of segmentText(sentence.text, sentence.start, marks)) line.appendChild(renderSegment(segment.text, segment.start, segment.end, segment.marks, focusFact));
    text.appendChild(line);
  }

  // This article's sentences first among each fact's evidence.
  const ownFirst = (fact: Fact): Fact => ({ ...fact, evidence: [...fact.evidence].sort((x, y) => Number(y.article.articleId === article.articleId) - Number(x.article.articleId === article.articleId)) });
  const factList = el('ul', { class: 'facts' }, ...article.facts.map((fact) => factItem(ownFirst(fact), null)));
  factList.querySelectorAll<HTMLElement>('li.fact').forEach((item) => {
    const factId = item.dataset.factId!;
    item.tabIndex = 0;
    const light = (on: boolean) => text.querySelectorAll<HTMLElement>('mark.evidence').forEach((mark) => {
      if (mark.dataset.facts?.split(' ').includes(factId)) mark.classList.toggle('active', on);
    });
    for (const [type, on] of [['mouseenter', true], ['mouseleave', false], ['focus', true], ['blur', false]] as const) item.addEventListener(type, () => light(on));
    if (factId === focusFact) item.classList.add('focused');
  });

  const meta = el(
    'p',
    { class: 'article-meta' },
    article.publishedAt ? el('time', {}, article.publishedAt) : 'undated',
    ' · ',
    article.source ?? 'source unknown',
    ' · ',
    el('code', {}, article.articleId),
    article.url && /^https?:\/\//.test(article.url) ? el('span', {}, ' · ', externalLink(article.url)) : null,
  );
  const legend = el('p', { class: 'legend' }, el('mark', { class: 'mention' }, 'mention'), ' ', el('mark', { class: 'evidence' }, 'evidence of a fact'));
  append(
    root,
    el(
      'div',
      { class: 'split article-split' },
      el('article', { class: 'article-view' }, el('h2', {}, article.title ?? '(untitled)'), meta, legend, text),
      el('section', { class: 'article-facts', aria: { label: 'Facts' } }, el('h2', {}, `${count(article.facts.length, 'fact')} from this article`), factList),
    ),
  );
  text.querySelector('mark.evidence.focused')?.scrollIntoView({ block: 'center' });
  return () => {};
}

function renderSegment(content: string, start: number, end: number, highlights: Highlight[], focusFact: string | null): Node {
  if (highlights.length === 0) return document.createTextNode(content);
  const entities = highlights.filter((h): h is Extract<Highlight, { kind: 'mention' }> => h.kind === 'mention');
  const facts = highlights.filter((h): h is Extract<Highlight, { kind: 'evidence' }> => h.kind === 'evidence');
  const classes = [entities.length ? 'mention' : '', facts.length ? 'evidence' : '', facts.some((h) => h.fact.id === focusFact) ? 'focused' : ''].filter(Boolean);
  const mark = el('mark', {
    class: classes.join(' '),
    data: { start: String(start), end: String(end), facts: facts.map((h) => h.fact.id).join(' ') },
    title: [...entities.map((h) => `${h.entity.name} (${typeLabel(h.entity.type)})`), ...facts.map((h) => h.fact.predicate)].join(' · '),
  });
  const entity = entities[0]?.entity;
  if (entity) mark.appendChild(el('a', { href: viewHref({ kind: 'entity', entityId: entity.entityId }) }, content));
  else mark.textContent = content;
  return mark;
}

function externalLink(url: string): HTMLElement {
  const link = el('a', { href: url }, 'original');
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  return link;
}
