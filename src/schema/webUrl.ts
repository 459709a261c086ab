import { z } from 'zod';

/**
 * A web address a reader can follow: an absolute `http:` or `https:` URL with a host name, and
 * without white space or control characters. Other schemes (`javascript:`, `data:`, `file:`,
 * `vbscript:`…) are refused, so that a consumer who renders the address as a link is not exposed
 * to script or local files.
 *
 * @example
 * ```ts
 * import { WebUrl } from 'azerbaijan-data/schema';
 * WebUrl.parse('https://www.nrc.no/'); //=> 'https://www.nrc.no/'
 * WebUrl.safeParse('javascript:alert(1)').success; //=> false
 * WebUrl.safeParse('file:///etc/passwd').success; //=> false
 * ```
 */
export const WebUrl = z
  .string()
  .regex(/^[^\s\p{Cc}\p{Cf}]+$/u, 'expected a web address without white space or control characters')
  .pipe(z.url({ protocol: /^https?$/, hostname: /^[^.\s].*$/, error: 'expected an absolute http: or https: address with a host name' }));

/** An `http:` or `https:` address, as validated by {@link WebUrl}. */
export type WebUrl = z.infer<typeof WebUrl>;
