// Common given names of English, French, German, Spanish, Italian and Dutch speakers (the
// human-names package, MIT): "Michael", "Albert", "Elena". A foreign name in Vietnamese news
// is written as in its own language, so a run that opens with one of these is shaped like a
// person's name ("Michael Ballack", "John Phillip Forman"). Only the shape: brand-rule.ts asks
// the mined archive whether the run, or a word of it, is known as a company ("Walt Disney").
import { packageJson } from './load-lexicon.ts';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;

function loadGivenNames(): Set<string> {
  const out = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const sex of ['male', 'female']) {
      // The lists hold a few lower-case duplicates ("aagje"); a name is written capitalised.
      for (const name of packageJson<string[]>(`human-names/data/${sex}-human-names-${lang}.json`)) if (/^\p{Lu}\p{Ll}+$/u.test(name)) out.add(name);
    }
  }
  return out;
}

export const GIVEN_NAMES: ReadonlySet<string> = loadGivenNames();
