// A small pattern language for relation rules, compiled once to a RegExp over a
// sentence frame's template (see sentence-frame.ts):
//   {O:s}     one slot of type Organization, captured as group "s"
//   {OP+:s}   a list of Organization/Person slots ("⟨O1⟩, ⟨O2⟩ và ⟨P3⟩"), captured as "s"
//   {*:x}     one slot of any type
//   @won      the cue list "won" of relation-cues.json, with Unicode word boundaries
//   ~  ~~     a gap of at most 30 / 80 characters holding no slot and no ";"
//   ~*        a gap of at most 120 characters that may hold slots (no ";")
//   ~a        an active gap: at most 6 words, none of them bị/được/do/bởi (no passive voice)
//   ~s        a short gap: at most 15 characters, no slot, no digit ("nhận ~s ⟨A⟩" ≠ "nhận 500 hồ sơ dự ⟨A⟩")
//   text      literal regex text; a space after a letter needs whitespace, others allow none
// Example: "{O:s} ~ @fund_passive {O:f}" matches "⟨O0⟩ vừa được tài trợ bởi ⟨O1⟩".
import { cueAlternation } from './cues.ts';
import { SLOT_CLOSE, SLOT_OPEN } from './sentence-frame.ts';

// The template separates words, slots and punctuation by single spaces (sentence-frame.ts), so
// a word boundary is a space or an end: far cheaper to compile than a \p{L} look-around.
const NOT_WORD_BEFORE = '(?<![^ ])';
const NOT_WORD_AFTER = '(?![^ ])';
const LIST_SEP = '(?:\\s*,\\s*|\\s+(?:và|cùng|cùng với)\\s+|\\s*,\\s*và\\s+)';
const TOKEN = /\{([A-Z*]+)(\+?):(\w+)\}|@(\w+)|~\*|~a|~s|~~|~| +|(?:[^{@~ ]|\{(?![A-Z*]+\+?:\w+\}))+/gu;
const LETTER = /[\p{L}\p{M}]/u;

function slotClass(letters: string): string {
  return letters === '*' ? '[A-Z]' : `[${letters}]`;
}

function slotRegex(letters: string, list: boolean, name: string): string {
  const one = `${SLOT_OPEN}${slotClass(letters)}\\d+${SLOT_CLOSE}`;
  // "⟨Tổng Công ty Điện lực Miền Bắc⟩ (⟨EVNNPC⟩), ⟨B⟩": a list item may carry its alias.
  const item = `${one}(?:\\s*\\(\\s*${one}\\s*\\))?`;
  const body = list ? `${item}(?:${LIST_SEP}${item})*` : one;
  return `\\s*(?<${name}>${body})\\s*`;
}

/** A gap ends on a space, so the word after it starts at a word boundary. */
function gap(max: number): string {
  return `(?:[^${SLOT_OPEN};]{0,${max - 1}}? )?`;
}

function literal(text: string): string {
  const first = text[0] ?? '';
  const last = text[text.length - 1] ?? '';
  const pre = LETTER.test(first) ? NOT_WORD_BEFORE : '';
  const post = LETTER.test(last) ? NOT_WORD_AFTER : '';
  return `${pre}${text}${post}`;
}

/**
 * Compile a rule pattern. It runs over the lower-cased template (no `i` flag: much faster),
 * with `d` so a capture can be read back from the original-case template.
 */
export function compilePattern(source: string, flags = 'gdu'): RegExp {
  let out = '';
  let prev = '';
  for (const m of source.matchAll(TOKEN)) {
    const [tok, letters, plus, name, cue] = m;
    if (letters !== undefined && name !== undefined) out += slotRegex(letters, plus === '+', name);
    else if (cue !== undefined) out += `${NOT_WORD_BEFORE}${cueAlternation(cue)}${NOT_WORD_AFTER}`;
    else if (tok === '~*') out += '(?:[^;]{0,119}? )?';
    else if (tok === '~a') out += `(?:(?!(?:bị|được|do|bởi) )[^${SLOT_OPEN}; ]+ ){0,6}`;
    else if (tok === '~s') out += `(?:[^${SLOT_OPEN};0-9]{0,14}? )?`;
    else if (tok === '~~') out += gap(80);
    else if (tok === '~') out += gap(30);
    else if (tok.startsWith(' ')) out += LETTER.test(prev.slice(-1)) ? '\\s+' : '\\s*';
    else out += literal(tok);
    prev = tok.startsWith('~') ? '~' : tok;
  }
  return new RegExp(out.replace(/^\\s\*/u, ''), flags);
}

// A cue token not right after "(?:" or "|" must be in the sentence for the rule to match.
const REQUIRED_CUE = /(?<!\(\?:|\|)@(\w+)/gu;

/** Cue lists a pattern cannot match without: "{O:s} ~ @acquire ~ {O:b}" → ["acquire"]. */
export function requiredCues(source: string): string[] {
  return [...source.matchAll(REQUIRED_CUE)].map((m) => m[1] ?? '');
}

/**
 * Where a match can start: at a slot ("{O:s} …") or at a cue ("@funder_noun …"). The rule's
 * sticky regex is then tried at those positions only, much faster than scanning every one.
 */
export function anchorOf(source: string): { slot: true } | { cue: string } | null {
  if (/^\{[A-Z*]+\+?:\w+\}/u.test(source)) return { slot: true };
  const cue = /^@(\w+)/u.exec(source);
  return cue?.[1] ? { cue: cue[1] } : null;
}
