import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';
import { usTipReport2011 } from '../../sources/usTipReport2011.js';

/**
 * Victims of trafficking identified and assisted in Azerbaijan in 2009 and 2010, as the migration
 * report (`003_d94e756ed0cfba1e.txt`) gives them after the US Trafficking in Persons Report 2011,
 * with the dated steps of the government’s anti-trafficking policy that the report lists.
 *
 * @example
 * ```ts
 * import { traffickingVictims } from 'azerbaijan-data/trafficking';
 * traffickingVictims.observations.find((o) => o.id === 'victims-identified-2009')?.value;
 * //=> 220
 * ```
 */
export const traffickingVictims: Dataset<'trafficking-victims'> = /* @__PURE__ */ deepFreeze({
  "id": "trafficking-victims",
  "title": "Trafficking victims identified and assisted, 2009–2010, and anti-trafficking policy steps",
  "description": "Victims of trafficking identified by the Government of Azerbaijan in 2010 by type (adult female victims of sex trafficking, child victims of sex trafficking, male victims of forced labour) and in 2009 in total, the forced-labour victims repatriated, the potential victims given medical and psychological assistance, and the victims assisted by the government-funded trafficking shelter in 2009 and 2010, in persons, as reported by the US State Department’s Trafficking in Persons Report 2011 (cited in footnote 15 of the 2011–2012 country report on migration). With the maximum duration of temporary residency permits for recognised victims and the dated steps of the government’s anti-trafficking policy (2004–2006) as the report states them.",
  "topic": "trafficking",
  "version": "1.0.0",
  "sha256": "f52e98f86831c5300c0e8af1d6e77b839fd4e36f6d4df4dbc0661d1cc157f903",
  "units": [
    "persons",
    "count",
    "years"
  ],
  "measures": [
    {
      "id": "trafficking-victims-identified",
      "label": "Trafficking victims identified by the government"
    },
    {
      "id": "trafficking-victims-repatriated",
      "label": "Trafficking victims repatriated by the government"
    },
    {
      "id": "potential-victims-assisted",
      "label": "Potential victims of trafficking given medical and psychological assistance",
      "description": "Women who were potential victims of trafficking, in addition to the identified victims."
    },
    {
      "id": "trafficking-shelters-funded",
      "label": "Trafficking shelters funded by the government"
    },
    {
      "id": "shelter-victims-assisted",
      "label": "Victims assisted by the government-funded trafficking shelter"
    },
    {
      "id": "temporary-residency-permit-duration",
      "label": "Duration of the temporary residency permits recognised victims may apply for"
    }
  ],
  "dimensions": [
    {
      "id": "victim-type",
      "label": "Type of victim",
      "values": [
        {
          "code": "adult-female-sex-trafficking",
          "label": "Adult female victims of sex trafficking"
        },
        {
          "code": "child-sex-trafficking",
          "label": "Child victims of sex trafficking"
        },
        {
          "code": "male-forced-labour",
          "label": "Male victims of forced labour"
        }
      ]
    }
  ],
  "sources": [migrationReport, usTipReport2011],
  "observations": [
    {
      "id": "victims-identified-adult-female-sex-trafficking-2010",
      "measure": "trafficking-victims-identified",
      "qualifier": "exact",
      "value": 31,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "victim-type": "adult-female-sex-trafficking"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "The government of Azerbaijan identified 31 adult female victims of sex trafficking",
      "asWritten": "31"
    },
    {
      "id": "victims-identified-child-sex-trafficking-2010",
      "measure": "trafficking-victims-identified",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "victim-type": "child-sex-trafficking"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "three child victims of sex trafficking",
      "asWritten": "three"
    },
    {
      "id": "victims-identified-male-forced-labour-2010",
      "measure": "trafficking-victims-identified",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "victim-type": "male-forced-labour"
      },
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "three male victims of forced labour in 2010",
      "asWritten": "three"
    },
    {
      "id": "victims-identified-2009",
      "measure": "trafficking-victims-identified",
      "qualifier": "exact",
      "value": 220,
      "unit": "persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "a decrease from 220 total victims identified by the government in 2009",
      "asWritten": "220"
    },
    {
      "id": "forced-labour-victims-repatriated-2010",
      "measure": "trafficking-victims-repatriated",
      "qualifier": "exact",
      "value": 3,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "The victims of forced labour (three persons) were identified as trafficking victims and repatriated by the government after being jailed in Poland",
      "asWritten": "three",
      "note": "The sentence gives no year; it speaks of the victims of forced labour of the sentence before, identified in 2010."
    },
    {
      "id": "potential-victims-assisted-2010",
      "measure": "potential-victims-assisted",
      "qualifier": "exact",
      "value": 319,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "psychological assistance to an additional 319 women, who were potential victims of trafficking",
      "asWritten": "319",
      "note": "Medical and psychological assistance. The sentence gives no year; it continues the account of 2010 of the paragraph before."
    },
    {
      "id": "trafficking-shelters-funded-2010",
      "measure": "trafficking-shelters-funded",
      "qualifier": "exact",
      "value": 1,
      "unit": "count",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "During the year, the government funded one trafficking shelter",
      "asWritten": "one",
      "note": "\"During the year\": 2010, the year of the account."
    },
    {
      "id": "shelter-victims-assisted-2010",
      "measure": "shelter-victims-assisted",
      "qualifier": "exact",
      "value": 27,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "one trafficking shelter which assisted 27 victims of sex trafficking",
      "asWritten": "27",
      "note": "\"During the year\": 2010, the year of the account."
    },
    {
      "id": "shelter-victims-assisted-2009",
      "measure": "shelter-victims-assisted",
      "qualifier": "exact",
      "value": 48,
      "unit": "persons",
      "period": "2009",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "attribution": "us-tip-report-2011",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "footnote": 15
      },
      "citation": "Trafficking in Persons Report 2011 by the US State Department",
      "quote": "compared with 48 victims assisted by the government-funded trafficking shelter in 2009",
      "asWritten": "48"
    },
    {
      "id": "temporary-residency-permit-duration",
      "measure": "temporary-residency-permit-duration",
      "qualifier": "atMost",
      "value": 1,
      "wording": "up to",
      "unit": "years",
      "period": "2011",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address trafficking in human beings"
      },
      "quote": "Recognized victims may apply for temporary residency permits for up to one year",
      "asWritten": "one",
      "note": "The document dates the provision neither by law nor by year; the period 2011 is the time of writing (the report’s latest figure is of November 2011)."
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "repatriated-among-forced-labour-victims-2010",
      "description": "The three repatriated victims are the victims of forced labour identified in 2010 (three persons)",
      "part": "forced-labour-victims-repatriated-2010",
      "whole": "victims-identified-male-forced-labour-2010"
    }
  ],
  "events": [
    {
      "id": "national-action-plan-approved",
      "label": "National Action Plan to Combat Trafficking in Human Beings approved",
      "date": "2004",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address trafficking in human beings"
      },
      "quote": "In 2004, the National Action Plan to Combat Trafficking in Human Beings was approved",
      "asWritten": "2004"
    },
    {
      "id": "anti-trafficking-law-adopted",
      "label": "Law on the Fight against Trafficking in Human Beings adopted",
      "date": "2005",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address trafficking in human beings"
      },
      "quote": "in 2005, the Law on the Fight against Trafficking in Human Beings was adopted",
      "asWritten": "2005"
    },
    {
      "id": "government-shelter-opened",
      "label": "Government opens and fully funds a shelter for trafficked victims",
      "date": "2006-10",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address trafficking in human beings"
      },
      "quote": "In October 2006, the government opened and fully funded a shelter for trafficked victims",
      "asWritten": "October 2006"
    },
    {
      "id": "pamphlet-campaign",
      "label": "Campaign distributing pamphlets carried out",
      "date": "2006",
      "dateBasis": "stated",
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Policies to address trafficking in human beings"
      },
      "quote": "A campaign which distributed pamphlets was carried out in 2006",
      "asWritten": "2006"
    }
  ],
  "gaps": [],
  "notes": [
    "Footnote 15 (Trafficking in Persons Report 2011 by the US State Department) stands at the end of the paragraph before the figures; the paragraphs with the figures carry no footnote of their own and continue the same account, so the figures are attributed to that report with footnote 15 as their citation.",
    "The report gives no total of victims identified in 2010, only the three types (31, three and three); no total is added here. Table 4 of the report counts 34 victims in 2010 (dataset trafficking-crimes).",
    "The policy steps (2004 National Action Plan, 2005 Law, October 2006 shelter, 2006 pamphlet campaign) stand in the section \"Policies to address trafficking in human beings\" without a footnote. The same section says, after \"the 2007 US TIP Report\", that the shelter lacks a formal nationwide victim identification mechanism, and that a nationwide toll-free hotline has been opened within the MIA’s Department for Combating Trafficking in Human Beings, without a date."
  ]
});
