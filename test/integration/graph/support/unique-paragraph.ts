// Near-copy tests need texts whose fingerprints (src/dedupe/simhash.ts) no other test's
// articles come near: a paragraph of made-up sentences drawn by a seed, long enough to
// outweigh the synthetic articles' common template.

/** 40 sentences "Về … và …, … cùng … được bàn tới bên …." drawn by `seed`. */
export function uniqueParagraph(seed: string): string {
  const words = ['người dân', 'công trình', 'hội nghị', 'kế hoạch', 'thành phố', 'nông thôn', 'giáo dục', 'bệnh viện', 'mùa vụ', 'cảng biển', 'du lịch', 'thị trường', 'học sinh', 'nhà máy', 'cây lúa', 'đường sắt', 'điện gió', 'thủy sản', 'cà phê', 'hợp tác xã'];
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % words.length;
  return Array.from({ length: 40 }, () => `Về ${words[next()]} và ${words[next()]}, ${words[next()]} cùng ${words[next()]} được bàn tới bên ${words[next()]}.`).join(' ');
}
