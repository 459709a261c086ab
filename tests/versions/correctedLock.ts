import type { Lockfile } from 'azerbaijan-data';

/** The lock of `remittance-flows` with one figure corrected, its sha256 and version moved as `data:hash` and a bump move them. */
export function corrected(base: Lockfile, version: string): Lockfile {
  const locked = base.datasets['remittance-flows']!;
  const figure = locked.figures['inward-remittances-2003']!;
  if (figure.qualifier === 'range') throw new Error('expected a point');
  return { ...base, datasets: { 'remittance-flows': { ...locked, version, sha256: 'f'.repeat(64), figures: { ...locked.figures, 'inward-remittances-2003': { ...figure, value: figure.value + 1 } } } } };
}
