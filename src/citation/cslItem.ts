/**
 * One item of CSL-JSON, the citation interchange format of Zotero, Pandoc and citeproc (the
 * fields this library fills). Dates are `date-parts`; a date read from a document's content
 * rather than printed in it is marked `circa`.
 *
 * @example
 * ```ts
 * import { cite, dwHumanitarianAid2023 } from 'azerbaijan-data';
 * import type { CslItem } from 'azerbaijan-data';
 * const item: CslItem = cite(dwHumanitarianAid2023).csl[0]!;
 * item.type; //=> 'article-newspaper'
 * ```
 */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-journal' | 'article-newspaper' | 'chapter' | 'dataset' | 'document' | 'report' | 'software' | 'webpage';
  readonly title: string;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly author?: readonly { readonly family: string; readonly given?: string }[];
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[]; readonly circa?: boolean };
  readonly accessed?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL?: string;
  readonly version?: string;
  /** The release or edition of a statistical release ("December 2019"). */
  readonly edition?: string;
  readonly note?: string;
}
