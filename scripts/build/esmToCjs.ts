/**
 * The CommonJS twin of one of the Node build's ES modules, as esbuild writes them: the `import`
 * statements of other files at the top become `require` calls (of their `.cjs` twins), the one
 * `export { … }` at the end becomes a frozen `module.exports`, and `import.meta.url` becomes the
 * file's own URL.
 *
 * Why not esbuild's own CommonJS output? It defines every export as a getter on a fresh object and
 * copies them to another (`__export`, `__toCommonJS`): ~0.5 ms at start for the 38 exports of the
 * sources, as much as reading and parsing them. A frozen object of plain values costs nothing and
 * still keeps a consumer from replacing an export under the feet of another.
 *
 * Throws where the module has any other shape, rather than guess.
 */
import { compileFunction } from 'node:vm';

export function esmToCjs(esm: string, name: string): string {
  // esbuild writes each import of another file as a statement of its own, where the imported
  // module's code would have stood: at the start of the file or after a `;` or `}`. Only imports of
  // Node's built-in modules and of the build's own files are expected.
  const importStatement = /(?<=^|[;}\n])import\s*(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})\s*from\s*"((?:node:|\.\.?\/)[^"]+)";?/g;
  // `createRequire(import.meta.url)` is the module's own `require` (without loading `node:module`,
  // which brings Node's ES module loader with it: ~1.5 ms).
  let body = esm.replace(/\bcreateRequire[\w$]*\(import\.meta\.url\)/g, 'require');
  const withoutImports = body.replace(importStatement, '');
  const used = (local: string) => new RegExp(`(?<![\\w$])${local.replace(/\$/g, '\\$')}(?![\\w$])`).test(withoutImports);
  body = body.replace(importStatement, (_: string, namespace: string | undefined, clause: string | undefined, from: string) => {
    const named = namespace ? [] : specifiers(clause!);
    const locals = namespace ? [namespace] : named.map(([, local]) => local);
    if (from === 'node:module' && !locals.some(used)) return '';
    const required = `require(${JSON.stringify(from.replace(/\.mjs$/, '.cjs'))})`;
    return namespace ? `const ${namespace} = ${required};` : `const { ${named.map(([name, local]) => (name === local ? name : `${name}: ${local}`)).join(', ')} } = ${required};`;
  });
  const exportClause = /export\s*\{([^}]*)\};?\s*$/.exec(body);
  if (!exportClause) throw new Error(`${name}: expected one export { … } clause at the end`);
  body = body.slice(0, exportClause.index);
  if (/import\.meta(?!\.url)/.test(body)) throw new Error(`${name}: import.meta is used for more than its url`);
  // In an export clause the local name comes first: `local as exported`.
  const exported = specifiers(exportClause[1]!).map(([local, name]) => (name === local ? local : `${JSON.stringify(name)}: ${local}`));
  const cjs = [
    '"use strict";',
    body.replaceAll('import.meta.url', 'require("node:url").pathToFileURL(__filename).href'),
    `module.exports = Object.freeze({ ${exported.join(', ')} });`,
    '',
  ].join('\n');
  // Compiles it as Node will: a statement left over in ES module syntax is a syntax error here.
  try {
    compileFunction(cjs, ['exports', 'require', 'module', '__filename', '__dirname']);
  } catch (e) {
    throw new Error(`${name}: its CommonJS twin does not compile: ${(e as Error).message}`);
  }
  return cjs;
}

/** The specifiers of an import or export clause, `a as b, c`, as pairs: `[a, b], [c, c]`. */
function specifiers(clause: string): [string, string][] {
  return clause.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const [first, second] = s.split(/\s+as\s+/);
    return [first!, second ?? first!];
  });
}
