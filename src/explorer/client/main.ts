// The kg Explorer: a header with search, then the view the URL names (home, entity, path,
// article). Every view is built from text nodes (dom.ts); data never becomes markup.
import { gql, type EntityRef } from './api.ts';
import { entityLink } from './facts.ts';
import { articleView } from './article-view.ts';
import { append, clear, el } from './dom.ts';
import { entityView } from './entity-view.ts';
import { count, predicateLabel, typeLabel } from './format.ts';
import { pathView } from './path-view.ts';
import { searchBox } from './search.ts';
import { interceptLinks, navigate, onNavigate, parseView, viewHref, type View } from './state.ts';

const STATS = `query ExplorerStats {
  stats { articles entities facts entitiesByType { type count } factsByPredicate { predicate count } }
  entities(orderBy: MENTIONS_DESC, first: 20) { nodes { entityId name type factCount } }
}`;

interface Stats {
  stats: {
    articles: number;
    entities: number;
    facts: number;
    entitiesByType: Array<{ type: string; count: number }>;
    factsByPredicate: Array<{ predicate: string; count: number }>;
  };
  entities: { nodes: Array<EntityRef & { factCount: number }> };
}

const main = el('main', { id: 'view', tabIndex: -1 });
let teardown: () => void = () => {};
let rendering = 0;

async function render(view: View): Promise<void> {
  const mine = ++rendering;
  teardown();
  teardown = () => {};
  clear(main);
  document.title = 'kg Explorer';
  const loading = el('p', { class: 'loading' }, 'Loading…');
  main.appendChild(loading);
  try {
    // In the document before the view fills it: Cytoscape measures its container.
    const container = el('div', { class: 'view' });
    main.appendChild(container);
    const done =
      view.kind === 'entity'
        ? await entityView(container, view.entityId)
        : view.kind === 'path'
          ? await pathView(container, view.from, view.to)
          : view.kind === 'article'
            ? await articleView(container, view.articleId, view.fact ?? null)
            : await homeView(container);
    if (mine !== rendering) return done();
    loading.remove();
    teardown = done;
  } catch (error) {
    if (mine !== rendering) return;
    clear(main);
    main.appendChild(el('p', { class: 'notice error', role: 'alert' }, `Could not load this view: ${(error as Error).message}`));
  }
}

async function homeView(root: HTMLElement): Promise<() => void> {
  const { stats, entities } = await gql<Stats>(STATS);
  append(
    root,
    el(
      'section',
      { class: 'home' },
      el('h2', {}, 'The graph'),
      el('p', { class: 'counts' }, `${stats.articles} articles · ${stats.entities} entities · ${stats.facts} facts`),
      el('p', {}, 'Search above for an entity (diacritics optional: “ngan hang the gioi”), or find the ', el('a', { href: viewHref({ kind: 'path', from: null, to: null }) }, 'path between two entities'), '.'),
      el('div', { class: 'home-tables' },
        el('div', {}, el('strong', {}, 'Most mentioned'), el('ol', { class: 'top-entities' }, ...entities.nodes.map((entity) => el('li', {}, entityLink(entity), ` ${count(entity.factCount, 'fact')}`)))),
        el('table', {}, el('caption', {}, 'Entities by type'), ...stats.entitiesByType.map((row) => el('tr', {}, el('td', {}, typeLabel(row.type)), el('td', { class: 'num' }, row.count)))),
        el('table', {}, el('caption', {}, 'Facts by predicate'), ...stats.factsByPredicate.map((row) => el('tr', {}, el('td', {}, predicateLabel(row.predicate)), el('td', { class: 'num' }, row.count)))),
      ),
    ),
  );
  return () => {};
}

function header(): HTMLElement {
  return el(
    'header',
    { class: 'top' },
    el('h1', {}, el('a', { href: '/explore' }, 'kg Explorer')),
    searchBox({
      label: 'Search entities',
      placeholder: 'Tên tổ chức, người, địa điểm… (không dấu cũng được)',
      withTypeFilters: true,
      onPick: (hit) => navigate({ kind: 'entity', entityId: hit.entityId }),
    }),
    el('nav', {}, el('a', { href: viewHref({ kind: 'path', from: null, to: null }) }, 'Paths'), ' ', el('a', { href: '/graphql' }, 'GraphiQL')),
  );
}

const app = document.getElementById('app')!;
append(app, el('a', { class: 'skip', href: '#view' }, 'Skip to the content'), header(), main);
interceptLinks(app);
onNavigate((view) => {
  void render(view).then(() => main.focus({ preventScroll: true }));
});
void render(parseView(location.search));
