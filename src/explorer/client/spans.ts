// Highlighting at exact offsets: a text cut at every start and end of its marks (mentions,
// evidence), each piece with the marks that cover it. Marks may overlap and nest; offsets
// are UTF-16 code units, as the API gives them.
export interface Mark<T> {
  start: number;
  end: number;
  value: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  marks: T[];
}

export function segmentText<T>(text: string, offset: number, marks: Array<Mark<T>>): Array<Segment<T>> {
  const end = offset + text.length;
  const inside = marks.filter((mark) => mark.end > offset && mark.start < end && mark.end > mark.start);
  const cuts = new Set<number>([offset, end]);
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, offset));
    cuts.add(Math.min(mark.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Array<Segment<T>> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to).map((mark) => mark.value);
    segments.push({ start: from, end: to, text: text.slice(from - offset, to - offset), marks: covering });
  }
  return segments;
}
