// placeholder until the release script generates it: one entry, the data as it stands (package 0.1.0, unreleased).
// The release routine (scripts of the release issue) generates this file from CHANGELOG.md and the data; do not edit it by hand.
/**
 * Every release of the package, oldest first: its version, its date (ISO 8601) and the data
 * version of every dataset it shipped. `verify` reads it to name the release whose changelog
 * entry explains a dataset's new version.
 */
export const releases: readonly { version: string; date: string; datasets: Readonly<Record<string, string>> }[] = [
  {
    version: '0.1.0',
    date: '2026-12-05',
    datasets: {
      "arrivals-by-country": "1.0.0",
      "border-violators-2009": "1.0.0",
      "departures-by-country": "1.0.0",
      "deportations-2011": "1.0.0",
      "foreigners-by-purpose-2011": "1.0.0",
      "international-migration": "1.0.0",
      "labour-migration": "1.0.0",
      "migrant-workers-2011": "1.0.0",
      "migrants-origin-2001-2009": "1.0.0",
      "migration-policy-timeline": "1.0.1",
      "migration-stocks-2010": "1.0.0",
      "net-migration-summary": "1.0.0",
      "state-migration-service-2011": "1.0.0",
      "undesa-emigrants-by-destination": "1.0.0",
      "undesa-immigrants-by-origin": "1.0.0",
      "undocumented-migrants": "1.0.0",
      "wdi-international-migrant-stock": "1.0.0",
      "wdi-net-migration": "1.0.0",
      "wdi-population": "1.0.0",
      "asylum-seekers-by-origin": "1.0.0",
      "displacement-history": "1.0.1",
      "idp-estimates-idmc": "1.0.1",
      "nrc-displacement": "1.0.0",
      "refugee-population-2010": "1.0.0",
      "refugee-status-determination-2007": "1.0.1",
      "refugees-idps-asylum-seekers-2008": "1.0.0",
      "unhcr-population-statistics-azerbaijan": "1.0.0",
      "wdi-idps-idmc": "1.0.0",
      "wdi-refugees": "1.0.0",
      "remittance-flows": "1.0.0",
      "remittances-statements": "1.0.0",
      "wdi-personal-remittances": "1.0.0",
      "trafficking-crimes": "1.0.0",
      "trafficking-victims": "1.0.0",
      "conflict-context-landmine-monitor": "1.0.0",
      "landmine-casualties": "1.0.1",
      "landmine-contamination": "1.0.0",
      "mine-action-budget-2000": "1.0.0",
      "mine-action-funding-2000": "1.0.1",
      "mine-action-programme-2000": "1.0.1",
      "mine-awareness-icrc": "1.0.0",
      "karabakh-conflict-areas": "1.0.0",
      "missing-persons-2011": "1.0.0",
      "occupation-in-figures-2011": "1.0.0",
      "humanitarian-aid-2023": "1.0.1",
      "wdi-net-oda-received": "1.0.0"
    },
  },
];
