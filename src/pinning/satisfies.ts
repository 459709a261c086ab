type Triple = [number, number, number];

const version = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/;
const partial = /^(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/;

function parseVersion(text: string): Triple | undefined {
  const m = version.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The [lower inclusive, upper exclusive] bounds of one comparator of a range, or undefined if invalid. */
function comparator(token: string): ((v: Triple) => boolean) | undefined {
  const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const p = partial.exec(m[2]!.replace(/-[0-9A-Za-z.-]+$/, ''));
  if (!p) return undefined;
  const parts = [p[1], p[2], p[3]].map((x) => (x === undefined || /[xX*]/.test(x) ? undefined : Number(x)));
  const known = parts.findIndex((x) => x === undefined);
  const n = known === -1 ? 3 : known; // how many leading parts are given
  if (parts.slice(n).some((x) => x !== undefined)) return undefined;
  const [maj = 0, min = 0, pat = 0] = parts.map((x) => x ?? 0);
  const low: Triple = [maj, min, pat];
  const bump = (i: number): Triple => (i === 0 ? [maj + 1, 0, 0] : i === 1 ? [maj, min + 1, 0] : [maj, min, pat + 1]);
  const inRange = (lo: Triple, hi: Triple | undefined) => (v: Triple) => compare(v, lo) >= 0 && (hi === undefined || compare(v, hi) < 0);
  switch (op) {
    case '':
    case '=':
      return n === 0 ? () => true : inRange(low, bump(n - 1));
    case '^':
      return inRange(low, bump(maj > 0 || n === 1 ? 0 : min > 0 || n === 2 ? 1 : 2));
    case '~':
      return inRange(low, bump(n === 1 ? 0 : 1));
    case '>=':
      return inRange(low, undefined);
    case '>':
      return n === 0 ? () => false : (v) => compare(v, bump(n - 1)) >= 0;
    case '<':
      return (v) => compare(v, low) < 0;
    case '<=':
      return n === 0 ? () => true : (v) => compare(v, bump(n - 1)) < 0;
    default:
      return undefined;
  }
}

/**
 * Whether `versionText` satisfies the semver `range`: exact versions, `^`, `~`, `>=`, `>`, `<`,
 * `<=`, x-ranges (`1.x`, `*`), space-separated comparators (all must hold) and `||`
 * alternatives. Pre-release tags are ignored. This runs in `O(length of the range)`.
 *
 * @throws {TypeError} when the version or the range cannot be read.
 */
export function satisfies(versionText: string, range: string): boolean {
  const v = parseVersion(versionText);
  if (!v) throw new TypeError(`satisfies: version must be a semantic version such as "1.2.3", got "${versionText}"`);
  const alternatives = range.trim().split(/\s*\|\|\s*/);
  const tests = alternatives.map((alt) => {
    const tokens = alt.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    const fns = (tokens.length ? tokens : ['*']).map(comparator);
    if (fns.some((f) => f === undefined)) {
      throw new TypeError(`satisfies: range must be a semver range such as "^1.0.0" or ">=1.2.0 <2.0.0", got "${range}"`);
    }
    return fns as ((v: Triple) => boolean)[];
  });
  return tests.some((fns) => fns.every((f) => f(v)));
}
