// Well-known organizations by name or alias ("Chính phủ", "UNDP", "World Bank" → "Ngân hàng
// Thế giới"): the recognizer finds them without a head noun, the resolver merges their aliases.
import { KNOWN_ORGS } from './entity-lexicons.ts';
import { PhraseIndex } from './phrase-index.ts';

/** Every name and alias of a well-known organization → its canonical name. */
export const KNOWN_ORG_INDEX = new PhraseIndex<string>();
for (const { name, aliases } of KNOWN_ORGS) {
  KNOWN_ORG_INDEX.add(name, name);
  for (const a of aliases) KNOWN_ORG_INDEX.add(a, name);
}
