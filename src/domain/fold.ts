// Folding: the key that makes "Ðà Nẵng", "Đà Nẵng", "da nang" and the NFD form equal.
// Used by resolve (entity identity), by the loader (Entity.nameKey, indexed for full-text
// search) and by the API (the user's search text is folded the same way).

const COMBINING_MARKS = /\p{M}/gu;
// đ has no Unicode decomposition, and U+00D0 (Icelandic eth) is often typed for Đ.
const D_VARIANTS = /[đĐÐð]/gu;

/** "Sở Thông tin  và Truyền thông TP Ðà Nẵng" → "so thong tin va truyen thong tp da nang" */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_VARIANTS, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Key with no spaces either: "Future Gov" and "FutureGov" → "futuregov". */
export function foldKey(value: string): string {
  return foldText(value).replace(/ /g, '');
}

/** URL-safe slug for ids: "Ngân hàng Thế giới" → "ngan-hang-the-gioi". */
export function slugify(value: string): string {
  return foldText(value).replace(/ /g, '-');
}
