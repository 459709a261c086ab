/**
 * Text made safe to print to a terminal: every control character but the line feed (ESC, BEL,
 * CR, backspace, the C1 controls…) and every bidirectional override is written as a visible
 * escape (`\x1b`, `\u202e`), so that an argument echoed in a message cannot move the cursor,
 * recolour the terminal or reorder the text around it.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
