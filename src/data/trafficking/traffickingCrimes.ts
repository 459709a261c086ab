import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { migrationReport } from '../../sources/migrationReport.js';

/**
 * Registered trafficking-related crimes in Azerbaijan by Criminal Code article, criminals, human
 * traffickers and victims, 2010 and January–October 2011: every cell of Table 4 of the migration
 * report (`003_d94e756ed0cfba1e.txt`), which names no source for the table.
 *
 * @example
 * ```ts
 * import { traffickingCrimes } from 'azerbaijan-data/trafficking';
 * traffickingCrimes.observations.find((o) => o.id === 'crimes-committed-2010')?.value;
 * //=> 221
 * ```
 */
export const traffickingCrimes: Dataset<'trafficking-crimes'> = /* @__PURE__ */ deepFreeze({
  "id": "trafficking-crimes",
  "title": "Registered trafficking-related crimes, criminals and victims, 2010 and January–October 2011",
  "description": "Crimes registered in Azerbaijan in 2010 under eight articles of the Criminal Code (human trafficking, forced labour, recruiting for prostitution, recruiting minors for prostitution, running brothels, forcing into sexual acts, forcing the removal of organs or tissues, distributing pornographic materials), with the total number of crimes committed, the number of criminals, of human traffickers (Art. 144-1) and of victims. For January–October 2011 the table gives the human trafficking crimes, human traffickers and victims only. Crimes are counted in number of crimes, people in persons. From Table 4 of the 2011–2012 country report on migration, which names no source for the table.",
  "topic": "trafficking",
  "version": "1.0.0",
  "sha256": "90726003eaeb09275d50aaa069d143a7a996e8979409723f067fc2e410c441e4",
  "units": [
    "count",
    "persons"
  ],
  "measures": [
    {
      "id": "crimes-committed",
      "label": "Crimes committed (registered)",
      "description": "Number of crimes registered; by Criminal Code article where the dimension crime-code is given, all listed articles together otherwise."
    },
    {
      "id": "criminals",
      "label": "Criminals (registered)"
    },
    {
      "id": "human-traffickers",
      "label": "Human traffickers (according to Art. 144-1 of the Criminal Code)"
    },
    {
      "id": "trafficking-victims",
      "label": "Victims (registered)",
      "description": "The victims row of Table 4."
    }
  ],
  "dimensions": [
    {
      "id": "crime-code",
      "label": "Criminal Code article",
      "values": [
        {
          "code": "144-1",
          "label": "Human trafficking (Art. 144-1)"
        },
        {
          "code": "144-2",
          "label": "Forced labour (Art. 144-2)"
        },
        {
          "code": "243",
          "label": "Recruiting for prostitution (Art. 243)"
        },
        {
          "code": "171",
          "label": "Recruiting for prostitution of minors (Art. 171)"
        },
        {
          "code": "244",
          "label": "Running brothels (Art. 244)"
        },
        {
          "code": "151",
          "label": "Forcing for engagement in sexual acts (Art. 151)"
        },
        {
          "code": "137",
          "label": "Forcing for the removal of human organs or tissues for the sale and transplantation (of them) (Art. 137)"
        },
        {
          "code": "242",
          "label": "Illegally distributing pornographic materials (Art. 242)"
        }
      ]
    }
  ],
  "sources": [migrationReport],
  "observations": [
    {
      "id": "crimes-committed-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 221,
      "unit": "count",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Number of crimes committed",
        "column": "Registered 2010"
      },
      "quote": "Number of crimes committed 221",
      "asWritten": "221"
    },
    {
      "id": "crimes-committed-144-1-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 70,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "144-1"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Human trafficking",
        "column": "Registered 2010"
      },
      "quote": "Human trafficking 144-1 70",
      "asWritten": "70"
    },
    {
      "id": "crimes-committed-144-1-2011-01-2011-10",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 70,
      "unit": "count",
      "period": "2011-01/2011-10",
      "dimensions": {
        "crime-code": "144-1"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Human trafficking",
        "column": "(Jan-Oct 2011)"
      },
      "quote": "Human trafficking 144-1 70 (70)",
      "asWritten": "70",
      "note": "The table writes the January–October 2011 figure in brackets after the 2010 figure; it is the same number, 70, as in 2010."
    },
    {
      "id": "crimes-committed-144-2-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 1,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "144-2"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Forced labour",
        "column": "Registered 2010"
      },
      "quote": "Forced labour 144-2 1",
      "asWritten": "1"
    },
    {
      "id": "crimes-committed-243-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 63,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "243"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Recruiting for prostitution",
        "column": "Registered 2010"
      },
      "quote": "Recruiting for prostitution 243 63",
      "asWritten": "63"
    },
    {
      "id": "crimes-committed-171-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 2,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "171"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Recruiting for prostitution of minors",
        "column": "Registered 2010"
      },
      "quote": "Recruiting for prostitution of minors 171 2",
      "asWritten": "2"
    },
    {
      "id": "crimes-committed-244-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 77,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "244"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Running brothels",
        "column": "Registered 2010"
      },
      "quote": "Running brothels 244 77",
      "asWritten": "77"
    },
    {
      "id": "crimes-committed-151-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 3,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "151"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Forcing for engagement in sexual acts",
        "column": "Registered 2010"
      },
      "quote": "Forcing for engagement in sexual acts 151 3",
      "asWritten": "3"
    },
    {
      "id": "crimes-committed-242-2010",
      "measure": "crimes-committed",
      "qualifier": "exact",
      "value": 5,
      "unit": "count",
      "period": "2010",
      "dimensions": {
        "crime-code": "242"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Illegally distributing pornographic materials",
        "column": "Registered 2010"
      },
      "quote": "Illegally distributing pornographic materials 242 5",
      "asWritten": "5"
    },
    {
      "id": "criminals-2010",
      "measure": "criminals",
      "qualifier": "exact",
      "value": 137,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Number of criminals",
        "column": "Registered 2010"
      },
      "quote": "Number of criminals 137",
      "asWritten": "137"
    },
    {
      "id": "human-traffickers-2010",
      "measure": "human-traffickers",
      "qualifier": "exact",
      "value": 39,
      "unit": "persons",
      "period": "2010",
      "dimensions": {
        "crime-code": "144-1"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Human traffickers (according to Art. 144-1)",
        "column": "Registered 2010"
      },
      "quote": "Human traffickers (according to Art. 144-1) 39",
      "asWritten": "39"
    },
    {
      "id": "human-traffickers-2011-01-2011-10",
      "measure": "human-traffickers",
      "qualifier": "exact",
      "value": 18,
      "unit": "persons",
      "period": "2011-01/2011-10",
      "dimensions": {
        "crime-code": "144-1"
      },
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Human traffickers (according to Art. 144-1)",
        "column": "(Jan-Oct 2011)"
      },
      "quote": "Human traffickers (according to Art. 144-1) 39 (18)",
      "asWritten": "18"
    },
    {
      "id": "victims-2010",
      "measure": "trafficking-victims",
      "qualifier": "exact",
      "value": 34,
      "unit": "persons",
      "period": "2010",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Victims",
        "column": "Registered 2010"
      },
      "quote": "Victims 34",
      "asWritten": "34"
    },
    {
      "id": "victims-2011-01-2011-10",
      "measure": "trafficking-victims",
      "qualifier": "exact",
      "value": 27,
      "unit": "persons",
      "period": "2011-01/2011-10",
      "dimensions": {},
      "source": "migration-country-report-azerbaijan",
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Victims",
        "column": "(Jan-Oct 2011)"
      },
      "quote": "Victims 34 (27)",
      "asWritten": "27"
    }
  ],
  "relations": [
    {
      "kind": "sum",
      "id": "crimes-committed-by-type-2010",
      "description": "Crimes committed in 2010 (221) = the crimes of the seven Criminal Code articles with a figure (the row of article 137 is written \"-\")",
      "total": "crimes-committed-2010",
      "parts": [
        "crimes-committed-144-1-2010",
        "crimes-committed-144-2-2010",
        "crimes-committed-243-2010",
        "crimes-committed-171-2010",
        "crimes-committed-244-2010",
        "crimes-committed-151-2010",
        "crimes-committed-242-2010"
      ],
      "tolerance": 0
    },
    {
      "kind": "partOf",
      "id": "human-traffickers-among-criminals-2010",
      "description": "The 39 human traffickers (Art. 144-1) of 2010 are counted among the 137 criminals of 2010, in the row below them",
      "part": "human-traffickers-2010",
      "whole": "criminals-2010"
    }
  ],
  "events": [],
  "gaps": [
    {
      "measure": "crimes-committed",
      "period": "2010",
      "dimensions": {
        "crime-code": "137"
      },
      "locator": {
        "section": "Figures and information on trafficking in human beings",
        "table": "Table 4. Latest figures on human trafficking cases",
        "row": "Forcing for the removal of human organs or tissues for the sale and transplantation (of them)",
        "column": "Registered 2010"
      },
      "asWritten": "-"
    }
  ],
  "notes": [
    "The table has two columns, \"2010\" and \"(Jan-Oct 2011)\", the second written in brackets after the first; only the rows Human trafficking (144-1), Human traffickers and Victims have a January–October 2011 figure. The other rows have none, and none is invented.",
    "The row of article 137 (forcing for the removal of human organs or tissues) is written \"-\" for 2010: it is kept as a gap, not as zero.",
    "The seven crime types with a figure add up to the 221 crimes committed in 2010.",
    "The human trafficking crimes (Art. 144-1) are 70 both in 2010 and in January–October 2011, as the table writes them.",
    "The table counts 34 victims in 2010. The text above it (after footnote 15, the US Trafficking in Persons Report 2011) names 31 adult female victims of sex trafficking, three child victims of sex trafficking and three male victims of forced labour identified in 2010 (see the dataset trafficking-victims); the document does not set the two side by side.",
    "The table names no source and carries no footnote."
  ]
});
