// Paths: two entities → the shortest chain of facts between them (kg's `path`, at most 4
// hops), drawn left to right, each edge listed with its evidence.
import { FACT_SUMMARY_FIELDS, gql, type EntityRef, type Fact } from './api.ts';
import { append, el } from './dom.ts';
import { factItem } from './facts.ts';
import { count } from './format.ts';
import { graphPanel } from './graph-panel.ts';
import { searchBox } from './search.ts';
import { navigate } from './state.ts';

const PATH = `query ExplorerPath($from: ID!, $to: ID!) {
  path(from: { id: $from }, to: { id: $to }) {
    length
    entities { entityId name type factCount }
    facts { ...FactSummaryFields }
  }
}
${FACT_SUMMARY_FIELDS}`;

const NAMES = `query ExplorerNames($from: ID!, $to: ID!) { from: entity(id: $from) { name } to: entity(id: $to) { name } }`;

interface PathResult {
  path: { length: number; entities: Array<EntityRef & { factCount: number }>; facts: Fact[] } | null;
}

export async function pathView(root: HTMLElement, from: string | null, to: string | null): Promise<() => void> {
  const names = from && to ? await gql<{ from: { name: string } | null; to: { name: string } | null }>(NAMES, { from, to }) : null;
  let chosenFrom = from;
  let chosenTo = to;
  const go = () => {
    if (chosenFrom && chosenTo) navigate({ kind: 'path', from: chosenFrom, to: chosenTo });
  };
  const pickers = el(
    'div',
    { class: 'path-pickers' },
    searchBox({ label: 'From', placeholder: 'an entity…', initial: names?.from?.name ?? '', onPick: (hit) => { chosenFrom = hit.entityId; go(); } }),
    searchBox({ label: 'To', placeholder: 'another entity…', initial: names?.to?.name ?? '', onPick: (hit) => { chosenTo = hit.entityId; go(); } }),
  );
  const intro = el('section', { class: 'path-details', aria: { label: 'Path' } }, el('h2', {}, 'Path between two entities'), pickers);
  if (!from || !to) {
    append(root, intro, el('p', { class: 'notice' }, 'Pick both ends: the shortest chain of facts between them is drawn.'));
    return () => {};
  }
  const data = await gql<PathResult>(PATH, { from, to });
  if (!data.path) {
    append(root, intro, el('p', { class: 'notice' }, 'No chain of at most 4 facts links these two entities.'));
    return () => {};
  }
  const { entities, facts } = data.path;
  append(
    intro,
    el('p', { class: 'counts' }, `${count(facts.length, 'fact')} link${facts.length === 1 ? 's' : ''} them:`),
    el('ol', { class: 'facts path-facts' }, ...facts.map((fact) => factItem(fact, null))),
  );
  const split = el('div', { class: 'split' }, intro);
  root.appendChild(split);
  const panel = graphPanel(from, split);
  for (const entity of entities) panel.graph.addNode(entity);
  panel.graph.setFocus(from);
  panel.graph.addFacts(facts, null);
  panel.refresh();
  panel.graph.layout('chain', from, entities.map((entity) => entity.entityId));
  panel.element.querySelector('.graph-status')!.textContent = `Path of ${facts.length} facts. Click a node to expand it.`;
  return () => panel.graph.destroy();
}
