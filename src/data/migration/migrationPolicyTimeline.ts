import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { stateStatisticsCommittee } from '../../sources/stateStatisticsCommittee.js';

/**
 * Dated events of migration and migration policy in Azerbaijan, 1991–2014, as the migration report
 * (`003_d94e756ed0cfba1e.txt`) reports them (outside trafficking, refugees and remittances).
 *
 * @example
 * ```ts
 * import { migrationPolicyTimeline } from 'azerbaijan-data/migration';
 * migrationPolicyTimeline.events.find((e) => e.id === 'state-migration-service-established')?.date;
 * //=> '2007-03-19'
 * ```
 */
export const migrationPolicyTimeline: Dataset<'migration-policy-timeline'> = /* @__PURE__ */ deepFreeze({
  "id": "migration-policy-timeline",
  "title": "Migration policy timeline, 1991–2014",
  "description": "Dated events that the migration report gives on migration and migration policy in Azerbaijan: independence in 1991, the end of the post-Soviet decline in 1996, the State Border Service (July 2002), the Migration Service within the Ministry of Internal Affairs (decree of 29 June 2005, in service from 16 May 2006), the State Migration Programmes for 2006-2008 and 2012-2014, the State Migration Service (19 March 2007), the National Security Concept (May 2007), the biometrics programme (13 February 2007), positive net migration from 2008, and the centres for illegal migrants built in 2011. Events of trafficking, refugees and remittances are in the datasets of those topics.",
  "topic": "migration",
  "version": "1.0.1",
  "sha256": "f9dd6d756345a64b855297669266435fc4ff831507357146e118147794c4a1bc",
  "units": [
    "years"
  ],
  "measures": [
    {
      "id": "dated-event",
      "label": "Dated event",
      "description": "This dataset holds dated events only; no observation uses this measure."
    }
  ],
  "dimensions": [],
  "sources": [migrationReport, stateStatisticsCommittee],
  "observations": [],
  "relations": [],
  "events": [
    {
      "id": "independence-1991",
      "label": "Azerbaijan regains its independence",
      "date": "1991",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "Since regaining its independence in 1991",
      "asWritten": "1991",
      "note": "The section \"Academic researches related to migration\" repeats the year: \"since Azerbaijan proclaimed its independence in 1991\"."
    },
    {
      "id": "post-soviet-decline-until-1996",
      "label": "The post-Soviet economic decline, named by the report as a cause of emigration, continues until 1996",
      "date": "1996",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "The decline continued until 1996",
      "asWritten": "1996"
    },
    {
      "id": "state-migration-programme-2006-2008",
      "label": "State Migration Programme of the Republic of Azerbaijan for 2006-2008",
      "date": "2006/2008",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "The State Migration Programme of the Republic of Azerbaijan for 2006-2008",
      "asWritten": "2006-2008"
    },
    {
      "id": "state-migration-service-established",
      "label": "The President of Azerbaijan signs an order on the establishment of the State Migration Service",
      "date": "2007-03-19",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "On 19 March 2007, the President of Azerbaijan signed an order on establishment of the State Migration Service",
      "asWritten": "19 March 2007",
      "note": "The section \"Assessment and analysis of migration policies\" calls the same act a decree: \"According to the Decree of the President of Azerbaijan dated 19 March 2007, the State Migration Service was set up\"."
    },
    {
      "id": "state-migration-programme-2012-2014-draft",
      "label": "State Migration Programme for 2012-2014, in draft at the time of the report",
      "date": "2012/2014",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Executive summary"
      },
      "quote": "the Azerbaijani government is working on the draft of a new State Migration Programme for 2012-2014",
      "asWritten": "2012-2014",
      "note": "The date is the period the draft programme covers; the report says the government is currently working on the draft."
    },
    {
      "id": "net-migration-positive-from-2008",
      "label": "Net migration becomes positive, according to the State Statistical Committee",
      "date": "2008",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "attribution": "state-statistics-committee",
      "locator": {
        "section": "Legal migration",
        "footnote": 5
      },
      "citation": "Official website of the State Statistic Committee of the Republic of Azerbaijan www.azstat.org",
      "quote": "beginning from 2008 a net migration has become positive",
      "asWritten": "2008"
    },
    {
      "id": "state-border-service-established",
      "label": "State Border Service established",
      "date": "2002-07",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "the establishment of the State Border Service in Azerbaijan in July of 2002",
      "asWritten": "July of 2002"
    },
    {
      "id": "border-violations-decline-2003",
      "label": "Sharp decline in the number of border violations, as the report reads its chart",
      "date": "2003",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Irregular migration"
      },
      "quote": "2003 marked a sharp decline in number of border violations",
      "asWritten": "2003",
      "note": "The report says that some experts link the decline with the establishment of the State Border Service in July 2002; the chart (Figure 1) has no figures in the text."
    },
    {
      "id": "national-security-concept-approved",
      "label": "National Security Concept approved by the President of Azerbaijan",
      "date": "2007-05",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Assessment and analysis of migration policies"
      },
      "quote": "The National Security Concept, a document approved by the President of Azerbaijan in May 2007",
      "asWritten": "May 2007"
    },
    {
      "id": "migration-service-mia-decree",
      "label": "Presidential Decree No. 254 creates a Migration Service within the Ministry of Internal Affairs (MIA)",
      "date": "2005-06-29",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Assessment and analysis of migration policies"
      },
      "quote": "Presidential Decree No. 254, dated 29 June 2005, Migration Service was created within the MIA",
      "asWritten": "29 June 2005",
      "note": "The report says it is now called the Chief Passport and Registration and Migration Department."
    },
    {
      "id": "migration-service-mia-in-service",
      "label": "The Migration Service within the MIA comes into service",
      "date": "2006-05-16",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Assessment and analysis of migration policies"
      },
      "quote": "Migration Service was created within the MIA and came into service on 16 May 2006",
      "asWritten": "16 May 2006"
    },
    {
      "id": "biometric-identification-programme-endorsed",
      "label": "State Programme on Biometric Identification endorsed by Presidential Decree No. 1963",
      "date": "2007-02-13",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address irregular migration"
      },
      "quote": "has been endorsed by Presidential Decree No. 1963, dated 13 February 2007",
      "asWritten": "13 February 2007",
      "note": "The programme is \"the State Programme on Biometric Identification in the Republic of Azerbaijan\", drafted on the proposals of a task force on biometrics; the preceding sentence cites the Azerbaijan MFA on the promotion of biometrics."
    },
    {
      "id": "illegal-migrant-centres-completed",
      "label": "The government completes special centres in Baku and Yevlakh for holding illegal migrants",
      "date": "2011",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address irregular migration"
      },
      "quote": "In 2011, Azerbaijani government has completed construction of special centres in Baku and Yevlakh (west of Azerbaijan) for holding illegal migrants",
      "asWritten": "2011"
    }
  ],
  "gaps": [],
  "notes": [
    "This dataset has events only and no observations.",
    "The report calls the act of 19 March 2007 on the State Migration Service an \"order\" in its executive summary and a \"Decree\" in its assessment of migration policies.",
    "The 2012-2014 programme was a draft when the report was written; its date is the period it covers."
  ]
});
