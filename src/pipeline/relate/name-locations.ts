// LOCATED_IN read off a name: "Sở Thông tin và Truyền thông TP Đà Nẵng" ends in the place
// "Đà Nẵng", so the Sở is LOCATED_IN Đà Nẵng. Only places the article names as entities.
import { foldText } from '../../domain/fold.ts';
import type { Mention, Resolution, ResolvedEntity } from '../../domain/pipeline.ts';
import type { Candidate } from './fact-store.ts';
import type { SentenceFrame } from './sentence-frame.ts';

const LOCATABLE = new Set(['Organization', 'Event', 'Project']);
// "… TP Đà Nẵng", "… tỉnh Gia Lai", "… tại Hà Nội": what may stand right before the place.
const PLACE_LEAD = /(?:^| )(?:tp|thanh pho|tinh|tai|o|quan|huyen|thi xa)$/u;

function endsWithPlace(name: string, place: string): boolean {
  if (!place || name === place || !name.endsWith(` ${place}`)) return false;
  const rest = name.slice(0, name.length - place.length).trim();
  return rest.split(' ').length >= 2 || PLACE_LEAD.test(rest);
}

function placeNames(entity: ResolvedEntity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(foldText).filter((n) => n.length >= 2))];
}

export function nameLocations(frames: SentenceFrame[], mentions: Mention[], resolution: Resolution): Candidate[] {
  const places = resolution.entities
    .filter((e) => e.type === 'Place')
    .map((e) => ({ id: e.id, names: placeNames(e) }));
  if (places.length === 0) return [];
  const out: Candidate[] = [];
  for (const frame of frames) {
    for (const slot of frame.slots) {
      if (!LOCATABLE.has(slot.type)) continue;
      const own = foldText(mentions[slot.mention]?.text ?? slot.text);
      for (const place of places) {
        if (place.id === slot.entityId) continue;
        if (!place.names.some((p) => endsWithPlace(own, p))) continue;
        out.push({
          subject: slot.entityId,
          predicate: 'LOCATED_IN',
          object: place.id,
          qualifiers: {},
          confidence: 0.7,
          sentence: frame.sentence,
          rule: 'name-ends-in-place',
        });
      }
    }
  }
  return out;
}
