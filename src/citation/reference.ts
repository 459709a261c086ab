import type { CslItem } from './cslItem.js';

/**
 * One reference of a citation as the BibTeX and biblatex writers take it: the CSL item, and the
 * body that is its author where the item names no person (see `corporateAuthor`). Internal to the
 * citation modules.
 */
export interface Reference {
  readonly item: CslItem;
  readonly corporateAuthor?: string;
}
