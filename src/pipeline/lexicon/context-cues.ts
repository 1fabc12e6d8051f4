// The words right before a capitalised run that tell what it names: "hãng X" an organisation,
// "ông X" a person, "bang X" a place, "chọn mục X" a software command, "mẫu X" a product,
// "hội chợ X" an event
// (data/mining-cues.json). The miner counts them over an archive; the recognizer reads them in
// the sentence at hand too.
import { isSpaceGap, phraseBefore, type Token } from './tokens.ts';
import { loadLexicon } from './load-lexicon.ts';

export const CONTEXT = { total: 0, organisation: 1, person: 2, place: 3, software: 4, product: 5, event: 6 } as const;
export type ContextKind = (typeof CONTEXT)[keyof typeof CONTEXT];

const cues = loadLexicon<Record<string, string[]>>('mining-cues');
const cueSet = (key: string): Set<string> => new Set((cues[key] ?? []).map((c) => c.toLowerCase()));
const BEFORE: Array<[ContextKind, Set<string>]> = [
  [CONTEXT.organisation, cueSet('organisationBefore')],
  [CONTEXT.person, cueSet('personBefore')],
  [CONTEXT.place, cueSet('placeBefore')],
  [CONTEXT.software, cueSet('softwareBefore')],
  [CONTEXT.product, cueSet('productBefore')],
  [CONTEXT.event, cueSet('eventBefore')],
];
export const AWARD_CUES = cueSet('awardBefore');
export const PROGRAMME_CUES = cueSet('programmeBefore');

/** Longest cue phrase, in words. */
const MAX_CUE_WORDS = Math.max(...BEFORE.flatMap(([, set]) => [...set].map((c) => c.split(' ').length)));

/** A cue phrase before tokens[i], with only a space between them: `lookup`'s answer, or null. */
function cueBefore<T>(tokens: Token[], i: number, maxWords: number, lookup: (phrase: string) => T | null): T | null {
  return i > 0 && isSpaceGap(tokens[i]!.gap) ? phraseBefore(tokens, i, maxWords, lookup) : null;
}

/** The kind of context the one to four words right before tokens[i] give, or null. */
export function contextBefore(tokens: Token[], i: number): ContextKind | null {
  return cueBefore(tokens, i, MAX_CUE_WORDS, (phrase) => BEFORE.find(([, set]) => set.has(phrase))?.[0] ?? null);
}

const PERSON_IN_SENTENCE = cueSet('personInSentence');
const MAX_PERSON_CUE_WORDS = Math.max(...[...PERSON_IN_SENTENCE].map((c) => c.split(' ').length));

/** "tiền đạo X", "HLV X", "mẹ X": one to four words right before tokens[i] that tell a person follows. */
export function personCueBefore(tokens: Token[], i: number): boolean {
  return cueBefore(tokens, i, MAX_PERSON_CUE_WORDS, (phrase) => (PERSON_IN_SENTENCE.has(phrase) ? true : null)) === true;
}
