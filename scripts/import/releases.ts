/**
 * The importer's configuration tables, one per release of open data: the release as a source,
 * and the datasets its extracts give. Every text here is the library's own voice: it describes,
 * names whose definition or figure it is, and quotes the publisher only inside double quotes
 * (the tests find each quoted fragment in the release's extracts).
 */
import type { DatasetConfig, ReleaseConfig } from './config.js';
import { releases2025 } from './releases2025.js';

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

// ---------------------------------------------------------------------------------------------
// World Bank, World Development Indicators (open-numbers DDF copy)

const WDI_CONCEPTS = 'ddf--concepts--continuous.csv';
const wdiDefinition = (concept: string, code: string, sentence?: string) => ({
  file: WDI_CONCEPTS,
  row: { concept },
  field: 'long_definition',
  ...(sentence === undefined ? {} : { sentence }),
  intro: `The World Bank's definition (WDI metadata of ${code}, long_definition)`,
});
const wdiSeries = (measure: string, indicator: string, unit: 'usd' | 'percent' | 'persons' | 'cases', attribution?: string) => ({
  measure,
  unit,
  file: `ddf--datapoints--${indicator}--by--geo--time.csv`,
  column: indicator,
  period: 'time',
  where: { geo: 'aze' },
  ...(attribution === undefined ? {} : { attribution }),
});
const wdiCopy =
  'Read row by row from the open-numbers copy of the World Development Indicators (repository open-numbers/ddf--open_numbers--world_development_indicators), one line of its data file per figure.';

const wdiDatasets: DatasetConfig[] = [
  {
    id: 'wdi-personal-remittances',
    exportName: 'wdiPersonalRemittances',
    fileName: 'wdiPersonalRemittances.ts',
    topic: 'remittances',
    title: 'Personal remittances received and paid, Azerbaijan, {years} (World Bank, World Development Indicators)',
    description: `Personal remittances received by Azerbaijan, in current US dollars and as a percent of GDP, and personal remittances paid from Azerbaijan, in current US dollars, for each year {years}, as the World Bank's World Development Indicators give them; the indicators' metadata names the source as World Bank staff estimates based on IMF balance of payments data. ${wdiCopy} The indicator is defined otherwise than the inward remittance flows of Table 5 of the country report on migration (dataset remittance-flows, from the Migration and Remittances Factbook 2011): each measure states its definition.`,
    summary: 'Personal remittances received by Azerbaijan (current US$ and % of GDP) and paid (current US$), each year, as the World Bank\'s World Development Indicators give them (open-numbers copy, each figure traced to its line).',
    notes: [
      'The World Bank\'s metadata of the three indicators notes: "Data starting from 2005 are based on the sixth edition of the IMF\'s Balance of Payments Manual (BPM6)."',
      'Some cells are written with decimals (for example 1275168754.82216 for 2019): the figure is kept as written, in US dollars.',
    ],
    measures: [
      {
        id: 'personal-remittances-received',
        label: 'Personal remittances, received (current US$)',
        description: 'Personal remittances received by residents of Azerbaijan, in current US dollars (WDI indicator BX.TRF.PWKR.CD.DT; World Bank staff estimates based on IMF balance of payments data, as the metadata states).',
        definition: wdiDefinition('bx_trf_pwkr_cd_dt', 'BX.TRF.PWKR.CD.DT', 'Personal remittances comprise'),
      },
      {
        id: 'personal-remittances-received-gdp-share',
        label: 'Personal remittances, received (% of GDP)',
        description: 'Personal remittances received by residents of Azerbaijan, as a percent of Azerbaijan\'s GDP (WDI indicator BX.TRF.PWKR.DT.GD.ZS; World Bank staff estimates based on IMF balance of payments data, and World Bank and OECD GDP estimates, as the metadata states).',
        definition: wdiDefinition('bx_trf_pwkr_dt_gd_zs', 'BX.TRF.PWKR.DT.GD.ZS', 'Personal remittances comprise'),
      },
      {
        id: 'personal-remittances-paid',
        label: 'Personal remittances, paid (current US$)',
        description: 'Personal remittances paid by residents of Azerbaijan to non-residents, in current US dollars (WDI indicator BM.TRF.PWKR.CD.DT; World Bank staff estimates based on IMF balance of payments data, as the metadata states).',
        definition: wdiDefinition('bm_trf_pwkr_cd_dt', 'BM.TRF.PWKR.CD.DT', 'Personal remittances comprise'),
      },
    ],
    series: [
      wdiSeries('personal-remittances-received', 'bx_trf_pwkr_cd_dt', 'usd'),
      wdiSeries('personal-remittances-received-gdp-share', 'bx_trf_pwkr_dt_gd_zs', 'percent'),
      wdiSeries('personal-remittances-paid', 'bm_trf_pwkr_cd_dt', 'usd'),
    ],
    dimensions: [],
    sums: [],
    attributionSources: [],
    example: 'personal-remittances-received',
  },
  {
    id: 'wdi-idps-idmc',
    exportName: 'wdiIdpsIdmc',
    fileName: 'wdiIdpsIdmc.ts',
    topic: 'displacement',
    title: 'Internally displaced persons in Azerbaijan according to IDMC, {years} (World Bank, World Development Indicators)',
    description: `Two series of the Internal Displacement Monitoring Centre (IDMC) on Azerbaijan, as the World Bank's World Development Indicators give them: the number of people living in internal displacement associated with conflict and violence at the end of each year, and the new displacements associated with conflict and violence recorded in a year, which IDMC counts in cases or incidents, not in people. ${wdiCopy} The stock runs to the last year the copy holds (the series is not in the copy's newest package); the new displacements stand for 2020 and 2023 only.`,
    summary: 'Internally displaced persons in Azerbaijan (stock, in persons) and new displacements (in cases) associated with conflict and violence, as the Internal Displacement Monitoring Centre (IDMC) gives them through the World Development Indicators.',
    notes: [
      'IDMC\'s new displacements are cases, not people: the metadata says the series "refers to the number of new cases or incidents of displacement recorded over the specified year, rather than the number of people displaced." Do not add them to the stock or compare them with it as people.',
      'The metadata of both series notes: "Please note that most of the figures are estimates."',
      'The World Bank\'s copy holds no new-displacement figure for Azerbaijan for the years between 2020 and 2023, nor before 2020; an absent year is not a zero.',
      'The stock series (VC.IDP.TOCV) was read at commit 0b3bf626 of the copy: it is absent from the copy\'s package of 2025-10-12, so its last year is 2022.',
    ],
    measures: [
      {
        id: 'idps',
        label: 'Internally displaced persons (IDPs): people living in displacement associated with conflict and violence, according to IDMC',
        description: 'The number of people living in internal displacement associated with conflict and violence in Azerbaijan at the end of the year, according to the Internal Displacement Monitoring Centre (WDI indicator VC.IDP.TOCV, "Internally displaced persons, total displaced by conflict and violence (number of people)").',
        definition: wdiDefinition('vc_idp_tocv', 'VC.IDP.TOCV', '“People displaced” refers to'),
      },
      {
        id: 'idp-new-displacements',
        label: 'New displacements associated with conflict and violence (cases), according to IDMC',
        description: 'New internal displacements associated with conflict and violence in Azerbaijan recorded over the year, in cases or incidents of displacement, not people, according to the Internal Displacement Monitoring Centre (WDI indicator VC.IDP.NWCV).',
        definition: wdiDefinition('vc_idp_nwcv', 'VC.IDP.NWCV', '"New Displacement" refers to'),
      },
    ],
    series: [wdiSeries('idps', 'vc_idp_tocv', 'persons', 'idmc'), wdiSeries('idp-new-displacements', 'vc_idp_nwcv', 'cases', 'idmc')],
    dimensions: [],
    sums: [],
    attributionSources: ['idmc'],
    titleMeasures: ['idps'],
    example: 'idps',
  },
  {
    id: 'wdi-refugees',
    exportName: 'wdiRefugees',
    fileName: 'wdiRefugees.ts',
    topic: 'displacement',
    title: 'Refugees in Azerbaijan, {years:refugees}, and refugees whose country of origin UNHCR records as Azerbaijan, {years:refugee-population-by-country-of-origin} (World Bank, World Development Indicators)',
    description: `Two UNHCR series as the World Bank's World Development Indicators give them: the refugee population whose country or territory of asylum is Azerbaijan, each year {years:refugees}, and the refugee population whose country or territory of origin UNHCR records as Azerbaijan, each year {years:refugee-population-by-country-of-origin}. ${wdiCopy} The metadata states that the World Bank's aggregates differ from UNHCR's; UNHCR's own figures are in the datasets unhcr-population-statistics-azerbaijan (the December 2019 copy, to 2018) and unhcr-population-2025 (its R package refugees 2025.12.1, by country, to 2025).`,
    summary: 'Refugees whose country of asylum is Azerbaijan, and refugees whose country of origin UNHCR records as Azerbaijan, each year, as UNHCR gives them through the World Development Indicators.',
    notes: [
      'The metadata notes that "administrative records tend to overestimate the number of refugees because it is easier to register than to de-register."',
      'The metadata says of the World Bank\'s estimates: "Thus, the aggregates differ from those published by the UNHCR."',
      'The two series were read at the newest commits of the copy that hold them (asylum: cfae63fa, to 2022; origin: 35f470d9, to 2023); neither is in the copy\'s package of 2025-10-12.',
    ],
    measures: [
      {
        id: 'refugees',
        label: 'Refugees (refugee population by country or territory of asylum: Azerbaijan)',
        description: 'Refugees whose country or territory of asylum is Azerbaijan, according to UNHCR (WDI indicator SM.POP.REFG, "Refugee population by country or territory of asylum").',
        definition: wdiDefinition('sm_pop_refg', 'SM.POP.REFG', 'Refugees are people who'),
      },
      {
        id: 'refugee-population-by-country-of-origin',
        label: 'Refugees whose country of origin UNHCR records as Azerbaijan (refugee population by country or territory of origin)',
        description: 'Refugees whose country or territory of origin UNHCR records as Azerbaijan, wherever they have asylum (WDI indicator SM.POP.REFG.OR, "Refugee population by country or territory of origin").',
        definition: wdiDefinition('sm_pop_refg_or', 'SM.POP.REFG.OR', 'Country of origin generally refers'),
      },
    ],
    series: [wdiSeries('refugees', 'sm_pop_refg', 'persons', 'unhcr'), wdiSeries('refugee-population-by-country-of-origin', 'sm_pop_refg_or', 'persons', 'unhcr')],
    dimensions: [],
    sums: [],
    attributionSources: ['unhcr'],
    example: 'refugees',
  },
  {
    id: 'wdi-international-migrant-stock',
    exportName: 'wdiInternationalMigrantStock',
    fileName: 'wdiInternationalMigrantStock.ts',
    topic: 'migration',
    title: 'International migrant stock in Azerbaijan, {years} (World Bank, World Development Indicators)',
    description: `The international migrant stock of Azerbaijan (people living in Azerbaijan who were born in another country, refugees included), in persons and as a percent of the population, every five years from 1990 to 2020 and for 2024, as the World Bank's World Development Indicators give it from the United Nations Population Division. ${wdiCopy}`,
    summary: 'The international migrant stock of Azerbaijan (persons and % of population), as the United Nations Population Division gives it through the World Development Indicators.',
    notes: [
      'The metadata explains that, because a migrant is counted by country of birth, "when a country disintegrates, persons who had been internal migrants because they had moved from one part of the country to another may become, overnight, international migrants without having moved at that time."',
      'The copy holds the years 1990, 1995, 2000, 2005, 2010, 2015, 2020 and 2024 only; no figure is interpolated.',
    ],
    measures: [
      {
        id: 'international-migrant-stock',
        label: 'International migrant stock, total',
        description: 'People living in Azerbaijan who were born in another country, refugees included, according to the United Nations Population Division (WDI indicator SM.POP.TOTL).',
        definition: wdiDefinition('sm_pop_totl', 'SM.POP.TOTL', 'International migrant stock is'),
      },
      {
        id: 'international-migrant-stock-population-share',
        label: 'International migrant stock (% of population)',
        description: 'The international migrant stock as a percent of the population of Azerbaijan, according to the United Nations Population Division (WDI indicator SM.POP.TOTL.ZS).',
        definition: wdiDefinition('sm_pop_totl_zs', 'SM.POP.TOTL.ZS', 'International migrant stock is'),
      },
    ],
    series: [
      wdiSeries('international-migrant-stock', 'sm_pop_totl', 'persons', 'un-desa-population-division'),
      wdiSeries('international-migrant-stock-population-share', 'sm_pop_totl_zs', 'percent', 'un-desa-population-division'),
    ],
    dimensions: [],
    sums: [],
    attributionSources: ['unDesaPopulationDivision'],
    example: 'international-migrant-stock',
  },
  {
    id: 'wdi-net-migration',
    exportName: 'wdiNetMigration',
    fileName: 'wdiNetMigration.ts',
    topic: 'migration',
    title: 'Net migration of Azerbaijan, {years} (World Bank, World Development Indicators)',
    description: `Net migration of Azerbaijan (immigrants minus emigrants, citizens and non-citizens), in persons, each year {years}, as the World Bank's World Development Indicators give it from the United Nations Population Division's World Population Prospects: 2022 Revision. ${wdiCopy} A negative figure means more emigrants than immigrants.`,
    summary: 'Net migration of Azerbaijan, each year, as the United Nations Population Division gives it through the World Development Indicators.',
    notes: ['The metadata notes: "International migration is the component of population change most difficult to measure and estimate reliably."'],
    measures: [
      {
        id: 'net-migration',
        label: 'Net migration',
        description: 'The number of immigrants minus the number of emigrants of Azerbaijan in the year, citizens and non-citizens, according to the United Nations Population Division (WDI indicator SM.POP.NETM).',
        definition: wdiDefinition('sm_pop_netm', 'SM.POP.NETM'),
      },
    ],
    series: [wdiSeries('net-migration', 'sm_pop_netm', 'persons', 'un-desa-population-division')],
    dimensions: [],
    sums: [],
    attributionSources: ['unDesaPopulationDivision'],
    example: 'net-migration',
  },
  {
    id: 'wdi-population',
    exportName: 'wdiPopulation',
    fileName: 'wdiPopulation.ts',
    topic: 'migration',
    title: 'Population of Azerbaijan, {years} (World Bank, World Development Indicators)',
    description: `The total population of Azerbaijan (all residents regardless of legal status or citizenship, at midyear), in persons, each year {years}, as the World Bank's World Development Indicators give it; the metadata names the United Nations Population Division's World Population Prospects: 2022 Revision first among its six sources. ${wdiCopy} With it, figures of the other datasets can be read per head of population.`,
    summary: 'The total population of Azerbaijan, each year, as the World Development Indicators give it (United Nations Population Division first among its sources).',
    notes: [
      'The metadata notes: "The values shown are midyear estimates."',
      'The metadata names six sources of the series: the United Nations Population Division\'s World Population Prospects, national statistical offices, Eurostat, the United Nations Statistical Division, the U.S. Census Bureau and the Secretariat of the Pacific Community; the figures are attributed to the first.',
    ],
    measures: [
      {
        id: 'population',
        label: 'Population, total',
        description: 'The total population of Azerbaijan at midyear, all residents regardless of legal status or citizenship (WDI indicator SP.POP.TOTL).',
        definition: wdiDefinition('sp_pop_totl', 'SP.POP.TOTL', 'Total population is based'),
      },
    ],
    series: [wdiSeries('population', 'sp_pop_totl', 'persons', 'un-desa-population-division')],
    dimensions: [],
    sums: [],
    attributionSources: ['unDesaPopulationDivision'],
    example: 'population',
  },
  {
    id: 'wdi-net-oda-received',
    exportName: 'wdiNetOdaReceived',
    fileName: 'wdiNetOdaReceived.ts',
    topic: 'humanitarian-aid',
    title: 'Net official development assistance received by Azerbaijan, {years} (World Bank, World Development Indicators)',
    description: `Net official development assistance (ODA) received by Azerbaijan, in current US dollars, each year {years}, as the World Bank's World Development Indicators give it from the Development Assistance Committee (DAC) of the OECD. ${wdiCopy} A negative figure means that repayments of principal exceeded the disbursements of the year.`,
    summary: 'Net official development assistance received by Azerbaijan (current US$), each year, as the OECD Development Assistance Committee gives it through the World Development Indicators.',
    notes: [
      'The metadata notes: "The nominal values may overstate the real value of aid to recipients."',
      'The cells are written with five decimals (for example 300000.01192 for 1991): the figure is kept as written, in US dollars.',
    ],
    measures: [
      {
        id: 'net-oda-received',
        label: 'Net official development assistance received (current US$)',
        description: 'Disbursements of concessional loans (net of repayments of principal) and grants to Azerbaijan that meet the DAC definition of official development assistance, in current US dollars, according to the OECD Development Assistance Committee (WDI indicator DT.ODA.ODAT.CD).',
        definition: wdiDefinition('dt_oda_odat_cd', 'DT.ODA.ODAT.CD', 'Net official development assistance (ODA) consists'),
      },
    ],
    series: [wdiSeries('net-oda-received', 'dt_oda_odat_cd', 'usd', 'oecd-dac')],
    dimensions: [],
    sums: [],
    attributionSources: ['oecdDac'],
    example: 'net-oda-received',
  },
];

const wdi: ReleaseConfig = {
  folder: 'wdi',
  exportName: 'worldBankWdi2025',
  sourceFile: 'worldBankWdi2025.ts',
  summary: 'World Development Indicators (World Bank), as republished file by file in DDF form by open-numbers (Gapminder): the release the WDI series of the library are read from, with the copy of each file (repository, path, commit) and the licence as stated upstream.',
  source: {
    id: 'world-bank-wdi-2025',
    title: 'World Development Indicators',
    publisher: 'World Bank',
    kind: 'intergovernmental',
    form: 'dataset',
    published: {
      date: '2025-10-12',
      basis: 'stated',
      note: 'The "created" date of the open-numbers package (datapackage.json at commit 01a34e8b, package version 1.1.0); the World Bank\'s own release date is not in the copy. Three indicators (SM.POP.REFG, SM.POP.REFG.OR, VC.IDP.TOCV) and the metadata rows were read at earlier commits of the same repository.',
    },
    edition: 'open-numbers copy, package version 1.1.0 of 2025-10-12 (SM.POP.REFG, SM.POP.REFG.OR and VC.IDP.TOCV from earlier commits)',
    license: {
      name: 'CC BY-4.0',
      url: CC_BY_4,
      attributionRequired: true,
      statedIn: 'license_type of every extracted indicator row of ddf--concepts--continuous.csv (commit 35f470d9); the open-numbers package itself states "license": "MIT" in its datapackage.json (commit 01a34e8b)',
      attribution: 'World Bank, World Development Indicators',
    },
    note: 'The open-numbers package is named ddf--gapminder--world_development_indicators ("Gapminder\'s World Development Indicators", author Gapminder) and licensed MIT as a package; the indicators carry CC BY-4.0 in their metadata. Its recipe builds it from open-numbers/ddf--world_bank--world_development_indicators.',
  },
  datasets: wdiDatasets,
  duplicates: [],
};

// ---------------------------------------------------------------------------------------------
// UNHCR Population Statistics (open-numbers DDF copy, data to 2018)

const UNHCR_IN = 'ddf--datapoints--population_arrived--by--geo--displacement_type--year.csv';
const UNHCR_FROM = 'ddf--datapoints--population_left--by--geo--displacement_type--year.csv';
const UNHCR_IN_TOTAL = 'ddf--datapoints--population_arrived--by--geo--year.csv';
const UNHCR_FROM_TOTAL = 'ddf--datapoints--population_left--by--geo--year.csv';
const unhcrType = (type: string, what: string) => ({
  file: 'ddf--entities--displacement_type.csv',
  row: { displacement_type: type },
  field: 'name',
  intro: `UNHCR's category (${what}), as the copy names it`,
});
const unhcrConcept = (concept: string) => ({
  file: 'ddf--concepts--continuous.csv',
  row: { concept },
  field: 'name',
  intro: 'The copy\'s name of the measure',
});
const unhcrIn = (measure: string, type: string) => ({ measure, unit: 'persons' as const, file: UNHCR_IN, column: 'population_arrived', period: 'year', where: { geo: 'aze', displacement_type: type } });
const unhcrFrom = (measure: string, type: string) => ({ measure, unit: 'persons' as const, file: UNHCR_FROM, column: 'population_left', period: 'year', where: { geo: 'aze', displacement_type: type } });

const unhcr: ReleaseConfig = {
  folder: 'unhcr-2019',
  exportName: 'unhcrPopulationStatistics2019',
  sourceFile: 'unhcrPopulationStatistics2019.ts',
  summary: 'UNHCR Population Statistics, data to 2018, as republished in DDF form by open-numbers (Gapminder) in December 2019: the release the UNHCR series of the library are read from, with the copy of each file (repository, path, commit); the copy states no licence.',
  source: {
    id: 'unhcr-population-statistics-2019',
    title: 'UNHCR Population Statistics',
    publisher: 'UNHCR',
    kind: 'intergovernmental',
    form: 'dataset',
    published: {
      date: '2019-12',
      basis: 'inferred',
      note: 'The date of the open-numbers commit 0ee56a8d (2019-12-05), the head of the copy\'s master branch; the data run to 2018. UNHCR\'s own release date is not in the copy.',
    },
    edition: 'data to 2018 (open-numbers copy of December 2019)',
    license: {
      name: 'none stated',
      attributionRequired: false,
      statedIn: 'datapackage.json of the open-numbers copy ("license": "", "author": "")',
    },
    note: 'The copy\'s README names the data "the UNHCR Population Statistics Dataset"; its ETL script reads unhcr_popstats_export_time_series_all_data.csv. The README says that in UNHCR\'s 2018 data figures between 1 and 4 were replaced with an asterisk, and that the copy replaced the asterisk with 3.',
  },
  datasets: [
    {
      id: 'unhcr-population-statistics-azerbaijan',
      exportName: 'unhcrPopulationStatisticsAzerbaijan',
      fileName: 'unhcrPopulationStatisticsAzerbaijan.ts',
      topic: 'displacement',
      title: 'People in and from Azerbaijan in the population statistics of UNHCR, by UNHCR category, {years}',
      description:
        'UNHCR\'s population statistics for Azerbaijan, each year {years}, in persons, by the categories UNHCR records: for Azerbaijan as the country of asylum or residence, internally displaced persons (IDPs), refugees, asylum-seekers, stateless persons, returned refugees and others of concern, with their total; for Azerbaijan as the country of origin UNHCR records, refugees, asylum-seekers, returned refugees and others of concern, with their total (the IDPs, whose origin and residence are both Azerbaijan, count in both totals). Read row by row from the open-numbers copy of December 2019 (repository open-numbers/ddf--unhcr--population_statistics). A year a category does not stand in is not a zero.',
      summary: 'UNHCR\'s population statistics for Azerbaijan to 2018: IDPs, refugees, asylum-seekers, stateless persons, returned refugees and others of concern in Azerbaijan, and refugees, asylum-seekers and returnees whose country of origin UNHCR records as Azerbaijan (open-numbers copy, each figure traced to its line).',
      notes: [
        'The IDP lines stand identically in both of the copy\'s files (people in Azerbaijan, people from Azerbaijan): each figure is held once, located in the file of people in Azerbaijan, and counts in both totals.',
        'The copy\'s README says that in UNHCR\'s data "figures between 1 and 4 have been replaced with an asterisk (*)" and that "Such figures are not included in any totals", and then: "In this dataset we replaced asterisk with 3." A 2018 figure written 3 is therefore held as a range from 1 to 4; for Azerbaijan the copy has none. A 2018 figure that sums several cells may leave out cells so hidden; the copy does not say which.',
        'For Azerbaijan as the country of origin, the copy\'s returned refugees are those whose country of origin UNHCR records as Azerbaijan; the copy does not say where they returned to.',
      ],
      measures: [
        { id: 'idps', label: 'Internally displaced persons (IDPs) in Azerbaijan, according to UNHCR', description: 'Internally displaced persons in Azerbaijan, as UNHCR records them.', definition: unhcrType('internally_displaced', 'displacement_type internally_displaced') },
        { id: 'refugees', label: 'Refugees in Azerbaijan (country of asylum: Azerbaijan), according to UNHCR', description: 'Refugees, including people in refugee-like situations, whose country of asylum UNHCR records as Azerbaijan.', definition: unhcrType('refugees', 'displacement_type refugees') },
        { id: 'asylum-seekers', label: 'Asylum-seekers in Azerbaijan, according to UNHCR', description: 'Asylum-seekers whose country of asylum UNHCR records as Azerbaijan.', definition: unhcrType('asylum_seekers', 'displacement_type asylum_seekers') },
        { id: 'stateless-persons', label: 'Stateless persons in Azerbaijan, according to UNHCR', description: 'Stateless persons whose country of residence UNHCR records as Azerbaijan.', definition: unhcrType('stateless_persons', 'displacement_type stateless_persons') },
        { id: 'returned-refugees', label: 'Returned refugees recorded with Azerbaijan as country of asylum or residence, according to UNHCR', description: 'Returned refugees that UNHCR records with Azerbaijan as the country of asylum or residence (the copy\'s file of people in Azerbaijan); the copy does not say where they returned from.', definition: unhcrType('returned_refugees', 'displacement_type returned_refugees') },
        { id: 'others-of-concern', label: 'Others of concern to UNHCR in Azerbaijan', description: 'People of concern to UNHCR in Azerbaijan who fall in none of its other categories, as UNHCR records them.', definition: unhcrType('others_of_concern', 'displacement_type others_of_concern') },
        { id: 'displaced-population-arrived', label: 'All categories, Azerbaijan as country of asylum or residence (the copy\'s "Displaced population: arrived")', description: 'The total of UNHCR\'s categories with Azerbaijan as the country of asylum or residence, as the copy gives it.', definition: unhcrConcept('population_arrived') },
        { id: 'refugee-population-by-country-of-origin', label: 'Refugees whose country of origin UNHCR records as Azerbaijan', description: 'Refugees, including people in refugee-like situations, whose country of origin UNHCR records as Azerbaijan, wherever they have asylum.', definition: unhcrType('refugees', 'displacement_type refugees') },
        { id: 'asylum-seekers-by-origin', label: 'Asylum-seekers whose country of origin UNHCR records as Azerbaijan', description: 'Asylum-seekers whose country of origin UNHCR records as Azerbaijan, wherever they seek asylum.', definition: unhcrType('asylum_seekers', 'displacement_type asylum_seekers') },
        { id: 'returned-refugees-by-origin', label: 'Returned refugees whose country of origin UNHCR records as Azerbaijan', description: 'Returned refugees whose country of origin UNHCR records as Azerbaijan.', definition: unhcrType('returned_refugees', 'displacement_type returned_refugees') },
        { id: 'others-of-concern-by-origin', label: 'Others of concern to UNHCR whose country of origin UNHCR records as Azerbaijan', description: 'People of concern to UNHCR in its category "others of concern" whose country of origin UNHCR records as Azerbaijan.', definition: unhcrType('others_of_concern', 'displacement_type others_of_concern') },
        { id: 'displaced-population-left', label: 'All categories, Azerbaijan as country of origin (the copy\'s "Displaced population: left")', description: 'The total of UNHCR\'s categories with Azerbaijan as the country of origin, as the copy gives it.', definition: unhcrConcept('population_left') },
      ],
      series: [
        unhcrIn('idps', 'internally_displaced'),
        unhcrIn('refugees', 'refugees'),
        unhcrIn('asylum-seekers', 'asylum_seekers'),
        unhcrIn('stateless-persons', 'stateless_persons'),
        unhcrIn('returned-refugees', 'returned_refugees'),
        unhcrIn('others-of-concern', 'others_of_concern'),
        { measure: 'displaced-population-arrived', unit: 'persons', file: UNHCR_IN_TOTAL, column: 'population_arrived', period: 'year', where: { geo: 'aze' } },
        unhcrFrom('refugee-population-by-country-of-origin', 'refugees'),
        unhcrFrom('asylum-seekers-by-origin', 'asylum_seekers'),
        unhcrFrom('returned-refugees-by-origin', 'returned_refugees'),
        unhcrFrom('others-of-concern-by-origin', 'others_of_concern'),
        { measure: 'displaced-population-left', unit: 'persons', file: UNHCR_FROM_TOTAL, column: 'population_left', period: 'year', where: { geo: 'aze' } },
      ],
      dimensions: [],
      sums: [
        {
          id: 'displaced-population-arrived-{year}-by-type',
          description: '{year}: the copy\'s total of people with Azerbaijan as country of asylum or residence = the sum of UNHCR\'s categories for that year',
          totalMeasure: 'displaced-population-arrived',
          partMeasures: ['idps', 'refugees', 'asylum-seekers', 'stateless-persons', 'returned-refugees', 'others-of-concern'],
          discrepancyNote: 'The copy\'s total differs from the sum of its categories; the copy does not say why.',
        },
        {
          id: 'displaced-population-left-{year}-by-type',
          description: '{year}: the copy\'s total of people with Azerbaijan as country of origin = the sum of UNHCR\'s categories for that year, the IDPs included',
          totalMeasure: 'displaced-population-left',
          partMeasures: ['idps', 'refugee-population-by-country-of-origin', 'asylum-seekers-by-origin', 'returned-refugees-by-origin', 'others-of-concern-by-origin'],
          discrepancyNote: 'The copy\'s total differs from the sum of its categories; the copy does not say why.',
        },
      ],
      attributionSources: [],
      example: 'idps',
    },
  ],
  duplicates: [
    {
      file: UNHCR_FROM,
      where: { geo: 'aze', displacement_type: 'internally_displaced' },
      sameAs: { file: UNHCR_IN, where: { geo: 'aze', displacement_type: 'internally_displaced' } },
    },
  ],
  masked: {
    period: '2018',
    written: '3',
    low: 1,
    high: 4,
    wording: 'In this dataset we replaced asterisk with 3',
    statedIn: 'README.md.lines.txt',
    note: 'UNHCR replaced 2018 figures between 1 and 4 with an asterisk, and the copy replaced the asterisk with 3 (the copy\'s README): the figure is from 1 to 4, not 3.',
  },
};

// ---------------------------------------------------------------------------------------------
// UN DESA, International Migrant Stock 2019 (open-numbers DDF copy)

const DESA_OD = 'ddf--datapoints--migrant_stock--by--destination--origin--year.csv';
const desaConcept = (concept: string) => ({
  file: 'ddf--concepts--continuous.csv',
  row: { concept },
  field: 'name',
  intro: 'The copy\'s name of the measure',
});
const desaCopy = 'Read row by row from the open-numbers copy of the 2019 revision (repository open-numbers/ddf--unpop--international_migrant_stock), whose ETL reads UN DESA\'s file UN_MigrantStockByOriginAndDestination_2019.xlsx.';

const undesa: ReleaseConfig = {
  folder: 'undesa-2019',
  exportName: 'unDesaInternationalMigrantStock2019',
  sourceFile: 'unDesaInternationalMigrantStock2019.ts',
  summary: 'International Migrant Stock 2019 (UN DESA, Population Division), by origin and destination, as republished in DDF form by open-numbers (Gapminder): the release the migrant stocks by country of the library are read from, with the copy of each file (repository, path, commit) and the licence as stated upstream.',
  source: {
    id: 'un-desa-international-migrant-stock-2019',
    title: 'International Migrant Stock 2019: migrant stock by origin and destination',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    kind: 'intergovernmental',
    form: 'dataset',
    published: {
      date: '2019',
      basis: 'stated',
      note: 'The year of the revision, as the name of the source file the copy reads gives it (UN_MigrantStockByOriginAndDestination_2019.xlsx); the open-numbers package was created 2019-11-26.',
    },
    edition: '2019 revision',
    license: {
      name: 'CC-BY-4.0',
      url: CC_BY_4,
      attributionRequired: true,
      statedIn: 'datapackage.json of the open-numbers copy ("license": "CC-BY-4.0", "author": "Gapminder")',
      attribution: 'United Nations, Department of Economic and Social Affairs, Population Division: International Migrant Stock 2019',
    },
    note: 'The copy\'s README is titled "UN DESA International Migration Dataset"; its sections on sources and caveats are empty.',
  },
  datasets: [
    {
      id: 'undesa-emigrants-by-destination',
      exportName: 'undesaEmigrantsByDestination',
      fileName: 'undesaEmigrantsByDestination.ts',
      topic: 'migration',
      title: 'Migrants from Azerbaijan by country of destination, {years} (UN DESA, International Migrant Stock 2019)',
      description: `The international migrant stock whose country of origin is Azerbaijan, by country of destination, in persons, for 1990, 1995, 2000, 2005, 2010, 2015 and 2019, with the total (the copy's "Emigrant Stock"), as UN DESA's Population Division gives them in International Migrant Stock 2019. ${desaCopy} The destinations listed add up to the total in every year.`,
      summary: 'Migrants from Azerbaijan (international migrant stock whose origin is Azerbaijan) by country of destination, with the total, as UN DESA gives them in International Migrant Stock 2019.',
      notes: [
        'The copy writes some cells as 0 (for example Bolivia, 1990): they are held as figures of zero, as written.',
        'Countries of destination are coded ISO 3166-1 alpha-2 (the copy writes lower-case alpha-3 codes, such as rus for the Russian Federation); their names are the ISO short names.',
      ],
      measures: [
        { id: 'emigrant-stock', label: 'Migrants from Azerbaijan (international migrant stock whose country of origin is Azerbaijan)', description: 'People whose country of origin is Azerbaijan living in another country, according to UN DESA; by country of destination, and in total.', definition: desaConcept('emigrant_stock') },
      ],
      series: [
        { measure: 'emigrant-stock', unit: 'persons', file: DESA_OD, column: 'migrant_stock', period: 'year', where: { origin: 'aze' }, dimension: { id: 'destination', field: 'destination' } },
        { measure: 'emigrant-stock', unit: 'persons', file: 'ddf--datapoints--emigrant_stock--by--geo--year.csv', column: 'emigrant_stock', period: 'year', where: { geo: 'aze' } },
      ],
      dimensions: [{ id: 'destination', label: 'Country of destination' }],
      sums: [
        {
          id: 'emigrant-stock-{year}-by-destination',
          description: '{year}: migrants from Azerbaijan in total = the sum over the countries of destination the copy lists',
          totalMeasure: 'emigrant-stock',
          partMeasures: ['emigrant-stock'],
          remainderLabel: 'Destinations the copy lists no country row for',
          discrepancyNote: 'The countries listed add up to more than the copy\'s total; the copy does not say why.',
        },
      ],
      attributionSources: [],
      example: 'emigrant-stock-ru',
    },
    {
      id: 'undesa-immigrants-by-origin',
      exportName: 'undesaImmigrantsByOrigin',
      fileName: 'undesaImmigrantsByOrigin.ts',
      topic: 'migration',
      title: 'Migrants in Azerbaijan by country of origin, {years} (UN DESA, International Migrant Stock 2019)',
      description: `The international migrant stock living in Azerbaijan, by country of origin, in persons, for 1990, 1995, 2000, 2005, 2010, 2015 and 2019, with the total (the copy's "Immigrant Stock"), as UN DESA's Population Division gives them in International Migrant Stock 2019. ${desaCopy} The countries of origin listed fall short of the total; the rest is declared as a remainder.`,
      summary: 'Migrants in Azerbaijan (international migrant stock) by country of origin, with the total, as UN DESA gives them in International Migrant Stock 2019.',
      notes: [
        'The copy\'s ETL derives the totals from the source\'s "Total" row and column; the countries of origin it lists add up to less than the total each year, and the rest is declared as a remainder of origins the copy has no country row for.',
        'Countries of origin are coded ISO 3166-1 alpha-2 (the copy writes lower-case alpha-3 codes, such as arm for Armenia); their names are the ISO short names.',
      ],
      measures: [
        { id: 'immigrant-stock', label: 'Migrants in Azerbaijan (international migrant stock)', description: 'People living in Azerbaijan whose country of origin is another country, according to UN DESA; by country of origin, and in total.', definition: desaConcept('immigrant_stock') },
      ],
      series: [
        { measure: 'immigrant-stock', unit: 'persons', file: DESA_OD, column: 'migrant_stock', period: 'year', where: { destination: 'aze' }, dimension: { id: 'origin', field: 'origin' } },
        { measure: 'immigrant-stock', unit: 'persons', file: 'ddf--datapoints--immigrant_stock--by--geo--year.csv', column: 'immigrant_stock', period: 'year', where: { geo: 'aze' } },
      ],
      dimensions: [{ id: 'origin', label: 'Country of origin' }],
      sums: [
        {
          id: 'immigrant-stock-{year}-by-origin',
          description: '{year}: migrants in Azerbaijan in total = the sum over the countries of origin the copy lists + the origins it lists no country row for',
          totalMeasure: 'immigrant-stock',
          partMeasures: ['immigrant-stock'],
          remainderLabel: 'Origins the copy lists no country row for',
          discrepancyNote: 'The countries listed add up to more than the copy\'s total; the copy does not say why.',
        },
      ],
      attributionSources: [],
      example: 'immigrant-stock-am',
    },
  ],
  duplicates: [],
};

/** Every release the importer reads, in the order it writes them. */
export const releases: readonly ReleaseConfig[] = [wdi, unhcr, undesa, ...releases2025];
