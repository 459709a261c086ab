/**
 * Reads a figure as a source writes it ("1,432.6", "989, 586", "570 000", "1,5", "twenty-four",
 * "almost three thousand" → "three thousand", "one million and a half", "250 thousand",
 * "30,000 – 50,000") into the number(s) it states. The test oracle for `value`, `low` and
 * `high`: written independently of the library's code.
 */
const units: Record<string, number> = {
  zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1e3, thousands: 1e3, million: 1e6, billion: 1e9 };
const fractions: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25 };

function parseDigits(token: string): number {
  let t = token.replace(/^[+$]/, '').replace(/^[−–]/, '-').replace(/%$/, '');
  if (/^-?\d{1,3}(?:(?:, ?| )\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/[, ]/g, '');
  else if (/^-?\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) throw new Error(`not a number as written: "${token}"`);
  return Number(t);
}

function parseOne(text: string): number {
  if (/^\S*\d\S*$/.test(text.trim()) || /^-?\d{1,3}(?:(?:, ?| )\d{3})+(?:\.\d+)?$/.test(text.trim())) return parseDigits(text.trim());
  const words = text.trim().toLowerCase().replace(/-/g, ' ').split(/\s+/);
  // "250 thousand", "5 million"
  if (words.length === 2 && /\d/.test(words[0]!) && scales[words[1]!] !== undefined) {
    return parseDigits(words[0]!) * scales[words[1]!]!;
  }
  if (words.length === 1 && /\d/.test(words[0]!)) return parseDigits(text.trim());
  let total = 0;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') continue;
    if ((w === 'a' || w === 'one') && fractions[words[i + 1] ?? ''] !== undefined && i + 1 === words.length - 1) {
      // "and a half" after a scale: half of that scale
      const f = fractions[words[i + 1]!]!;
      const last = total > 0 ? largestScale(total) : 1;
      return total + current + f * last;
    }
    if (fractions[w] !== undefined && words.length === 1) return fractions[w]!;
    if (units[w] !== undefined) current += units[w]!;
    else if (w === 'hundred') current *= 100;
    else if (scales[w] !== undefined) {
      total += (current || 1) * scales[w]!;
      current = 0;
    } else throw new Error(`not a number word: "${w}" in "${text}"`);
  }
  return total + current;
}

function largestScale(n: number): number {
  for (const s of [1e9, 1e6, 1e3, 100]) if (n >= s) return s;
  return 1;
}

/** The numbers that a written figure states: one, or two for a range. */
export function parseWrittenFigure(text: string, range: boolean): number[] {
  if (range) {
    const parts = text.split(/\s*(?:–|—|\bto\b|(?<=\d)-\s*(?=\d)|\s-\s)\s*/);
    if (parts.length !== 2) throw new Error(`not a range as written: "${text}"`);
    return parts.map(parseOne);
  }
  if (/^a third$/i.test(text.trim())) return [1 / 3];
  const fold = /^(\w+)fold$/i.exec(text.trim()); // "threefold" → 3
  if (fold) return [parseOne(fold[1]!)];
  return [parseOne(text)];
}
