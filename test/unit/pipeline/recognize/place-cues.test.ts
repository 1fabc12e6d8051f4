// Words before a foreign name that make it a place, never a brand: a castle, a palace, a square,
// an airport, a church, a park, an avenue, a market, a block of flats, a canal. They are counted
// by the miner too, so "lâu đài X" no longer counts as "đài X" (a broadcaster). Sentences are made up.
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

const notOrganisations: Array<[string, string]> = [
  ['Nữ hoàng sẽ dự lễ cầu nguyện tại lâu đài Windsor vào cuối tuần.', 'Windsor'],
  ['Hàng nghìn người tụ tập ở quảng trường Trafalgar để xem màn hình lớn.', 'Trafalgar'],
  ['Chuyến bay hạ cánh xuống sân bay Heathrow muộn hai giờ.', 'Heathrow'],
  ['Đoàn khách tham quan cung điện Versailles vào buổi sáng.', 'Versailles'],
  ['Tàu chở dầu đi qua kênh đào Suez mất gần một ngày.', 'Suez'],
];

describe('a foreign name after a place word', () => {
  it.each(notOrganisations)('%s', (text, name) => {
    expect(labels(mentionsOf(text))).not.toContain(`Organization:${name}`);
  });
});
