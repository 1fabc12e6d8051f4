// LOCATED_IN and PART_OF stated in the sentence ("tại Hà Nội", "(tỉnh Nam Định)",
// "Hội An, Quảng Nam", "trực thuộc", "Vụ Điều trị (Bộ Y tế)", "Vụ Viễn thông Bộ …").
import { officeAt, opensSentence, unitNotScholar, unitOfParent } from '../heads.ts';
import { localPlace, smallerPlace } from '../place-rank.ts';
import type { RuleDef } from '../rule-types.ts';

// Not after an item of a list: "Hà Nội, Đà Nẵng, Huế" is no containment.
const NOT_IN_LIST = '(?<!\uE001 ?(?:,|và) ?)';
const NO_MORE_ITEMS = '(?! ?(?:, và|,|và) ?\uE000L)';
// "hỗ trợ hai tỉnh ⟨A⟩", "giúp người dân các xã ⟨B⟩": who in the places is helped
const PLACES_LEAD =
  '(?:người dân |bà con |đồng bào |nhân dân )?(?:hai |ba |bốn |năm |các |\\d+ )?(?:tỉnh |thành phố |huyện |xã |địa phương |vùng )?';

export const PLACE_RULES: RuleDef[] = [
  // "Triển lãm ⟨E⟩ diễn ra ngày 4-11 tại ⟨Hà Nội⟩ và ⟨TPHCM⟩"
  { id: 'event-at', pattern: '{EJ:x} ~ @located {L+:l}', facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.75 }] },
  // "⟨Hội nghị⟩ do ⟨Bộ Y tế⟩ tổ chức ngày 12/5 tại ⟨Huế⟩": the event opens the sentence
  {
    id: 'event-held-at',
    pattern: '{E:x} ~* @event_held ~ (?:tại|ở) {L+:l}',
    facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.7, when: opensSentence }],
  },
  // "⟨Dự án⟩ được thực hiện tại ⟨Hà Nội⟩ và 5 tỉnh, thành phố, gồm: ⟨TPHCM⟩, ⟨Cần Thơ⟩ …": the
  // places listed after "gồm" are where it is too
  {
    id: 'event-at-listed',
    pattern: '{EJ:x} ~ @located {L+:l0} (?:,|và) [^\uE000;]{0,40}?(?:gồm có|bao gồm|gồm|là) :? {L+:l}',
    facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.7 }],
  },
  // "⟨Dự án X⟩ … nhằm hỗ trợ hai tỉnh ⟨A⟩ và ⟨B⟩": a project works in the provinces it helps (a
  // country it "helps" is no place of it: "dự án giúp ⟨Việt Nam⟩ thiết lập …")
  {
    id: 'project-helps-places',
    pattern: `{J:x} ~* (?:nhằm |để )?(?:hỗ trợ|giúp|giúp đỡ) ${PLACES_LEAD}{L+:l}`,
    facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.6, when: (ctx, x, l) => opensSentence(ctx, x) && localPlace(ctx, x, l) }],
  },
  // "⟨UNDP⟩ tại ⟨Việt Nam⟩", "⟨Công ty X⟩ có trụ sở tại ⟨Hà Nội⟩"
  {
    id: 'org-at',
    pattern: '{O:x} ,? (?:@located|@hq) {L+:l}',
    facts: [
      {
        s: 'x',
        p: 'LOCATED_IN',
        o: 'l',
        c: 0.7,
        when: officeAt,
        doubt: '"tại/ở" after an organisation that is no office may place the action, not it; LOCATED_IN skipped',
      },
    ],
  },
  { id: 'org-hq', pattern: '{O:x} ~ @hq {L:l}', facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.8 }] },
  // "Trường THPT ⟨X⟩ (tỉnh ⟨Nam Định⟩)", "Đảo Xanh (⟨Đà Nẵng⟩)"
  {
    id: 'in-parentheses',
    pattern: '{OEJL:x} \\( (?:@place_head )?{L:l} \\)',
    facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.75 }],
  },
  // "tại ⟨Hội An⟩, ⟨Quảng Nam⟩", "tại TP ⟨Pleiku⟩, tỉnh ⟨Gia Lai⟩"
  {
    id: 'place-comma-place',
    pattern: `${NOT_IN_LIST}{L:a} , (?:@place_head )?{L:b}${NO_MORE_ITEMS}`,
    facts: [{ s: 'a', p: 'LOCATED_IN', o: 'b', c: 0.6, when: smallerPlace, doubt: 'two places of one size side by side are items of a list, not one inside the other; LOCATED_IN skipped' }],
  },
  // "tỉnh ⟨Bình Dương⟩ gồm 3 thành phố: ⟨Thuận An⟩, ⟨Dĩ An⟩, ⟨Tân Uyên⟩", "⟨Quảng Nam⟩ có các huyện ⟨A⟩, ⟨B⟩"
  {
    id: 'place-consists-of',
    pattern: '{L:p} (?:gồm|bao gồm|có) (?:các |\\d+ )?(?:thành phố|huyện|quận|thị xã|xã|phường|tỉnh|địa phương) :? {L+:c}',
    facts: [{ s: 'c', p: 'LOCATED_IN', o: 'p', c: 0.7 }],
  },
  // "6 tỉnh vùng ⟨Bắc Trung Bộ⟩, gồm: ⟨Thanh Hóa⟩, ⟨Nghệ An⟩ …", "các huyện thuộc tỉnh ⟨X⟩ gồm ⟨A⟩, ⟨B⟩"
  {
    id: 'places-of-region-listed',
    pattern: '(?:tỉnh|thành phố|thành|huyện|quận|thị xã|xã|phường|địa phương) (?:thuộc |vùng |khu vực |của )?(?:@place_head )?{L:p} ,? (?:gồm có|bao gồm|gồm|là) :? {L+:c}',
    facts: [{ s: 'c', p: 'LOCATED_IN', o: 'p', c: 0.7, when: smallerPlace }],
  },
  // "thị trấn ⟨Vạn Giã⟩ thuộc huyện ⟨Vạn Ninh⟩", "xã ⟨A⟩ nằm trong huyện ⟨B⟩", "tỉnh ⟨A⟩ thuộc vùng ⟨R⟩"
  // (not after a list item: "⟨A⟩, ⟨B⟩ thuộc ⟨C⟩" would need the whole list)
  {
    id: 'place-within',
    pattern: `${NOT_IN_LIST}{L:a} (?:thuộc|trực thuộc|nằm trong|nằm trên địa bàn) (?:địa bàn |vùng |khu vực )?(?:@place_head )?{L:b}`,
    facts: [{ s: 'a', p: 'LOCATED_IN', o: 'b', c: 0.7, when: smallerPlace }],
  },
  // "⟨Tập đoàn X⟩ (STC – Group) ⟨Hà Lan⟩": a country right after the organisation's bracketed short name
  {
    id: 'org-alias-country',
    pattern: '{O:x} \\( [^\uE000()]{1,30} \\) {L:l}(?! ,| \\()',
    facts: [{ s: 'x', p: 'LOCATED_IN', o: 'l', c: 0.6 }],
  },
  // "⟨Quảng Châu⟩, thủ phủ tỉnh ⟨Quảng Đông⟩"
  {
    id: 'capital-of',
    pattern: '{L:a} , (?:thủ phủ|thủ đô|tỉnh lỵ|trung tâm|một thành phố|thành phố) (?:của )?(?:@place_head )?{L:b}',
    facts: [{ s: 'a', p: 'LOCATED_IN', o: 'b', c: 0.75 }],
  },
  // "⟨Trường X⟩ trực thuộc ⟨Đại học Y⟩", "tiểu dự án ⟨S⟩ thuộc dự án ⟨P⟩"
  {
    id: 'part-of',
    pattern: '{OJE:c} (?:là |hiện là )?@part_of (?:@project_noun )?{OJE:p}',
    facts: [{ s: 'c', p: 'PART_OF', o: 'p', c: 0.8, when: unitNotScholar }],
  },
  {
    id: 'within-frame',
    pattern: '{E:c} ~ (?:trong khuôn khổ|bên lề|nằm trong chuỗi) {E:p}',
    facts: [{ s: 'c', p: 'PART_OF', o: 'p', c: 0.7 }],
  },
  // "Vụ Thị trường trong nước (Bộ Công Thương)", "Vụ Thủy lợi Bộ Nông nghiệp", "Vụ Tài chính của Bộ Xây dựng"
  {
    id: 'unit-in-parentheses',
    pattern: '{O:c} \\( (?:[^\uE000() ]{2,12} [-–] )?{O:p} \\)',
    facts: [{ s: 'c', p: 'PART_OF', o: 'p', c: 0.75, when: unitOfParent }],
  },
  {
    id: 'unit-next-to-parent',
    pattern: '{O:c} (?:của |thuộc )?{O:p}',
    facts: [{ s: 'c', p: 'PART_OF', o: 'p', c: 0.7, when: unitOfParent }],
  },
];
