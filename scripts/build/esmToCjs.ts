/**
 * The CommonJS twin of one of the Node build's ES modules, as esbuild writes them: each `import`
 * statement of another file becomes a `require` call (of its `.cjs` twin), the one `export { … }`
 * statement at the end becomes a frozen `module.exports`, and `import.meta.url` becomes the file's
 * own URL.
 *
 * The statements are found by a lexer (es-module-lexer, which Vite uses), never by a pattern over
 * the text: an import or export written inside a string, a template or a comment is left as it is.
 * Each replacement stays on the line of what it replaces, so a line of the twin is the same line
 * of the ES module (a stack trace names the same line in both).
 *
 * Why not esbuild's own CommonJS output? It defines every export as a getter on a fresh object and
 * copies them to another (`__export`, `__toCommonJS`): ~0.5 ms at start for the 38 exports of the
 * sources, as much as reading and parsing them. A frozen object of plain values costs nothing and
 * still keeps a consumer from replacing an export under the feet of another.
 *
 * Throws where the module has any other shape, rather than guess. Call `await init` first.
 */
import { compileFunction } from 'node:vm';
import { init as lexerInit, parse } from 'es-module-lexer';

/** Compiles the lexer; `esmToCjs` needs it done. */
export const init: Promise<void> = lexerInit();

interface Edit { start: number; end: number; text: string }

export function esmToCjs(esm: string, name: string): string {
  let imports: ReturnType<typeof parse>[0];
  let exports: ReturnType<typeof parse>[1];
  try {
    [imports, exports] = parse(esm, name);
  } catch (e) {
    throw new Error(`${name}: the lexer cannot read it: ${(e as Error).message}`);
  }
  const edits: Edit[] = [];
  const metaUrl = 'require("node:url").pathToFileURL(__filename).href';

  for (const i of imports) {
    if (i.type === 'dynamic') throw new Error(`${name}: a dynamic import() at ${i.importStart} has no CommonJS twin here`);
    if (i.type === 'import-meta') {
      if (esm.slice(i.end, i.end + 4) !== '.url' || /^[\w$]/.test(esm.slice(i.end + 4, i.end + 5))) throw new Error(`${name}: import.meta is used for more than its url`);
      // `createRequire(import.meta.url)` is the module's own `require` (without loading
      // `node:module`, which brings Node's ES module loader with it: ~1.5 ms).
      const call = /\bcreateRequire[\w$]*\(\s*$/.exec(esm.slice(Math.max(0, i.start - 60), i.start));
      if (call && /^\s*\)/.test(esm.slice(i.end + 4))) {
        const close = esm.indexOf(')', i.end + 4);
        edits.push({ start: i.start - call[0].length, end: close + 1, text: 'require' });
      } else {
        edits.push({ start: i.start, end: i.end + 4, text: metaUrl });
      }
      continue;
    }
    if (i.type !== 'static' || i.phase !== null) throw new Error(`${name}: unexpected import at ${i.importStart}: ${esm.slice(i.importStart, i.importEnd)}`);
    const from = i.specifier;
    if (!/^(node:|\.\.?\/)/.test(from)) throw new Error(`${name}: imports ${JSON.stringify(from)}; only Node's built-in modules and the build's own files are expected`);
    const statement = esm.slice(i.importStart, i.importEnd);
    if (statement.startsWith('export')) throw new Error(`${name}: expected one export { … } clause at the end, of local names, not ${statement}`);
    // The clause between `import` and `from`, in a statement the lexer has found.
    const clause = /^import\s*([\s\S]*?)\s*from\s*["']/.exec(statement)?.[1];
    if (clause === undefined) throw new Error(`${name}: expected import … from "…", got ${statement}`);
    const end = esm[i.importEnd] === ';' ? i.importEnd + 1 : i.importEnd;
    const required = `require(${JSON.stringify(from.replace(/\.mjs$/, '.cjs'))})`;
    const namespace = /^\*\s*as\s+([\w$]+)$/.exec(clause)?.[1];
    const named = /^\{([^}]*)\}$/.exec(clause)?.[1];
    let text: string;
    if (namespace) text = `const ${namespace} = ${required};`;
    else if (named !== undefined) {
      const pairs = specifiers(named);
      text = `const { ${pairs.map(([imported, local]) => (imported === local ? local : `${imported}: ${local}`)).join(', ')} } = ${required};`;
    } else throw new Error(`${name}: expected a named or namespace import, got ${statement}`);
    edits.push({ start: i.importStart, end, text });
  }

  // The export clause: one statement at the end, `export { local as name, … }`, of local
  // bindings (the lexer calls those that an import made "reexport"), not `export … from`.
  const starts = new Set(exports.map((e) => e.exportStart));
  const exportStart = exports[0]?.exportStart ?? -1;
  const lastName = Math.max(...exports.map((e) => ('end' in e ? e.end : -1)));
  const tail = /^\s*,?\s*\}\s*;?\s*$/.exec(esm.slice(lastName));
  const open = /^export\s*\{/.exec(esm.slice(exportStart));
  if (starts.size !== 1 || !tail || !open || exports.some((e) => e.type === 'reexport-all')) throw new Error(`${name}: expected one export { … } clause at the end`);
  const clause = specifiers(esm.slice(exportStart + open[0].length, esm.lastIndexOf('}')));
  const lexed = exports.map((e) => (e as { name: string }).name).sort();
  if (JSON.stringify(clause.map(([, exported]) => exported).sort()) !== JSON.stringify(lexed)) throw new Error(`${name}: the export clause does not name what the lexer found`);
  const exported = clause.map(([local, name]) => (name === local ? local : `${JSON.stringify(name)}: ${local}`));
  edits.push({ start: exportStart, end: esm.length, text: `module.exports = Object.freeze({\n${exported.map((e) => `  ${e}`).join(',\n')}\n});\n` });

  // `node:module` imported for `createRequire` alone is not loaded at all (a name still written
  // anywhere else, even in a string, keeps it).
  const applied = (list: Edit[]) => {
    let text = '';
    let at = 0;
    for (const e of [...list].sort((a, b) => a.start - b.start)) {
      if (e.start < at) throw new Error(`${name}: overlapping statements at ${e.start}`);
      text += esm.slice(at, e.start) + e.text;
      at = e.end;
    }
    return text + esm.slice(at);
  };
  const moduleImports = edits.filter((e) => /^const \{ [^}]* \} = require\("node:module"\);$/.test(e.text));
  const rest = applied(edits.map((e) => (moduleImports.includes(e) ? { ...e, text: '' } : e)));
  for (const e of moduleImports) {
    const locals = /^const \{ ([^}]*) \}/.exec(e.text)![1]!.split(', ').map((p) => p.split(': ').at(-1)!);
    if (!locals.some((l) => new RegExp(`(?<![\\w$])${l.replace(/\$/g, '\\$')}(?![\\w$])`).test(rest))) e.text = '';
  }
  const body = applied(edits);
  // On the first line, so that the twin's lines are the module's.
  const cjs = `"use strict";${body}`;
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
