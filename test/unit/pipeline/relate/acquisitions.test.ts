// ACQUIRED is a take-over; buying goods from a firm ("mua lại lô hàng từ ⟨Y⟩") is none.
import { describe, expect, it } from 'vitest';
import { checkCase, type RelateCase } from './run-relate.ts';

const CASES: RelateCase[] = [
  { text: 'Số thiết bị này được [Org:Công ty Thành Đạt] mua lại từ [Org:Công ty Westline] năm ngoái.', want: [], not: ['Công ty Thành Đạt -ACQUIRED-> *'] },
  { text: '[Org:Công ty Phương Nam] mua lại toàn bộ lô thép từ [Org:Tập đoàn Steelco] với giá thấp.', want: [], not: ['Công ty Phương Nam -ACQUIRED-> *'] },
  { text: '[Org:Tập đoàn Hòa Bình] vừa mua lại [Org:Công ty CP Nước Sạch Miền Tây].', want: ['Tập đoàn Hòa Bình -ACQUIRED-> Công ty CP Nước Sạch Miền Tây'] },
  { text: '[Org:Ngân hàng Đại Dương] đã thâu tóm [Org:Công ty Chứng khoán Rồng Vàng] sau nhiều tháng đàm phán.', want: ['Ngân hàng Đại Dương -ACQUIRED-> Công ty Chứng khoán Rồng Vàng'] },
];

describe('a take-over, not a purchase of goods', () => {
  it.each(CASES)('$text', (c) => checkCase(c, expect));
});
