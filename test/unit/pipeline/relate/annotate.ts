// Annotated sentences for testing relate alone, without the recognizer:
//   "[Org:Sở Y tế Hà Nội] được [Org:Ngân hàng Thế giới] tài trợ [money:2 triệu USD=2000000 USD]."
// becomes text + mentions + a trivial resolution (one entity per type and name) + quantities.
// "[Project:Dự án trên=>Cải cách hành chính]" is an anaphor resolved to that entity.
import type { EntityType, QuantityKind } from '../../../../src/domain/ontology.ts';
import { ID_PREFIX } from '../../../../src/domain/ontology.ts';
import { slugify } from '../../../../src/domain/fold.ts';
import type {
  DateMention,
  Mention,
  QuantityMention,
  Resolution,
  ResolvedEntity,
  Sentence,
} from '../../../../src/domain/pipeline.ts';
import type { RelateInput } from '../../../../src/pipeline/relate/relate-facts.ts';

const TYPES: Record<string, EntityType> = {
  Org: 'Organization',
  Per: 'Person',
  Place: 'Place',
  Award: 'Award',
  Project: 'Project',
  Event: 'Event',
  Doc: 'Document',
};
const MARK = /\[(\w+):([^\]=]+?)(?:=>([^\]]+)|=([^\]]+))?\]/gu;

interface Parsed {
  text: string;
  marks: Array<{ tag: string; start: number; end: number; surface: string; target?: string; value?: string }>;
}

function parse(annotated: string): Parsed {
  let text = '';
  let pos = 0;
  const marks: Parsed['marks'] = [];
  for (const m of annotated.matchAll(MARK)) {
    text += annotated.slice(pos, m.index);
    const [, tag = '', surface = '', target, value] = m;
    marks.push({ tag, start: text.length, end: text.length + surface.length, surface, target, value });
    text += surface;
    pos = m.index + m[0].length;
  }
  return { text: text + annotated.slice(pos), marks };
}

function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  // A sentence ends at . ! ? before a space and a capital letter, at a line break (a paragraph,
  // as the real segmenter has it), or at the end ("TP.HCM" stays).
  for (const m of text.matchAll(/.+?(?:[.!?]+(?=\s+\p{Lu})|(?=\n)|$)/gsu)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ index: out.length, start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

function quantity(tag: QuantityKind, mark: Parsed['marks'][number], sentence: number): QuantityMention {
  const [num = '0', ...unit] = (mark.value ?? '').split(' ');
  return {
    kind: tag,
    value: Number(num),
    unit: unit.join(' ') || (tag === 'percent' ? '%' : ''),
    measure: null,
    start: mark.start,
    end: mark.end,
    text: mark.surface,
    sentence,
  };
}

export function annotate(annotated: string, extractor = 'test@1'): RelateInput {
  const { text, marks } = parse(annotated);
  const sentences = segment(text);
  const sentenceOf = (start: number) => sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
  const mentions: Mention[] = [];
  const entities: ResolvedEntity[] = [];
  const entityOfMention: number[] = [];
  const quantities: QuantityMention[] = [];
  const dates: DateMention[] = [];
  for (const mark of marks) {
    const sentence = sentenceOf(mark.start);
    if (mark.tag === 'money' || mark.tag === 'count' || mark.tag === 'percent') {
      quantities.push(quantity(mark.tag, mark, sentence));
      continue;
    }
    if (mark.tag === 'date' || mark.tag === 'year') {
      const v = mark.value ?? '';
      dates.push({ start: mark.start, end: mark.end, text: mark.surface, sentence, year: Number(v.slice(0, 4)), ...(v.length > 4 ? { date: v } : {}) });
      continue;
    }
    const type = TYPES[mark.tag];
    if (!type) throw new Error(`unknown tag ${mark.tag}`);
    const quoted = /^["“].*["”]$/u.test(mark.surface);
    const name = mark.target ?? (quoted ? mark.surface.slice(1, -1) : mark.surface);
    let e = entities.findIndex((x) => x.type === type && x.name === name);
    if (e < 0) {
      e = entities.length;
      entities.push({ id: `${ID_PREFIX[type]}:${slugify(name)}`, type, name, aliases: [], nameKey: slugify(name), mentionIndexes: [] });
    }
    entities[e]?.mentionIndexes.push(mentions.length);
    entityOfMention.push(e);
    mentions.push({
      type, start: mark.start, end: mark.end, text: mark.surface, sentence, name, aliases: [], confidence: 0.9,
      rule: 'test', ...(mark.target ? { anaphor: true } : {}),
    });
  }
  const resolution: Resolution = { entities, entityOfMention, warnings: [] };
  return { text, sentences, mentions, resolution, quantities, dates, extractor };
}
