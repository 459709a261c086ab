import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { occupationInFigures } from '../../sources/occupationInFigures.js';

/**
 * The areas the Government of Azerbaijan lists as occupied in "The Occupation in Figures"
 * (`004_0fb2a72c7d275064.txt`): Nagorno-Karabakh and eight districts, each with its territory
 * in km² and the date the Government gives for its occupation. Shusha lies inside
 * Nagorno-Karabakh (a `partOf` relation): never add the two.
 *
 * @example
 * ```ts
 * import { karabakhConflictAreas } from 'azerbaijan-data/territory';
 * karabakhConflictAreas.observations.find((o) => o.id === 'area-shusha')?.quote;
 * //=> 'Shusha: may 08, 1992, territory 289 km2'
 * ```
 */
export const karabakhConflictAreas: Dataset<'karabakh-conflict-areas'> = /* @__PURE__ */ deepFreeze({
  "id": "karabakh-conflict-areas",
  "title": "Areas the Government of Azerbaijan lists as occupied, with their areas (km²) and dates of occupation",
  "description": "The nine areas that the Government of Azerbaijan lists as occupied in its publication \"The Occupation in Figures\" (c. 2011): Nagorno-Karabakh (4400 km², 1988–1992) and the districts of Shusha, Lachin, Kalbajar, Aghdam, Fuzuli (written \"Fizuli\"), Jabrayil, Gubadli and Zangilan, each with its territory in square kilometres and the date of its occupation, according to the Government of Azerbaijan; the dates are also given as events. The nine listed areas sum to 14,682 km², but they overlap: Shusha (289 km²) lies inside Nagorno-Karabakh, so the area without double counting is 14,682 − 289 km². The dataset declares Shusha part of Nagorno-Karabakh so that the two are never added.",
  "topic": "territory",
  "version": "1.0.0",
  "sha256": "280f0205d75475183b81a1cb6f32a7330421a3cf1c7e0951a2d8fb368afdf043",
  "units": [
    "km2"
  ],
  "measures": [
    {
      "id": "area",
      "label": "Territory (km²)",
      "description": "The territory of an area that the Government of Azerbaijan lists as occupied, in square kilometres."
    }
  ],
  "dimensions": [
    {
      "id": "area",
      "label": "Area (region or district)",
      "values": [
        {
          "code": "nagorno-karabakh",
          "label": "Nagorno-Karabakh"
        },
        {
          "code": "shusha",
          "label": "Shusha"
        },
        {
          "code": "lachin",
          "label": "Lachin"
        },
        {
          "code": "kalbajar",
          "label": "Kalbajar"
        },
        {
          "code": "aghdam",
          "label": "Aghdam"
        },
        {
          "code": "fuzuli",
          "label": "Fuzuli (written \"Fizuli\" by the source)"
        },
        {
          "code": "jabrayil",
          "label": "Jabrayil"
        },
        {
          "code": "gubadli",
          "label": "Gubadli"
        },
        {
          "code": "zangilan",
          "label": "Zangilan"
        }
      ]
    }
  ],
  "sources": [occupationInFigures],
  "observations": [
    {
      "id": "area-nagorno-karabakh",
      "measure": "area",
      "qualifier": "exact",
      "value": 4400,
      "unit": "km2",
      "period": "1988/1992",
      "dimensions": {
        "area": "nagorno-karabakh"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Nagorno-Karabakh: 1988-1992, territory 4400 km2",
      "asWritten": "4400",
      "note": "The period is the span of years (1988–1992) that the Government of Azerbaijan gives for Nagorno-Karabakh. Shusha (289 km²) lies inside this area."
    },
    {
      "id": "area-shusha",
      "measure": "area",
      "qualifier": "exact",
      "value": 289,
      "unit": "km2",
      "period": "1992-05-08",
      "dimensions": {
        "area": "shusha"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Shusha: may 08, 1992, territory 289 km2",
      "asWritten": "289",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Shusha. Shusha lies inside Nagorno-Karabakh: this area is part of the 4400 km² given for Nagorno-Karabakh."
    },
    {
      "id": "area-lachin",
      "measure": "area",
      "qualifier": "exact",
      "value": 1840,
      "unit": "km2",
      "period": "1992-05-18",
      "dimensions": {
        "area": "lachin"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Lachin: may 18, 1992, territory 1840 km2",
      "asWritten": "1840",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Lachin."
    },
    {
      "id": "area-kalbajar",
      "measure": "area",
      "qualifier": "exact",
      "value": 3054,
      "unit": "km2",
      "period": "1993-04-02",
      "dimensions": {
        "area": "kalbajar"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Kalbajar: april 2, 1993, territory 3054 km2",
      "asWritten": "3054",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Kalbajar."
    },
    {
      "id": "area-aghdam",
      "measure": "area",
      "qualifier": "exact",
      "value": 1150,
      "unit": "km2",
      "period": "1993-07-23",
      "dimensions": {
        "area": "aghdam"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Aghdam: july 23, 1993, territory 1150 km2",
      "asWritten": "1150",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Aghdam."
    },
    {
      "id": "area-fuzuli",
      "measure": "area",
      "qualifier": "exact",
      "value": 1390,
      "unit": "km2",
      "period": "1993-08-23",
      "dimensions": {
        "area": "fuzuli"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Fizuli: august 23, 1993, territory 1390 km2",
      "asWritten": "1390",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Fizuli."
    },
    {
      "id": "area-jabrayil",
      "measure": "area",
      "qualifier": "exact",
      "value": 1050,
      "unit": "km2",
      "period": "1993-08-23",
      "dimensions": {
        "area": "jabrayil"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Jabrayil: august 23, 1993, territory 1050 km2",
      "asWritten": "1050",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Jabrayil."
    },
    {
      "id": "area-gubadli",
      "measure": "area",
      "qualifier": "exact",
      "value": 802,
      "unit": "km2",
      "period": "1993-08-31",
      "dimensions": {
        "area": "gubadli"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Gubadli: august 31, 1993, territory 802 km2",
      "asWritten": "802",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Gubadli."
    },
    {
      "id": "area-zangilan",
      "measure": "area",
      "qualifier": "exact",
      "value": 707,
      "unit": "km2",
      "period": "1993-10-29",
      "dimensions": {
        "area": "zangilan"
      },
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Zangilan: october 29, 1993, territory 707 km2",
      "asWritten": "707",
      "note": "The period is the date the Government of Azerbaijan gives for the occupation of Zangilan."
    }
  ],
  "relations": [
    {
      "kind": "partOf",
      "id": "shusha-in-nagorno-karabakh",
      "description": "Shusha district (289 km²) lies inside Nagorno-Karabakh (4400 km²): never add the two.",
      "part": "area-shusha",
      "whole": "area-nagorno-karabakh"
    }
  ],
  "events": [
    {
      "id": "occupied-nagorno-karabakh",
      "label": "Occupation of Nagorno-Karabakh, as dated by the Government of Azerbaijan",
      "date": "1988/1992",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Nagorno-Karabakh: 1988-1992",
      "asWritten": "1988-1992",
      "note": "The source gives a span of years, \"1988-1992\"."
    },
    {
      "id": "occupied-shusha",
      "label": "Occupation of Shusha, as dated by the Government of Azerbaijan",
      "date": "1992-05-08",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Shusha: may 08, 1992",
      "asWritten": "may 08, 1992"
    },
    {
      "id": "occupied-lachin",
      "label": "Occupation of Lachin, as dated by the Government of Azerbaijan",
      "date": "1992-05-18",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Lachin: may 18, 1992",
      "asWritten": "may 18, 1992"
    },
    {
      "id": "occupied-kalbajar",
      "label": "Occupation of Kalbajar, as dated by the Government of Azerbaijan",
      "date": "1993-04-02",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Kalbajar: april 2, 1993",
      "asWritten": "april 2, 1993"
    },
    {
      "id": "occupied-aghdam",
      "label": "Occupation of Aghdam, as dated by the Government of Azerbaijan",
      "date": "1993-07-23",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Aghdam: july 23, 1993",
      "asWritten": "july 23, 1993"
    },
    {
      "id": "occupied-fuzuli",
      "label": "Occupation of Fuzuli (Fizuli), as dated by the Government of Azerbaijan",
      "date": "1993-08-23",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Fizuli: august 23, 1993",
      "asWritten": "august 23, 1993"
    },
    {
      "id": "occupied-jabrayil",
      "label": "Occupation of Jabrayil, as dated by the Government of Azerbaijan",
      "date": "1993-08-23",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Jabrayil: august 23, 1993",
      "asWritten": "august 23, 1993"
    },
    {
      "id": "occupied-gubadli",
      "label": "Occupation of Gubadli, as dated by the Government of Azerbaijan",
      "date": "1993-08-31",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Gubadli: august 31, 1993",
      "asWritten": "august 31, 1993"
    },
    {
      "id": "occupied-zangilan",
      "label": "Occupation of Zangilan, as dated by the Government of Azerbaijan",
      "date": "1993-10-29",
      "dateBasis": "stated",
      "source": "occupation-in-figures",
      "locator": {
        "section": "The Occupation in Figures"
      },
      "quote": "Zangilan: october 29, 1993",
      "asWritten": "october 29, 1993"
    }
  ],
  "gaps": [],
  "notes": [
    "The nine areas as listed sum to 14,682 km². Shusha lies inside Nagorno-Karabakh, whose 4400 km² include Shusha's 289 km²: adding all nine counts Shusha twice, and the area without double counting is 14,682 − 289 km². The relation shusha-in-nagorno-karabakh declares this.",
    "Each observation's period is the date of occupation the Government of Azerbaijan gives for the area (\"may 08, 1992\", written with the month in lower case); for Nagorno-Karabakh the source gives the span \"1988-1992\".",
    "The source gives each district's territory; it does not say whether it counts the whole of each district as occupied.",
    "The source writes \"Fizuli\" for Fuzuli (dimension code fuzuli); the gazetteer (findPlace) resolves the spellings and every area code is a place id."
  ]
});
