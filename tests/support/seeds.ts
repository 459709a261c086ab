import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the five source documents, beside the project root (as in CI). */
export const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Collapses every run of white space to one space, as the quote check compares texts. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const cache = new Map<string, string>();

/** The whitespace-normalised text of a source document, by file name. */
export function seedText(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = normaliseSpace(readFileSync(seedsDir + file, 'utf8'));
    cache.set(file, text);
  }
  return text;
}

/** The file names of the source documents. */
export function seedFiles(): string[] {
  return readdirSync(seedsDir).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f)).sort();
}
