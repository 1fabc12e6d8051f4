// Building the page: elements from tag, properties and children. Strings become text nodes,
// never markup, so data from the graph (names, quotes) can never run as HTML.
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  href?: string;
  title?: string;
  id?: string;
  type?: string;
  role?: string;
  tabIndex?: number;
  hidden?: boolean;
  aria?: Record<string, string>;
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.href !== undefined) node.setAttribute('href', props.href);
  if (props.title !== undefined) node.title = props.title;
  if (props.id !== undefined) node.id = props.id;
  if (props.type !== undefined) node.setAttribute('type', props.type);
  if (props.role !== undefined) node.setAttribute('role', props.role);
  if (props.tabIndex !== undefined) node.tabIndex = props.tabIndex;
  if (props.hidden) node.hidden = true;
  for (const [name, value] of Object.entries(props.aria ?? {})) node.setAttribute(`aria-${name}`, value);
  for (const [name, value] of Object.entries(props.data ?? {})) node.dataset[name] = value;
  for (const [name, handler] of Object.entries(props.on ?? {})) node.addEventListener(name, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A labelled checkbox. */
export function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, data: Record<string, string> = {}): HTMLLabelElement {
  const input = el('input', { type: 'checkbox', data });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', { class: 'check' }, input, ' ', label);
}
