// The neighbourhood drawn with Cytoscape.js: nodes coloured by type, edges labelled by
// predicate. A click on a node expands it (its facts, most confident first, a page at a
// time) or collapses it again; hubs (many facts) are drawn larger and can be hidden; filters
// by predicate, type and confidence. At most MAX_NODES nodes are drawn.
import cytoscape from 'cytoscape';
import { FACT_CORE_FIELDS, factWithEvidence, gql, isEntity, type EntityRef, type EntityType, type Fact } from './api.ts';
import { TYPE_COLOURS, predicateLabel } from './format.ts';

export const MAX_NODES = 300;
export const FACTS_PER_EXPAND = 100;
/** An entity with at least this many facts is a hub: drawn larger, never expanded by itself. */
export const HUB_FACTS = 50;
/** Above this many edges, edge labels show only around the selected node (drawing hundreds of rotated labels on every frame is what made frames long). */
export const LABELLED_EDGES = 80;
/** Above this many nodes, "Tidy up" arranges rings by degree instead of running forces (one force iteration over 300 nodes is a long frame on a busy machine). */
export const FORCE_LAYOUT_NODES = 150;

export interface GraphNode extends EntityRef {
  factCount: number;
}
export type GraphFact = Fact & { subject: GraphNode; object: Fact['object'] & { factCount?: number } };

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($id: ID!, $first: Int!, $after: String, $predicates: [Predicate!]) {
  entity(id: $id) {
    entityId name type factCount
    facts(first: $first, after: $after, predicates: $predicates) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...FactCoreFields subject { factCount } object { ... on Entity { factCount } } }
    }
  }
}
${FACT_CORE_FIELDS}`;

/**
 * The predicates whose other end is an entity: every one the schema has but HAS_QUANTITY
 * (numbers are listed in the entity view, not drawn). Read from the schema, not typed here.
 */
let drawnPredicates: Promise<string[]> | null = null;
function entityPredicates(): Promise<string[]> {
  drawnPredicates ??= gql<{ __type: { enumValues: Array<{ name: string }> } }>('{ __type(name: "Predicate") { enumValues { name } } }').then(
    (data) => data.__type.enumValues.map((value) => value.name).filter((name) => name !== 'HAS_QUANTITY'),
  );
  return drawnPredicates;
}

interface NeighbourhoodPage {
  entity: (GraphNode & { facts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: GraphFact[] } }) | null;
}

export interface GraphFilters {
  hiddenPredicates: Set<string>;
  hiddenTypes: Set<EntityType>;
  minConfidence: number;
  hideHubs: boolean;
}

export interface GraphEvents {
  onSelectNode(node: GraphNode, state: { expanded: boolean; moreFacts: number }): void;
  onSelectFact(fact: Fact): void;
  onChange(): void;
  onStatus(message: string): void;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-family': 'Noto Sans, sans-serif',
      'font-size': 11,
      color: '#1d2630',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '160px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.hub', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#1d2630', 'border-style': 'double' } },
  { selector: 'node.focus', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 13, 'border-width': 3, 'border-color': '#111' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#111', 'border-style': 'solid' } },
  { selector: 'node:selected', style: { 'overlay-color': '#f5b700', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8a96a3',
      'target-arrow-color': '#8a96a3',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: '',
      'font-family': 'Noto Sans, sans-serif',
      'font-size': 9,
      color: '#4a5560',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge.labelled, edge:selected', style: { label: 'data(label)' } },
  { selector: 'edge:selected', style: { 'line-color': '#f5b700', 'target-arrow-color': '#f5b700', width: 3 } },
  { selector: '.filtered', style: { display: 'none' } },
];

export class NeighbourhoodGraph {
  readonly cy: cytoscape.Core;
  readonly filters: GraphFilters = { hiddenPredicates: new Set(), hiddenTypes: new Set(), minConfidence: 0, hideHubs: false };
  private readonly facts = new Map<string, Fact>();
  private readonly entities = new Map<string, GraphNode>();
  private readonly cursors = new Map<string, { after: string | null; remaining: number }>();
  private readonly expanded = new Set<string>();
  private focus: string | null = null;
  private layoutRun: cytoscape.Layouts | null = null;
  private layoutsDone = 0;

  constructor(container: HTMLElement, private readonly events: GraphEvents) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 1.6 }); // a few nodes are not blown up to fill the canvas
    this.cy.on('tap', 'node', (event) => void this.toggle(event.target.id()));
    this.cy.on('select unselect', 'node', () => this.labelEdges());
    this.cy.on('tap', 'edge', (event) => {
      const fact = this.facts.get(event.target.id());
      if (!fact) return;
      // Drawn facts come without evidence (a hub's would be heavy); read it when asked.
      if (fact.evidence) this.events.onSelectFact(fact);
      else void factWithEvidence(fact.id).then((full) => full && this.events.onSelectFact(full));
    });
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  /** Every node drawn, for the keyboard list. */
  nodes(): GraphNode[] {
    return this.cy.nodes().map((node) => this.entities.get(node.id())!).filter(Boolean);
  }

  presentPredicates(): string[] {
    return [...new Set([...this.facts.values()].map((fact) => fact.predicate))].sort();
  }

  presentTypes(): EntityType[] {
    return [...new Set([...this.entities.values()].map((entity) => entity.type))].sort();
  }

  isExpanded(entityId: string): boolean {
    return this.expanded.has(entityId);
  }

  /** Start over around one entity: its first page of facts, laid out in rings. */
  async show(entityId: string): Promise<void> {
    this.layoutRun?.stop();
    this.cy.elements().remove();
    this.facts.clear();
    this.entities.clear();
    this.cursors.clear();
    this.expanded.clear();
    this.focus = entityId;
    await this.expand(entityId, { layout: 'rings' });
  }

  /** A click: expand a node not yet expanded, else collapse it. */
  async toggle(entityId: string): Promise<void> {
    const node = this.entities.get(entityId);
    if (!node) return;
    if (this.expanded.has(entityId) && entityId !== this.focus) this.collapse(entityId);
    else if (!this.expanded.has(entityId)) await this.expand(entityId);
    this.cy.$id(entityId).select();
    this.events.onSelectNode(node, { expanded: this.expanded.has(entityId), moreFacts: this.cursors.get(entityId)?.remaining ?? 0 });
  }

  /** Adds the entity's next page of facts (a hub pages too: 'more' continues where it stopped). */
  async expand(entityId: string, options: { layout?: 'rings' | 'around' } = {}): Promise<void> {
    const cursor = this.cursors.get(entityId);
    if (cursor && cursor.remaining === 0) return;
    this.events.onStatus('Loading facts…');
    const predicates = await entityPredicates();
    const data = await gql<NeighbourhoodPage>(NEIGHBOURHOOD, { id: entityId, first: FACTS_PER_EXPAND, after: cursor?.after ?? null, predicates });
    if (!data.entity) {
      this.events.onStatus('This entity is not in the graph.');
      return;
    }
    const page = data.entity.facts;
    this.addNode(data.entity);
    const before = new Set(this.entities.keys());
    const { added, skipped } = this.addFacts(page.nodes, entityId);
    const newcomers = [...this.entities.keys()].filter((id) => !before.has(id));
    const loaded = (cursor ? data.entity.facts.totalCount - cursor.remaining : 0) + page.nodes.length;
    this.cursors.set(entityId, { after: page.pageInfo.endCursor, remaining: page.pageInfo.hasNextPage ? Math.max(0, page.totalCount - loaded) : 0 });
    this.expanded.add(entityId);
    this.cy.$id(entityId).addClass('expanded');
    this.applyFilters();
    this.events.onStatus(
      `${this.nodeCount} nodes, ${this.cy.edges().length} edges drawn.` +
        (skipped ? ` ${skipped} facts not drawn: at most ${MAX_NODES} nodes.` : '') +
        (added === 0 && !skipped ? ' No new facts.' : ''),
    );
    if ((options.layout ?? 'around') === 'rings') this.layout('rings', entityId);
    else this.placeAround(entityId, newcomers);
    this.events.onChange();
  }

  /** Removes what only this node brought: neighbours with no other edge, not expanded themselves. */
  collapse(entityId: string): void {
    const node = this.cy.$id(entityId);
    const leaves = node.neighborhood().nodes().filter((other) => other.degree(false) === 1 && !this.expanded.has(other.id()) && other.id() !== this.focus);
    for (const leaf of leaves) {
      for (const edge of leaf.connectedEdges()) this.facts.delete(edge.id());
      this.entities.delete(leaf.id());
      this.cursors.delete(leaf.id());
    }
    leaves.remove();
    this.expanded.delete(entityId);
    this.cursors.delete(entityId);
    node.removeClass('expanded');
    this.events.onStatus(`Collapsed: ${this.nodeCount} nodes drawn.`);
    this.events.onChange();
  }

  /** Facts of a path or a neighbourhood; new entities appear beside `near`. */
  addFacts(facts: GraphFact[] | Fact[], near: string | null): { added: number; skipped: number } {
    let added = 0;
    let skipped = 0;
    const origin = near ? this.cy.$id(near) : null;
    const centre = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    for (const fact of facts) {
      if (!isEntity(fact.object) || this.facts.has(fact.id)) continue;
      const ends = [fact.subject, fact.object] as GraphNode[];
      const newEnds = ends.filter((end) => !this.entities.has(end.entityId));
      if (this.nodeCount + new Set(newEnds.map((end) => end.entityId)).size > MAX_NODES) {
        skipped++;
        continue;
      }
      for (const end of newEnds) {
        const angle = Math.random() * 2 * Math.PI;
        this.addNode(end, { x: centre.x + 80 * Math.cos(angle), y: centre.y + 80 * Math.sin(angle) });
      }
      this.facts.set(fact.id, fact);
      this.cy.add({
        group: 'edges',
        data: { id: fact.id, source: fact.subject.entityId, target: fact.object.entityId, label: predicateLabel(fact.predicate), predicate: fact.predicate, confidence: fact.confidence ?? 0 },
      });
      added++;
    }
    this.labelEdges();
    return { added, skipped };
  }

  addNode(entity: GraphNode | EntityRef, position?: { x: number; y: number }): void {
    const known = this.entities.get(entity.entityId);
    const factCount = (entity as GraphNode).factCount ?? known?.factCount ?? 0;
    this.entities.set(entity.entityId, { entityId: entity.entityId, name: entity.name, type: entity.type, factCount });
    if (this.cy.$id(entity.entityId).nonempty()) return;
    const label = entity.name.length > 40 ? `${entity.name.slice(0, 39)}…` : entity.name;
    const node = this.cy.add({ group: 'nodes', data: { id: entity.entityId, label, type: entity.type, colour: TYPE_COLOURS[entity.type] }, position });
    if (factCount >= HUB_FACTS) node.addClass('hub');
    if (entity.entityId === this.focus) node.addClass('focus');
  }

  setFocus(entityId: string | null): void {
    this.focus = entityId;
    this.cy.nodes().removeClass('focus');
    if (entityId) this.cy.$id(entityId).addClass('focus');
  }

  /** Every edge labelled while there are few; else only the selected node's. */
  labelEdges(): void {
    const edges = this.cy.edges();
    this.cy.batch(() => {
      if (edges.length <= LABELLED_EDGES) edges.addClass('labelled');
      else {
        edges.removeClass('labelled');
        this.cy.nodes(':selected').connectedEdges().addClass('labelled');
      }
    });
  }

  applyFilters(): void {
    this.labelEdges();
    const { hiddenPredicates, hiddenTypes, minConfidence, hideHubs } = this.filters;
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const hidden = node.id() !== this.focus && (hiddenTypes.has(node.data('type')) || (hideHubs && node.hasClass('hub')));
        node.toggleClass('filtered', hidden);
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', hiddenPredicates.has(edge.data('predicate')) || edge.data('confidence') < minConfidence);
      });
      // A node left with no visible edge (other than the focus) goes too.
      this.cy.nodes().forEach((node) => {
        if (node.id() === this.focus || node.hasClass('filtered')) return;
        const visible = node.connectedEdges().filter((edge) => !edge.hasClass('filtered') && edge.connectedNodes().filter('.filtered').empty());
        node.toggleClass('filtered', visible.empty() && node.connectedEdges().nonempty());
      });
    });
    this.cy.fit(this.cy.elements().not('.filtered'), 30);
  }

  /**
   * An expansion's new nodes in rings around the node that brought them: work in proportion
   * to the newcomers, so the page stays responsive however large the graph (a force layout
   * of the whole graph on every click made frames of several hundred ms at 300 nodes).
   * "Tidy up" runs the force layout when the analyst asks for it.
   */
  placeAround(entityId: string, newcomers: string[]): void {
    const centre = this.cy.$id(entityId).position();
    const spacing = 46;
    let ring = 1;
    let placed = 0;
    this.cy.batch(() => {
      while (placed < newcomers.length) {
        const radius = 90 + (ring - 1) * 70;
        const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
        const here = newcomers.slice(placed, placed + capacity);
        here.forEach((id, index) => {
          const angle = (2 * Math.PI * index) / here.length + ring * 0.4;
          this.cy.$id(id).position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
        });
        placed += here.length;
        ring++;
      }
    });
    this.cy.fit(undefined, 30);
    this.markDrawn();
  }

  private markDrawn(): void {
    performance.mark('kg:graph-drawn');
    this.cy.container()?.setAttribute('data-drawn', String(this.nodeCount));
    this.cy.container()?.setAttribute('data-layouts', String(++this.layoutsDone));
  }

  /** Rings (instant) for a first neighbourhood, a chain for a path, forces (a few iterations per frame) on demand. */
  layout(kind: 'rings' | 'forces' | 'chain' | 'degree', centre: string | null = this.focus, chain: string[] = []): void {
    this.layoutRun?.stop();
    const visible = this.cy.elements().not('.filtered');
    if (kind === 'forces' && visible.nodes().length > FORCE_LAYOUT_NODES) kind = 'degree';
    const options: cytoscape.LayoutOptions =
      kind === 'degree'
        ? { name: 'concentric', concentric: (node) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 12, animate: false, fit: true, padding: 30 }
        : kind === 'rings'
        ? { name: 'concentric', concentric: (node) => (node.id() === centre ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 18, animate: false, fit: true, padding: 30 }
        : kind === 'chain'
          ? {
              name: 'preset',
              positions: Object.fromEntries(chain.map((id, index) => [id, { x: index * 170, y: (index % 2) * 60 }])),
              fit: true,
              padding: 60,
            }
          : { name: 'cose', animate: true, animationThreshold: 0, refresh: 1, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 6000, idealEdgeLength: () => 70, numIter: 400 };
    this.layoutRun = visible.layout(options);
    this.layoutRun.one('layoutstop', () => this.markDrawn());
    this.layoutRun.run();
  }

  select(entityId: string): void {
    this.cy.elements().unselect();
    const node = this.cy.$id(entityId);
    node.select();
    this.cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  destroy(): void {
    this.layoutRun?.stop();
    this.cy.destroy();
  }
}
