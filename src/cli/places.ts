import { findPlaces } from '../gazetteer/findPlaces.js';
import { normaliseName } from '../gazetteer/placeIndex.js';
import { places as gazetteer } from '../gazetteer/places.js';
import type { Place } from '../model/place.js';
import type { CommandOutput, OutputMode } from './commandOutput.js';
import { jsonDocument } from './commandOutput.js';
import { textTable } from './textTable.js';
import { UsageError, unknownName } from './usageError.js';
import { wrapText } from './wrapText.js';

const languages = ['az', 'en', 'hy', 'ru'] as const;
const languageNames = { az: 'Azerbaijani', en: 'English', hy: 'Armenian', ru: 'Russian' } as const;

/** One place in full: its names in every script, who uses each and whose naming it follows, its spellings, note and references. */
function placeText(p: Place, width: number): string[] {
  const within = p.within === undefined ? '' : `, within ${gazetteer.find((q) => q.id === p.within)?.names.en ?? p.within}`;
  const out = [...wrapText(`${p.names.en} (${p.id}: ${p.kind}${p.iso3166 === undefined ? '' : `, ISO 3166-1 ${p.iso3166}`}${within})`, width), ''];
  out.push('Names:');
  out.push(textTable(['language', 'name'], languages.filter((l) => p.names[l] !== undefined).map((l) => [`${l} (${languageNames[l]})`, p.names[l]!]), { width, fit: ['keep', 'wrap'] }));
  if (p.usage !== undefined) {
    out.push('Usage (who uses each name, and whose naming it follows):');
    const rows = p.usage.map((u) => [u.language, u.name, u.tradition ?? '', u.usedBy]);
    out.push(textTable(['language', 'name', 'tradition', 'used by'], rows, { width, fit: ['keep', 'wrap', 'keep', 'wrap'] }));
  }
  const named = new Set([...languages.map((l) => p.names[l]), ...(p.usage ?? []).map((u) => u.name)]);
  const others = p.spellings.filter((s) => !named.has(s));
  if (others.length > 0) out.push(...wrapText(`Other spellings: ${others.join('; ')}`, width));
  if (p.note !== undefined) out.push(...wrapText(`Note: ${p.note}`, width));
  if (p.references !== undefined) {
    out.push('References:');
    for (const r of p.references) {
      out.push(...wrapText(`- ${r.source}${r.id === undefined ? '' : ` (${r.id})`}: names in ${r.names.join(', ')}`, width));
      if (r.url !== undefined) out.push(`  ${r.url}`);
    }
  }
  out.push('');
  return out;
}

/**
 * The gazetteer in the terminal. With a name (in any language or script, any spelling the
 * gazetteer knows, compared as `findPlaces` compares them: `lachin`, `Berdzor`, `Бердзор`): every
 * place of that name, each with its names in Azerbaijani, English, Armenian and Russian, who uses
 * each name and whose naming it follows (`usage`), its other spellings, note and references.
 * Without one: every place, a row each with its id, kind and names. As JSON, either way:
 * `{ "places": [Place] }` (the records of `places`, see `azerbaijan-data/territory`).
 *
 * @throws {UsageError} for a name no place has, naming the closest names.
 */
export function placesCommand(name: string | undefined, mode: OutputMode): CommandOutput {
  const found = name === undefined ? gazetteer : lookUp(name);
  const footer = `${found.length} place${found.length === 1 ? '' : 's'}\n`;
  if (mode.json) return { stdout: jsonDocument({ places: found }), stderr: '' };
  if (name !== undefined) return { stdout: found.flatMap((p) => placeText(p, mode.width)).join('\n'), stderr: footer };
  const rows = found.map((p) => [p.id, p.kind, ...languages.map((l) => p.names[l] ?? '')]);
  const table = textTable(['id', 'kind', 'az', 'en', 'hy', 'ru'], rows, { width: mode.width, fit: ['keep', 'keep', 'wrap', 'wrap', 'wrap', 'wrap'] });
  return { stdout: table, stderr: footer };
}

/** The places of a name, or a usage error naming the closest names of the gazetteer. */
function lookUp(name: string): readonly Place[] {
  if (normaliseName(name) === '') throw new UsageError('places needs a place name, or none to list every place');
  const found = findPlaces(name);
  if (found.length > 0) return found;
  const names = [...new Set(gazetteer.flatMap((p) => [p.names.en, ...p.spellings]))];
  throw new UsageError(unknownName('place', name, names, '"azerbaijan-data places" lists them all'));
}
