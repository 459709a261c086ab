/** The length of a string in code points, as a terminal counts most characters. */
export function textLength(text: string): number {
  return [...text].length;
}

/**
 * The pieces a line may break a word into: the word cut after each slash, the one place where
 * a word joins whole ids (`idp-estimates-idmc/idps-government-2007-03`); never at a hyphen or
 * inside a number, so that an id, a hash or a figure is never broken across lines.
 */
export function unbreakablePieces(word: string): string[] {
  return word.split(/(?<=\/)(?=.)/);
}

/** The longest piece of text that a line cannot break (see {@link unbreakablePieces}), in code points. */
export function longestUnbreakable(text: string): number {
  return Math.max(0, ...text.split(/\s+/).flatMap(unbreakablePieces).map(textLength));
}

/** Cuts a word longer than `width` after its slashes into pieces that fit where they can. */
function cutWord(word: string, width: number): string[] {
  if (textLength(word) <= width) return [word];
  const pieces: string[] = [];
  let line = '';
  for (const piece of unbreakablePieces(word)) {
    if (line !== '' && textLength(line) + textLength(piece) > width) {
      pieces.push(line);
      line = '';
    }
    line += piece;
  }
  pieces.push(line);
  return pieces;
}

/**
 * Splits text into lines of at most `width` characters (code points), breaking at spaces. A
 * word longer than the width is cut only after a slash (between two ids); a word it cannot cut
 * so (an id, a hash, a number) stands whole on a line of its own, longer than the width: an id
 * broken across lines cannot be copied. Runs of white space become one space. Empty text
 * gives one empty line. O(n).
 *
 * @throws {RangeError} when `width` is not a positive integer.
 */
export function wrapText(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`wrapText: width must be a positive integer; received ${width}`);
  const words = text.split(/\s+/).filter((w) => w !== '').flatMap((w) => cutWord(w, width));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (textLength(line) + 1 + textLength(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
