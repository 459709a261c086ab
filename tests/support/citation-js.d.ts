// The part of Citation.js (@citation-js/core, which ships no types) that the citation tests use.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items read, as CSL-JSON. */
    data: unknown[];
    format(kind: 'bibliography' | 'citation' | 'data' | 'bibtex', options?: { format?: string; template?: string; lang?: string }): string;
  }
}
