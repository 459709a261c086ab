import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { unmas } from '../../sources/unmas.js';
import { governmentOfAzerbaijan } from '../../sources/governmentOfAzerbaijan.js';
import { osceQuestionnaireResponse2000 } from '../../sources/osceQuestionnaireResponse2000.js';

/**
 * The conflict context and mine ban policy of Azerbaijan as Landmine Monitor Report 2000
 * (`002_404f944ac4efa99f.txt`) gives them: the shares of territory occupied and of population
 * displaced (percent), according to UNMAS and to the government, the UN resolutions abstained on,
 * and the dated events of the conflict and of Azerbaijan's diplomacy on landmines.
 *
 * @example
 * ```ts
 * import { conflictContextLandmineMonitor } from 'azerbaijan-data/mine-action';
 * conflictContextLandmineMonitor.observations.filter((o) => o.measure === 'occupied-territory-share').length;
 * //=> 2
 * ```
 */
export const conflictContextLandmineMonitor: Dataset<'conflict-context-landmine-monitor'> = /* @__PURE__ */ deepFreeze({
  "id": "conflict-context-landmine-monitor",
  "title": "Conflict context and mine ban policy of Azerbaijan, as reported by Landmine Monitor 2000",
  "description": "The share of Azerbaijan's territory that UNMAS states to be occupied by Armenia (twenty percent) and of its population internally displaced (fifteen percent) as a result of the conflict, according to UNMAS (June 2000); the government's own figure of 20% of Azerbaijan territories stated to be occupied, in its February 2000 response to an OSCE questionnaire; the three UN General Assembly resolutions in support of the Mine Ban Treaty on which Azerbaijan abstained; and the dates of the 1988–1994 conflict, the May 1994 cease-fire and Azerbaijan's statements, votes and meetings on the Mine Ban Treaty, as reported by Landmine Monitor Report 2000.",
  "topic": "mine-action",
  "version": "1.0.0",
  "sha256": "13ba2b4f6a89a808c9855cda76a87ff2a5015948ea7130bbd5c50ff11bc64d12",
  "units": [
    "percent",
    "count"
  ],
  "measures": [
    {
      "id": "occupied-territory-share",
      "label": "Share of the territory of Azerbaijan stated to be occupied",
      "description": "Percent of the territory of Azerbaijan that the source (UNMAS; the Government of Azerbaijan) states to be occupied by Armenia."
    },
    {
      "id": "displaced-population-share",
      "label": "Share of the population internally displaced",
      "description": "Percent of the population of Azerbaijan internally displaced by the conflict."
    },
    {
      "id": "unga-resolutions-abstained",
      "label": "UN General Assembly resolutions in support of the Mine Ban Treaty on which Azerbaijan abstained"
    }
  ],
  "dimensions": [],
  "sources": [landmineMonitor2000, unmas, governmentOfAzerbaijan, osceQuestionnaireResponse2000],
  "observations": [
    {
      "id": "occupied-territory-share-unmas",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 11
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, “Country Programs: Azerbaijan,” June 2000, p. 37, available at: http://www.un.org/Depts/dpko/mine/Portfolio.pdf.",
      "quote": "The conflict resulted in twenty percent of Azerbaijan’s territory being occupied by Armenia",
      "asWritten": "twenty",
      "note": "Share of Azerbaijan's territory that UNMAS states to be occupied by Armenia as a result of the conflict; the footnote cites the UNMAS Portfolio of Mine-Related Projects, June 2000."
    },
    {
      "id": "displaced-population-share-unmas",
      "measure": "displaced-population-share",
      "qualifier": "exact",
      "value": 15,
      "unit": "percent",
      "period": "2000",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Landmine Problem and Survey",
        "footnote": 11
      },
      "citation": "UNMAS, Portfolio of Mine-Related Projects, “Country Programs: Azerbaijan,” June 2000, p. 37, available at: http://www.un.org/Depts/dpko/mine/Portfolio.pdf.",
      "quote": "fifteen percent of the population becoming internally displaced",
      "asWritten": "fifteen",
      "note": "Share of the population of Azerbaijan internally displaced as a result of the conflict."
    },
    {
      "id": "occupied-territory-share-government",
      "measure": "occupied-territory-share",
      "qualifier": "exact",
      "value": 20,
      "unit": "percent",
      "period": "2000-02",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 2
      },
      "citation": "Response to Questionnaire on Anti-Personnel Landmines, Permanent Mission of the Republic of Azerbaijan to the Organization of Security and Cooperation in Europe (OSCE), FSC.DEL/28/00, Vienna, 2 February 2000.",
      "quote": "the continuing occupation of 20% of Azerbaijan territories by Armenian troops",
      "asWritten": "20%",
      "note": "The government's own figure, in its response to an OSCE questionnaire on landmines dated 2 February 2000 (footnote 2)."
    },
    {
      "id": "unga-resolutions-abstained",
      "measure": "unga-resolutions-abstained",
      "qualifier": "exact",
      "value": 3,
      "unit": "count",
      "period": "1997/1999",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "abstained on the three subsequent resolutions in support of the Mine Ban Treaty, most recently in December 1999",
      "asWritten": "three",
      "note": "UN General Assembly resolutions in support of the Mine Ban Treaty after the 1996 pro-ban resolution. The period is inferred: the source says \"subsequent\" to 1996 and \"most recently in December 1999\"."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "nagorny-karabakh-conflict",
      "label": "Conflict between Azerbaijan and Armenia over the Nagorny-Karabakh region",
      "date": "1988/1994",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "AZERBAIJAN, Landmine Monitor Report 2000",
        "footnote": 1
      },
      "citation": "United Nations Mine Action Service, “Joint Assessment Mission Report: Azerbaijan,” 5 November 1998, p. 13.",
      "quote": "Azerbaijan and Armenia engaged in conflict over the Nagorny-Karabakh region of Azerbaijan from 1988 to 1994.",
      "asWritten": "1988 to 1994",
      "note": "Footnote 1 (the UNMAS Joint Assessment Mission Report) closes the paragraph and is placed on its dates."
    },
    {
      "id": "cease-fire-agreement",
      "label": "Cease-fire agreement signed",
      "date": "1994-05",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "AZERBAIJAN, Landmine Monitor Report 2000",
        "footnote": 1
      },
      "citation": "United Nations Mine Action Service, “Joint Assessment Mission Report: Azerbaijan,” 5 November 1998, p. 13.",
      "quote": "A cease-fire agreement was signed in May 1994",
      "asWritten": "May 1994",
      "note": "Footnote 1 (the UNMAS Joint Assessment Mission Report) closes the paragraph and is placed on its dates."
    },
    {
      "id": "unga-1996-resolution-vote",
      "label": "Azerbaijan voted in favor of the 1996 pro-ban UN General Assembly resolution",
      "date": "1996",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "Azerbaijan voted in favor of the 1996 pro-ban UN General Assembly resolution",
      "asWritten": "1996"
    },
    {
      "id": "mine-ban-treaty",
      "label": "Mine Ban Treaty of 1997, to which Azerbaijan has not acceded",
      "date": "1997",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "Azerbaijan has not acceded to the 1997 Mine Ban Treaty.",
      "asWritten": "1997",
      "note": "The year of the treaty as the source writes it; the source gives no date of its adoption or entry into force."
    },
    {
      "id": "unga-abstention-december-1999",
      "label": "Azerbaijan abstained on a UN General Assembly resolution in support of the Mine Ban Treaty (the most recent of three)",
      "date": "1999-12",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "abstained on the three subsequent resolutions in support of the Mine Ban Treaty, most recently in December 1999",
      "asWritten": "December 1999"
    },
    {
      "id": "osce-questionnaire-response",
      "label": "Azerbaijan responded to an OSCE questionnaire on landmines",
      "date": "2000-02",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 2
      },
      "citation": "Response to Questionnaire on Anti-Personnel Landmines, Permanent Mission of the Republic of Azerbaijan to the Organization of Security and Cooperation in Europe (OSCE), FSC.DEL/28/00, Vienna, 2 February 2000.",
      "quote": "In its February 2000 response to an OSCE questionnaire on landmines",
      "asWritten": "February 2000",
      "note": "Footnote 2 dates the response Vienna, 2 February 2000."
    },
    {
      "id": "sharifoff-statement",
      "label": "Vice Prime Minister Abid Sharifoff said that Azerbaijan intends to sign the Mine Ban Treaty and Amended Protocol II once a peaceful settlement is achieved",
      "date": "1999-04",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 3
      },
      "citation": "“Azerbaijan Mine Action Program,” a joint project of the Government of the Republic of Azerbaijan and United Nations Development Program, April 1999, page 2.",
      "quote": "In April 1999, Vice Prime Minister Abid Sharifoff said that Azerbaijan intends to sign the Mine Ban Treaty",
      "asWritten": "April 1999"
    },
    {
      "id": "amended-protocol-ii",
      "label": "Amended Protocol II to the Convention on Conventional Weapons (1996)",
      "date": "1996",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 3
      },
      "citation": "“Azerbaijan Mine Action Program,” a joint project of the Government of the Republic of Azerbaijan and United Nations Development Program, April 1999, page 2.",
      "quote": "Amended Protocol II (1996) to the Convention on Conventional Weapons",
      "asWritten": "1996",
      "note": "The year the source writes beside the protocol's name; Azerbaijan is not a signatory to the CCW or its original Protocol II."
    },
    {
      "id": "conference-on-disarmament-statement",
      "label": "Azerbaijan stated that it considered the Conference on Disarmament the proper forum for the question of anti-personnel land mines",
      "date": "2000-02",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "government-of-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 4
      },
      "citation": "Response to OSCE Questionnaire, 2 February 2000.",
      "quote": "Azerbaijan stated in February 2000 that it considered the CD",
      "asWritten": "February 2000",
      "note": "Footnote 4 cites the response to the OSCE questionnaire of 2 February 2000."
    },
    {
      "id": "first-meeting-of-states-parties",
      "label": "First Meeting of States Parties to the Mine Ban Treaty in Maputo, not attended by the government",
      "date": "1999-05",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "the First Meeting of States Parties to the Mine Ban Treaty in Maputo in May 1999",
      "asWritten": "May 1999"
    },
    {
      "id": "amended-protocol-ii-first-annual-conference",
      "label": "First Annual Conference of States Parties to Amended Protocol II in Geneva, not attended by the government",
      "date": "1999-12",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "the first Annual Conference of States Parties to Amended Protocol II in Geneva in December 1999",
      "asWritten": "December 1999"
    },
    {
      "id": "tbilisi-regional-meeting",
      "label": "NGO-sponsored regional landmine meeting in Tbilisi, Georgia, attended by the government",
      "date": "1999-12",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy"
      },
      "quote": "the NGO-sponsored regional landmine meeting in Tbilisi, Georgia in December 1999",
      "asWritten": "December 1999"
    },
    {
      "id": "acbl-landmine-conference",
      "label": "Landmine conference organized by the Azerbaijan Campaign to Ban Landmines (ACBL) in Baku",
      "date": "2000-02",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Ban Policy",
        "footnote": 5
      },
      "citation": "ACBL Landmine Conference, Baku, Azerbaijan, 19 February 2000.",
      "quote": "The ACBL organized a landmine conference in February 2000 in Baku.",
      "asWritten": "February 2000",
      "note": "Footnote 5 dates the conference Baku, 19 February 2000. Government representatives took part; Colonel Isa Sadikhov, former deputy of the Minister of Defense, spoke there."
    },
    {
      "id": "soviet-army-left",
      "label": "The Soviet army left Azerbaijan, leaving landmines behind",
      "date": "1992",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Production, Transfer, and Stockpiling"
      },
      "quote": "When the Soviet army left Azerbaijan in 1992",
      "asWritten": "1992"
    },
    {
      "id": "un-mines-continued-to-be-used",
      "label": "The United Nations indicated that mines continued to be used",
      "date": "1998",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "unmas",
      "locator": {
        "section": "Production, Transfer, and Stockpiling",
        "footnote": 7
      },
      "citation": "United Nations Mine Action Service, “Joint Assessment Mission Report: Azerbaijan,” 5 November 1998, p. 14.",
      "quote": "In 1998 the United Nations indicated that mines continued to be used.",
      "asWritten": "1998",
      "note": "The footnote cites the UNMAS Joint Assessment Mission Report of 5 November 1998."
    },
    {
      "id": "military-official-allegation",
      "label": "An Azerbaijan military official alleged that Armenian squads continue to enter Azeri territory and mine roads and paths",
      "date": "2000-04",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Production, Transfer, and Stockpiling",
        "footnote": 8
      },
      "citation": "Interview with Col. Isa Sadikhov, former deputy of the Minister of Defense, Azerbaijan Campaign to Ban Landmines Office, 17 April 2000.",
      "quote": "In April 2000, an Azerbaijan military official alleged",
      "asWritten": "April 2000",
      "note": "Footnote 8 cites an interview with Col. Isa Sadikhov on 17 April 2000. Landmine Monitor writes that it has found no concrete corroborating evidence and that Armenian officials deny such charges."
    },
    {
      "id": "armenian-defense-minister-appointed",
      "label": "Vagharshak Harutiunian appointed Minister of Defense of Armenia",
      "date": "1999-06",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Production, Transfer, and Stockpiling",
        "footnote": 10
      },
      "citation": "Armenian Defense Minister Harutiunian has stated that since his appointment to the position in June 1999 not a single order to lay new landmines has been issued. Landmine Monitor/Armenia interview with Lt.-Gen. Vagharshak Harutiunian, Minister of Defense, Republic of Armenia, 19 April 2000.",
      "quote": "since his appointment to the position in June 1999",
      "asWritten": "June 1999",
      "note": "Stated in footnote 10 itself: the minister said that since his appointment not a single order to lay new landmines had been issued (Landmine Monitor/Armenia interview, 19 April 2000)."
    }
  ],
  "gaps": [],
  "notes": [
    "The twenty percent of territory stated to be occupied is stated twice: by UNMAS (footnote 11) and by the government in its OSCE questionnaire response (footnote 2). Both are kept as separate observations of the same measure, so that the two statements can be compared.",
    "The intro paragraph stands under no heading of its own; its section is given as the document's title. In this copy of the report the paragraphs on mine use stand under the heading \"Production, Transfer, and Stockpiling\", and are located there.",
    "Where a paragraph carries one footnote at its end, the footnote is placed on the figures and dates of that paragraph that stand before it and after any earlier footnote.",
    "The source says that Landmine Monitor is not aware of allegations of Azeri forces laying new mines in 1999 or 2000, and that the number and types of mines in Azerbaijan's stockpiles are unknown; neither is a figure."
  ]
});
