// The entity view: who or what it is, its facts grouped by predicate (most confident first,
// a page at a time, so a hub with thousands of facts opens fast), and its neighbourhood drawn.
import { FACT_SUMMARY_FIELDS, gql, type Fact } from './api.ts';
import { append, clear, el } from './dom.ts';
import { factItem } from './facts.ts';
import { count, predicateLabel, typeLabel } from './format.ts';
import { graphPanel } from './graph-panel.ts';
import { viewHref } from './state.ts';

export const FACTS_PAGE = 50;

const ENTITY = `query ExplorerEntity($id: ID!, $first: Int!, $after: String) {
  entity(id: $id) {
    entityId name type aliases articleCount factCount
    facts(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ...FactSummaryFields }
    }
  }
}
${FACT_SUMMARY_FIELDS}`;

interface EntityPage {
  entity: {
    entityId: string;
    name: string;
    type: string;
    aliases: string[];
    articleCount: number;
    factCount: number;
    facts: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Fact[] };
  } | null;
}

export async function entityView(root: HTMLElement, entityId: string): Promise<() => void> {
  const first = await gql<EntityPage>(ENTITY, { id: entityId, first: FACTS_PAGE });
  const entity = first.entity;
  if (!entity) {
    append(root, el('div', { class: 'notice' }, 'No entity with the id ', el('code', {}, entityId), ' in the graph.'));
    return () => {};
  }
  document.title = `${entity.name} · kg Explorer`;
  const facts: Fact[] = [...entity.facts.nodes];
  let pageInfo = entity.facts.pageInfo;
  const groups = el('div', { class: 'fact-groups' });
  const moreButton = el('button', { type: 'button', class: 'more' });

  const renderFacts = () => {
    clear(groups);
    const byPredicate = new Map<string, Fact[]>();
    for (const fact of facts) byPredicate.set(fact.predicate, [...(byPredicate.get(fact.predicate) ?? []), fact]);
    for (const [predicate, group] of byPredicate) {
      groups.appendChild(
        el(
          'section',
          { class: 'fact-group', data: { predicate } },
          el('h3', {}, predicateLabel(predicate), el('span', { class: 'count' }, ` ${group.length}`)),
          el('ul', { class: 'facts' }, ...group.map((fact) => factItem(fact, entity.entityId))),
        ),
      );
    }
    moreButton.hidden = !pageInfo.hasNextPage;
    performance.mark('kg:facts-shown');
    moreButton.textContent = `More facts (${facts.length} of ${entity.factCount} shown)`;
  };
  moreButton.addEventListener('click', async () => {
    moreButton.disabled = true;
    const next = await gql<EntityPage>(ENTITY, { id: entityId, first: FACTS_PAGE, after: pageInfo.endCursor });
    moreButton.disabled = false;
    if (!next.entity) return;
    facts.push(...next.entity.facts.nodes);
    pageInfo = next.entity.facts.pageInfo;
    renderFacts();
  });
  renderFacts();

  // `aliases` holds every surface form seen, the display name among them.
  const otherForms = entity.aliases.filter((form) => form !== entity.name);
  const details = el(
    'section',
    { class: 'entity-details', aria: { label: 'Entity' } },
    el('h2', { class: 'entity-name' }, entity.name),
    el(
      'p',
      { class: 'entity-meta' },
      el('span', { class: `type-badge type-${entity.type.toLowerCase()}` }, typeLabel(entity.type)),
      ' ',
      el('code', { class: 'entity-id', title: 'graph id, usable in Cypher and GraphQL' }, entity.entityId),
    ),
    otherForms.length ? el('p', { class: 'aliases' }, 'Also written: ', otherForms.join(' · ')) : null,
    el('p', { class: 'counts' }, `${count(entity.factCount, 'fact')} · ${count(entity.articleCount, 'article')}`),
    el('p', {}, el('a', { class: 'button', href: viewHref({ kind: 'path', from: entity.entityId, to: null }) }, 'Find a path from here')),
    groups,
    moreButton,
  );
  const split = el('div', { class: 'split' }, details);
  root.appendChild(split);
  const panel = graphPanel(entity.entityId, split);
  void panel.graph.show(entity.entityId).catch((error: Error) => {
    panel.element.querySelector('.graph-status')!.textContent = `The graph could not be drawn: ${error.message}`;
  });
  return () => panel.graph.destroy();
}
