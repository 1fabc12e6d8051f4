// Folding: the key that makes "Ðà Nẵng", "Đà Nẵng", "da nang" and the NFD form equal.
// Used by resolve (entity identity), by the loader (Entity.nameKey, indexed for full-text
// search) and by the API (the user's search text is folded the same way).
//
// `reference` below is the definition. It is hot (the extractor folds every paragraph, mention
// and name), so text made only of Latin letters (U+0000–U+024F, U+1E00–U+1EFF: all of
// Vietnamese), digits and punctuation goes through a per-character table built from the
// definition itself; anything else (combining marks, Greek, CJK…) takes the definition.
// The table also covers U+2000–U+2BFF (dashes, curly quotes, ellipsis, bullets, currency and
// other symbols): news text is full of them, and one of them used to send a whole article's
// text down the definition's slow path.
// test/unit/domain/fold.test.ts checks both agree.

/** "Sở Thông tin  và Truyền thông TP Ðà Nẵng" → "so thong tin va truyen thong tp da nang" */
function reference(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // đ has no Unicode decomposition, and U+00D0 (Icelandic eth) is often typed for Đ.
    .replace(/[đĐÐð]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const TABLE_END = 0x2c00;
/**
 * Each character's fold: "Ẫ" → "a", "Đ" → "d", "7" → "7", "," → "" (a separator). Holes: not
 * covered. Per-character folding equals the definition here: no combining marks are covered
 * (NFD never reorders across characters then) and no character lower-cases by context.
 */
const TABLE: Array<string | undefined> = new Array<string | undefined>(TABLE_END).fill(undefined);
for (const [from, to] of [[0, 0x250], [0x1e00, 0x1f00], [0x2000, 0x2c00]] as const) {
  for (let code = from; code < to; code++) {
    const char = String.fromCharCode(code);
    const folded = reference(char);
    if (!/\p{M}/u.test(char) && !folded.includes(' ')) TABLE[code] = folded;
  }
}

/** The fold by table with `sep` between words, or null when a character is not covered. */
function foldByTable(value: string, sep: string): string | null {
  let out = '';
  let pending = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const folded = code < TABLE_END ? TABLE[code] : undefined;
    if (folded === undefined) return null;
    if (folded === '') {
      pending = out.length > 0;
    } else {
      if (pending) out += sep;
      pending = false;
      out += folded;
    }
  }
  return out;
}

/** "Sở Thông tin  và Truyền thông TP Ðà Nẵng" → "so thong tin va truyen thong tp da nang" */
export function foldText(value: string): string {
  return foldByTable(value, ' ') ?? reference(value);
}

/** Key with no spaces either: "Future Gov" and "FutureGov" → "futuregov". */
export function foldKey(value: string): string {
  return foldByTable(value, '') ?? reference(value).replace(/ /g, '');
}

/** URL-safe slug for ids: "Ngân hàng Thế giới" → "ngan-hang-the-gioi". */
export function slugify(value: string): string {
  return foldByTable(value, '-') ?? reference(value).replace(/ /g, '-');
}
