// AGREEMENT_WITH ("ký kết thỏa thuận hợp tác với", "X và Y ký biên bản ghi nhớ",
// "biên bản ghi nhớ giữa X và Y"), ACQUIRED ("mua lại", "thâu tóm") and DONATED_TO
// ("trao tặng", "ủng hộ", "tặng … cho"). Date, document and amount are added by the engine.
import { hasQuantity, joinedParties, notBoughtFrom, notVenue, speaksOfAgreement, statesGift } from '../heads.ts';
import type { RuleDef } from '../rule-types.ts';

const ADVERBS = '(?:đã |đang |vừa |sẽ |cũng |mới |chính thức )*';
/** An organisation right after another, its parent: "⟨Ban Nữ công⟩ ⟨Cục Hải quan X⟩". */
const PARENT_SLOT = '\uE000O\\d+\uE001';
// "ủng hộ đồng bào các tỉnh ⟨miền Trung⟩": who in the place receives
const RECIPIENT_LEAD =
  '(?:đồng bào |nhân dân |người dân |bà con |các em học sinh |học sinh |người nghèo |các hộ nghèo )?(?:các tỉnh |tỉnh |các địa phương |vùng |khu vực |thành phố )?';

export const DEAL_RULES: RuleDef[] = [
  // "⟨X⟩ đã ký kết thỏa thuận hợp tác chiến lược với ⟨Y⟩"
  {
    id: 'agree-with',
    pattern: '{O+:a} ~ (?<!đăng |thư |nhật )@agree_verb (?:@agree_noun )?~ (?:{D:d} ~)?(?:với|cùng) {O+:b}',
    facts: [{ s: 'a', p: 'AGREEMENT_WITH', o: 'b', c: 0.85, when: notVenue }],
  },
  // "⟨X⟩ và ⟨Y⟩ (sẽ cùng) ký kết Bản ghi nhớ (MOU)"
  {
    id: 'agree-pair',
    pattern: '{O+:ab} (?:đã |sẽ |vừa |cùng |chính thức |tiến hành |cũng |đã cùng |sẽ cùng |vừa cùng )*@agree_verb',
    facts: [{ s: 'ab', p: 'AGREEMENT_WITH', o: 'ab', c: 0.8, pairs: true, when: notVenue }],
    when: joinedParties,
  },
  // "… biên bản ghi nhớ … giữa ⟨MobiFone⟩ và ⟨Tripath⟩; thỏa thuận giữa ⟨A⟩ và ⟨B⟩ …"
  {
    id: 'agree-between',
    pattern: 'giữa (?:đại diện )?(?:@unit_head |@parent_head )?{O:a} (?:và|với) (?:đại diện )?(?:@unit_head |@parent_head )?{O:b}',
    facts: [{ s: 'a', p: 'AGREEMENT_WITH', o: 'b', c: 0.7 }],
    when: speaksOfAgreement,
  },
  // "⟨X⟩ vừa mua lại 51% cổ phần ⟨Y⟩"
  {
    id: 'acquires',
    pattern: '{O:a} ~a @acquire (?!vào |bởi )~ {O:b}',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.8, when: notBoughtFrom }],
  },
  // "⟨X⟩ đã hoàn tất mua 65% cổ phần của ⟨Y⟩"
  {
    id: 'buys-stake',
    pattern: '{O:a} ~a mua (?:lại )?~ cổ phần (?:của |tại )?{O:b}',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.7 }],
  },
  // "⟨Y⟩ đã bị ⟨X⟩ thâu tóm", "⟨Y⟩ được mua lại bởi ⟨X⟩", "⟨Y⟩ sáp nhập vào ⟨X⟩"
  {
    id: 'acquired-by',
    pattern: '{O:b} ~ (?:bị|được) {O:a} ~ @acquire',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.8 }],
  },
  {
    id: 'acquired-bởi',
    pattern: '{O:b} ~ (?:bị|được) @acquire (?:bởi) {O:a}',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.8 }],
  },
  // "⟨Công ty Y⟩ chính thức về tay ⟨Tập đoàn X⟩"
  {
    id: 'falls-to',
    pattern: '{O:b} (?:đã |chính thức |sẽ )*về tay {O:a}',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.75 }],
  },
  {
    id: 'merged-into',
    pattern: '{O:b} (?:đã |được |bị )*sáp nhập vào {O:a}',
    facts: [{ s: 'a', p: 'ACQUIRED', o: 'b', c: 0.7 }],
  },
  // "⟨X⟩ trao tặng 500 suất quà cho ⟨Y⟩", "⟨X⟩ ủng hộ 1 tỷ đồng cho ⟨Quảng Nam⟩"
  {
    id: 'donates-to',
    // (the gift may be described at length: "trao biểu trưng 80 triệu đồng hỗ trợ học sinh … đến ⟨Y⟩")
    // ("⟨Ban Nữ công⟩ ⟨Cục Hải quan X⟩ đã phát động, quyên góp 143 triệu đồng … giúp đồng bào ⟨Y⟩":
    // a unit named with its parent gives; "giúp" names who receives, as "cho" does)
    pattern: `{OP+:d} (?:${PARENT_SLOT} )?(?:đã |vừa |sẽ |cũng |cùng |đã cùng )*(?:phát động ,? (?:và )?)?@donate ~~ (?:cho|tới|đến|giúp|để giúp) ~ {OL+:r}`,
    facts: [{ s: 'd', p: 'DONATED_TO', o: 'r', c: 0.75, when: statesGift }],
    when: hasQuantity,
    doubt: 'a gift verb but no amount or count given; DONATED_TO skipped',
  },
  // "⟨X⟩ trao tặng ⟨Trường Y⟩ 50 máy tính", "⟨X⟩ ủng hộ đồng bào ⟨miền Trung⟩ 2 tỷ đồng"
  {
    id: 'donates-direct',
    pattern: `{OP+:d} ~a @donate ${RECIPIENT_LEAD}{OL+:r}`,
    facts: [{ s: 'd', p: 'DONATED_TO', o: 'r', c: 0.7, when: statesGift }],
    when: hasQuantity,
    doubt: 'support without an amount or count may be no gift; DONATED_TO skipped',
  },
  // "… đã trao số tiền ủng hộ 100 triệu đồng của ⟨Cục X⟩ đến ⟨Ủy ban Y⟩", "trao gói hỗ trợ 300.000 USD
  // của ⟨Chính phủ X⟩ cho đại diện ⟨Bộ Y⟩": the money is X's, handed to Y
  {
    id: 'hands-money-of',
    pattern: `@donate (?:số tiền|khoản tiền|gói tiền|gói hỗ trợ|khoản hỗ trợ|kinh phí) (?:ủng hộ |hỗ trợ )?[^\uE000;]{0,30}?của {O:d} (?:\uE000L\\d+\uE001 )?(?:đến|cho|tới) (?:đại diện (?:lãnh đạo )?)?{OL:r}`,
    facts: [{ s: 'd', p: 'DONATED_TO', o: 'r', c: 0.7 }],
    when: hasQuantity,
  },
  // "⟨Bệnh viện Y⟩ tiếp nhận 500 máy thở do ⟨Công ty X⟩ trao tặng"
  {
    id: 'receives-gift',
    pattern: `{OL+:r} ${ADVERBS}(?:tiếp nhận|nhận|được nhận) ~ (?:do|từ|của) {OP:d} (?:trao tặng|tặng|ủng hộ|trao|quyên góp|hỗ trợ)`,
    facts: [{ s: 'd', p: 'DONATED_TO', o: 'r', c: 0.7 }],
    when: hasQuantity,
  },
  // "⟨Trường Y⟩ được ⟨Công ty X⟩ trao tặng 50 máy tính"
  {
    id: 'donated-passive',
    pattern: '{OL+:r} ~ (?:được|vừa được|đã được) {OP:d} @donate (?![^\uE000]*\uE000A)',
    facts: [{ s: 'd', p: 'DONATED_TO', o: 'r', c: 0.7 }],
    when: hasQuantity,
  },
];
