// relate behind the real recognizer and resolver: whole short articles through extractArticle.
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../../src/domain/extraction.ts';
import { EXTRACTOR_VERSION, extractArticle } from '../../../../src/pipeline/extract.ts';
import { fold, foldsMatch } from './gold-matching.ts';

type Triple = [subject: string, predicate: string, object: string];

interface PipelineCase {
  body: string;
  want: Triple[];
  not?: Triple[];
}

const CASES: PipelineCase[] = [
  {
    // "Dự án do X tài trợ": the bare subject is the project named in the sentence before
    body: 'Sở Y tế Hà Nội nhận giải thưởng Sao Khuê cho dự án "Bệnh viện thông minh".\n\nDự án do Ngân hàng Phát triển châu Á (ADB) tài trợ với tổng vốn 12 triệu USD.',
    want: [['Bệnh viện thông minh', 'FUNDED_BY', 'Ngân hàng Phát triển châu Á']],
  },
  {
    body: 'Bệnh viện Bạch Mai vừa đưa vào vận hành dự án "Bệnh án điện tử".\n\nDự án được Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ.',
    want: [['Bệnh án điện tử', 'FUNDED_BY', 'Cơ quan Hợp tác Quốc tế Hàn Quốc']],
  },
  {
    body: 'Sở Y tế Hà Nội vừa nhận giải thưởng "Đơn vị chuyển đổi số tiêu biểu năm 2023" do Hiệp hội Phần mềm Việt Nam trao tặng.',
    want: [
      ['Sở Y tế Hà Nội', 'WON', 'Đơn vị chuyển đổi số tiêu biểu năm 2023'],
      ['Đơn vị chuyển đổi số tiêu biểu năm 2023', 'AWARDED_BY', 'Hiệp hội Phần mềm Việt Nam'],
    ],
    not: [['Hiệp hội Phần mềm Việt Nam', 'WON', 'Đơn vị chuyển đổi số tiêu biểu năm 2023']],
  },
  {
    body: 'Ông Nguyễn Văn Bình, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh, cho biết tỉnh sẽ mở rộng khu công nghiệp.',
    want: [['Nguyễn Văn Bình', 'HOLDS_POSITION', 'Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh']],
  },
  {
    body: 'Tập đoàn Masan vừa hoàn tất việc mua lại Công ty Phúc Long với giá 110 triệu USD.',
    want: [['Tập đoàn Masan', 'ACQUIRED', 'Công ty Phúc Long']],
    not: [['Công ty Phúc Long', 'ACQUIRED', 'Tập đoàn Masan']],
  },
  {
    body: 'Tổng công ty MobiFone đã ký kết thỏa thuận hợp tác với Tập đoàn Ericsson ngày 10/5/2022.',
    want: [['Tổng công ty MobiFone', 'AGREEMENT_WITH', 'Tập đoàn Ericsson']],
  },
  {
    body: 'Tập đoàn Hòa Phát ủng hộ 20 tỷ đồng cho tỉnh Quảng Bình khắc phục hậu quả lũ lụt.',
    want: [['Tập đoàn Hòa Phát', 'DONATED_TO', 'Quảng Bình']],
  },
  {
    body: 'Hội nghị Y học hạt nhân toàn quốc do Bộ Y tế tổ chức ngày 12/5 tại Huế.',
    want: [
      ['Hội nghị Y học', 'ORGANIZED_BY', 'Bộ Y tế'],
      ['Hội nghị Y học', 'LOCATED_IN', 'Huế'],
    ],
  },
  {
    body: 'Thứ trưởng Bộ Thông tin và Truyền thông Phạm Đức Long đã phát biểu tại hội nghị.',
    want: [['Phạm Đức Long', 'HOLDS_POSITION', 'Bộ Thông tin và Truyền thông']],
  },
  {
    body: 'Ông Trần Minh Tuấn - Phó Chủ tịch Hiệp hội Thương mại điện tử Việt Nam cho biết thị trường đang tăng trưởng mạnh.',
    want: [['Trần Minh Tuấn', 'HOLDS_POSITION', 'Hiệp hội Thương mại điện tử Việt Nam']],
  },
  {
    body: 'Tập đoàn Viettel và Tập đoàn Nokia đã ký biên bản ghi nhớ về hợp tác 5G.',
    want: [['Tập đoàn Viettel', 'AGREEMENT_WITH', 'Tập đoàn Nokia']],
  },
  {
    body: 'Công ty Samsung Vina trao tặng Hội Chữ thập đỏ Việt Nam 500 suất quà.',
    want: [['Công ty Samsung Vina', 'DONATED_TO', 'Hội Chữ thập đỏ Việt Nam']],
  },
  {
    body: 'Triển lãm Vietnam ICTComm diễn ra từ ngày 6 đến 8/6 tại TP.HCM.',
    want: [['Triển lãm Vietnam ICTComm', 'LOCATED_IN', 'TP.HCM']],
  },
  {
    body: 'Bệnh viện Bạch Mai, Bệnh viện Chợ Rẫy và Bệnh viện Trung ương Huế cùng nhận Bằng khen của Bộ Y tế.',
    want: [
      ['Bệnh viện Bạch Mai', 'WON', 'Bằng khen của Bộ Y tế'],
      ['Bệnh viện Chợ Rẫy', 'WON', 'Bằng khen của Bộ Y tế'],
      ['Bệnh viện Trung ương Huế', 'WON', 'Bằng khen của Bộ Y tế'],
    ],
  },
  {
    body: 'Công ty Nguyễn Kim đã bị Tập đoàn Central Group thâu tóm năm 2019.',
    want: [['Tập đoàn Central Group', 'ACQUIRED', 'Công ty Nguyễn Kim']],
    not: [['Công ty Nguyễn Kim', 'ACQUIRED', 'Tập đoàn Central Group']],
  },
];

/** Facts as triples of entity names (and every name each end is known by). */
function triples(result: ExtractResult): Array<{ s: string[]; p: string; o: string[] }> {
  const names = new Map(result.entities.map((e) => [e.id, [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]]));
  return result.facts
    .filter((f) => typeof f.object === 'string')
    .map((f) => ({ s: names.get(f.subject) ?? [], p: f.predicate, o: names.get(f.object as string) ?? [] }));
}

const named = (names: string[], want: string) => names.some((n) => foldsMatch(fold(n), fold(want)));

function has(result: ExtractResult, [s, p, o]: Triple): boolean {
  return triples(result).some((t) => t.p === p && named(t.s, s) && named(t.o, o));
}

describe('relate behind the recognizer: extractArticle on short articles', () => {
  it.each(CASES.map((c) => [c.body, c] as const))('%s', (_b, c) => {
    const result = extractArticle({ origin: 'test', text: `Tin ngắn\n\n${c.body}\n` });
    const missing = c.want.filter((t) => !has(result, t));
    const unwanted = (c.not ?? []).filter((t) => has(result, t));
    expect({ missing, unwanted }).toEqual({ missing: [], unwanted: [] });
    for (const f of result.facts) {
      expect(f.extractor).toBe(EXTRACTOR_VERSION);
      for (const e of f.evidence) expect(result.text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});
