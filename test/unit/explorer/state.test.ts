// The Explorer's state in the URL: what parses back to what, and junk that does not.
import { describe, expect, it } from 'vitest';
import { parseView, viewHref, type View } from '../../../src/explorer/client/state.ts';

describe('the view in the URL', () => {
  it.each<View>([
    { kind: 'home' },
    { kind: 'entity', entityId: 'org:ngan-hang-the-gioi' },
    { kind: 'entity', entityId: 'org:<img src=x>&x=1' },
    { kind: 'path', from: 'org:so-thong-tin-va-truyen-thong-tp-da-nang', to: 'org:ngan-hang-the-gioi' },
    { kind: 'path', from: 'org:a', to: null },
    { kind: 'article', articleId: 'art:3a26e775c6d14d9e' },
    { kind: 'article', articleId: 'art:3a26e775c6d14d9e', fact: 'Fact:abc' },
  ])('round-trips %o', (view) => {
    expect(parseView(new URL(viewHref(view), 'http://kg.test').search)).toEqual(view);
  });

  it.each([
    ['?entity=', { kind: 'home' }],
    ['?entity=%20%20', { kind: 'home' }],
    [`?entity=${'x'.repeat(501)}`, { kind: 'home' }],
    ['?article=art:1&entity=org:b', { kind: 'entity', entityId: 'org:b' }],
    ['?from=&to=', { kind: 'path', from: null, to: null }],
    ['?unknown=1', { kind: 'home' }],
  ])('%s → %o', (search, view) => {
    expect(parseView(search)).toEqual(view);
  });
});
