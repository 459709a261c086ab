import type { Lockfile } from './lockfile.js';

/**
 * A lockfile as the JSON text `azerbaijan-data lock` writes: indented, with each figure and
 * each event on a line of its own, so that a diff of two lockfiles in git reads figure by figure.
 */
/** An object of scalars on one line: `{"a": 1, "b": "x"}`. */
function oneLine(value: object): string {
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
}

export function lockfileText(lock: Lockfile): string {
  const lines = ['{', `  "lockfileVersion": ${lock.lockfileVersion},`, `  "package": ${oneLine(lock.package)},`, '  "datasets": {'];
  const ids = Object.keys(lock.datasets);
  ids.forEach((id, i) => {
    const d = lock.datasets[id]!;
    lines.push(`    ${JSON.stringify(id)}: {`, `      "version": ${JSON.stringify(d.version)},`, `      "sha256": ${JSON.stringify(d.sha256)},`);
    for (const [key, items] of [['figures', d.figures], ['events', d.events]] as const) {
      const entries = Object.entries(items);
      if (entries.length === 0) {
        lines.push(`      ${JSON.stringify(key)}: {}${key === 'figures' ? ',' : ''}`);
        continue;
      }
      lines.push(`      ${JSON.stringify(key)}: {`);
      entries.forEach(([itemId, item], j) => lines.push(`        ${JSON.stringify(itemId)}: ${oneLine(item)}${j < entries.length - 1 ? ',' : ''}`));
      lines.push(`      }${key === 'figures' ? ',' : ''}`);
    }
    lines.push(`    }${i < ids.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}
