/** The length of a string in code points, as a terminal counts most characters. */
export function textLength(text: string): number {
  return [...text].length;
}

/** Cuts a word longer than `width` into pieces, after a hyphen or slash where one fits. */
function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > width) {
    const head = rest.slice(0, width);
    const breakAt = Math.max(head.lastIndexOf('-'), head.lastIndexOf('/'), head.lastIndexOf(','));
    const take = breakAt > 0 ? breakAt + 1 : width;
    pieces.push(rest.slice(0, take).join(''));
    rest = rest.slice(take);
  }
  if (rest.length > 0) pieces.push(rest.join(''));
  return pieces;
}

/**
 * Splits text into lines of at most `width` characters (code points), breaking at spaces; a
 * word longer than the width is cut after a hyphen, slash or comma where one fits, else at the
 * width. Runs of white space become one space. Empty text gives one empty line. O(n).
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
