// The graph with its controls: filters (predicate, type, confidence, hubs), what the
// selected node or edge is, and a list of the drawn nodes so the keyboard reaches them too.
import type { EntityType } from './api.ts';
import { append, checkbox, clear, el } from './dom.ts';
import { factItem } from './facts.ts';
import { TYPE_COLOURS, count, predicateLabel, typeLabel } from './format.ts';
import { HUB_FACTS, MAX_NODES, NeighbourhoodGraph, type GraphNode } from './graph.ts';
import { viewHref } from './state.ts';

const BY_NAME = new Intl.Collator('vi'); // one collator: localeCompare(…, 'vi') builds one per call

export interface GraphPanel {
  element: HTMLElement;
  graph: NeighbourhoodGraph;
  /** Redraws the filters and the node list after the graph changed from outside. */
  refresh(): void;
}

/** Appended to `parent` (which must be in the document: Cytoscape measures its container) before the graph starts. */
export function graphPanel(focus: string | null, parent: HTMLElement): GraphPanel {
  const canvas = el('div', { class: 'graph-canvas', role: 'img', aria: { label: 'Graph of the facts around the entity; the list of nodes below it works with the keyboard' } });
  const status = el('div', { class: 'graph-status', aria: { live: 'polite' } });
  const info = el('div', { class: 'graph-info' }, 'Click a node to expand it (again to collapse), an edge to read its evidence.');
  const filters = el('div', { class: 'graph-filters' });
  const nodeList = el('ul', { class: 'node-list' });
  const nodeListBox = el('details', { class: 'node-list-box' }, el('summary', {}, 'Nodes drawn (keyboard)'), nodeList);

  const element = el('section', { class: 'graph-panel', aria: { label: 'Graph' } }, filters, canvas, status, info, nodeListBox);
  parent.appendChild(element);
  const graph: NeighbourhoodGraph = new NeighbourhoodGraph(canvas, {
    onStatus: (message) => (status.textContent = message),
    onChange: () => {
      renderFilters();
      renderNodeList();
    },
    onSelectNode: (node, state) => showNode(node, state),
    onSelectFact: (fact) => {
      clear(info);
      append(info, el('h3', {}, predicateLabel(fact.predicate)), el('ul', { class: 'facts' }, factItem(fact, null)));
    },
  });

  function showNode(node: GraphNode, state: { expanded: boolean; moreFacts: number }): void {
    clear(info);
    append(
      info,
      el('h3', {}, node.name),
      el('p', {}, el('span', { class: `type-badge type-${node.type.toLowerCase()}` }, typeLabel(node.type)), ` ${count(node.factCount, 'fact')}`, node.factCount >= HUB_FACTS ? ' (hub)' : ''),
      el(
        'div',
        { class: 'actions' },
        el('a', { href: viewHref({ kind: 'entity', entityId: node.entityId }), class: 'button' }, 'Open'),
        state.moreFacts > 0
          ? el('button', { type: 'button', on: { click: () => void graph.expand(node.entityId).then(() => showNode(node, { expanded: true, moreFacts: 0 })) } }, `Draw ${Math.min(state.moreFacts, 100)} more facts`)
          : null,
        state.expanded && node.entityId !== focus ? el('button', { type: 'button', on: { click: () => void graph.toggle(node.entityId) } }, 'Collapse') : null,
        focus && node.entityId !== focus ? el('a', { class: 'button', href: viewHref({ kind: 'path', from: focus, to: node.entityId }) }, 'Path from the focus') : null,
      ),
    );
  }

  function renderFilters(): void {
    clear(filters);
    const predicates = graph.presentPredicates();
    const types = graph.presentTypes();
    const confidence = el('input', { type: 'range', aria: { label: 'Least confidence' } });
    confidence.min = '0';
    confidence.max = '1';
    confidence.step = '0.05';
    confidence.value = String(graph.filters.minConfidence);
    const confidenceValue = el('output', {}, graph.filters.minConfidence.toFixed(2));
    confidence.addEventListener('input', () => {
      graph.filters.minConfidence = Number(confidence.value);
      confidenceValue.textContent = graph.filters.minConfidence.toFixed(2);
      graph.applyFilters();
    });
    append(
      filters,
      el(
        'fieldset',
        {},
        el('legend', {}, 'Predicates'),
        ...predicates.map((predicate) =>
          checkbox(predicateLabel(predicate), !graph.filters.hiddenPredicates.has(predicate), (shown) => {
            if (shown) graph.filters.hiddenPredicates.delete(predicate);
            else graph.filters.hiddenPredicates.add(predicate);
            graph.applyFilters();
          }, { predicate }),
        ),
      ),
      el(
        'fieldset',
        {},
        el('legend', {}, 'Types'),
        ...types.map((type: EntityType) => {
          const box = checkbox(typeLabel(type), !graph.filters.hiddenTypes.has(type), (shown) => {
            if (shown) graph.filters.hiddenTypes.delete(type);
            else graph.filters.hiddenTypes.add(type);
            graph.applyFilters();
          }, { type });
          box.style.setProperty('--type-colour', TYPE_COLOURS[type]);
          box.classList.add('typed');
          return box;
        }),
      ),
      el(
        'fieldset',
        {},
        el('legend', {}, 'More'),
        el('label', { class: 'range' }, 'Confidence ≥ ', confidence, ' ', confidenceValue),
        checkbox(`Hide hubs (≥ ${HUB_FACTS} facts)`, graph.filters.hideHubs, (hide) => {
          graph.filters.hideHubs = hide;
          graph.applyFilters();
        }, { filter: 'hubs' }),
        el('button', { type: 'button', class: 'tidy', on: { click: () => graph.layout('forces') } }, 'Tidy up the layout'),
      ),
    );
  }

  function renderNodeList(): void {
    clear(nodeList);
    const nodes = graph.nodes().sort((a, b) => BY_NAME.compare(a.name, b.name));
    for (const node of nodes) {
      nodeList.appendChild(
        el(
          'li',
          {},
          el('button', { type: 'button', class: 'node-button', data: { entityId: node.entityId, facts: String(node.factCount), expanded: String(graph.isExpanded(node.entityId)) }, on: { click: () => void graph.toggle(node.entityId).then(() => graph.select(node.entityId)) } },
            graph.isExpanded(node.entityId) ? '− ' : '+ ', node.name),
          ' ',
          el('span', { class: `type-badge type-${node.type.toLowerCase()}` }, typeLabel(node.type)),
        ),
      );
    }
    (nodeListBox.firstChild as HTMLElement).textContent = `Nodes drawn: ${nodes.length} of at most ${MAX_NODES} (keyboard: expand or collapse)`;
  }

  return { element, graph, refresh: () => { renderFilters(); renderNodeList(); } };
}

