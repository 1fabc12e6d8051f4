// One capitalised foreign word the archive names often but (almost) never after "hãng",
// "công ty", "tập đoàn"… is no organisation: footballers and politicians by surname. "của X"
// vouches for no company (it comes before persons as often). Spelled brands and companies named
// beside another company stay organisations. Sentences are made up; the evidence is the mined
// archive's (data/mined/latin-runs.json).
import { describe, expect, it } from 'vitest';
import { labels, mentionsOf } from './helpers.ts';

describe('surnames the archive never names as organisations', () => {
  it.each([
    ['Bàn thắng của Lampard ở phút cuối làm khán đài bùng nổ. Lampard ăn mừng cùng đồng đội.', 'Lampard'],
    ['Sự trở lại của Ballack giúp tuyến giữa chắc chắn hơn, Ballack chơi trọn 90 phút.', 'Ballack'],
    ['Pha cứu thua của Dida được bình chọn đẹp nhất vòng đấu; Dida nói anh may mắn.', 'Dida'],
    ['Chiến thắng của Federer kéo dài chuỗi bất bại. Federer gặp Nadal ở chung kết.', 'Federer'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).not.toContain(`Organization:${name}`);
  });
});

describe('foreign persons the archive never names as organisations', () => {
  it.each([
    ['Tiền đạo Didier Drogba ghi hai bàn trong hiệp một.', 'Didier Drogba'],
    ['Tuyên bố của Scott McClellan được đăng ngay sau cuộc họp.', 'Scott McClellan'],
    ['Câu lạc bộ muốn mua Joaquin Sanchez trước khi mùa giải khởi tranh.', 'Joaquin Sanchez'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).not.toContain(`Organization:${name}`);
  });
});

describe('companies stay organisations', () => {
  it.each([
    ['Hãng có hai liên doanh với Ford và Suzuki tại châu Á.', 'Suzuki'],
    ['Tổ chức xếp hạng Moody’s vừa nâng bậc tín nhiệm của ngân hàng.', 'Moody’s'],
    ['Bảng xếp hạng do Vietnam Report lập dựa trên khảo sát.', 'Vietnam Report'],
    ['Cửa hàng gas của Petrolimex Saigon tăng giá từ hôm nay.', 'Petrolimex Saigon'],
    ['Đội bóng Blackburn Rovers thua trận thứ ba liên tiếp.', 'Blackburn Rovers'],
  ])('%s', (text, name) => {
    expect(labels(mentionsOf(text)), text).toContain(`Organization:${name}`);
  });
});
