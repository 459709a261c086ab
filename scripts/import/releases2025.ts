/**
 * The importer's configuration tables for the releases of 2025: UNHCR's R package `refugees`
 * (version 2025.12.1, and the population table of version 2022.12.0) and IDMC's Global Internal
 * Displacement Database of May 2025 (OCHA's HDX copy). Read by the one code path of
 * scripts/import/build.ts. Labels of UNHCR's codes follow the package's own documentation
 * (`rdf.R.txt`); a code it does not describe says so.
 */
import type { DatasetConfig, DefinitionRef, DimensionConfig, DimensionField, MeasureConfig, ReleaseConfig, SeriesConfig } from './config.js';

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';
const RDF = 'rdf.R.txt';

/** The package's own description of a column, in rdf.R.txt. */
const rdf = (sentence: string, column: string, table: string): DefinitionRef => ({ file: RDF, sentence, intro: `UNHCR's description of the column ${column} of the table ${table} (rdf.R of the package)` });

const origin: DimensionField = { id: 'origin', field: 'coo_iso', kind: 'country', fallbackField: 'coo' };
const asylum: DimensionField = { id: 'asylum', field: 'coa_iso', kind: 'country', fallbackField: 'coa' };
const countryDimensions: DimensionConfig[] = [
  { id: 'origin', label: 'Country of origin (UNHCR)', codelist: "ISO 3166-1 alpha-2; UNHCR's XXA (stateless) and UNK (unknown)" },
  { id: 'asylum', label: 'Country of asylum (UNHCR)', codelist: "ISO 3166-1 alpha-2; UNHCR's XXA (stateless) and UNK (unknown)" },
];
const FROM = { where: { coo_iso: 'AZE' }, unless: { coa_iso: 'AZE' } };
const IN = { where: { coa_iso: 'AZE' }, unless: { coo_iso: 'AZE' } };
const BOTH = { where: { coo_iso: 'AZE', coa_iso: 'AZE' } };

const series = (file: string, measure: string, column: string, rows: Pick<SeriesConfig, 'where' | 'unless'>, extra: Partial<SeriesConfig> = {}): SeriesConfig => ({
  measure,
  unit: 'persons',
  file,
  column,
  period: 'year',
  ...rows,
  dimensions: [origin, asylum],
  ...extra,
});

const undocumented = (code: string): string => `${code} (UNHCR's code; the package's documentation does not describe it)`;

const ZERO_RULE =
  'Zero and missing are different facts, and neither becomes a figure here. A cell written NA (unquoted: R\'s missing value) is missing and is never a 0. A cell written 0 is not held as a figure: the package\'s tables are wide, one column per category, and every row of them states a non-zero figure in at least one column (the importer checks that no row is all zeros), so its zeros are the columns of the categories the row does not count. The zeros stay visible in each figure\'s quote, which is its whole row.';
const WRITTEN_OUT =
  'Each figure\'s quote is its row of the package\'s table, written out as CSV by extract.R (R 4.2.2, write.csv) from the package\'s R data file named in its locator (writtenFrom): the line is the package\'s row, not upstream text. The .rda files and the CSV files are checked against the sha256 of the release\'s MANIFEST.json.';
const MASKED =
  'Counts are kept as written. Many rows hold exactly 5 and none holds 1 to 4; the package does not say whether small counts are rounded or masked (its documentation points to UNHCR\'s methodology pages), so a 5 is held as the exact figure the package writes.';
const COUNTRY_NOTE =
  'Countries are coded ISO 3166-1 alpha-2, read from the package\'s ISO field (coo_iso, coa_iso); UNHCR\'s own codes (coo, coa; for example GFR for Germany) and names stand in each quote. Stateless people are coded XXA and an unknown origin UNK, as the package writes them; where the ISO field is missing (the unknown origin in version 2022.12.0), UNHCR\'s own code UKN is read and held as UNK.';
const PACKAGE = 'Read row by row from UNHCR\'s R package refugees';

const POP = 'population--aze.csv';
const POP_2022 = 'editions/population--aze--2022.12.0.csv';

/** The measures and series of the population table, both directions and the rows about Azerbaijan itself. */
function populationTable(file: string): Pick<DatasetConfig, 'measures' | 'series' | 'dimensions'> {
  const def = (sentence: string, column: string) => rdf(sentence, column, 'population');
  const measures: MeasureConfig[] = [
    { id: 'refugee-population-by-country-of-origin', label: 'Refugees from Azerbaijan, by country of asylum (UNHCR)', description: 'Refugees whose country of origin UNHCR records as Azerbaijan, at the end of the year, by country of asylum (column refugees, origin AZE).', definition: def('The number of refugees.', 'refugees') },
    { id: 'asylum-seekers-by-origin', label: 'Asylum-seekers from Azerbaijan, by country of asylum (UNHCR)', description: 'Asylum-seekers whose country of origin UNHCR records as Azerbaijan, at the end of the year, by country of asylum (column asylum_seekers, origin AZE).', definition: def('The number of asylum-seekers.', 'asylum_seekers') },
    { id: 'returned-refugees-by-origin', label: 'Returned refugees whose country of origin is Azerbaijan, by country of asylum (UNHCR)', description: 'Returned refugees whose country of origin UNHCR records as Azerbaijan, by the country of asylum of the row (column returned_refugees, origin AZE).', definition: def('The number of returned refugees.', 'returned_refugees') },
    { id: 'others-of-concern-by-origin', label: 'Others of concern to UNHCR from Azerbaijan, by country of asylum (UNHCR)', description: 'People whose country of origin UNHCR records as Azerbaijan in its category others of concern (column ooc, origin AZE).', definition: def('The number of others of concern to UNHCR.', 'ooc') },
    { id: 'refugees', label: 'Refugees in Azerbaijan, by country of origin (UNHCR)', description: 'Refugees whose country of asylum UNHCR records as Azerbaijan, at the end of the year, by country of origin (column refugees, asylum AZE).', definition: def('The number of refugees.', 'refugees') },
    { id: 'asylum-seekers', label: 'Asylum-seekers in Azerbaijan, by country of origin (UNHCR)', description: 'Asylum-seekers whose country of asylum UNHCR records as Azerbaijan, at the end of the year, by country of origin (column asylum_seekers, asylum AZE).', definition: def('The number of asylum-seekers.', 'asylum_seekers') },
    { id: 'returned-refugees', label: 'Returned refugees recorded with Azerbaijan as country of asylum, by country of origin (UNHCR)', description: 'Returned refugees that UNHCR records with Azerbaijan as the country of asylum of the row, by country of origin (column returned_refugees, asylum AZE).', definition: def('The number of returned refugees.', 'returned_refugees') },
    { id: 'others-of-concern', label: 'Others of concern to UNHCR in Azerbaijan, by country of origin (UNHCR)', description: 'People in Azerbaijan in UNHCR\'s category others of concern, by country of origin (column ooc, asylum AZE).', definition: def('The number of others of concern to UNHCR.', 'ooc') },
    { id: 'stateless-persons', label: 'Stateless persons in Azerbaijan (UNHCR)', description: 'Stateless persons whose country of residence UNHCR records as Azerbaijan (column stateless, asylum AZE).', definition: def('The number of stateless persons.', 'stateless') },
    { id: 'idps', label: 'Internally displaced persons (IDPs) in Azerbaijan, according to UNHCR', description: 'Internally displaced persons in Azerbaijan at the end of the year, as UNHCR records them (column idps, origin and asylum AZE): UNHCR\'s own series, beside IDMC\'s that the package carries in its table idmc.', definition: def('The number of internally displaced persons.', 'idps') },
  ];
  const s = (measure: string, column: string, rows: Pick<SeriesConfig, 'where' | 'unless'>) => series(file, measure, column, rows);
  return {
    measures,
    series: [
      s('refugee-population-by-country-of-origin', 'refugees', FROM),
      s('asylum-seekers-by-origin', 'asylum_seekers', FROM),
      s('returned-refugees-by-origin', 'returned_refugees', FROM),
      s('others-of-concern-by-origin', 'ooc', FROM),
      s('refugees', 'refugees', IN),
      s('asylum-seekers', 'asylum_seekers', IN),
      s('returned-refugees', 'returned_refugees', IN),
      s('others-of-concern', 'ooc', IN),
      s('stateless-persons', 'stateless', IN),
      s('idps', 'idps', BOTH),
    ],
    dimensions: countryDimensions,
  };
}
const POPULATION_COLUMNS = ['refugees', 'asylum_seekers', 'returned_refugees', 'idps', 'returned_idps', 'stateless', 'ooc', 'oip', 'hst'];

const unhcrSource = {
  title: 'refugees: UNHCR Refugee Population Statistics Database (R package)',
  publisher: 'UNHCR, the Office of the United Nations High Commissioner for Refugees',
  kind: 'intergovernmental' as const,
  form: 'dataset' as const,
  license: {
    name: 'CC BY 4.0',
    url: CC_BY_4,
    attributionRequired: true,
    statedIn: 'DESCRIPTION of the package ("License: CC BY 4.0") and its LICENSE.md ("Attribution 4.0 International")',
    attribution: 'UNHCR Refugee Population Statistics Database (R package refugees)',
  },
};

// ---------------------------------------------------------------------------------------------
// UNHCR, R package refugees 2025.12.1

const APPS = 'asylum_applications--aze.csv';
const DECS = 'asylum_decisions--aze.csv';
const procedure: DimensionField = { id: 'procedure', field: 'procedure_type', kind: 'code' };
const decisionLevel: DimensionField = { id: 'decision-level', field: 'dec_level', kind: 'code' };
const procedureLabels = { G: 'G: Government', J: 'J: Joint', U: 'U: UNHCR' };
const decisionLevelLabels: Record<string, string> = { NA: 'NA: New applications', RA: 'RA: repeat/reopened applications', AR: 'AR: administrative review' };
for (const code of ['FI', 'FA', 'IN', 'EO', 'JR', 'TA', 'SP', 'BL', 'RE', 'TP', 'TR', 'CA', 'NR', 'UA']) decisionLevelLabels[code] = undocumented(code);
const applicationTypeLabels: Record<string, string> = { N: 'N: New', R: 'R: Repeat', A: 'A: Appeal' };
for (const code of ['V', 'NR', 'NA', 'RA', 'J', 'P', 'U', 'S', 'E']) applicationTypeLabels[code] = undocumented(code);
const casesOrPersons = { C: 'C: cases', P: 'P: persons' };
const unitByCases = (field: string) => ({ field, units: { C: 'cases' as const, P: 'persons' as const } });
const DECISION_COLUMNS = [
  ['asylum-decisions-recognized', 'dec_recognized', 'Decisions recognising asylum applicants as refugees (UNHCR)', 'The number of asylum applicants recognised as refugees under UNHCR’s mandate.'],
  ['asylum-decisions-complementary-protection', 'dec_other', 'Decisions granting other forms of complementary protection (UNHCR)', 'The number of asylum applicants recognised as refugees under other forms of complementary protection.'],
  ['asylum-decisions-rejected', 'dec_rejected', 'Decisions rejecting asylum claims (UNHCR)', 'The number of asylum applicants whose asylum claims have been rejected.'],
  ['asylum-decisions-otherwise-closed', 'dec_closed', 'Asylum claims otherwise closed (UNHCR)', 'The number of asylum applicants whose asylum claims have been otherwise closed.'],
  ['asylum-decisions-total', 'dec_total', 'Decisions on asylum claims, total (UNHCR)', 'The total number of asylum applicants for which a decision on their asylum claim'],
] as const;

const DEMO = 'demographics--aze.csv';
const AGES: readonly (readonly [string, string, string])[] = [
  ['0_4', '0-4', 'aged 0 to 4 inclusive'],
  ['5_11', '5-11', 'aged 5 to 11 inclusive'],
  ['12_17', '12-17', 'aged 12 to 17 inclusive'],
  ['18_59', '18-59', 'aged 18 to 59 inclusive'],
  ['60', '60+', 'aged 60 or more'],
  ['other', 'unknown', 'for whom age disaggregation is unavailable'],
  ['total', 'total', 'total'],
];
const demographicSeries: SeriesConfig[] = [
  ...['f', 'm'].flatMap((sex) => AGES.map(([col, age]) => ({ col: `${sex}_${col}`, sex, age }))),
  { col: 'total', sex: 'all', age: 'total' },
].map(({ col, sex, age }) => ({
  measure: 'population-by-sex-and-age',
  unit: 'persons' as const,
  file: DEMO,
  column: col,
  period: 'year',
  where: {},
  dimensions: [origin, asylum, { id: 'population-type', field: 'pop_type', kind: 'code' as const }, { id: 'location', field: 'location', kind: 'code' as const }, { id: 'location-type', field: 'loc_type', kind: 'code' as const }, { id: 'accommodation-type', field: 'acc_type', kind: 'code' as const }],
  fixed: { sex, age },
}));

const unhcr2025: ReleaseConfig = {
  folder: 'unhcr-refugees-2025',
  exportName: 'unhcrRefugeesPackage2025',
  sourceFile: 'unhcrRefugeesPackage2025.ts',
  summary: "UNHCR's Refugee Population Statistics Database as UNHCR publishes it in its R package refugees, version 2025.12.1 (end-2025 data): the release the library's UNHCR tables to 2025 are read from, with the package's data file of each table (repository, path, commit), its authors and its licence.",
  files: [POP, 'idmc--aze.csv', 'solutions--aze.csv', 'flows--aze.csv', APPS, DECS, DEMO],
  cells: { missing: ['NA'], zeros: 'omit' },
  valueColumns: {
    [POP]: POPULATION_COLUMNS,
    'solutions--aze.csv': ['returned_refugees', 'resettlement', 'naturalisation', 'returned_idps'],
    'flows--aze.csv': ['refugees', 'asylum_seekers', 'refugee_like', 'oip'],
  },
  source: {
    id: 'unhcr-refugees-package-2025-12-1',
    ...unhcrSource,
    authors: [
      { family: 'Galal', given: 'Hisham', basis: 'stated' },
      { family: 'Dicko', given: 'Ahmadou', basis: 'stated' },
    ],
    published: { date: '2026-06-25', basis: 'inferred', note: 'The date of the package\'s commit 0c16a6d0 (version 2025.12.1); NEWS.md says 2025.12.0 was "Updated with the release of Global Trends 2025" and 2025.12.1 corrected asylum-seekers in 2025 and the flows table.' },
    edition: 'version 2025.12.1 (end-2025 data)',
    url: 'https://populationstatistics.github.io/refugees/',
    note: 'DESCRIPTION names Hisham Galal and Ahmadou Dicko as authors, Janis Kreuder as maintainer and UNHCR as copyright holder; each table\'s documented source is the UNHCR Refugee Data Finder (https://www.unhcr.org/refugee-statistics/). The package ships its tables as R data files (data/*.rda); the library reads their Azerbaijan rows as written out by extract.R (R 4.2.2), so a figure\'s quote is the package\'s row written as CSV, and its locator names the .rda file and table.',
  },
  datasets: [
    {
      id: 'unhcr-population-2025',
      exportName: 'unhcrPopulation2025',
      fileName: 'unhcrPopulation2025.ts',
      topic: 'displacement',
      title: 'People from Azerbaijan abroad and people in Azerbaijan in UNHCR\'s population statistics, by category and country, {years} (R package refugees 2025.12.1)',
      description: `UNHCR's end-year population figures for Azerbaijan, each year {years}, in persons, from the table population of its R package refugees, version 2025.12.1: refugees, asylum-seekers, returned refugees and others of concern whose country of origin UNHCR records as Azerbaijan, by country of asylum; refugees, asylum-seekers, returned refugees, others of concern and stateless persons in Azerbaijan, by country of origin; and internally displaced persons in Azerbaijan (origin and asylum both Azerbaijan). ${PACKAGE}, one line of the written-out table per row.`,
      summary: "UNHCR's end-year population figures for Azerbaijan to 2025, both directions, by country and category, from its R package refugees 2025.12.1 (each figure traced to its row and .rda file).",
      notes: [ZERO_RULE, WRITTEN_OUT, MASKED, COUNTRY_NOTE, 'The columns returned_idps, oip (other people in need of international protection) and hst (host community) hold no figure for Azerbaijan: they are 0 or missing in every row.'],
      ...populationTable(POP),
      sums: [],
      attributionSources: [],
      example: 'refugee-population-by-country-of-origin-az-am',
    },
    {
      id: 'unhcr-idmc-idps-2025',
      exportName: 'unhcrIdmcIdps2025',
      fileName: 'unhcrIdmcIdps2025.ts',
      topic: 'displacement',
      title: 'Internally displaced persons in Azerbaijan according to IDMC, {years}, as UNHCR\'s R package refugees 2025.12.1 carries them',
      description: `The number of people internally displaced by conflict and violence in Azerbaijan at the end of each year {years}, produced by the Internal Displacement Monitoring Centre (IDMC) and carried by UNHCR in the table idmc of its R package refugees, version 2025.12.1. ${PACKAGE}. The figures are rounded as IDMC publishes them rounded; IDMC's unrounded figures to 2024 are in the dataset idmc-gidd-conflict-2025.`,
      summary: "IDMC's internally displaced persons in Azerbaijan (conflict and violence) to 2025, as UNHCR carries them in its R package refugees 2025.12.1.",
      notes: [WRITTEN_OUT, 'The package describes the table as data "that is produced by the" Internal Displacement Monitoring Centre: each figure is attributed to IDMC, and UNHCR\'s package is the document that carries it.'],
      measures: [{ id: 'idps', label: 'Internally displaced persons (IDPs): people living in displacement associated with conflict and violence, according to IDMC', description: 'People internally displaced by conflict and violence in Azerbaijan at the end of the year, according to IDMC (column total of the table idmc).', definition: rdf('The total number of internally displaced persons due to conflict and violence.', 'total', 'idmc') }],
      series: [{ measure: 'idps', unit: 'persons', file: 'idmc--aze.csv', column: 'total', period: 'year', where: BOTH.where, attribution: 'idmc' }],
      dimensions: [],
      sums: [],
      attributionSources: ['idmc'],
      example: 'idps',
    },
    {
      id: 'unhcr-solutions-2025',
      exportName: 'unhcrSolutions2025',
      fileName: 'unhcrSolutions2025.ts',
      topic: 'displacement',
      title: 'Returns ({years:refugee-returns}), resettlement ({years:resettlement-arrivals}) and naturalisation ({years:naturalisations}) of refugees from and in Azerbaijan (UNHCR, R package refugees 2025.12.1)',
      description: `The durable solutions UNHCR records for refugees whose country of origin is Azerbaijan and for refugees in Azerbaijan, in persons, from the table solutions of its R package refugees, version 2025.12.1: refugee returnees (years {years:refugee-returns}), resettlement arrivals ({years:resettlement-arrivals}) and naturalisations ({years:naturalisations}), by country of origin and of asylum. ${PACKAGE}.`,
      summary: 'Refugee returns, resettlement arrivals and naturalisations of refugees from and in Azerbaijan, by country, from UNHCR\'s R package refugees 2025.12.1.',
      notes: [ZERO_RULE, WRITTEN_OUT, MASKED, COUNTRY_NOTE, 'The column returned_idps holds no figure for Azerbaijan.'],
      measures: [
        { id: 'refugee-returns', label: 'Refugee returnees (UNHCR solutions)', description: 'Refugee returnees in the year, by country of origin and of asylum (column returned_refugees of the table solutions).', definition: rdf('The number of refugee returnees.', 'returned_refugees', 'solutions') },
        { id: 'resettlement-arrivals', label: 'Resettlement arrivals (UNHCR solutions)', description: 'Resettlement arrivals in the year, by country of origin and of the row\'s country of asylum, the country of resettlement (column resettlement of the table solutions).', definition: rdf('The number of resettlement arrivals.', 'resettlement', 'solutions') },
        { id: 'naturalisations', label: 'Refugees naturalised (UNHCR solutions)', description: 'Refugees who naturalised in the year, by country of origin and of asylum (column naturalisation of the table solutions).', definition: rdf('The number of refugees that have naturalised.', 'naturalisation', 'solutions') },
      ],
      series: [
        series('solutions--aze.csv', 'refugee-returns', 'returned_refugees', { where: {} }),
        series('solutions--aze.csv', 'resettlement-arrivals', 'resettlement', { where: {} }),
        series('solutions--aze.csv', 'naturalisations', 'naturalisation', { where: {} }),
      ],
      dimensions: countryDimensions,
      sums: [],
      attributionSources: [],
      example: 'naturalisations-az-us',
    },
    {
      id: 'unhcr-arrivals-2025',
      exportName: 'unhcrArrivals2025',
      fileName: 'unhcrArrivals2025.ts',
      topic: 'displacement',
      title: 'Arrivals in the year of refugees and asylum-seekers from and in Azerbaijan, {years} (UNHCR, R package refugees 2025.12.1)',
      description: `The people UNHCR records as newly arrived in the year, whose country of origin is Azerbaijan or whose country of asylum is Azerbaijan, each year {years}, in persons, from the table flows of its R package refugees, version 2025.12.1: refugees, asylum-seekers and people in refugee-like situations, by country of origin and of asylum. ${PACKAGE}.`,
      summary: 'Arrivals in the year of refugees, asylum-seekers and people in refugee-like situations from and in Azerbaijan, by country, from UNHCR\'s R package refugees 2025.12.1.',
      notes: [
        ZERO_RULE,
        WRITTEN_OUT,
        MASKED,
        COUNTRY_NOTE,
        'The package\'s documentation (rdf.R) does not describe the table flows; the measures here name its columns. Its NEWS.md for 2025.12.1 says: "Correction in flows dataset to account for structural changes in source data". The column oip holds no figure for Azerbaijan.',
      ],
      measures: [
        { id: 'refugee-arrivals', label: 'Refugees arrived in the year (UNHCR flows)', description: 'People recorded in the column refugees of the package\'s table flows: refugees arrived in the year, by country of origin and of asylum. The package\'s documentation does not describe the table.' },
        { id: 'asylum-seeker-arrivals', label: 'Asylum-seekers arrived in the year (UNHCR flows)', description: 'People recorded in the column asylum_seekers of the package\'s table flows, by country of origin and of asylum. The package\'s documentation does not describe the table.' },
        { id: 'refugee-like-arrivals', label: 'People in refugee-like situations arrived in the year (UNHCR flows)', description: 'People recorded in the column refugee_like of the package\'s table flows, by country of origin and of asylum; NEWS.md of version 2023.12.0 says the column was relabelled from returned_refugees. The package\'s documentation does not describe the table.' },
      ],
      series: [
        series('flows--aze.csv', 'refugee-arrivals', 'refugees', { where: {} }),
        series('flows--aze.csv', 'asylum-seeker-arrivals', 'asylum_seekers', { where: {} }),
        series('flows--aze.csv', 'refugee-like-arrivals', 'refugee_like', { where: {} }),
      ],
      dimensions: countryDimensions,
      sums: [],
      attributionSources: [],
      example: 'asylum-seeker-arrivals-az-de',
    },
    {
      id: 'unhcr-asylum-applications-2025',
      exportName: 'unhcrAsylumApplications2025',
      fileName: 'unhcrAsylumApplications2025.ts',
      topic: 'displacement',
      title: 'Asylum claims lodged by people from Azerbaijan abroad and in Azerbaijan, {years} (UNHCR, R package refugees 2025.12.1)',
      description: `Asylum claims lodged in the year by people whose country of origin is Azerbaijan, by country of asylum, and claims lodged in Azerbaijan, by country of origin, each year {years}, from the table asylum_applications of UNHCR's R package refugees, version 2025.12.1, with UNHCR's procedure type, application type and decision level, in cases or persons as the row says. ${PACKAGE}.`,
      summary: 'Asylum claims lodged by Azerbaijani citizens abroad and in Azerbaijan, by country, procedure, application type and decision level, from UNHCR\'s R package refugees 2025.12.1.',
      notes: [
        ZERO_RULE,
        WRITTEN_OUT,
        MASKED,
        COUNTRY_NOTE,
        'A row counts cases or persons, as its field app_pc says (C or P); the unit of each figure follows it. The package says that "in certain situations (e.g USA), the data provided by governments is at the level of cases." Do not add cases and persons.',
        'Procedure types, application types and decision levels are UNHCR\'s codes; their labels are the package\'s own words where rdf.R describes the code, and say so where it does not.',
      ],
      measures: [{ id: 'asylum-applications', label: 'Asylum claims lodged (UNHCR)', description: 'Asylum claims lodged in the year, by country of origin and of asylum, procedure type, application type, decision level, in cases or persons (column applied of the table asylum_applications).', definition: rdf('The total number of asylum claims for the given dataset.', 'applied', 'asylum_applications') }],
      series: [series(APPS, 'asylum-applications', 'applied', { where: {} }, { dimensions: [origin, asylum, procedure, { id: 'application-type', field: 'app_type', kind: 'code' }, decisionLevel, { id: 'cases-or-persons', field: 'app_pc', kind: 'code' }], unitBy: unitByCases('app_pc') })],
      dimensions: [
        ...countryDimensions,
        { id: 'procedure', label: 'Procedure type: the authority with whom the claim was lodged (UNHCR)', codelist: "UNHCR's procedure types", labels: procedureLabels },
        { id: 'application-type', label: 'Application type: the stage of the procedure (UNHCR)', codelist: "UNHCR's application types", labels: applicationTypeLabels },
        { id: 'decision-level', label: 'Decision level (UNHCR)', codelist: "UNHCR's decision levels", labels: decisionLevelLabels },
        { id: 'cases-or-persons', label: 'Cases or persons (UNHCR)', codelist: "UNHCR's data types", labels: casesOrPersons },
      ],
      sums: [],
      attributionSources: [],
      example: 'asylum-applications-az-fr-g-n-fi-p',
    },
    {
      id: 'unhcr-asylum-decisions-2025',
      exportName: 'unhcrAsylumDecisions2025',
      fileName: 'unhcrAsylumDecisions2025.ts',
      topic: 'displacement',
      title: 'Decisions on asylum claims of people from Azerbaijan abroad and in Azerbaijan, {years} (UNHCR, R package refugees 2025.12.1)',
      description: `Decisions taken in the year on asylum claims of people whose country of origin is Azerbaijan, by country of asylum, and on claims in Azerbaijan, by country of origin, each year {years}, from the table asylum_decisions of UNHCR's R package refugees, version 2025.12.1: recognised as refugees, complementary protection, rejected, otherwise closed, and the total, with UNHCR's procedure type and decision level, in cases or persons as the row says. ${PACKAGE}.`,
      summary: 'Decisions on asylum claims of Azerbaijani citizens abroad and of claims in Azerbaijan (recognised, complementary protection, rejected, otherwise closed, total), by country, from UNHCR\'s R package refugees 2025.12.1.',
      notes: [
        ZERO_RULE,
        WRITTEN_OUT,
        MASKED,
        COUNTRY_NOTE,
        'A row counts cases or persons, as its field dec_pc says (C or P); the unit of each figure follows it. Do not add cases and persons.',
        'Where a row\'s total stands without a recognised figure, the row writes 0 recognised (its quote shows it): by the zero rule above, that 0 is not held as a figure.',
      ],
      measures: DECISION_COLUMNS.map(([id, column, label, sentence]) => ({ id, label, description: `${label.replace(' (UNHCR)', '')}, in the year, by country of origin and of asylum, procedure type and decision level, in cases or persons (column ${column} of the table asylum_decisions).`, definition: rdf(sentence, column, 'asylum_decisions') })),
      series: DECISION_COLUMNS.map(([id, column]) => series(DECS, id, column, { where: {} }, { dimensions: [origin, asylum, procedure, decisionLevel, { id: 'cases-or-persons', field: 'dec_pc', kind: 'code' }], unitBy: unitByCases('dec_pc') })),
      dimensions: [
        ...countryDimensions,
        { id: 'procedure', label: 'Procedure type: the authority with whom the claim was lodged (UNHCR)', codelist: "UNHCR's procedure types", labels: procedureLabels },
        { id: 'decision-level', label: 'Decision level (UNHCR)', codelist: "UNHCR's decision levels", labels: decisionLevelLabels },
        { id: 'cases-or-persons', label: 'Cases or persons (UNHCR)', codelist: "UNHCR's data types", labels: casesOrPersons },
      ],
      rowSums: [{ file: DECS, total: 'dec_total', parts: ['dec_recognized', 'dec_other', 'dec_rejected', 'dec_closed'], discrepancyNote: 'The row\'s total differs from the sum of its four outcomes; the package does not say why.' }],
      sums: [],
      attributionSources: [],
      example: 'asylum-decisions-total-az-de-g-fi-p',
    },
    {
      id: 'unhcr-demographics-2025',
      exportName: 'unhcrDemographics2025',
      fileName: 'unhcrDemographics2025.ts',
      topic: 'displacement',
      title: 'People from and in Azerbaijan by sex and age, {years} (UNHCR, R package refugees 2025.12.1)',
      description: `UNHCR's sex and age breakdown of the people it counts whose country of origin or of asylum is Azerbaijan, {years}, by population type and location, from the table demographics of its R package refugees, version 2025.12.1, where such disaggregation is available. ${PACKAGE}.`,
      summary: 'People from and in Azerbaijan by sex and age band, population type and location, 2025, from UNHCR\'s R package refugees 2025.12.1.',
      notes: [
        ZERO_RULE,
        WRITTEN_OUT,
        MASKED,
        COUNTRY_NOTE,
        'Many rows give a total with no sex or age figure: their breakdown is written 0, and by the zero rule above those zeros are not figures. The package documents the female and male totals as the totals "where disaggregation by sex is available".',
        'Population types (pop_type), location types and accommodation types are UNHCR\'s codes; their labels are the package\'s own words where rdf.R describes the code, and say so where it does not.',
      ],
      measures: [{ id: 'population-by-sex-and-age', label: 'People by sex and age band (UNHCR demographics)', description: 'People UNHCR counts, by sex (f, m, or all) and age band, population type, location, location type and accommodation type (columns f_0_4 to m_total and total of the table demographics).', definition: rdf('Demographic and sub-national data, where such disaggregation is available.', 'f_* and m_*', 'demographics') }],
      series: demographicSeries,
      dimensions: [
        ...countryDimensions,
        { id: 'population-type', label: 'Population type (UNHCR)', codelist: "UNHCR's population types", labels: { REF: 'REF: refugees', ASY: 'ASY: asylum-seekers', OOC: undocumented('OOC'), IDP: undocumented('IDP'), STA: undocumented('STA'), ROC: undocumented('ROC'), RET: undocumented('RET'), RDP: undocumented('RDP'), OIP: undocumented('OIP') } },
        { id: 'location', label: 'Location, as UNHCR writes it', codelist: "UNHCR's location names", labelField: 'location' },
        { id: 'location-type', label: 'Location type (UNHCR)', codelist: "UNHCR's location types", labels: { C: 'C: Camp', U: 'U: Urban', R: 'R: Rural', V: 'V: Various/unknown' } },
        { id: 'accommodation-type', label: 'Accommodation type (UNHCR)', codelist: "UNHCR's accommodation types", labels: { I: 'I: Individual accommodation', S: 'S: Self-settled camp', P: 'P: Planned/managed camp', C: 'C: Collective centre', R: 'R: Reception/transit camp', U: 'U: Undefined' } },
        { id: 'sex', label: 'Sex (UNHCR\'s column prefix f or m; all for the column total)', codelist: 'f, m, all', labels: { f: 'Female', m: 'Male', all: 'All' } },
        { id: 'age', label: 'Age band (UNHCR\'s column)', codelist: "UNHCR's age bands", labels: { '0-4': 'aged 0 to 4 inclusive', '5-11': 'aged 5 to 11 inclusive', '12-17': 'aged 12 to 17 inclusive', '18-59': 'aged 18 to 59 inclusive', '60+': 'aged 60 or more', unknown: 'age disaggregation unavailable', total: 'total' } },
      ],
      sums: [],
      attributionSources: [],
      example: 'population-by-sex-and-age-az-am-ref-dispersed-in-the-country-territory-v-i-all-total',
    },
  ],
  duplicates: [],
};

// ---------------------------------------------------------------------------------------------
// UNHCR, R package refugees 2022.12.0: the population table, for revisions

const unhcr2022: ReleaseConfig = {
  folder: 'unhcr-refugees-2025',
  exportName: 'unhcrRefugeesPackage2022',
  sourceFile: 'unhcrRefugeesPackage2022.ts',
  summary: "UNHCR's R package refugees, version 2022.12.0 (end-2022 data, Global Trends 2022): the earlier edition whose population table the library holds beside version 2025.12.1, so that revisions between the two can be read figure by figure.",
  files: [POP_2022],
  cells: { missing: ['NA'], zeros: 'omit' },
  valueColumns: { [POP_2022]: POPULATION_COLUMNS },
  source: {
    id: 'unhcr-refugees-package-2022-12-0',
    ...unhcrSource,
    published: { date: '2022-12', basis: 'inferred', note: 'From the version number 2022.12.0 (end-2022 data); the package holds it at commit 12b0e398.' },
    edition: 'version 2022.12.0 (end-2022 data)',
    url: 'https://populationstatistics.github.io/refugees/',
    note: 'Only the population table of this version is held, read from its R data file (data/population.rda at commit 12b0e398) as written out by extract.R (R 4.2.2). The authors and licence are those the DESCRIPTION of version 2025.12.1 states; the project\'s extract does not hold this version\'s DESCRIPTION.',
  },
  datasets: [
    {
      id: 'unhcr-population-2022',
      exportName: 'unhcrPopulation2022',
      fileName: 'unhcrPopulation2022.ts',
      topic: 'displacement',
      title: 'People from Azerbaijan abroad and people in Azerbaijan in UNHCR\'s population statistics, by category and country, {years} (R package refugees 2022.12.0, earlier edition)',
      description: `UNHCR's end-year population figures for Azerbaijan, each year {years}, in persons, from the table population of its R package refugees, version 2022.12.0: the same measures as the dataset unhcr-population-2025 of version 2025.12.1, held beside it so that the revisions between the editions can be read. ${PACKAGE}, version 2022.12.0, one line of the written-out table per row.`,
      summary: "UNHCR's end-year population figures for Azerbaijan to 2022, from the earlier edition 2022.12.0 of its R package refugees, for revisions against 2025.12.1.",
      notes: [ZERO_RULE, WRITTEN_OUT, MASKED, COUNTRY_NOTE],
      ...populationTable(POP_2022),
      sums: [],
      attributionSources: [],
      example: 'refugee-population-by-country-of-origin-az-am',
    },
  ],
  duplicates: [],
};

// ---------------------------------------------------------------------------------------------
// IDMC, Global Internal Displacement Database, May 2025 (OCHA's HDX pipeline copy)

const GIDD_YAML = 'hdx_dataset_static.yaml.txt';
const gidd: ReleaseConfig = {
  folder: 'idmc-gidd-2025',
  exportName: 'idmcGidd2025',
  sourceFile: 'idmcGidd2025.ts',
  summary: "IDMC's Global Internal Displacement Database of May 2025 (figures to 2024), as OCHA's Humanitarian Data Exchange pipeline keeps it: the release the library's unrounded IDMC figures and disaster events are read from, with the copy of each file (repository, path, commit) and the licence as stated upstream.",
  cells: { missing: [''], zeros: 'omit' },
  source: {
    id: 'idmc-gidd-2025',
    title: 'Global Internal Displacement Database (GIDD)',
    publisher: 'Internal Displacement Monitoring Centre (IDMC), Geneva',
    kind: 'monitor',
    form: 'dataset',
    published: { date: '2025-05-13', basis: 'stated', note: 'The "last_updated" date of the IDMC API page the pipeline recorded (tests/fixtures/input/displacement_0.json at commit 3c03db45): the GIDD of May 2025, with figures to 2024.' },
    edition: 'May 2025 (figures to 2024), OCHA HDX pipeline copy (OCHA-DAP/hdx-scraper-idmc-gidd)',
    url: 'http://www.internal-displacement.org/database/', // as the World Bank's metadata of the IDMC series cites it
    license: {
      name: 'CC BY-IGO',
      url: 'https://creativecommons.org/licenses/by/3.0/igo/',
      attributionRequired: true,
      statedIn: 'hdx_dataset_static.yaml of OCHA\'s pipeline (license_id: "cc-by-igo"; dataset_source: "IDMC"); the repository\'s MIT LICENSE covers its code, not the data',
      attribution: 'Internal Displacement Monitoring Centre (IDMC), Global Internal Displacement Database',
    },
    note: 'IDMC publishes the database; OCHA\'s pipeline only carries it (its HDX metadata names dataset_source "IDMC"). The copy\'s files are byte-exact line subsets of the pipeline\'s test fixtures. The metadata\'s caveats say: "Please note that most of the figures are estimates."',
  },
  datasets: [
    {
      id: 'idmc-gidd-conflict-2025',
      exportName: 'idmcGiddConflict2025',
      fileName: 'idmcGiddConflict2025.ts',
      topic: 'displacement',
      title: 'Internally displaced persons in Azerbaijan by conflict and violence, {years}, unrounded (IDMC, Global Internal Displacement Database, May 2025)',
      description: 'IDMC\'s figures for Azerbaijan on internal displacement associated with conflict and violence, from its Global Internal Displacement Database of May 2025 as OCHA\'s HDX pipeline keeps it: the number of people living in internal displacement at the end of each year {years}, and the new displacements recorded in the year. The unrounded figure is the value; the rounded figure IDMC publishes beside it is kept with it (rounded). Other copies carry the rounded figures: the World Bank\'s WDI (dataset wdi-idps-idmc) and UNHCR\'s package (dataset unhcr-idmc-idps-2025).',
      summary: "IDMC's internally displaced persons (stock) and new displacements by conflict and violence in Azerbaijan to 2024, unrounded with the rounded figure beside each, from the GIDD of May 2025 (OCHA's copy).",
      notes: [
        'Zero and missing are different facts, and neither becomes a figure here: an empty cell is missing and is never a 0, and a cell written 0 is not held as a figure, because every row states a non-zero stock in another column (the same rule as the UNHCR tables of the library). The new displacements are written 0 for 2009–2015, 2017 and 2022, and empty for 2016, 2018, 2019, 2021 and 2024; each figure\'s quote is its whole row, where the 0 or the empty cell stands.',
        'IDMC\'s new displacements count movements, not people: the World Bank\'s metadata of the same IDMC series, quoted in the notes of dataset wdi-idps-idmc, counts them as new cases or incidents of displacement. They are held in cases.',
        'The metadata\'s caveats say: "Please note that most of the figures are estimates."',
      ],
      measures: [
        { id: 'idps', label: 'Internally displaced persons (IDPs): people living in displacement associated with conflict and violence, according to IDMC', description: 'The number of people living in internal displacement associated with conflict and violence in Azerbaijan at the end of the year, according to IDMC (column total_displacement; total_displacement_rounded beside it).', definition: { file: GIDD_YAML, sentence: 'Internally displaced persons are "persons or groups of persons', intro: 'The definition the HDX metadata of the copy quotes' } },
        { id: 'idp-new-displacements', label: 'New displacements associated with conflict and violence (cases), according to IDMC', description: 'New internal displacements associated with conflict and violence in Azerbaijan recorded in the year, according to IDMC (column new_displacement; new_displacement_rounded beside it). The copy\'s metadata gives no definition of new displacements.' },
      ],
      series: [
        { measure: 'idps', unit: 'persons', file: 'conflict--aze.csv', column: 'total_displacement', rounded: 'total_displacement_rounded', period: 'year', where: { iso3: 'AZE' }, attribution: 'idmc' },
        { measure: 'idp-new-displacements', unit: 'cases', file: 'conflict--aze.csv', column: 'new_displacement', rounded: 'new_displacement_rounded', period: 'year', where: { iso3: 'AZE' }, attribution: 'idmc' },
      ],
      dimensions: [],
      sums: [],
      attributionSources: ['idmc'],
      titleMeasures: ['idps'],
      example: 'idps',
    },
    {
      id: 'idmc-gidd-disasters-2025',
      exportName: 'idmcGiddDisasters2025',
      fileName: 'idmcGiddDisasters2025.ts',
      topic: 'displacement',
      title: 'Disasters in Azerbaijan and the displacements they caused, {years} (IDMC, Global Internal Displacement Database, May 2025)',
      description: 'The disasters in Azerbaijan that IDMC\'s Global Internal Displacement Database of May 2025 records, {years}, as OCHA\'s HDX pipeline keeps them: each disaster as an event, with its dates, IDMC\'s event name as written, hazard category and type, and the new displacements IDMC records for it (unrounded, with the rounded figure beside it).',
      summary: "Disasters in Azerbaijan (events with dates, IDMC's names, hazard category and type) and the new displacements IDMC records for each, 2009–2024, from the GIDD of May 2025 (OCHA's copy).",
      notes: [
        'Each disaster is an event: its label is IDMC\'s event name as written (place names as IDMC writes them), its date the start date, or the interval to the end date where the row gives another day; a start given to the month (start_date_accuracy Month) is held as the month.',
        'An empty cell is missing and is never a 0. The one row with a year-end stock (2019, the earthquake in Shamaki) gives it as disaster-idps.',
        'The metadata\'s caveats say: "Please note that most of the figures are estimates."',
      ],
      measures: [
        { id: 'disaster-new-displacements', label: 'New displacements by a disaster (cases), according to IDMC', description: 'New internal displacements IDMC records for one disaster in Azerbaijan (column new_displacement; new_displacement_rounded beside it), by hazard category, hazard type and event. The copy\'s metadata gives no definition of new displacements.' },
        { id: 'disaster-idps', label: 'People living in displacement at the end of the year after a disaster, according to IDMC', description: 'People IDMC records as still displaced by one disaster at the end of the year (column total_displacement; total_displacement_rounded beside it).', definition: { file: GIDD_YAML, sentence: 'Internally displaced people are often confused with refugees.', intro: 'The HDX metadata of the copy' } },
      ],
      series: [
        { measure: 'disaster-new-displacements', unit: 'cases', file: 'disaster--aze.csv', column: 'new_displacement', rounded: 'new_displacement_rounded', period: 'year', where: { iso3: 'AZE' }, attribution: 'idmc', dimensions: [{ id: 'hazard-category', field: 'hazard_category', kind: 'code' }, { id: 'hazard-type', field: 'hazard_type', kind: 'code' }] },
        { measure: 'disaster-idps', unit: 'persons', file: 'disaster--aze.csv', column: 'total_displacement', rounded: 'total_displacement_rounded', period: 'year', where: { iso3: 'AZE' }, attribution: 'idmc', dimensions: [{ id: 'hazard-category', field: 'hazard_category', kind: 'code' }, { id: 'hazard-type', field: 'hazard_type', kind: 'code' }] },
      ],
      dimensions: [
        { id: 'hazard-category', label: 'Hazard category (IDMC)', codelist: "IDMC's hazard categories", labelField: 'hazard_category_name' },
        { id: 'hazard-type', label: 'Hazard type (IDMC)', codelist: "IDMC's hazard types", labelField: 'hazard_type_name' },
        { id: 'event', label: 'Disaster (IDMC\'s event name)', codelist: 'event ids of this dataset' },
      ],
      events: { config: { file: 'disaster--aze.csv', id: 'gidd-disaster-{n}', labelField: 'event_name', start: 'start_date', startAccuracy: 'start_date_accuracy', end: 'end_date', endAccuracy: 'end_date_accuracy', attribution: 'idmc' }, dimension: 'event' },
      sums: [],
      attributionSources: ['idmc'],
      example: 'disaster-new-displacements-2-10-gidd-disaster-12',
    },
  ],
  duplicates: [],
};

/** The releases of 2025, in the order the importer writes them. */
export const releases2025: readonly ReleaseConfig[] = [unhcr2025, unhcr2022, gidd];
