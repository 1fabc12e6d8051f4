// Near-copies are within MAX_DISTANCE bits, different stories are not, and the band lookup
// (link-duplicates.ts) finds every pair within the distance. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { bandsOf, hammingDistance, MAX_DISTANCE, simhash } from '../../../src/dedupe/simhash.ts';
import { chooseOriginals } from '../../../src/graph/write/link-duplicates.ts';

const STORY = [
  'Ngân hàng Phát triển châu Á vừa ký thỏa thuận tài trợ 120 triệu USD cho dự án cấp nước sạch tại ba tỉnh miền Trung.',
  'Theo đại diện Bộ Kế hoạch và Đầu tư, dự án sẽ xây dựng bốn nhà máy xử lý nước với tổng công suất 200.000 mét khối mỗi ngày.',
  'Khoảng một triệu người dân ở Quảng Nam, Quảng Ngãi và Bình Định sẽ được hưởng lợi khi công trình hoàn thành vào năm 2027.',
  'Ủy ban nhân dân các tỉnh cam kết bố trí vốn đối ứng và giải phóng mặt bằng đúng tiến độ để khởi công trong quý tới.',
  'Trước đó, ngân hàng này cũng đã hỗ trợ nhiều chương trình hạ tầng nông thôn và ứng phó biến đổi khí hậu ở khu vực.',
].join('\n');

const OTHER = [
  'Đội tuyển bóng đá nữ quốc gia đã giành chiến thắng 3-0 trước đối thủ trong trận đấu vòng loại tối qua tại sân Thống Nhất.',
  'Huấn luyện viên trưởng cho biết các cầu thủ trẻ đã thi đấu đầy quyết tâm và thực hiện tốt các phương án chiến thuật.',
  'Với kết quả này, đội bóng tạm dẫn đầu bảng đấu và sẽ gặp đối thủ mạnh nhất vào cuối tuần sau trên sân khách.',
  'Liên đoàn bóng đá đã thưởng nóng cho toàn đội sau trận đấu và hứa hẹn tăng cường các trận giao hữu quốc tế.',
].join('\n');

describe('simhash', () => {
  it.each([
    ['the same text re-posted with another headline line', `Tin tổng hợp\n${STORY}`],
    ['a syndicated copy with the outlet line added', `${STORY}\nTheo Báo Đầu tư`],
    ['punctuation and case changed', STORY.replace(/,/g, '').toUpperCase()],
    ['one word changed', STORY.replace('bốn nhà máy', 'năm nhà máy')],
  ])('keeps a near-copy within %s bits: %s', (_name, copy) => {
    const distance = hammingDistance(simhash(STORY)!, simhash(copy)!);
    expect(distance).toBeLessThanOrEqual(MAX_DISTANCE);
  });

  it.each([
    ['another story', OTHER],
    ['the same topic in other words', STORY.split('\n').reverse().map((line) => line.split(' ').reverse().join(' ')).join('\n')],
    ['only the first two sentences of the story and a new second half', `${STORY.split('\n').slice(0, 2).join('\n')}\n${OTHER}`],
  ])('puts %s further apart', (_name, text) => {
    expect(hammingDistance(simhash(STORY)!, simhash(text)!)).toBeGreaterThan(MAX_DISTANCE);
  });

  it('gives no fingerprint to a text too short to compare', () => {
    expect(simhash('Ngân hàng Nhà nước công bố lãi suất mới.')).toBeNull();
  });

  it('is a 16-digit hex string split into four bands', () => {
    const hash = simhash(STORY)!;
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(bandsOf(hash)).toEqual([0, 1, 2, 3].map((i) => `${i}:${hash.slice(i * 4, i * 4 + 4)}`));
  });

  it('finds through the bands every pair within the distance (pigeonhole)', () => {
    const base = '0123456789abcdef';
    for (let trial = 0; trial < 200; trial++) {
      let bits = BigInt(`0x${base}`);
      for (let flip = 0; flip < MAX_DISTANCE; flip++) bits ^= 1n << BigInt(Math.floor(Math.random() * 64));
      const other = bits.toString(16).padStart(16, '0');
      const shared = bandsOf(base).filter((band) => bandsOf(other).includes(band));
      expect(shared.length).toBeGreaterThan(0);
    }
  });
});

describe('chooseOriginals', () => {
  const a = simhash(STORY)!;
  const copy = simhash(`${STORY}\nTheo Báo Đầu tư`)!;
  const other = simhash(OTHER)!;

  it('links a copy to the earlier article of the batch, and a copy of a copy to the same original', () => {
    const links = chooseOriginals(
      [{ id: 'a', simhash: a }, { id: 'b', simhash: other }, { id: 'c', simhash: copy }, { id: 'd', simhash: a }],
      new Map(),
    );
    expect(links.map((l) => [l.copy, l.original])).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ]);
  });

  it('prefers a stored original to one of the batch', () => {
    const links = chooseOriginals([{ id: 'x', simhash: a }, { id: 'y', simhash: copy }], new Map([['y', [{ id: 'stored', simhash: copy }]], ['x', [{ id: 'stored', simhash: copy }]]]));
    expect(links.map((l) => [l.copy, l.original])).toEqual([
      ['x', 'stored'],
      ['y', 'stored'],
    ]);
  });

  it('never links an article to itself (an updated article finds its stored version)', () => {
    expect(chooseOriginals([{ id: 'a', simhash: a }], new Map([['a', [{ id: 'a', simhash: a }]]]))).toEqual([]);
  });
});
