// A sentence with each entity mention replaced by a placeholder, so relation rules are
// regexes over words and slots:
//   "Sở Y tế Hà Nội được Ngân hàng Thế giới tài trợ" → "\uE000O0\uE001 được \uE000O1\uE001 tài trợ"
// Quotes hugging a mention are swallowed with it ("giải thưởng “X”" → "giải thưởng ⟨A⟩");
// words, slots and punctuation marks are separated by single spaces.
import type { EntityType } from '../../domain/ontology.ts';
import type { Mention, Resolution, Sentence } from '../../domain/pipeline.ts';

export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';

export const TYPE_LETTER: Record<EntityType, string> = {
  Organization: 'O',
  Person: 'P',
  Place: 'L',
  Award: 'A',
  Project: 'J',
  Event: 'E',
  Document: 'D',
};

export interface Slot {
  /** Index into the article's mentions. */
  mention: number;
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  name: string;
}

export interface SentenceFrame {
  sentence: Sentence;
  /** Outermost mentions of the sentence, in text order; slot i is "\uE000{letter}i\uE001". */
  slots: Slot[];
  /** Mentions nested inside a slot (a Place inside an Organization's name…). */
  nested: Array<{ outer: Slot; inner: Slot }>;
  template: string;
  /** The template lower-cased, same length, slots untouched: what the rules match. */
  lower: string;
}

const OPEN_QUOTES = '"“«‘\'';
const CLOSE_QUOTES = '"”»’\'';

function toSlot(index: number, mention: Mention, resolution: Resolution): Slot | null {
  const entity = resolution.entities[resolution.entityOfMention[index] ?? -1];
  if (!entity) return null;
  const { start, end, text, name } = mention;
  return { mention: index, entityId: entity.id, type: entity.type, start, end, text, name };
}

/** Outermost, non-overlapping slots, in order; the rest nested under the slot holding them. */
function layer(candidates: Slot[]): { slots: Slot[]; nested: SentenceFrame['nested'] } {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Slot[] = [];
  const nested: SentenceFrame['nested'] = [];
  for (const slot of sorted) {
    const outer = slots.find((s) => slot.start < s.end && s.start < slot.end);
    if (!outer) slots.push(slot);
    else if (slot.start >= outer.start && slot.end <= outer.end) nested.push({ outer, inner: slot });
  }
  return { slots, nested };
}

/** "⟨Ngân hàng Thế giới⟩ (⟨WB⟩)": an alias in parentheses is folded into the slot before it. */
function foldParenthesizedAliases(slots: Slot[], sentence: Sentence): Slot[] {
  const out: Slot[] = [];
  for (const slot of slots) {
    const prev = out[out.length - 1];
    if (prev && prev.entityId === slot.entityId) {
      const between = sentence.text.slice(prev.end - sentence.start, slot.start - sentence.start);
      const close = /^\s*\)/u.exec(sentence.text.slice(slot.end - sentence.start));
      if (/^\s*\(\s*$/u.test(between) && close) {
        out[out.length - 1] = { ...prev, end: slot.end + close[0].length };
        continue;
      }
    }
    out.push(slot);
  }
  return out;
}

function buildTemplate(sentence: Sentence, slots: Slot[]): string {
  const t = sentence.text;
  let out = '';
  let pos = 0;
  slots.forEach((slot, i) => {
    let a = slot.start - sentence.start;
    let b = slot.end - sentence.start;
    const before = t[a - 1];
    const after = t[b];
    if (before && after && OPEN_QUOTES.includes(before) && CLOSE_QUOTES.includes(after) && a - 1 >= pos) {
      a -= 1;
      b += 1;
    }
    out += `${t.slice(pos, Math.max(pos, a))} ${SLOT_OPEN}${TYPE_LETTER[slot.type]}${i}${SLOT_CLOSE} `;
    pos = Math.max(pos, b);
  });
  out += t.slice(pos);
  // Punctuation stands apart ("đốc, ông" → "đốc , ông"): a word boundary is then just a space.
  return out.replace(PUNCTUATION, ' $1 ').replace(/\s+/gu, ' ').trim();
}

const PUNCTUATION = /([^\p{L}\p{M}\p{N}\s\uE000\uE001])/gu;

export function buildFrames(sentences: Sentence[], mentions: Mention[], resolution: Resolution): SentenceFrame[] {
  const bySentence = new Map<number, Slot[]>();
  mentions.forEach((mention, i) => {
    const slot = toSlot(i, mention, resolution);
    if (!slot) return;
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(slot);
    bySentence.set(mention.sentence, list);
  });
  return sentences.map((sentence) => {
    const inside = (bySentence.get(sentence.index) ?? []).filter(
      (s) => s.start >= sentence.start && s.end <= sentence.end,
    );
    const layered = layer(inside);
    const slots = foldParenthesizedAliases(layered.slots, sentence);
    const template = buildTemplate(sentence, slots);
    return { sentence, slots, nested: layered.nested, template, lower: lowerKeepingSlots(template) };
  });
}

const SLOT_RE = /\uE000([A-Z])(\d+)\uE001/gu;
const TEXT_OR_SLOT = /\uE000[A-Z]\d+\uE001|[^\uE000]+/gu;

/** Lower case that keeps every offset (a character whose lower case is longer stays as is). */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  return Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

function lowerKeepingSlots(template: string): string {
  return template.replace(TEXT_OR_SLOT, (piece) => (piece.startsWith(SLOT_OPEN) ? piece : lowerSameLength(piece)));
}

/** The slots named in a piece of template ("⟨O1⟩, ⟨O2⟩ và ⟨O3⟩" → three slots). */
export function slotsIn(frame: SentenceFrame, piece: string | undefined): Slot[] {
  if (!piece) return [];
  const out: Slot[] = [];
  for (const m of piece.matchAll(SLOT_RE)) {
    const slot = frame.slots[Number(m[2])];
    // "⟨A⟩ (⟨alias⟩)": the bracketed alias is the item before it, not one more item.
    const bracketed = /\(\s*$/u.test(piece.slice(0, m.index)) && /^\s*\)/u.test(piece.slice(m.index + m[0].length));
    if (slot && !bracketed) out.push(slot);
  }
  return out;
}

/** The template with slots blanked out: words only, for cue and year look-ups. */
export function wordsOnly(template: string): string {
  return template.replace(SLOT_RE, ' ');
}
