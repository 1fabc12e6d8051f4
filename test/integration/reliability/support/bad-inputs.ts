// Generated bad input for kg's readers, loader, GraphQL mutation and search. Each case is
// bytes in a file (through readArticles / `kg ingest`) and a string (through the mutation).
// What must happen: ingested correctly, or refused with a clear message; never a crash;
// a refused input leaves the graph unchanged. `expect` pins the cases whose outcome is
// certain (an empty file must be refused; a UTF-16 article must be read).
//   badInputCases({ tag: 'r1' }).length → 240-odd; sizes stay small unless `large` is set.
import iconv from 'iconv-lite';
import { seededRandom } from '../../../../bench/synthetic/generate-articles.ts';
import { syntheticArticles } from './synthetic-articles.ts';

export type Expectation = 'accept' | 'refuse' | 'either';

export interface BadInputCase {
  /** "control-char-0x07" */
  name: string;
  category: string;
  /** File name with the extension that chooses the reader: .txt, .json, .jsonl. */
  file: string;
  bytes: Buffer;
  /** What the GraphQL mutation sends as `text` (null: the case only exists as a file). */
  text: string | null;
  title?: string;
  expect: Expectation;
  /** Through the mutation, when it differs: `{}` sent as text is text, not a bad file. */
  textExpect?: Expectation;
  /** Words the refusal message must contain (case-insensitive), e.g. "Windows-1258". */
  refusalMentions?: string[];
  /** For accepted .txt cases: the title the graph must hold. */
  expectTitle?: string;
}

export interface CaseOptions {
  /** Makes each run's article texts (and ids) new. */
  tag: string;
  /** Also the 5 MB and 50 MB texts (slow suite). */
  large?: boolean;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

export function badInputCases(options: CaseOptions): BadInputCase[] {
  const base = syntheticArticles(400, `bad-input-${options.tag}`);
  let next = 0;
  const article = () => base[next++ % base.length]!;
  const cases: BadInputCase[] = [
    ...emptyCases(),
    ...whitespaceCases(),
    ...binaryCases(options.tag),
    ...invalidUtf8Cases(article),
    ...utf16Cases(article),
    ...legacyCases(article),
    ...htmlCases(article),
    ...jsonCases(article),
    ...sizeCases(article, options.large === true),
    ...controlCharCases(article),
    ...bidiCases(article),
    ...emojiCases(article),
    ...titleInjectionCases(article),
  ];
  return cases;
}

function txt(name: string, category: string, text: string, expect: Expectation, extra: Partial<BadInputCase> = {}): BadInputCase {
  return { name, category, file: `${name}.txt`, bytes: utf8(text), text, expect, ...extra };
}

/** Replaces an article's title line (3rd line of the .txt layout) with `title`. */
function withTitle(a: { text: string; title: string }, title: string): string {
  return a.text.replace(a.title, title);
}

function emptyCases(): BadInputCase[] {
  return [
    txt('empty-txt', 'empty', '', 'refuse', { refusalMentions: ['empty'] }),
    { name: 'empty-json', category: 'empty', file: 'empty-json.json', bytes: Buffer.alloc(0), text: null, expect: 'refuse' },
    { name: 'empty-jsonl', category: 'empty', file: 'empty-jsonl.jsonl', bytes: Buffer.alloc(0), text: null, expect: 'refuse' },
    { name: 'utf8-bom-only', category: 'empty', file: 'utf8-bom-only.txt', bytes: Buffer.from([0xef, 0xbb, 0xbf]), text: '\ufeff', expect: 'refuse' },
  ];
}

function whitespaceCases(): BadInputCase[] {
  const spaces: Array<[string, string]> = [
    ['spaces', '      '],
    ['newlines', '\n\n\n\n'],
    ['crlf', '\r\n\r\n\r\n'],
    ['tabs', '\t\t\t'],
    ['mixed', ' \t\n \r\n\t '],
    ['nbsp', '\u00a0\u00a0\u00a0'],
    ['ideographic-space', '\u3000\u3000'],
    ['em-spaces', '\u2003\u2002\u2009'],
    ['line-separator', '\u2028\u2029'],
    ['zero-width', '\u200b\u200c\u200d\ufeff'],
    ['many-blank-lines', '\n'.repeat(5000)],
  ];
  return spaces.map(([name, text]) => txt(`whitespace-${name}`, 'whitespace', text, 'refuse'));
}

function binaryCases(tag: string): BadInputCase[] {
  const random = seededRandom(7 + tag.length);
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
  const headers: Array<[string, Buffer]> = [
    ['png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(600)])],
    ['gzip', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), noise(600)])],
    ['pdf', Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), noise(600)])],
    ['elf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), noise(600)])],
    ['zip', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), noise(600)])],
    ['nul-bytes', Buffer.alloc(512)],
    ['random-64', noise(64)],
    ['random-4k', noise(4096)],
    ['random-64k', noise(65536)],
    ['text-then-nul', Buffer.concat([utf8('Tin tức hôm nay\n'), Buffer.alloc(3), utf8('tiếp theo')])],
  ];
  return headers.map(([name, bytes]) => ({
    name: `binary-${name}`,
    category: 'binary',
    file: `binary-${name}.txt`,
    bytes,
    text: bytes.toString('latin1'),
    expect: 'refuse' as const,
  }));
}

function invalidUtf8Cases(article: () => { text: string; title: string }): BadInputCase[] {
  const bad: Array<[string, number[]]> = [
    ['lone-continuation', [0x80]],
    ['truncated-2', [0xc3]],
    ['truncated-3', [0xe1, 0xba]],
    ['truncated-4', [0xf0, 0x9f, 0x98]],
    ['overlong-slash', [0xc0, 0xaf]],
    ['overlong-nul', [0xc0, 0x80]],
    ['surrogate-half', [0xed, 0xa0, 0x80]],
    ['ff', [0xff]],
    ['fe', [0xfe]],
    ['above-unicode', [0xf4, 0x90, 0x80, 0x80]],
    ['latin1-e9', [0xe9]],
  ];
  return bad.map(([name, seq]) => {
    const a = article();
    const cut = Math.floor(a.text.length / 2);
    const bytes = Buffer.concat([utf8(a.text.slice(0, cut)), Buffer.from(seq), utf8(a.text.slice(cut))]);
    return {
      name: `invalid-utf8-${name}`,
      category: 'invalid-utf8',
      file: `invalid-utf8-${name}.txt`,
      bytes,
      // A JSON client cannot send invalid UTF-8; what arrives is the replacement character.
      text: bytes.toString('utf8'),
      expect: 'refuse' as const,
      textExpect: 'either' as const,
      refusalMentions: ['UTF-8'],
    };
  });
}

function utf16Cases(article: () => { text: string; title: string }): BadInputCase[] {
  const le = article();
  const be = article();
  const swapped = Buffer.from(be.text, 'utf16le').swap16();
  return [
    { name: 'utf16le-bom', category: 'utf16', file: 'utf16le-bom.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(le.text, 'utf16le')]), text: le.text, expect: 'accept', expectTitle: le.title },
    { name: 'utf16be-bom', category: 'utf16', file: 'utf16be-bom.txt', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]), text: be.text, expect: 'accept', expectTitle: be.title },
    // Without a BOM: recognized by its zero-byte pattern (src/sources), never read as garbage.
    ((a) => ({ name: 'utf16le-no-bom', category: 'utf16', file: 'utf16le-no-bom.txt', bytes: Buffer.from(a.text, 'utf16le'), text: null, expect: 'accept' as const, expectTitle: a.title }))(article()),
  ];
}

/** Windows-1258 writes tones as combining marks after a base letter (ế = ê + U+0301). */
export function encodeWindows1258(text: string): Buffer {
  const decomposed = text.normalize('NFD').replace(/([A-Za-z])([\u0302\u0306\u031B])/g, (m) => m.normalize('NFC'));
  return iconv.encode(decomposed, 'windows1258');
}

// TCVN3 (ABC): one byte per precomposed lower-case letter; upper case only for the bare
// letters Ă Â Ê Ô Ơ Ư Đ (toned capitals lived in a separate font), so those are lower-cased.
const TCVN3: Record<string, number> = Object.fromEntries(
  [
    ['à', 0xb5], ['ả', 0xb6], ['ã', 0xb7], ['á', 0xb8], ['ạ', 0xb9], ['ă', 0xa8], ['ằ', 0xbb], ['ẳ', 0xbc], ['ẵ', 0xbd], ['ắ', 0xbe], ['ặ', 0xc6],
    ['â', 0xa9], ['ầ', 0xc7], ['ẩ', 0xc8], ['ẫ', 0xc9], ['ấ', 0xca], ['ậ', 0xcb], ['đ', 0xae], ['è', 0xcc], ['ẻ', 0xce], ['ẽ', 0xcf], ['é', 0xd0],
    ['ẹ', 0xd1], ['ê', 0xaa], ['ề', 0xd2], ['ể', 0xd3], ['ễ', 0xd4], ['ế', 0xd5], ['ệ', 0xd6], ['ì', 0xd7], ['ỉ', 0xd8], ['ĩ', 0xdc], ['í', 0xdd],
    ['ị', 0xde], ['ò', 0xdf], ['ỏ', 0xe1], ['õ', 0xe2], ['ó', 0xe3], ['ọ', 0xe4], ['ô', 0xab], ['ồ', 0xe5], ['ổ', 0xe6], ['ỗ', 0xe7], ['ố', 0xe8],
    ['ộ', 0xe9], ['ơ', 0xac], ['ờ', 0xea], ['ở', 0xeb], ['ỡ', 0xec], ['ớ', 0xed], ['ợ', 0xee], ['ù', 0xef], ['ủ', 0xf1], ['ũ', 0xf2], ['ú', 0xf3],
    ['ụ', 0xf4], ['ư', 0xad], ['ừ', 0xf5], ['ử', 0xf6], ['ữ', 0xf7], ['ứ', 0xf8], ['ự', 0xf9], ['ỳ', 0xfa], ['ỷ', 0xfb], ['ỹ', 0xfc], ['ý', 0xfd],
    ['ỵ', 0xfe], ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
  ] as Array<[string, number]>,
);

export function encodeTcvn3(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = TCVN3[ch] ?? TCVN3[ch.toLowerCase()];
    if (code !== undefined) bytes.push(code);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...Buffer.from(ch.normalize('NFD').replace(/\p{M}/gu, ''), 'latin1'));
  }
  return Buffer.from(bytes);
}

function legacyCases(article: () => { text: string; title: string }): BadInputCase[] {
  const out: BadInputCase[] = [];
  for (let i = 0; i < 4; i++) {
    const w = article();
    const t = article();
    out.push(
      { name: `windows-1258-${i}`, category: 'legacy-encoding', file: `windows-1258-${i}.txt`, bytes: encodeWindows1258(w.text), text: null, expect: 'refuse', refusalMentions: ['Windows-1258'] },
      { name: `tcvn3-${i}`, category: 'legacy-encoding', file: `tcvn3-${i}.txt`, bytes: encodeTcvn3(t.text), text: null, expect: 'refuse', refusalMentions: ['TCVN3'] },
    );
  }
  return out;
}

function htmlCases(article: () => { text: string; title: string }): BadInputCase[] {
  const pages: Array<[string, (a: { text: string; title: string }) => string]> = [
    ['full-page', (a) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${a.title}</title></head><body><article>${a.text.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`],
    ['script-style', (a) => `<html><head><style>body{color:red}</style><script>alert("x")</script></head><body><h1>${a.title}</h1><p>${a.text}</p></body></html>`],
    ['entities', (a) => `<p>${a.text.replace(/à/g, '&agrave;').replace(/"/g, '&quot;')} &amp; &lt;b&gt; &#7871; &#x1EBF;</p>`],
    ['tags-only', () => '<html><body><div><span></span><br/><img src="x.png"></div></body></html>'],
    ['comment-only', () => '<!-- nothing here -->'],
    ['unclosed', (a) => `<div><p>${a.text}<p><b><i>`],
  ];
  return pages.map(([name, make]) => {
    const text = make(article());
    return { name: `html-${name}`, category: 'html', file: `html-${name}.txt`, bytes: utf8(text), text, expect: 'either' as const };
  });
}

function jsonCases(article: () => { text: string; title: string }): BadInputCase[] {
  const a = article();
  const json: Array<[string, string, Expectation]> = [
    ['array-empty', '[]', 'refuse'],
    ['object-empty', '{}', 'refuse'],
    ['null', 'null', 'refuse'],
    ['number', '42', 'refuse'],
    ['string', '"Ngân hàng Thế giới"', 'refuse'],
    ['true', 'true', 'refuse'],
    ['unrelated-object', '{"user":"an","likes":3}', 'refuse'],
    ['text-number', '{"title":"x","text":5}', 'refuse'],
    ['text-null', '{"title":"x","text":null}', 'refuse'],
    ['text-array', '{"title":"x","text":["a","b"]}', 'refuse'],
    ['text-empty', '{"title":"x","text":"   "}', 'refuse'],
    ['title-object', `{"title":{"a":1},"text":${JSON.stringify(a.text)}}`, 'refuse'],
    ['array-of-numbers', '[1,2,3]', 'refuse'],
    ['truncated', '{"title":"Tin","text":"Sở Y tế', 'refuse'],
    ['trailing-comma', '{"title":"Tin","text":"x",}', 'refuse'],
    ['single-quotes', "{'title':'Tin','text':'x'}", 'refuse'],
    ['deep-nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'refuse'],
    ['deep-object', `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, 'refuse'],
    ['proto-pollution', `{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"text":5}`, 'refuse'],
    ['huge-number', '{"text":1e999999}', 'refuse'],
  ];
  const cases: BadInputCase[] = json.map(([name, body, expect]) => ({
    name: `json-${name}`, category: 'json-not-article', file: `json-${name}.json`, bytes: utf8(body), text: body, expect, textExpect: 'either' as const,
  }));
  const good = article();
  cases.push({
    name: 'jsonl-mixed', category: 'json-not-article', file: 'jsonl-mixed.jsonl',
    bytes: utf8(['{}', 'not json', JSON.stringify({ title: good.title, text: good.text }), '[1]', ''].join('\n')), text: null, expect: 'either',
  });
  return cases;
}

function sizeCases(article: () => { text: string; title: string }, large: boolean): BadInputCase[] {
  const a = article();
  const cases: BadInputCase[] = [
    // 30 KB on one line with no sentence end: one enormous sentence (150 KB in the slow suite).
    txt('one-enormous-line-30k', 'size', `${a.title}\n\n${'Ngân hàng Thế giới tài trợ dự án của Sở Y tế '.repeat(600)}`, 'either'),
    txt('one-word-300k', 'size', `${a.title}\n\n${'x'.repeat(300_000)}`, 'either'),
    txt('over-limit-2mb', 'size', `${a.text}\n${'Tin tức. '.repeat(240_000)}`, 'refuse', { refusalMentions: ['limit'] }),
  ];
  if (large) {
    cases.push(txt('one-enormous-line-150k', 'size', `${a.title}\n\n${'Ngân hàng Thế giới tài trợ dự án của Sở Y tế '.repeat(3000)}`, 'either'));
    // 240 KB of short sentences on one line: 4,000 sentences in one article.
    cases.push(txt('one-line-4000-sentences', 'size', `${a.text.replace(/\n+/g, ' ')} ${'Dự án được tài trợ bởi Ngân hàng Thế giới. '.repeat(4000)}`, 'either'));
    for (const mb of [5, 50]) {
      const text = `${a.text}\n${'Sở Y tế tỉnh Lào Cai nhận tài trợ 2 triệu USD. '.repeat(Math.ceil((mb * 1024 * 1024) / 50))}`;
      cases.push(txt(`text-${mb}mb`, 'size', text, 'refuse', { refusalMentions: ['limit'] }));
      const line = 'Ngân hàng Thế giới '.repeat(Math.ceil((mb * 1024 * 1024) / 22));
      cases.push(txt(`one-line-${mb}mb`, 'size', line, 'refuse', { refusalMentions: ['limit'] }));
    }
  }
  return cases;
}

function controlCharCases(article: () => { text: string; title: string }): BadInputCase[] {
  const codes = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => ![0, 9, 10, 13].includes(c)), 0x7f, 0x85, 0x9b];
  const cases = codes.map((code) => {
    const a = article();
    const ch = String.fromCharCode(code);
    const text = withTitle(a, `${a.title}${ch}`).replace('Dự án', `Dự${ch}án`);
    return txt(`control-char-0x${code.toString(16).padStart(2, '0')}`, 'control-chars', text, 'either');
  });
  const a = article();
  cases.push(txt('control-chars-many', 'control-chars', a.text.replace(/ /g, '\u0001 '), 'refuse'));
  return cases;
}

function bidiCases(article: () => { text: string; title: string }): BadInputCase[] {
  const marks: Array<[string, string]> = [
    ['lre', '\u202a'], ['rle', '\u202b'], ['pdf', '\u202c'], ['lro', '\u202d'], ['rlo', '\u202e'],
    ['lri', '\u2066'], ['rli', '\u2067'], ['fsi', '\u2068'], ['pdi', '\u2069'], ['lrm', '\u200e'], ['rlm', '\u200f'], ['alm', '\u061c'],
  ];
  return marks.map(([name, mark]) => {
    const a = article();
    const text = withTitle(a, `${mark}${a.title}${mark}`).replace('Ngân hàng', `Ngân${mark} hàng`);
    return txt(`bidi-${name}`, 'bidi', text, 'accept');
  });
}

function emojiCases(article: () => { text: string; title: string }): BadInputCase[] {
  const emoji: Array<[string, string]> = [
    ['smile', '😀'], ['flag-vn', '🇻🇳'], ['zwj-family', '👨‍👩‍👧‍👦'], ['skin-tone', '👍🏽'], ['keycap', '1️⃣'],
    ['variation', '☀️'], ['astral-math', '𝕂𝔾'], ['many', '🎉'.repeat(500)],
  ];
  return emoji.map(([name, e]) => {
    const a = article();
    const text = withTitle(a, `${e} ${a.title} ${e}`).replace('Dự án', `${e} Dự án`);
    return txt(`emoji-${name}`, 'emoji', text, 'accept');
  });
}

/** Lucene syntax and Cypher-looking strings: also the search terms of the search test. */
export const HOSTILE_STRINGS: string[] = [
  ...['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'].map((c) => `Ngân hàng ${c} Thế giới`),
  'AND', 'OR', 'NOT', 'TO', '*', '?', '**', '\\', '"', 'a:b', 'name:*', 'searchText:da', '[a TO z]', '{* TO *}', 'da~', 'da~0.5', 'nang^100',
  '"unterminated', '(((', ')))', 'da nang AND OR NOT', '/regex.*/', 'field:"phrase"', 'title:(a OR b)', '-', '--', '+-!',
  "') RETURN 1 //", '" RETURN 1 //', "'}) MATCH (n) DETACH DELETE n //", 'MATCH (n) DETACH DELETE n', 'CREATE (x:Pwned {id: 1})',
  '$text', '$query', '`backtick`', "\\' OR 1=1 --", "'; CALL dbms.components() //", 'CALL db.index.fulltext.queryNodes("entityNames", "*")',
  '${jndi:ldap://127.0.0.1/x}', '{{7*7}}', '<script>alert(1)</script>', '%00', '\u0000', 'đ', 'Đà Nẵng', 'a'.repeat(5000),
];

function titleInjectionCases(article: () => { text: string; title: string }): BadInputCase[] {
  const cases: BadInputCase[] = [];
  HOSTILE_STRINGS.forEach((hostile, i) => {
    const a = article();
    const title = `${hostile} ${a.title}`;
    // The title as a JSON field (the body keeps no title line of its own).
    const record = JSON.stringify({ title, text: a.text.replace(`${a.title}\n\n`, '') });
    const expect = hostile.includes('\u0000') ? 'either' : 'accept';
    cases.push({ name: `title-hostile-json-${i}`, category: 'title-injection', file: `title-hostile-json-${i}.json`, bytes: utf8(record), text: a.text, title, expect });
  });
  HOSTILE_STRINGS.slice(0, 24).forEach((hostile, i) => {
    // The title line of the .txt layout.
    const a = article();
    cases.push(txt(`title-hostile-txt-${i}`, 'title-injection', withTitle(a, `${a.title} ${hostile}`), 'accept'));
  });
  return cases;
}
