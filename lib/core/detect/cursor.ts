/**
 * A position in a text that advances only when a sticky pattern matches there. The recognisers are
 * written as small hand-made parsers over tokens rather than one giant regex, because lists and
 * nested provisions ("subparagraphs (a) and (b) of paragraph 2 of article 16") need a span per item,
 * which a single regex cannot report.
 */
export class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  /** Matches `re` (which must carry the `y` flag) at the position and advances past it. */
  eat(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (m) this.pos = re.lastIndex;
    return m;
  }

  /** Matches `re` at the position without advancing. */
  peek(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    return re.exec(this.text);
  }
}

/** Compiles a sticky, case-insensitive token pattern. */
export function sticky(source: string): RegExp {
  return new RegExp(source, 'iy');
}
