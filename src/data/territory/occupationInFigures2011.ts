import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { occupationInFigures } from '../../sources/occupationInFigures.js';

/**
 * Figures of "The Occupation in Figures" (`004_0fb2a72c7d275064.txt`), according to the
 * Government of Azerbaijan (c. 2011): the share of the territory of Azerbaijan it says has
 * been occupied, the Azerbaijanis from Armenia and the Meskheti Turks who took shelter in
 * Azerbaijan, and the dates it gives for the conflict.
 *
 * @example
 * ```ts
 * import { occupationInFigures2011 } from 'azerbaijan-data/territory';
 * occupationInFigures2011.observations.find((o) => o.id === 'occupied-territory-share')?.asWritten;
 * //=> '20%'
 * ```
 */
export const occupationInFigures2011: Dataset<'occupation-in-figures-2011'> = /* @__PURE__ */ deepFreeze({
  "id": "occupation-in-figures-2011",
  "title": "The occupation in figures, c. 2011: occupied share of territory and people who took shelter in Azerbaijan, according to the Government of Azerbaijan",
  "description": "Figures of the Government of Azerbaijan's publication \"The Occupation in Figures\" (c. 2011), according to the Government of Azerbaijan: the share of the territory of Azerbaijan it says has been occupied (20%), the 250 thousand Azerbaijanis from Armenia and the 50 thousand Meskheti Turks who took shelter in Azerbaijan, in persons, with the dates the publication gives for the conflict: the beginning of its present-day stage at the end of 1987, the years 1988–1992, the CSCE mediation since February 1992 and the CSCE meeting in Helsinki on 24 March 1992. The areas and the missing persons of the same publication are the datasets karabakh-conflict-areas and missing-persons-2011.",
  "topic": "territory",
  "version": "1.0.0",
  "sha256": "c9da808d360e87d724ee50f24d7217e24830f73b592ea32f821d823629e2b590",
  "units": [
    "percent",
    "persons"
  ],
  "measures": [
    {
      "id": "occupied-territory-share",
      "label": "Share of the territory of Azerbaijan stated to be occupied",
      "description": "Percent of the territory of Azerbaijan."
    },
    {
      "id": "azerbaijanis-from-armenia",
      "label": "Azerbaijanis from Armenia who took shelter in Azerbaijan"
    },
    {
      "id": "meskhetian-turks",
      "label": "Meskhetian Turks who took shelter in Azerbaijan"
    }
  ],
  "dimensions": [],
  "sources": [occupationInFigures],
  "observations": [
    {
      "id": "occupied-territory-share",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2011",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "The damage to Azerbaijan as a result of the Armenian - Azerbaijani conflict"
      },
      "quote": "20% territory of Azerbaijan has been occupied",
      "asWritten": "20%",
      "note": "The share of the territory of Azerbaijan that the Government of Azerbaijan says has been occupied. The period is the document's date, 2011, inferred from its latest figure (1 January 2011)."
    },
    {
      "id": "azerbaijanis-from-armenia",
      "measure": "azerbaijanis-from-armenia",
      "qualifier": "exact",
      "value": 250000,
      "unit": "persons",
      "period": "1988/1992",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "Refugees and Internally Displaced Persons"
      },
      "quote": "250 thousand Azerbaijanis who lived in the territory of Armenia",
      "asWritten": "250 thousand",
      "note": "Azerbaijanis who, according to the Government of Azerbaijan, were deported from Armenia and took shelter in Azerbaijan in 1988–1992 (written \"1988-1992s\")."
    },
    {
      "id": "meskhetian-turks",
      "measure": "meskhetian-turks",
      "qualifier": "exact",
      "value": 50000,
      "unit": "persons",
      "period": "1990/1999",
      "dimensions": {},
      "source": "occupation-in-figures",
      "locator": {
        "section": "Refugees and Internally Displaced Persons"
      },
      "quote": "50 thousand Meskheti Turks",
      "asWritten": "50 thousand",
      "note": "Meskheti (Meskhetian) Turks who, according to the Government of Azerbaijan, were \"exiled from the Central Asia in 1990s\" and took shelter in Azerbaijan; the period is the decade it gives for the exile."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "conflict-stage-began-1987",
      "label": "Beginning of the present-day stage of the Armenia–Azerbaijan conflict, as dated by the Government of Azerbaijan",
      "date": "1987",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "Armenia – Azerbaijan, Daghlıg Karabakh conflict"
      },
      "quote": "The present-day stage of the Armenia-Azerbaijan conflict began at the end of 1987",
      "asWritten": "the end of 1987",
      "note": "The source writes \"the end of 1987\"; the date keeps the year it states."
    },
    {
      "id": "azerbaijanis-deported-1988-1992",
      "label": "Deportation of Azerbaijanis from Armenia, which the Government of Azerbaijan calls ethnic cleansing",
      "date": "1988/1992",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "Refugees and Internally Displaced Persons"
      },
      "quote": "the last ethnical cleansing, carried out by Armenians in 1988-1992s",
      "asWritten": "1988-1992s",
      "note": "The source writes \"1988-1992s\"."
    },
    {
      "id": "csce-mediation-since-1992-02",
      "label": "Beginning of the mediation efforts within the Conference for Security and Cooperation in Europe (CSCE)",
      "date": "1992-02",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The conflict settlement process"
      },
      "quote": "within the Conference for Security and Cooperation in Europe (CSCE) has been ongoing since February 1992",
      "asWritten": "February 1992"
    },
    {
      "id": "csce-helsinki-meeting-1992-03-24",
      "label": "Additional Meeting of the CSCE Council of Ministers in Helsinki, which decided to convene a conference on Nagorno-Karabakh in Minsk",
      "date": "1992-03-24",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The conflict settlement process"
      },
      "quote": "At the Additional Meeting of the CSCE Council of Ministers, held in Helsinki on 24 March 1992",
      "asWritten": "24 March 1992"
    }
  ],
  "gaps": [],
  "notes": [
    "The publication is undated; it is read as of 2011 from its latest figure (missing persons \"on 1.01.2011\"). The share the publication states to be occupied is given that period.",
    "The source writes \"250 thousand\" and \"50 thousand\": the values are 250000 and 50000 persons, as written.",
    "The source dates the deportation of Azerbaijanis from Armenia \"1988-1992s\" (period 1988/1992) and says the Meskheti Turks were \"exiled from the Central Asia in 1990s\" (period 1990/1999) but took shelter in Azerbaijan \"At the same time\" as the Azerbaijanis from Armenia: the two dates of the source do not quite agree.",
    "The source dates the beginning of the conflict's present-day stage to \"the end of 1987\"; the event keeps the year."
  ]
});
