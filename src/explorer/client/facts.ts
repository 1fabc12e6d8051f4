// One fact as the analyst reads it: the other end (a link), qualifiers, confidence, how many
// articles state it, and its evidence quotes, each linking to the article where it is
// highlighted.
import { isEntity, QUOTES_SHOWN, type EntityRef, type Fact } from './api.ts';
import { el } from './dom.ts';
import { formatConfidence, formatQualifiers, formatQuantity, predicateLabel, typeLabel } from './format.ts';
import { viewHref } from './state.ts';


export function entityLink(entity: EntityRef): HTMLElement {
  return el(
    'a',
    { class: `entity-link type-${entity.type.toLowerCase()}`, href: viewHref({ kind: 'entity', entityId: entity.entityId }), title: `${typeLabel(entity.type)} ${entity.entityId}` },
    entity.name,
  );
}

/** The fact seen from `focus` (its subject or object), or as a whole sentence when focus is null. */
export function factItem(fact: Fact, focus: string | null): HTMLElement {
  const outgoing = fact.subject.entityId === focus;
  const object = isEntity(fact.object) ? entityLink(fact.object) : el('span', { class: 'quantity' }, formatQuantity(fact.object));
  const line =
    focus === null
      ? el('div', { class: 'fact-line' }, entityLink(fact.subject), el('span', { class: 'predicate' }, ` ${predicateLabel(fact.predicate)} `), object)
      : el('div', { class: 'fact-line' }, el('span', { class: 'direction', title: outgoing ? 'this entity is the subject' : 'this entity is the object' }, outgoing ? '→ ' : '← '), outgoing ? object : entityLink(fact.subject));
  const qualifiers = formatQualifiers(fact.qualifiers);
  const meta = el(
    'div',
    { class: 'fact-meta' },
    qualifiers ? el('span', { class: 'qualifiers' }, qualifiers) : null,
    typeof fact.qualifiers.via === 'string'
      ? el('span', { class: 'qualifiers' }, 'via ', el('a', { href: viewHref({ kind: 'entity', entityId: fact.qualifiers.via }) }, fact.qualifiers.via))
      : null,
    el('span', {}, formatConfidence(fact.confidence)),
    el('span', {}, `${fact.articleCount} ${fact.articleCount === 1 ? 'article' : 'articles'}`),
  );
  const quotes = el('ul', { class: 'evidence-list' });
  for (const evidence of fact.evidence.slice(0, QUOTES_SHOWN)) {
    quotes.appendChild(
      el(
        'li',
        {},
        el('q', { class: 'quote' }, evidence.quote),
        ' ',
        el(
          'a',
          { class: 'article-link', href: viewHref({ kind: 'article', articleId: evidence.article.articleId, fact: fact.id }) },
          evidence.article.title ?? evidence.article.articleId,
          evidence.article.publishedAt ? ` (${evidence.article.publishedAt})` : '',
        ),
      ),
    );
  }
  const unquoted = fact.supportCount - Math.min(fact.evidence.length, QUOTES_SHOWN);
  if (unquoted > 0) quotes.appendChild(el('li', { class: 'more-quotes' }, `and ${unquoted} more ${unquoted === 1 ? 'sentence' : 'sentences'}`));
  return el('li', { class: 'fact', data: { factId: fact.id, predicate: fact.predicate } }, line, meta, quotes);
}
