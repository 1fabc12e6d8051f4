// The user's search text becomes a Lucene query over folded names: same folding as the
// loader, and nothing the user types can break the query syntax.
import { describe, expect, it } from 'vitest';
import { buildSearchQuery, escapeLucene } from '../../../src/graph/read/search-query.ts';

describe('buildSearchQuery', () => {
  it.each<[string, string]>([
    ['da nang', '"da nang"^4 (+da +nang)^2 (+da +nang*) danang^24 danang*'],
    ['Đà Nẵng', '"da nang"^4 (+da +nang)^2 (+da +nang*) danang^24 danang*'],
    ['Ðà Nẵng', '"da nang"^4 (+da +nang)^2 (+da +nang*) danang^24 danang*'], // U+00D0 eth
    ['ĐÀ NẴNG', '"da nang"^4 (+da +nang)^2 (+da +nang*) danang^24 danang*'],
    ['Đà Nẵng'.normalize('NFD'), '"da nang"^4 (+da +nang)^2 (+da +nang*) danang^24 danang*'],
    ['FutureGov', '(+futuregov)^2 (+futuregov*) futuregov^24 futuregov*'],
    ['Hội An', '"hoi an"^4 (+hoi +an)^2 (+hoi +an*) hoian^24 hoian*'], // "an" is kept, not a stop word
  ])('%s → %s', (text, query) => {
    expect(buildSearchQuery(text)).toBe(query);
  });

  it.each(['"', 'WB)', 'a AND b', '(ngân hàng', 'C++', 'title:x', 'x~2', '[a TO b]', '\\', '/regex/', '*?', 'NOT'])(
    'keeps Lucene syntax in %j from reaching the parser unescaped',
    (text) => {
      const query = buildSearchQuery(text);
      if (query === null) return;
      // Only our own operators remain: quotes around the phrase, + on terms, ^ boosts, a trailing *.
      const stripped = query.replace(/"[a-z0-9 ]+"\^4/g, '').replace(/[+()^*\d]/g, '').replace(/[a-z ]/g, '');
      expect(stripped).toBe('');
    },
  );

  it('returns null when nothing searchable is left', () => {
    expect(buildSearchQuery('  !!! ** ')).toBeNull();
    expect(buildSearchQuery('')).toBeNull();
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
});
