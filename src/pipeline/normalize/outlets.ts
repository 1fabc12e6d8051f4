// News outlets: a spelling from a source line ("Nhandan", "NLĐ") → its display name.
import { loadLexicon } from '../lexicon/load-lexicon.ts';
import { foldKey } from '../../domain/fold.ts';

const lexicon = loadLexicon<{ outlets: Record<string, string[]> }>('outlets');

const BY_KEY = new Map<string, string>();
for (const [display, spellings] of Object.entries(lexicon.outlets)) {
  for (const spelling of [display, ...spellings]) BY_KEY.set(foldKey(spelling), display);
}

/** "Nhandan" → "Nhân Dân"; an unknown outlet keeps its own spelling; null when unknown and strict. */
export function outletName(spelling: string, strict = false): string | null {
  const cleaned = spelling.replace(/^báo\s+/iu, '').trim();
  const known = BY_KEY.get(foldKey(spelling)) ?? BY_KEY.get(foldKey(cleaned));
  if (known) return known;
  return strict ? null : spelling.trim();
}
