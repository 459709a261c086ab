/**
 * Writes the source of a function that deeply freezes values of one known shape: the shape of the
 * data the build has just serialised. The generated code visits only the properties that hold
 * objects or arrays somewhere in that data, so it does no work for the thousands of strings and
 * numbers, and it allocates nothing.
 *
 * Why not a generic walk (`for (const k in v) freeze(v[k])`)? At Node's start a generic walk over
 * the library's ~2,500 objects and ~9,000 primitives runs hot enough for V8 to optimise it with
 * TurboFan, whose compilation adds ~3 MiB of peak memory: twice what `JSON.parse` of all the data
 * costs (bench/startup.ts). The generated code runs each statement only as often as its part of the
 * data occurs, stays in the interpreter, and adds no measurable memory.
 */

/** The shape of the values found at one place in the data. */
export interface Shape {
  /** The values there include arrays; the shape of their elements (null: no element is an object). */
  array?: Shape | null;
  /** The values there include plain objects; the shapes of their object-valued properties. */
  object?: Map<string, Shape>;
}

/** The shape of every value in `values`, merged. */
export function shapeOf(values: readonly unknown[]): Shape | null {
  let shape: Shape | null = null;
  for (const v of values) shape = merge(shape, single(v));
  return shape;
}

function single(v: unknown): Shape | null {
  if (typeof v !== 'object' || v === null) return null;
  if (Array.isArray(v)) return { array: shapeOf(v) };
  const object = new Map<string, Shape>();
  for (const [k, c] of Object.entries(v)) {
    const s = single(c);
    if (s) object.set(k, s);
  }
  return { object };
}

function merge(a: Shape | null, b: Shape | null): Shape | null {
  if (!a) return b;
  if (!b) return a;
  const out: Shape = {};
  if ('array' in a || 'array' in b) out.array = merge(a.array ?? null, b.array ?? null);
  if (a.object || b.object) {
    const object = new Map(a.object ?? []);
    for (const [k, s] of b.object ?? []) object.set(k, merge(object.get(k) ?? null, s)!);
    out.object = object;
  }
  return out;
}

const isObject = (name: string) => `typeof ${name} === 'object' && ${name} !== null`;

/**
 * Statements that deeply freeze the value held by the variable `name` (known to be an object or an
 * array) whose shape is `shape`, with `Object.freeze` available as `F`. Children are frozen before
 * their parent.
 */
export function freezeStatements(shape: Shape, name: string, depth = 0): string {
  const mixed = shape.array !== undefined && shape.object !== undefined;
  const arrayPart = shape.array ? forEachElement(shape.array, name, depth) : '';
  const objectPart = shape.object ? [...shape.object].map(([key, s], i) => {
    const c = `c${depth}_${i}`;
    return `const ${c} = ${name}[${JSON.stringify(key)}]; if (${isObject(c)}) { ${freezeStatements(s, c, depth + 1)} }`;
  }).join(' ') : '';
  const body = mixed ? `if (Array.isArray(${name})) { ${arrayPart} } else { ${objectPart} }` : arrayPart + objectPart;
  return `${body} F(${name});`;
}

function forEachElement(element: Shape, name: string, depth: number): string {
  const i = `i${depth}`;
  const e = `e${depth}`;
  return `for (let ${i} = 0; ${i} < ${name}.length; ${i}++) { const ${e} = ${name}[${i}]; if (${isObject(e)}) { ${freezeStatements(element, e, depth + 1)} } }`;
}
