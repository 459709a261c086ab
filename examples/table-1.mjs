// Prints Table 1 of the migration report with the provenance of every figure.
// It imports the built package by its name, as a consumer would: run `npm run example`.
import { internationalMigration as table1 } from 'azerbaijan-data/migration';

const years = [...new Set(table1.observations.map((o) => o.period))];
const measures = table1.measures.map((m) => m.id);
const cell = (year, measure) => table1.observations.find((o) => o.period === year && o.measure === measure);

console.log(`${table1.title} (${table1.units.join(', ')}), dataset version ${table1.version}`);
console.log(`sha256 ${table1.sha256}\n`);
const header = ['year', ...table1.measures.map((m) => m.label.replace(/ for permanent residence|Net migration, /g, ''))];
const widths = header.map((h) => Math.max(h.length, 7));
const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
console.log(line(header));
for (const year of years) console.log(line([year, ...measures.map((m) => cell(year, m)?.asWritten ?? '')]));

const sample = cell('2010', 'net-migration');
const source = table1.sources.find((s) => s.id === sample.source);
const attribution = table1.sources.find((s) => s.id === sample.attribution);
console.log(`\nEvery figure carries its provenance, for example net migration in 2010:`);
console.log(`  value     ${sample.value} ${sample.unit} (${sample.qualifier})`);
// a source names its authors where the document does, else its publisher (this report names no publisher)
const by = source.authors?.map((a) => [a.given, a.family].filter(Boolean).join(' ')).join(', ') ?? source.publisher;
console.log(`  source    ${source.title}${by === undefined ? '' : `, ${by}`} [${source.kind}], file ${source.file}`);
console.log(`  where     ${sample.locator.table}, row ${sample.locator.row}, column "${sample.locator.column}", footnote ${sample.locator.footnote}`);
console.log(`  cites     ${attribution.publisher}: "${sample.citation}"`);
console.log(`  quote     "${sample.quote}"`);
console.log(`\nRelations declared by the table (${table1.relations.length}), e.g. "${table1.relations[0].description}".`);
