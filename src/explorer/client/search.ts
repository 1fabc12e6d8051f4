// Search as you type: a combobox over kg's `search` (diacritic-insensitive on the server),
// with type filters; each hit shows its type and how many facts it has. Arrow keys move,
// Enter picks, Escape closes.
import { ENTITY_TYPES, gql, type EntityRef, type EntityType } from './api.ts';
import { checkbox, clear, el } from './dom.ts';
import { TYPE_COLOURS, count, typeLabel } from './format.ts';

export interface SearchHit extends EntityRef {
  aliases: string[];
  facts: { totalCount: number };
}

const SEARCH = `query ExplorerSearch($text: String!, $types: [EntityType!]) {
  search(text: $text, types: $types, first: 8) {
    totalCount
    nodes { entityId name type aliases facts(first: 1) { totalCount } }
  }
}`;

export const MAX_SEARCH_CHARS = 200;
let boxes = 0;

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  withTypeFilters?: boolean;
  initial?: string;
  onPick: (hit: SearchHit) => void;
}

export function searchBox(options: SearchBoxOptions): HTMLElement {
  const id = `search-${++boxes}`;
  const types = new Set<EntityType>();
  const input = el('input', {
    id,
    type: 'search',
    role: 'combobox',
    class: 'search-input',
    aria: { autocomplete: 'list', expanded: 'false', controls: `${id}-list` },
  });
  input.placeholder = options.placeholder;
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.maxLength = MAX_SEARCH_CHARS;
  if (options.initial) input.value = options.initial;
  const list = el('ul', { id: `${id}-list`, role: 'listbox', class: 'search-hits', hidden: true });
  const status = el('div', { class: 'search-status', aria: { live: 'polite' } });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    close();
    options.onPick(hit);
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-hit-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    }
  };
  const show = (found: SearchHit[], total: number) => {
    hits = found;
    clear(list);
    found.forEach((hit, index) => {
      const option = el(
        'li',
        { id: `${id}-hit-${index}`, role: 'option', class: 'search-hit', aria: { selected: 'false' }, on: { mousedown: (event) => { event.preventDefault(); pick(hit); } } },
        el('span', { class: 'hit-name' }, hit.name),
        el('span', { class: `type-badge type-${hit.type.toLowerCase()}` }, typeLabel(hit.type)),
        el('span', { class: 'hit-facts' }, count(hit.facts.totalCount, 'fact')),
      );
      list.appendChild(option);
    });
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    status.textContent = input.value.trim() === '' ? '' : total === 0 ? 'No entity matches.' : `${count(total, 'entity', 'entities')} match${total === 1 ? 'es' : ''}${total > found.length ? `, the best ${found.length} shown` : ''}.`;
    active = -1;
  };
  const run = async () => {
    const text = input.value.trim();
    const mine = ++generation;
    if (!text) return show([], 0);
    try {
      const data = await gql<{ search: { totalCount: number; nodes: SearchHit[] } }>(SEARCH, {
        text,
        types: types.size ? [...types] : null,
      });
      if (mine === generation) show(data.search.nodes, data.search.totalCount);
    } catch (error) {
      if (mine === generation) {
        show([], 0);
        status.textContent = `Search failed: ${(error as Error).message}`;
      }
    }
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 120);
  };

  input.addEventListener('input', schedule);
  input.addEventListener('focus', () => { if (hits.length && input.value.trim()) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && hits.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      if (!hits.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (hit && !list.hidden) { event.preventDefault(); pick(hit); }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  const filters = options.withTypeFilters
    ? el(
        'fieldset',
        { class: 'type-filters' },
        el('legend', {}, 'Types'),
        ...ENTITY_TYPES.map((type) => {
          const box = checkbox(typeLabel(type), false, (checked) => {
            if (checked) types.add(type);
            else types.delete(type);
            schedule();
          }, { type });
          box.style.setProperty('--type-colour', TYPE_COLOURS[type]);
          return box;
        }),
      )
    : null;

  const label = el('label', { class: 'search-label' }, options.label);
  label.htmlFor = id;
  return el(
    'div',
    { class: 'search-box' },
    label,
    el('div', { class: 'search-combo' }, input, list),
    filters,
    status,
  );
}
