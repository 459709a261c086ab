import { describe, expect, it } from 'vitest';
import { parseWrittenFigure } from '../support/writtenFigure.js';

// The oracle the data tests read asWritten with: it must read every form the sources use.
describe('parseWrittenFigure', () => {
  it.each([
    ['1,432.6', 1432.6], ['989, 586', 989586], ['570 000', 570000], ['1,5', 1.5], ['16753.00', 16753], ['-53.6', -53.6],
    ['+1.4', 1.4], ['$1,658,900', 1658900], ['4,386.4', 4386.4], ['1,014', 1014], ['twenty', 20], ['twenty-four', 24],
    ['sixty-five', 65], ['three thousand', 3000], ['one million and a half', 1500000], ['250 thousand', 250000],
    ['5 million', 5000000], ['half', 0.5], ['a third', 1 / 3], ['threefold', 3], ['two', 2], ['seven', 7],
  ])('reads "%s" as %d', (text, value) => {
    expect(parseWrittenFigure(text, false)).toEqual([value]);
  });

  it.each([
    ['30,000 – 50,000', [30000, 50000]], ['16 to 25', [16, 25]], ['20-30', [20, 30]], ['20- 35', [20, 35]],
  ])('reads the range "%s"', (text, range) => {
    expect(parseWrittenFigure(text, true)).toEqual(range);
  });

  it('rejects what is not a figure', () => {
    expect(() => parseWrittenFigure('many', false)).toThrow(/not a number word/);
    expect(() => parseWrittenFigure('12', true)).toThrow(/not a range/);
  });
});
