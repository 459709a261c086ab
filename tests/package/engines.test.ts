import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// package.json `engines` states the Node version the shipped code needs: the global Web Crypto
// (`crypto.subtle`, which verifyDataset and assertHash hash content with) is in Node from 19.0.0,
// util.parseArgs (the command line) from 18.3.0. This test keeps the claim true and tight: the
// shipped code (dist/) uses none of the APIs that came after the version stated, and the version
// stated is the newest that some API it uses needs.

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };

/** APIs a build might start to use, with the first Node 18+ release that has them. */
const newer: [RegExp, string, string][] = [
  [/\bparseArgs\b/, 'util.parseArgs', '18.3.0'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'Array.prototype.toSorted / toReversed / toSpliced', '20.0.0'],
  [/\.with\(\s*-?\d/, 'Array.prototype.with', '20.0.0'],
  [/\b(Object|Map)\.groupBy\(/, 'Object.groupBy / Map.groupBy', '21.0.0'],
  [/\bArray\.fromAsync\(/, 'Array.fromAsync', '22.0.0'],
  [/\bPromise\.withResolvers\(/, 'Promise.withResolvers', '22.0.0'],
  [/\.(isWellFormed|toWellFormed)\(/, 'String.prototype.isWellFormed', '20.0.0'],
  [/\.(symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(/, 'Set methods', '22.0.0'],
  [/import\.meta\.(dirname|filename)/, 'import.meta.dirname / filename', '20.11.0'],
  [/\bstyleText\b/, 'util.styleText', '20.12.0'],
  [/\bglobalThis\.crypto\b|\bcrypto\.subtle\b|\bcrypto\.getRandomValues\b/, 'the global Web Crypto', '19.0.0'],
  [/\bRegExp\.escape\(/, 'RegExp.escape', '24.0.0'],
  [/\bprocess\.loadEnvFile\(/, 'process.loadEnvFile', '20.12.0'],
  [/\bfs\.globSync\b|\bglobSync\(/, 'fs.globSync', '22.0.0'],
];

describe('engines', () => {
  const minimum = semver.minVersion(pkg.engines.node)!.version;
  const shipped = readdirSync(join(root, 'dist')).filter((f) => /\.(c?js)$/.test(f)).map((f) => [f, readFileSync(join(root, 'dist', f), 'utf8')] as const);

  it('states the first Node version that has every API the shipped code uses, no later', () => {
    const needed = newer.filter(([pattern]) => shipped.some(([, code]) => pattern.test(code))).map(([, , since]) => since);
    expect(needed).toContain('19.0.0'); // Web Crypto, for verifyDataset and assertHash
    expect(pkg.engines.node).toBe(`>=${semver.sort(needed).at(-1)}`);
  });

  it('the shipped code uses no API newer than the stated minimum', () => {
    const used = shipped.flatMap(([file, code]) => newer.filter(([pattern, , since]) => pattern.test(code) && semver.gt(since, minimum)).map(([, name, since]) => `${file}: ${name} (Node ${since})`));
    expect(used).toEqual([]);
  });
});
