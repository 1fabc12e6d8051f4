// What the page shows lives in the URL's query string, so a view can be shared and the
// browser's Back works: ?entity=…, ?from=…&to=… (a path), ?article=…, or nothing (home).
export type View =
  | { kind: 'home' }
  | { kind: 'entity'; entityId: string }
  | { kind: 'path'; from: string | null; to: string | null }
  | { kind: 'article'; articleId: string; fact?: string };

const MAX_PARAM = 500; // ids are short; anything longer is not ours

function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value && value.length <= MAX_PARAM ? value : null;
}

export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const entityId = param(params, 'entity');
  if (entityId) return { kind: 'entity', entityId };
  const articleId = param(params, 'article');
  if (articleId) {
    const fact = param(params, 'fact');
    return fact ? { kind: 'article', articleId, fact } : { kind: 'article', articleId };
  }
  if (params.has('from') || params.has('to')) return { kind: 'path', from: param(params, 'from'), to: param(params, 'to') };
  return { kind: 'home' };
}

export function viewHref(view: View): string {
  const params = new URLSearchParams();
  if (view.kind === 'entity') params.set('entity', view.entityId);
  if (view.kind === 'article') {
    params.set('article', view.articleId);
    if (view.fact) params.set('fact', view.fact);
  }
  if (view.kind === 'path') {
    params.set('from', view.from ?? '');
    params.set('to', view.to ?? '');
  }
  const query = params.toString();
  return query ? `/explore?${query}` : '/explore';
}

type Listener = (view: View) => void;
let listener: Listener = () => {};

export function onNavigate(render: Listener): void {
  listener = render;
  window.addEventListener('popstate', () => listener(parseView(location.search)));
}

export function navigate(view: View): void {
  const href = viewHref(view);
  if (href !== location.pathname + location.search) history.pushState(null, '', href);
  listener(view);
}

/** Same-page links: a plain <a href> (open in a new tab works) that navigates in place. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/explore') return;
    event.preventDefault();
    navigate(parseView(url.search));
  });
}
