// Foreign words the archive mostly sees as something else than an organisation: stadiums and
// cities, menu items, a maker's product, codes, competitions; and heads that are also given
// names ("Trường Giang"). Sentences are made up for the test.
import { describe, it } from 'vitest';
import { checkMentions, type MentionCase } from './helpers.ts';

describe('a word the archive mostly sees as a place or a menu item is no organisation', () => {
  it.each<MentionCase>([
    { text: 'Inter sẽ tiếp đối thủ tại San Siro vào cuối tuần này.', must: [], mustNot: ['Organization:San Siro'] },
    { text: 'Đội khách chưa từng thắng ở Stamford Bridge suốt mười năm.', must: [], mustNot: ['Organization:Stamford Bridge'] },
    { text: 'Ba điểm tại Old Trafford giúp đội bóng giữ vị trí thứ hai.', must: [], mustNot: ['Organization:Old Trafford'] },
    { text: 'Trong hộp thoại hiện ra, Next là bước tiếp theo; Next chỉ sáng khi đã chọn tệp.', must: [], mustNot: ['Organization:Next'] },
    { text: 'Cả nhóm soạn bài thuyết trình trên PowerPoint từ tuần trước.', must: [], mustNot: ['Organization:PowerPoint'] },
    // A company's verb after it does not make a program a company.
    { text: 'Nhiều máy tính bảng sẽ chạy Vista ra mắt vào năm sau.', must: [], mustNot: ['Organization:Vista'] },
    // A club the archive names as one stays one.
    { text: 'AC Milan thắng 3-1 trong trận đấu tối qua.', must: ['Organization:AC Milan'] },
  ])('$text', checkMentions);
});

describe('the article\'s own cue is the sense of the word everywhere in it', () => {
  it.each<MentionCase>([
    { text: 'Pháo đài Sacsawaman nằm trên đồi cao. Du khách lên Sacsawaman bằng xe ngựa.', must: [], mustNot: ['Organization:Sacsawaman'] },
    { text: 'Một xe khách Hyundai chở gỗ lậu bị giữ lại ở trạm.', must: [], mustNot: ['Organization:Hyundai'] },
  ])('$text', checkMentions);
});

describe('a maker, then its product, is the product', () => {
  it.each<MentionCase>([
    { text: 'Các máy chủ mới chạy Intel Xeon DP và có 8 GB bộ nhớ.', must: [], mustNot: ['Organization:Intel Xeon DP'] },
    // A company word after the maker is the company's own name.
    { text: 'Năm nay VNPT Group được đầu tư thêm vốn.', must: ['Organization:VNPT Group'] },
  ])('$text', checkMentions);
});

describe('a foreign word named twice', () => {
  it.each<MentionCase>([
    // Seen in the archive, never once as an organisation: a missile, a player.
    { text: 'Ấn Độ thử thành công Prithvi hôm qua. Prithvi có tầm bắn 350 km.', must: [], mustNot: ['Organization:Prithvi'] },
    { text: 'Trong trận này, Karbassiyoon ghi bàn. Karbassiyoon mới 19 tuổi.', must: [], mustNot: ['Organization:Karbassiyoon'] },
    // Seen as an organisation now and then: a brand.
    { text: 'Dịp cuối năm, Aldi giảm giá mạnh. Aldi bán chạy nhất tuần qua.', must: ['Organization:Aldi'] },
  ])('$text', checkMentions);
});

describe('a company cue is a whole word', () => {
  it.each<MentionCase>([
    // "lại" alone is "again", not "mua lại" (to buy).
    { text: 'Cứ thế nhấp chuột, Next rồi lại Next cho đến khi cài xong.', must: [], mustNot: ['Organization:Next'] },
    { text: 'Google mua lại Fitbit với giá 2,1 tỷ USD.', must: ['Organization:Fitbit'] },
    { text: 'Năm 2004, anh gia nhập Liverpool theo hợp đồng ba năm.', must: ['Organization:Liverpool'] },
  ])('$text', checkMentions);
});

describe('codes, competitions and names after a place', () => {
  it.each<MentionCase>([
    { text: 'Chỉ tiêu C9a được tính từ C9. Nếu C9a âm thì ghi số 0.', must: [], mustNot: ['Organization:C9a'] },
    { text: 'Đoàn thể thao đã giành HC bạc tại Olympic Sydney 2000.', must: [], mustNot: ['Organization:Olympic Sydney'] },
    { text: 'Cô vào vòng hai giải Tennis Masters Series Rome.', must: [], mustNot: ['Organization:Tennis Masters Series Rome', 'Organization:Tennis Masters Series'] },
    // A country's team is a team, not the games.
    { text: 'Đội tuyển Olympic Việt Nam thắng 2-0 trên sân khách.', must: ['Organization:Olympic Việt Nam'] },
    { text: 'Đại diện Western Sydney University sẽ phỏng vấn học sinh.', must: ['Organization:Western Sydney University'] },
  ])('$text', checkMentions);
});

describe('a word the archive or the article names as an event', () => {
  it.each<MentionCase>([
    { text: 'Hội chợ CeBIT năm nay có 6.000 gian hàng. CeBIT mở cửa đến thứ bảy.', must: [], mustNot: ['Organization:CeBIT'] },
    { text: 'Cơn bão Damrey đổ bộ vào đêm qua. Damrey gây mưa lớn ở ba tỉnh.', must: [], mustNot: ['Organization:Damrey'] },
    // Seen a little more often as an event than as an organisation: the games.
    { text: 'Điền kinh và bơi lội là hai môn truyền thống của Olympic.', must: [], mustNot: ['Organization:Olympic'] },
    // Never seen in the archive: the article's own cue says it.
    { text: 'Viện mở hội nghị Fabrikon cho các nhà nghiên cứu. Fabrikon năm nay giới thiệu 150 dự án.', must: [], mustNot: ['Organization:Fabrikon'] },
    // A body the archive names as one keeps its name at its own meeting.
    { text: 'Tại hội nghị APEC, các bộ trưởng bàn về thương mại.', must: ['Organization:APEC'] },
  ])('$text', checkMentions);
});

describe('a head that is also a given name, with one syllable after it', () => {
  it.each<MentionCase>([
    { text: 'Đội có trong tay Kesley, Philani, Trường Giang, Xuân Thành.', must: [], mustNot: ['Organization:Trường Giang'] },
    { text: 'Văn phòng công ty đặt ở số 68 Trường Chinh, Hà Nội.', must: [], mustNot: ['Organization:Trường Chinh'] },
    { text: 'Hàng tiền vệ gồm Xuân Thành, Trường Giang và Trung Vĩnh chơi rất hay.', must: [], mustNot: ['Organization:Trường Giang', 'Organization:Trường Giang và Trung Vĩnh'] },
    { text: 'Ông Nguyễn Vũ Trường Sơn nhấn mạnh cơ chế mới.', must: [], mustNot: ['Organization:Trường Sơn'] },
    // Longer or foreign names are schools; an acronym in brackets makes it a company.
    { text: 'Trường Lê Quý Đôn tuyển thêm hai lớp.', must: ['Organization:Trường Lê Quý Đôn'] },
    { text: 'Trường Westminster nhận học sinh Việt Nam.', must: ['Organization:Trường Westminster'] },
    { text: 'Trường Hải (THACO) xuất khẩu lô xe đầu tiên.', must: ['Organization:Trường Hải'] },
  ])('$text', checkMentions);
});

describe('a given name before a family name that is also a brand', () => {
  it.each<MentionCase>([
    { text: 'Hồi tháng 2, Joe Wilson trong cương vị phái viên đã sang châu Phi.', must: ['Person:Joe Wilson'], mustNot: ['Organization:Joe Wilson'] },
    // A maker named far more often as a company than as a person is no given name.
    { text: 'Cùng với Ford Everest, Ford Explorer cũng được giảm giá.', must: [], mustNot: ['Person:Ford Explorer'] },
  ])('$text', checkMentions);
});

describe('a frequent name ends before a word of the sentence', () => {
  it.each<MentionCase>([
    // "Thương yêu" is a word, but "yêu cầu" (to request) is the sentence's verb.
    { text: 'Ngoài ra, Bộ Công Thương yêu cầu các chủ đầu tư báo cáo.', must: ['Organization:Bộ Công Thương'], mustNot: ['Organization:Bộ Công Thương yêu'] },
    { text: 'Bộ Nông nghiệp và Phát triển nông thôn cho biết giá lúa tăng.', must: ['Organization:Bộ Nông nghiệp và Phát triển nông thôn'] },
  ])('$text', checkMentions);
});

describe('a foreign body\'s name goes on over "of", "for", "de" after its company word', () => {
  it.each<MentionCase>([
    { text: 'Nhưng Basketball Association of the Philippines mới là tổ chức được công nhận.', must: ['Organization:Basketball Association of the Philippines'] },
    { text: 'Hội thảo do Indian Institute of Management tổ chức tại Bangalore.', must: ['Organization:Indian Institute of Management'] },
    { text: 'Năm sau, Royal Automovil Club de Catalunya mua thêm một khoảnh đất.', must: ['Organization:Royal Automovil Club de Catalunya'] },
    // Only after a company word: a brand then an English phrase stays the brand.
    { text: 'Báo cáo của Microsoft for Startups được công bố hôm qua.', must: [], mustNot: ['Organization:Microsoft for Startups'] },
  ])('$text', checkMentions);
});

describe('placeholders, spellings and dashes before an acronym', () => {
  it.each<MentionCase>([
    // A worked example's companies are no organisations.
    { text: 'Ngày 10/2, Công ty A bán hàng cho Công ty B và lập hóa đơn.', must: [], mustNot: ['Organization:Công ty A', 'Organization:Công ty B'] },
    { text: 'Công ty A và B sẽ cấp chứng từ khấu trừ thuế cho bà K.', must: [], mustNot: ['Organization:Công ty A và B', 'Organization:Công ty A'] },
    { text: 'Bệnh viện K tiếp nhận thêm 30 bệnh nhân.', must: ['Organization:Bệnh viện K'] },
    { text: 'Hoa được bán ở Đức và Nauy trong tuần này.', must: ['Place:Nauy'], mustNot: ['Organization:Nauy'] },
    { text: 'Theo Ban Quản lý Khu chế xuất - khu công nghiệp (HEPZA), quỹ đất còn ít.', must: ['Organization:Ban Quản lý Khu chế xuất - khu công nghiệp'] },
  ])('$text', checkMentions);
});
