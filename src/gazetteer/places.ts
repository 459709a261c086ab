import { deepFreeze } from '../deepFreeze.js';
import type { Place } from '../model/place.js';

/**
 * Every place that the five source documents name, with its names in English and, where known,
 * in Azerbaijani, Armenian and Russian, and every spelling found in the documents and in common
 * use (`"Khankendi"`, `"Khankandi"`, `"Khankedi"`, `"Stepanakert"`). The English name is the
 * display name and takes no side where usage differs, by one rule: the name both sides use where
 * there is one (`"Nagorno-Karabakh"`); else the Azerbaijani-usage name with the Armenian-usage
 * name in brackets (`"Khankendi (Stepanakert)"`, `"Lachin (Berdzor)"`), a district taking
 * `" district"` after it to tell it from its town (`"Shusha (Shushi) district"`, `"Shusha
 * (Shushi)"`). `usage` gives each name of a place the sides name differently with its language,
 * who uses it and whose naming it follows (`tradition`); `references` names the public lists and
 * gazetteers the names stand on (ISO 3166-2:AZ for the districts of Azerbaijan, encyclopaedia
 * articles for the Armenian and Russian names). A place's `id` is the code that the datasets use
 * in an `area` dimension (`"shusha"`); `within` is the id of the place that contains it. Countries
 * carry their ISO 3166-1 alpha-2 code. Look a name up with `findPlace` or `findPlaces`.
 *
 * @example
 * ```ts
 * import { places } from 'azerbaijan-data/territory';
 * places.find((p) => p.id === 'shusha')?.within; //=> 'nagorno-karabakh'
 * places.find((p) => p.id === 'shusha-city')?.within; //=> 'shusha'
 * places.find((p) => p.iso3166 === 'AZ')?.names.az; //=> 'Azərbaycan'
 * places.find((p) => p.id === 'khankendi-stepanakert')?.names.en; //=> 'Khankendi (Stepanakert)'
 * places.find((p) => p.id === 'lachin')?.names.hy; //=> 'Բերձոր'
 * places.find((p) => p.id === 'lachin')?.references?.[0]?.id; //=> 'AZ-LAC'
 * ```
 */
export const places: readonly Place[] = /* @__PURE__ */ deepFreeze([
  {
    "id": "azerbaijan",
    "kind": "country",
    "names": {
      "az": "Azərbaycan",
      "en": "Azerbaijan",
      "hy": "Ադրբեջան",
      "ru": "Азербайджан"
    },
    "spellings": [
      "Azerbaijan",
      "Republic of Azerbaijan",
      "Azərbaycan"
    ],
    "iso3166": "AZ"
  },
  {
    "id": "armenia",
    "kind": "country",
    "names": {
      "az": "Ermənistan",
      "en": "Armenia",
      "hy": "Հայաստան",
      "ru": "Армения"
    },
    "spellings": [
      "Armenia",
      "Republic of Armenia",
      "Hayastan",
      "Ermənistan"
    ],
    "iso3166": "AM"
  },
  {
    "id": "nagorno-karabakh",
    "kind": "region",
    "names": {
      "az": "Dağlıq Qarabağ",
      "en": "Nagorno-Karabakh",
      "hy": "Լեռնային Ղարաբաղ",
      "ru": "Нагорный Карабах"
    },
    "spellings": [
      "Nagorno-Karabakh",
      "Nagorno Karabakh",
      "Nagorny-Karabakh",
      "Nagorny Karabakh",
      "Nagorno-Karabagh",
      "Daghlıg Karabakh",
      "Dağlıq Qarabağ",
      "Mountainous Karabakh",
      "Karabakh",
      "Karabagh",
      "Nagorno-Karabakh Autonomous Oblast",
      "NKAO",
      "Artsakh",
      "Արցախ",
      "Ղարաբաղ",
      "Карабах",
      "Арцах"
    ],
    "usage": [
      {
        "name": "Nagorno-Karabakh",
        "language": "en",
        "usedBy": "The usual English name, from the Russian, used by both sides in English and by the source documents (also written \"Nagorno Karabakh\" and \"Nagorny-Karabakh\")",
        "tradition": "international"
      },
      {
        "name": "Dağlıq Qarabağ",
        "language": "az",
        "usedBy": "The name in Azerbaijan (written \"Daghlıg Karabakh\" by the Government of Azerbaijan)",
        "tradition": "azerbaijani"
      },
      {
        "name": "Artsakh",
        "language": "en",
        "usedBy": "English form of the Armenian name, used by Armenia and by the Armenian authorities of Nagorno-Karabakh (the \"Republic of Artsakh\", 1991–2023)",
        "tradition": "armenian"
      },
      {
        "name": "Արցախ",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Լեռնային Ղարաբաղ",
        "language": "hy",
        "usedBy": "The Armenian form of \"Nagorno-Karabakh\" (Mountainous Karabakh)",
        "tradition": "international"
      },
      {
        "name": "Нагорный Карабах",
        "language": "ru",
        "usedBy": "The Russian name, from which the English one comes",
        "tradition": "international"
      },
      {
        "name": "Арцах",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (the \"Республика Арцах\", 1991–2023)",
        "tradition": "armenian"
      },
      {
        "name": "Karabakh",
        "language": "en",
        "usedBy": "Short for Nagorno-Karabakh in the source documents (\"Armenians in Karabakh\", \"the Karabakh conflict\") and in much English usage; in Azerbaijan's official usage \"Karabakh\" (Qarabağ) names a wider region (see karabakh-economic-region)",
        "tradition": "international"
      }
    ],
    "within": "azerbaijan",
    "note": "The former Nagorno-Karabakh Autonomous Oblast. The documents also write \"Nagorny-Karabakh\" (Landmine Monitor), \"Nagorno Karabakh\" (NRC) and \"Daghlıg Karabakh\" (the Government of Azerbaijan). \"Karabakh\" alone names two places: in the documents and in most English usage it means Nagorno-Karabakh (\"Armenians in Karabakh\", \"the Karabakh conflict\"), and findPlace gives this place for it; in Azerbaijan's official usage \"Karabakh\" (Qarabağ) is the wider region, since 2021 the Karabakh economic region, which holds Nagorno-Karabakh's area and the districts of Aghdam, Aghjabadi, Barda, Fuzuli and Tartar besides. findPlaces(\"Karabakh\") gives both. Shusha and Khankendi (Stepanakert) lie inside it.",
    "references": [
      {
        "source": "Wikipedia (English): Nagorno-Karabakh",
        "url": "https://en.wikipedia.org/wiki/Nagorno-Karabakh",
        "names": [
          "en",
          "az",
          "hy",
          "ru"
        ]
      },
      {
        "source": "Wikipedia (English): Karabakh",
        "url": "https://en.wikipedia.org/wiki/Karabakh",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Russian): Нагорно-Карабахская Республика",
        "url": "https://ru.wikipedia.org/wiki/%D0%9D%D0%B0%D0%B3%D0%BE%D1%80%D0%BD%D0%BE-%D0%9A%D0%B0%D1%80%D0%B0%D0%B1%D0%B0%D1%85%D1%81%D0%BA%D0%B0%D1%8F_%D0%A0%D0%B5%D1%81%D0%BF%D1%83%D0%B1%D0%BB%D0%B8%D0%BA%D0%B0",
        "names": [
          "ru"
        ]
      }
    ]
  },
  {
    "id": "karabakh-economic-region",
    "kind": "region",
    "names": {
      "az": "Qarabağ iqtisadi rayonu",
      "en": "Karabakh economic region",
      "ru": "Карабахский экономический район"
    },
    "spellings": [
      "Karabakh economic region",
      "Karabakh Economic Region",
      "Qarabağ iqtisadi rayonu",
      "Qarabağ",
      "Karabakh",
      "Карабахский экономический район",
      "Карабах"
    ],
    "usage": [
      {
        "name": "Karabakh economic region",
        "language": "en",
        "usedBy": "English name of the economic region of Azerbaijan formed by the presidential decree of 7 July 2021",
        "tradition": "azerbaijani"
      },
      {
        "name": "Qarabağ iqtisadi rayonu",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Qarabağ",
        "language": "az",
        "usedBy": "In Azerbaijan's official usage \"Qarabağ\" (Karabakh) names the wider region, not Nagorno-Karabakh alone",
        "tradition": "azerbaijani"
      },
      {
        "name": "Karabakh",
        "language": "en",
        "usedBy": "English form of \"Qarabağ\" in Azerbaijan's official usage, where it means the wider region; in the source documents and most English usage \"Karabakh\" means Nagorno-Karabakh",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Karabakh Economic Region",
        "url": "https://en.wikipedia.org/wiki/Karabakh_Economic_Region",
        "names": [
          "en",
          "az"
        ]
      }
    ],
    "within": "azerbaijan",
    "note": "One of the fourteen economic regions of Azerbaijan, formed on 7 July 2021: the city of Khankendi (Stepanakert) and the districts of Aghjabadi, Aghdam, Barda, Fuzuli, Khojaly, Khojavend, Shusha and Tartar. It is wider than Nagorno-Karabakh, which \"Karabakh\" means in the documents; the districts of Lachin, Kalbajar, Gubadli, Zangilan and Jabrayil form the East Zangezur economic region. The gazetteer gives it no Armenian name: it is a unit of the Azerbaijani administration that Armenian usage does not name, and no Armenian form of its name was verified."
  },
  {
    "id": "khankendi-stepanakert",
    "kind": "city",
    "names": {
      "az": "Xankəndi",
      "en": "Khankendi (Stepanakert)",
      "hy": "Ստեփանակերտ",
      "ru": "Ханкенди (Степанакерт)"
    },
    "spellings": [
      "Khankendi",
      "Khankandi",
      "Khankedi",
      "Xankəndi",
      "Ханкенди",
      "Stepanakert",
      "Степанакерт",
      "Khankendi city",
      "Stepanakert city"
    ],
    "usage": [
      {
        "name": "Khankendi",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, used by the Government of Azerbaijan (written \"Khankandi\" in The Occupation in Figures); DW gives it as \"the Azerbaijani name\" (written \"Khankedi\")",
        "tradition": "azerbaijani"
      },
      {
        "name": "Stepanakert",
        "language": "en",
        "usedBy": "English form of the Armenian name, the official name in the Soviet period (\"during the Soviet period – Stepanakert\", The Occupation in Figures); used by Armenia and by the Armenian authorities of Nagorno-Karabakh; DW: \"known in Armenian as Stepanakert\"",
        "tradition": "armenian"
      },
      {
        "name": "Xankəndi",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Ստեփանակերտ",
        "language": "hy",
        "usedBy": "The Armenian name, used in Armenia",
        "tradition": "armenian"
      },
      {
        "name": "Ханкенди",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name",
        "tradition": "azerbaijani"
      },
      {
        "name": "Степанакерт",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, the official name in the Soviet period",
        "tradition": "armenian"
      }
    ],
    "within": "nagorno-karabakh",
    "note": "The main city of Nagorno-Karabakh. Its two names are both in English use and name the same city: Khankendi is its Azerbaijani name (written \"Khankandi\" by the Government of Azerbaijan and \"Khankedi\" by DW), Stepanakert its Armenian and Soviet-era name. The English display name gives both. A city of Azerbaijan with the rank of a district (ISO 3166-2:AZ lists it as a municipality, AZ-XA); it is part of the Karabakh economic region.",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-XA",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.61",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "az"
        ]
      },
      {
        "source": "Wikipedia (English): Stepanakert",
        "url": "https://en.wikipedia.org/wiki/Stepanakert",
        "names": [
          "en",
          "az",
          "hy",
          "ru"
        ]
      }
    ]
  },
  {
    "id": "shusha",
    "kind": "district",
    "names": {
      "az": "Şuşa",
      "en": "Shusha (Shushi) district",
      "hy": "Շուշի",
      "ru": "Шуша (Шуши)"
    },
    "spellings": [
      "Shusha",
      "Shushi",
      "Shusha district",
      "Şuşa rayonu",
      "Шуши",
      "Шуша"
    ],
    "usage": [
      {
        "name": "Shusha",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Shushi",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Şuşa",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Շուշի",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Шуша",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name, the name the Russian encyclopaedias give the town (Brockhaus and Efron, the Great Soviet Encyclopedia); used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Шуши",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Шуша",
        "tradition": "armenian"
      }
    ],
    "within": "nagorno-karabakh",
    "note": "Shusha district, inside the former Nagorno-Karabakh Autonomous Oblast (its area is part of the area given for Nagorno-Karabakh), a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-SUS); named by The Occupation in Figures (\"Shusha: may 08, 1992, territory 289 km2\"). Its centre is the town of Shusha (Shushi), a place of its own (id shusha-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the area was Shushi province, with the city its centre. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ.",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-SUS",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.55",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Shusha",
        "url": "https://en.wikipedia.org/wiki/Shusha",
        "names": [
          "en",
          "az",
          "hy",
          "ru"
        ]
      },
      {
        "source": "Wikipedia (Russian): Шуша",
        "url": "https://ru.wikipedia.org/wiki/%D0%A8%D1%83%D1%88%D0%B0",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ]
  },
  {
    "id": "shusha-city",
    "kind": "city",
    "names": {
      "az": "Şuşa",
      "en": "Shusha (Shushi)",
      "hy": "Շուշի",
      "ru": "Шуша (Шуши)"
    },
    "spellings": [
      "Shusha",
      "Shushi",
      "Shusha city",
      "Shusha town",
      "Şuşa şəhəri",
      "Шуши",
      "Шуша"
    ],
    "usage": [
      {
        "name": "Shusha",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Shushi",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Şuşa",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Շուշի",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Шуша",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name, the name the Russian encyclopaedias give the town (Brockhaus and Efron, the Great Soviet Encyclopedia); used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Шуши",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Шуша",
        "tradition": "armenian"
      }
    ],
    "references": [
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.56",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Shusha",
        "url": "https://en.wikipedia.org/wiki/Shusha",
        "names": [
          "en",
          "az",
          "hy",
          "ru"
        ]
      },
      {
        "source": "Wikipedia (Russian): Шуша",
        "url": "https://ru.wikipedia.org/wiki/%D0%A8%D1%83%D1%88%D0%B0",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ],
    "within": "shusha",
    "note": "The town of Shusha, the centre of Shusha district (id shusha), which the documents name; \"Shusha\" alone finds the district, \"Shusha city\" the town, and findPlaces gives both."
  },
  {
    "id": "lachin",
    "kind": "district",
    "names": {
      "az": "Laçın",
      "en": "Lachin (Berdzor) district",
      "hy": "Բերձոր",
      "ru": "Лачин (Бердзор)"
    },
    "spellings": [
      "Lachin",
      "Lachyn",
      "Berdzor",
      "Lachin district",
      "Լաչին",
      "Бердзор",
      "Laçın rayonu",
      "Лачин"
    ],
    "usage": [
      {
        "name": "Lachin",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Berdzor",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Laçın",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Բերձոր",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Լաչին",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Лачин",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name; used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Бердзор",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Лачин",
        "tradition": "armenian"
      }
    ],
    "within": "azerbaijan",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-LAC",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.28",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Lachin District",
        "url": "https://en.wikipedia.org/wiki/Lachin_District",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (English): Lachin",
        "url": "https://en.wikipedia.org/wiki/Lachin",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (English): Kashatagh Province",
        "url": "https://en.wikipedia.org/wiki/Kashatagh_Province",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (Russian): Лачинский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%9B%D0%B0%D1%87%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Лачин",
        "url": "https://ru.wikipedia.org/wiki/%D0%9B%D0%B0%D1%87%D0%B8%D0%BD",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ],
    "note": "Lachin district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-LAC); named by The Occupation in Figures (\"Lachin: may 18, 1992, territory 1840 km2\"). Its centre is the town of Lachin (Berdzor), a place of its own (id lachin-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the district's area lay in Kashatagh province (Քաշաթաղի շրջան), which also held the Gubadli and Zangilan districts and whose centre was Berdzor. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ."
  },
  {
    "id": "lachin-city",
    "kind": "city",
    "names": {
      "az": "Laçın",
      "en": "Lachin (Berdzor)",
      "hy": "Բերձոր",
      "ru": "Лачин (Бердзор)"
    },
    "spellings": [
      "Lachin",
      "Berdzor",
      "Լաչին",
      "Бердзор",
      "Lachin city",
      "Lachin town",
      "Laçın şəhəri",
      "Лачин"
    ],
    "usage": [
      {
        "name": "Lachin",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Berdzor",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Laçın",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Բերձոր",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Լաչին",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Лачин",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name; used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Бердзор",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Лачин",
        "tradition": "armenian"
      }
    ],
    "references": [
      {
        "source": "Wikipedia (English): Lachin",
        "url": "https://en.wikipedia.org/wiki/Lachin",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Russian): Лачинский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%9B%D0%B0%D1%87%D0%B8%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Лачин",
        "url": "https://ru.wikipedia.org/wiki/%D0%9B%D0%B0%D1%87%D0%B8%D0%BD",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ],
    "within": "lachin",
    "note": "The town of Lachin, the centre of Lachin district (id lachin), which the documents name; \"Lachin\" alone finds the district, \"Lachin city\" the town, and findPlaces gives both."
  },
  {
    "id": "kalbajar",
    "kind": "district",
    "names": {
      "az": "Kəlbəcər",
      "en": "Kalbajar (Karvachar) district",
      "hy": "Քարվաճառ",
      "ru": "Кельбаджар (Карвачар)"
    },
    "spellings": [
      "Kalbajar",
      "Kelbajar",
      "Kelbadjar",
      "Karvachar",
      "Kalbajar district",
      "Քելբաջար",
      "Kəlbəcər rayonu",
      "Карвачар",
      "Кельбаджар"
    ],
    "usage": [
      {
        "name": "Kalbajar",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Karvachar",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Kəlbəcər",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Քարվաճառ",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Քելբաջար",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Кельбаджар",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name; used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Карвачар",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Кельбаджар",
        "tradition": "armenian"
      }
    ],
    "within": "azerbaijan",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-KAL",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.26",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Kalbajar District",
        "url": "https://en.wikipedia.org/wiki/Kalbajar_District",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Russian): Кельбаджарский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Кельбаджар",
        "url": "https://ru.wikipedia.org/wiki/%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ],
    "note": "Kalbajar district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-KAL); named by The Occupation in Figures (\"Kalbajar: april 2, 1993, territory 3054 km2\"). Its centre is the town of Kalbajar (Karvachar), a place of its own (id kalbajar-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh most of the district's area formed Shahumyan province, with Karvachar its centre; its eastern part lay in Martakert province. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ."
  },
  {
    "id": "kalbajar-city",
    "kind": "city",
    "names": {
      "az": "Kəlbəcər",
      "en": "Kalbajar (Karvachar)",
      "hy": "Քարվաճառ",
      "ru": "Кельбаджар (Карвачар)"
    },
    "spellings": [
      "Kalbajar",
      "Karvachar",
      "Քելբաջար",
      "Kalbajar city",
      "Kalbajar town",
      "Kəlbəcər şəhəri",
      "Карвачар",
      "Кельбаджар"
    ],
    "usage": [
      {
        "name": "Kalbajar",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Karvachar",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Kəlbəcər",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Քարվաճառ",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Քելբաջար",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Кельбаджар",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name; used in Russia and in Azerbaijan's Russian-language usage",
        "tradition": "azerbaijani"
      },
      {
        "name": "Карвачар",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, used in Armenian usage in Russian (Armenia's and the Armenian authorities' of Nagorno-Karabakh Russian-language texts); the Russian Wikipedia gives it beside Кельбаджар",
        "tradition": "armenian"
      }
    ],
    "references": [
      {
        "source": "Wikipedia (Armenian): Քարվաճառ",
        "url": "https://hy.wikipedia.org/wiki/%D5%94%D5%A1%D6%80%D5%BE%D5%A1%D5%B3%D5%A1%D5%BC",
        "names": [
          "hy",
          "az"
        ]
      },
      {
        "source": "Wikipedia (English): Kalbajar",
        "url": "https://en.wikipedia.org/wiki/Kalbajar",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Кельбаджарский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Кельбаджар",
        "url": "https://ru.wikipedia.org/wiki/%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80",
        "names": [
          "ru",
          "az",
          "hy"
        ]
      }
    ],
    "within": "kalbajar",
    "note": "The town of Kalbajar, the centre of Kalbajar district (id kalbajar), which the documents name; \"Kalbajar\" alone finds the district, \"Kalbajar city\" the town, and findPlaces gives both."
  },
  {
    "id": "aghdam",
    "kind": "district",
    "names": {
      "az": "Ağdam",
      "en": "Aghdam (Akna) district",
      "hy": "Ակնա",
      "ru": "Агдам"
    },
    "spellings": [
      "Aghdam",
      "Agdam",
      "Akna",
      "Aghdam district",
      "Agdam region",
      "Աղդամ",
      "Ağdam rayonu"
    ],
    "usage": [
      {
        "name": "Aghdam",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Akna",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Ağdam",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Ակնա",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Աղդամ",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Агдам",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "within": "azerbaijan",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-AGM",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.03",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "az"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Aghdam District",
        "url": "https://en.wikipedia.org/wiki/Aghdam_District",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (English): Aghdam",
        "url": "https://en.wikipedia.org/wiki/Aghdam",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (German): Ağdam (Stadt)",
        "url": "https://de.wikipedia.org/wiki/A%C4%9Fdam_(Stadt)",
        "names": [
          "az",
          "hy",
          "ru"
        ]
      }
    ],
    "note": "Aghdam district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-AGM); named by The Occupation in Figures (\"Aghdam: july 23, 1993, territory 1150 km2\") and by DW (\"Agdam region\", \"the Agdam-Khankedi road\"). Its centre is the town of Aghdam (Akna), a place of its own (id aghdam-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the western part of the district lay in Askeran and Martakert provinces; the town, renamed Akna in 2010, was counted part of Askeran. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "aghdam-city",
    "kind": "city",
    "names": {
      "az": "Ağdam",
      "en": "Aghdam (Akna)",
      "hy": "Ակնա",
      "ru": "Агдам"
    },
    "spellings": [
      "Aghdam",
      "Akna",
      "Աղդամ",
      "Aghdam city",
      "Aghdam town",
      "Ağdam şəhəri"
    ],
    "usage": [
      {
        "name": "Aghdam",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Akna",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Ağdam",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Ակնա",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Աղդամ",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Агдам",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Wikipedia (English): Aghdam",
        "url": "https://en.wikipedia.org/wiki/Aghdam",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (German): Ağdam (Stadt)",
        "url": "https://de.wikipedia.org/wiki/A%C4%9Fdam_(Stadt)",
        "names": [
          "az",
          "hy",
          "ru"
        ]
      }
    ],
    "within": "aghdam",
    "note": "The town of Aghdam, the centre of Aghdam district (id aghdam), which the documents name; \"Aghdam\" alone finds the district, \"Aghdam city\" the town, and findPlaces gives both. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "fuzuli",
    "kind": "district",
    "names": {
      "az": "Füzuli",
      "en": "Fuzuli (Varanda) district",
      "hy": "Վարանդա",
      "ru": "Физули"
    },
    "spellings": [
      "Fuzuli",
      "Fizuli",
      "Fizulu",
      "Varanda",
      "Fuzuli district",
      "Fizuli region",
      "Füzuli rayonu"
    ],
    "usage": [
      {
        "name": "Fuzuli",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Varanda",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Füzuli",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Վարանդա",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Физули",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "within": "azerbaijan",
    "note": "Fuzuli district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-FUZ); written \"Fizuli\" by The Occupation in Figures and in a Landmine Monitor footnote, and \"Fizulu\" in the Landmine Monitor text. Its centre is the town of Fuzuli (Varanda), a place of its own (id fuzuli-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the part of the district they held lay in Hadrut and Martuni provinces; the town, renamed Varanda, in Hadrut province. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given.",
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-FUZ",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.18",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (Italian): Varanda",
        "url": "https://it.wikipedia.org/wiki/Varanda",
        "names": [
          "hy",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Физули (город)",
        "url": "https://ru.wikipedia.org/wiki/%D0%A4%D0%B8%D0%B7%D1%83%D0%BB%D0%B8_(%D0%B3%D0%BE%D1%80%D0%BE%D0%B4)",
        "names": [
          "ru",
          "az"
        ]
      }
    ]
  },
  {
    "id": "fuzuli-city",
    "kind": "city",
    "names": {
      "az": "Füzuli",
      "en": "Fuzuli (Varanda)",
      "hy": "Վարանդա",
      "ru": "Физули"
    },
    "spellings": [
      "Fuzuli",
      "Varanda",
      "Fuzuli city",
      "Fuzuli town",
      "Füzuli şəhəri"
    ],
    "usage": [
      {
        "name": "Fuzuli",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Varanda",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Füzuli",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Վարանդա",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Физули",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Wikipedia (English): Fuzuli (city)",
        "url": "https://en.wikipedia.org/wiki/Fuzuli_(city)",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Italian): Varanda",
        "url": "https://it.wikipedia.org/wiki/Varanda",
        "names": [
          "hy",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Физули (город)",
        "url": "https://ru.wikipedia.org/wiki/%D0%A4%D0%B8%D0%B7%D1%83%D0%BB%D0%B8_(%D0%B3%D0%BE%D1%80%D0%BE%D0%B4)",
        "names": [
          "ru",
          "az"
        ]
      }
    ],
    "within": "fuzuli",
    "note": "The town of Fuzuli, the centre of Fuzuli district (id fuzuli), which the documents name; \"Fuzuli\" alone finds the district, \"Fuzuli city\" the town, and findPlaces gives both. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "jabrayil",
    "kind": "district",
    "names": {
      "az": "Cəbrayıl",
      "en": "Jabrayil (Jrakan) district",
      "hy": "Ջրական",
      "ru": "Джебраил"
    },
    "spellings": [
      "Jabrayil",
      "Jabrail",
      "Jebrail",
      "Jabrayil district",
      "Jrakan",
      "Ջաբրայիլ",
      "Մեխակավան",
      "Mekhakavan",
      "Cəbrayıl rayonu"
    ],
    "within": "azerbaijan",
    "usage": [
      {
        "name": "Jabrayil",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Jrakan",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Cəbrayıl",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Ջրական",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Մեխակավան",
        "language": "hy",
        "usedBy": "Another Armenian name of the town (Mekhakavan), which Armenian-language texts give beside Jrakan",
        "tradition": "armenian"
      },
      {
        "name": "Mekhakavan",
        "language": "en",
        "usedBy": "English form of Մեխակավան, another Armenian name of the town",
        "tradition": "armenian"
      },
      {
        "name": "Ջաբրայիլ",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Джебраил",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-CAB",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.14",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Jabrayil District",
        "url": "https://en.wikipedia.org/wiki/Jabrayil_District",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Джебраильский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%94%D0%B6%D0%B5%D0%B1%D1%80%D0%B0%D0%B8%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Armenian-language usage: an Armenian text on the armed forces of Nagorno-Karabakh writes \"Ջրականի (Մեխակավան, Ջաբրայիլի)\" (found by full-text search; no gazetteer with the Armenian script was verified)",
        "names": [
          "hy"
        ]
      }
    ],
    "note": "Jabrayil district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-CAB); named by The Occupation in Figures (\"Jabrayil: august 23, 1993, territory 1050 km2\"). Its centre is the town of Jabrayil (Jrakan), a place of its own (id jabrayil-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the district's area lay in Hadrut province. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ. The Armenian-script form rests on Armenian-language usage (\"Ջրականի (Մեխակավան, Ջաբրայիլի)\") rather than on a gazetteer; the English Wikipedia gives the romanised \"Jrakan\". The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "jabrayil-city",
    "kind": "city",
    "names": {
      "az": "Cəbrayıl",
      "en": "Jabrayil (Jrakan)",
      "hy": "Ջրական",
      "ru": "Джебраил"
    },
    "spellings": [
      "Jabrayil",
      "Jrakan",
      "Ջաբրայիլ",
      "Մեխակավան",
      "Mekhakavan",
      "Jabrayil city",
      "Jabrayil town",
      "Cəbrayıl şəhəri"
    ],
    "usage": [
      {
        "name": "Jabrayil",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Jrakan",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Cəbrayıl",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Ջրական",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Մեխակավան",
        "language": "hy",
        "usedBy": "Another Armenian name of the town (Mekhakavan), which Armenian-language texts give beside Jrakan",
        "tradition": "armenian"
      },
      {
        "name": "Mekhakavan",
        "language": "en",
        "usedBy": "English form of Մեխակավան, another Armenian name of the town",
        "tradition": "armenian"
      },
      {
        "name": "Ջաբրայիլ",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Джебраил",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Wikipedia (English): Jabrayil",
        "url": "https://en.wikipedia.org/wiki/Jabrayil",
        "names": [
          "en",
          "az"
        ]
      },
      {
        "source": "Wikipedia (Russian): Джебраил",
        "url": "https://ru.wikipedia.org/wiki/%D0%94%D0%B6%D0%B5%D0%B1%D1%80%D0%B0%D0%B8%D0%BB",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Armenian-language usage: an Armenian text on the armed forces of Nagorno-Karabakh writes \"Ջրականի (Մեխակավան, Ջաբրայիլի)\" (found by full-text search; no gazetteer with the Armenian script was verified)",
        "names": [
          "hy"
        ]
      }
    ],
    "within": "jabrayil",
    "note": "The town of Jabrayil, the centre of Jabrayil district (id jabrayil), which the documents name; \"Jabrayil\" alone finds the district, \"Jabrayil city\" the town, and findPlaces gives both. The Armenian-script form rests on Armenian-language usage (\"Ջրականի (Մեխակավան, Ջաբրայիլի)\") rather than on a gazetteer; the English Wikipedia gives the romanised \"Jrakan\". The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "gubadli",
    "kind": "district",
    "names": {
      "az": "Qubadlı",
      "en": "Gubadli (Kashunik) district",
      "hy": "Քաշունիք",
      "ru": "Губадлы"
    },
    "spellings": [
      "Gubadli",
      "Gubadly",
      "Kubatly",
      "Kubatli",
      "Gubadli district",
      "Kashunik",
      "Кубатлы",
      "Qubadlı rayonu"
    ],
    "within": "azerbaijan",
    "usage": [
      {
        "name": "Gubadli",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Kashunik",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Qubadlı",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Քաշունիք",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Губадлы",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-QBI",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.43",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "az"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (German): Qubadlı (Stadt)",
        "url": "https://de.wikipedia.org/wiki/Qubadl%C4%B1_(Stadt)",
        "names": [
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Russian): Губадлы",
        "url": "https://ru.wikipedia.org/wiki/%D0%93%D1%83%D0%B1%D0%B0%D0%B4%D0%BB%D1%8B",
        "names": [
          "ru",
          "az"
        ]
      }
    ],
    "note": "Gubadli district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-QBI); named by The Occupation in Figures (\"Gubadli: august 31, 1993, territory 802 km2\"). Its centre is the town of Gubadli (Kashunik), a place of its own (id gubadli-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the district's area lay in Kashatagh province (Քաշաթաղի շրջան). The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "gubadli-city",
    "kind": "city",
    "names": {
      "az": "Qubadlı",
      "en": "Gubadli (Kashunik)",
      "hy": "Քաշունիք",
      "ru": "Губадлы"
    },
    "spellings": [
      "Gubadli",
      "Kashunik",
      "Кубатлы",
      "Gubadli city",
      "Gubadli town",
      "Qubadlı şəhəri"
    ],
    "usage": [
      {
        "name": "Gubadli",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Kashunik",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Qubadlı",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Քաշունիք",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Губадлы",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (German): Qubadlı (Stadt)",
        "url": "https://de.wikipedia.org/wiki/Qubadl%C4%B1_(Stadt)",
        "names": [
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Russian): Губадлы",
        "url": "https://ru.wikipedia.org/wiki/%D0%93%D1%83%D0%B1%D0%B0%D0%B4%D0%BB%D1%8B",
        "names": [
          "ru",
          "az"
        ]
      }
    ],
    "within": "gubadli",
    "note": "The town of Gubadli, the centre of Gubadli district (id gubadli), which the documents name; \"Gubadli\" alone finds the district, \"Gubadli city\" the town, and findPlaces gives both. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "zangilan",
    "kind": "district",
    "names": {
      "az": "Zəngilan",
      "en": "Zangilan (Kovsakan) district",
      "hy": "Կովսական",
      "ru": "Зангелан"
    },
    "spellings": [
      "Zangilan",
      "Zangelan",
      "Zangilan district",
      "Kovsakan",
      "Զանգելան",
      "Зенгилан",
      "Ковсакан",
      "Zəngilan rayonu"
    ],
    "within": "azerbaijan",
    "usage": [
      {
        "name": "Zangilan",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Kovsakan",
        "language": "en",
        "usedBy": "English form of the Armenian name of the district's centre, by which Armenian usage also names the area around it; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Zəngilan",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Կովսական",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Զանգելան",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Зангелан",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-ZAN",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.69",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (Russian): Зангеланский район",
        "url": "https://ru.wikipedia.org/wiki/%D0%97%D0%B0%D0%BD%D0%B3%D0%B5%D0%BB%D0%B0%D0%BD%D1%81%D0%BA%D0%B8%D0%B9_%D1%80%D0%B0%D0%B9%D0%BE%D0%BD",
        "names": [
          "ru",
          "az"
        ]
      },
      {
        "source": "Wikipedia (German): Zəngilan (Stadt)",
        "url": "https://de.wikipedia.org/wiki/Z%C9%99ngilan_(Stadt)",
        "names": [
          "az",
          "hy",
          "ru"
        ]
      }
    ],
    "note": "Zangilan district, a district (rayon) of Azerbaijan (ISO 3166-2:AZ AZ-ZAN); named by The Occupation in Figures (\"Zangilan: october 29, 1993, territory 707 km2\"). Its centre is the town of Zangilan (Kovsakan), a place of its own (id zangilan-city). In the administrative division of the Armenian authorities of Nagorno-Karabakh the district's area lay in Kashatagh province (Քաշաթաղի շրջան); the town was renamed Kovsakan. The English display name gives the Azerbaijani-usage name with the Armenian-usage name in brackets, as for every place whose names differ. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "zangilan-city",
    "kind": "city",
    "names": {
      "az": "Zəngilan",
      "en": "Zangilan (Kovsakan)",
      "hy": "Կովսական",
      "ru": "Зангелан"
    },
    "spellings": [
      "Zangilan",
      "Kovsakan",
      "Զանգելան",
      "Зенгилан",
      "Ковсакан",
      "Zangilan city",
      "Zangilan town",
      "Zəngilan şəhəri"
    ],
    "usage": [
      {
        "name": "Zangilan",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents and in most English-language sources",
        "tradition": "azerbaijani"
      },
      {
        "name": "Kovsakan",
        "language": "en",
        "usedBy": "English form of the Armenian name of the town; used by Armenia and by the Armenian authorities of Nagorno-Karabakh",
        "tradition": "armenian"
      },
      {
        "name": "Zəngilan",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Կովսական",
        "language": "hy",
        "usedBy": "The Armenian name",
        "tradition": "armenian"
      },
      {
        "name": "Զանգելան",
        "language": "hy",
        "usedBy": "The Azerbaijani name written in Armenian script, as Armenian-language texts write it for the Azerbaijani district and town",
        "tradition": "azerbaijani"
      },
      {
        "name": "Зангелан",
        "language": "ru",
        "usedBy": "The Russian name, a form of the Azerbaijani name",
        "tradition": "azerbaijani"
      }
    ],
    "references": [
      {
        "source": "Decree of the President of Azerbaijan of 7 July 2021 on the new division of the economic regions, as reported by AzerNews (7 July 2021)",
        "url": "https://www.azernews.az/nation/181004.html",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (German): Zəngilan (Stadt)",
        "url": "https://de.wikipedia.org/wiki/Z%C9%99ngilan_(Stadt)",
        "names": [
          "az",
          "hy",
          "ru"
        ]
      },
      {
        "source": "Wikipedia (Persian): زنگلان (شهر)",
        "url": "https://fa.wikipedia.org/wiki/%D8%B2%D9%86%DA%AF%D9%84%D8%A7%D9%86_(%D8%B4%D9%87%D8%B1)",
        "names": [
          "az",
          "hy"
        ]
      }
    ],
    "within": "zangilan",
    "note": "The town of Zangilan, the centre of Zangilan district (id zangilan), which the documents name; \"Zangilan\" alone finds the district, \"Zangilan city\" the town, and findPlaces gives both. The Russian name is given in its Azerbaijani-usage form only: no Russian form of the Armenian-usage name was verified in a public reference, so none is given."
  },
  {
    "id": "lachin-corridor",
    "kind": "corridor",
    "names": {
      "az": "Laçın dəhlizi",
      "en": "Lachin corridor",
      "hy": "Լաչինի միջանցք",
      "ru": "Лачинский коридор"
    },
    "spellings": [
      "Lachin corridor",
      "Laçın dəhlizi",
      "Лачинский коридор"
    ],
    "within": "azerbaijan",
    "note": "The road link between Armenia and Nagorno-Karabakh through Lachin district; DW: \"The corridor is part of Azerbaijan\"."
  },
  {
    "id": "aghdam-khankendi-stepanakert-road",
    "kind": "road",
    "names": {
      "az": "Ağdam–Xankəndi yolu",
      "en": "Aghdam–Khankendi (Stepanakert) road"
    },
    "spellings": [
      "Aghdam–Khankendi road",
      "Agdam-Khankedi road",
      "Agdam-Khankendi road",
      "Ağdam–Xankəndi yolu",
      "Aghdam–Stepanakert road"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "baku",
    "kind": "city",
    "names": {
      "az": "Bakı",
      "en": "Baku",
      "hy": "Բաքու",
      "ru": "Баку"
    },
    "spellings": [
      "Baku",
      "Bakı",
      "Baki",
      "Баку"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "barda",
    "kind": "district",
    "names": {
      "az": "Bərdə",
      "en": "Barda",
      "ru": "Барда",
      "hy": "Բարդա"
    },
    "spellings": [
      "Barda",
      "Bərdə",
      "Barda district",
      "Բարդա",
      "Պարտավ",
      "Partav",
      "Bərdə rayonu"
    ],
    "within": "azerbaijan",
    "usage": [
      {
        "name": "Barda",
        "language": "en",
        "usedBy": "The English name, used by the source documents (Landmine Monitor) and by both sides in English",
        "tradition": "international"
      },
      {
        "name": "Bərdə",
        "language": "az",
        "usedBy": "The official name in Azerbaijan",
        "tradition": "azerbaijani"
      },
      {
        "name": "Բարդա",
        "language": "hy",
        "usedBy": "The Armenian form of the present name",
        "tradition": "international"
      },
      {
        "name": "Պարտավ",
        "language": "hy",
        "usedBy": "The historical Armenian name (Partav) of the town, which Armenian usage also gives it",
        "tradition": "armenian"
      },
      {
        "name": "Барда",
        "language": "ru",
        "usedBy": "The Russian name",
        "tradition": "international"
      }
    ],
    "references": [
      {
        "source": "ISO 3166-2:AZ (the subdivisions of Azerbaijan)",
        "id": "AZ-BAR",
        "url": "https://www.iso.org/obp/ui/#iso:code:3166:AZ",
        "names": [
          "az"
        ]
      },
      {
        "source": "GeoNames, first-order administrative divisions (admin1 code)",
        "id": "AZ.11",
        "url": "https://download.geonames.org/export/dump/admin1CodesASCII.txt",
        "names": [
          "en"
        ]
      },
      {
        "source": "Wikipedia (English): Barda, Azerbaijan",
        "url": "https://en.wikipedia.org/wiki/Barda,_Azerbaijan",
        "names": [
          "en",
          "az",
          "hy"
        ]
      },
      {
        "source": "Wikipedia (Armenian): Պարտավ",
        "url": "https://hy.wikipedia.org/wiki/%D5%8A%D5%A1%D6%80%D5%BF%D5%A1%D5%BE",
        "names": [
          "hy",
          "az"
        ]
      },
      {
        "source": "Wikipedia (French): Barda (Azerbaïdjan)",
        "url": "https://fr.wikipedia.org/wiki/Barda_(Azerba%C3%AFdjan)",
        "names": [
          "az",
          "ru"
        ]
      }
    ],
    "note": "Barda district, in the Karabakh economic region of Azerbaijan (ISO 3166-2:AZ AZ-BAR); named by Landmine Monitor. Its English name is the same in both sides' usage, so the display name is the one name; the historical Armenian name Partav is a spelling."
  },
  {
    "id": "sabirabad",
    "kind": "district",
    "names": {
      "az": "Sabirabad",
      "en": "Sabirabad",
      "ru": "Сабирабад"
    },
    "spellings": [
      "Sabirabad",
      "Sabirabad district"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "saatli",
    "kind": "district",
    "names": {
      "az": "Saatlı",
      "en": "Saatli",
      "ru": "Саатлы"
    },
    "spellings": [
      "Saatli",
      "Saatlı",
      "Saatly",
      "Saatli district"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "yevlakh",
    "kind": "city",
    "names": {
      "az": "Yevlax",
      "en": "Yevlakh",
      "ru": "Евлах"
    },
    "spellings": [
      "Yevlakh",
      "Yevlax",
      "Evlakh"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "gazakh",
    "kind": "district",
    "names": {
      "az": "Qazax",
      "en": "Gazakh",
      "ru": "Газах"
    },
    "spellings": [
      "Gazakh",
      "Qazax",
      "Kazakh",
      "Kazakh District",
      "Gazakh district"
    ],
    "within": "azerbaijan",
    "note": "Written \"Kazakh District\" in a Landmine Monitor footnote; not Kazakhstan."
  },
  {
    "id": "yerevan",
    "kind": "city",
    "names": {
      "az": "İrəvan",
      "en": "Yerevan",
      "hy": "Երևան",
      "ru": "Ереван"
    },
    "spellings": [
      "Yerevan",
      "Erevan",
      "İrəvan",
      "Ереван"
    ],
    "within": "armenia"
  },
  {
    "id": "georgia",
    "kind": "country",
    "names": {
      "az": "Gürcüstan",
      "en": "Georgia",
      "hy": "Վրաստան",
      "ru": "Грузия"
    },
    "spellings": [
      "Georgia",
      "Gürcüstan",
      "Sakartvelo"
    ],
    "iso3166": "GE"
  },
  {
    "id": "tbilisi",
    "kind": "city",
    "names": {
      "az": "Tbilisi",
      "en": "Tbilisi",
      "ru": "Тбилиси"
    },
    "spellings": [
      "Tbilisi",
      "Tiflis"
    ],
    "within": "georgia"
  },
  {
    "id": "meskheti",
    "kind": "region",
    "names": {
      "az": "Mesxeti",
      "en": "Meskheti",
      "ru": "Месхетия"
    },
    "spellings": [
      "Meskheti",
      "Meskhetia",
      "Mesxeti"
    ],
    "within": "georgia",
    "note": "Named in the documents only in \"Meskheti Turks\" (Government of Azerbaijan) and \"Meskhetian Turks\" (migration report): the Turkish-speaking people of Meskheti, whom the Soviet authorities removed to Central Asia in 1944."
  },
  {
    "id": "russia",
    "kind": "country",
    "names": {
      "az": "Rusiya",
      "en": "Russia",
      "hy": "Ռուսաստան",
      "ru": "Россия"
    },
    "spellings": [
      "Russia",
      "Russian Federation",
      "the Russian Federation"
    ],
    "iso3166": "RU"
  },
  {
    "id": "ukraine",
    "kind": "country",
    "names": {
      "az": "Ukrayna",
      "en": "Ukraine",
      "ru": "Украина"
    },
    "spellings": [
      "Ukraine"
    ],
    "iso3166": "UA"
  },
  {
    "id": "kazakhstan",
    "kind": "country",
    "names": {
      "az": "Qazaxıstan",
      "en": "Kazakhstan",
      "ru": "Казахстан"
    },
    "spellings": [
      "Kazakhstan"
    ],
    "iso3166": "KZ"
  },
  {
    "id": "israel",
    "kind": "country",
    "names": {
      "az": "İsrail",
      "en": "Israel",
      "ru": "Израиль"
    },
    "spellings": [
      "Israel"
    ],
    "iso3166": "IL"
  },
  {
    "id": "germany",
    "kind": "country",
    "names": {
      "az": "Almaniya",
      "en": "Germany",
      "ru": "Германия"
    },
    "spellings": [
      "Germany"
    ],
    "iso3166": "DE"
  },
  {
    "id": "turkey",
    "kind": "country",
    "names": {
      "az": "Türkiyə",
      "en": "Turkey",
      "ru": "Турция"
    },
    "spellings": [
      "Turkey",
      "Türkiye"
    ],
    "iso3166": "TR"
  },
  {
    "id": "united-states",
    "kind": "country",
    "names": {
      "az": "Amerika Birləşmiş Ştatları",
      "en": "United States",
      "ru": "США"
    },
    "spellings": [
      "United States",
      "the United States",
      "United States of America",
      "USA",
      "US",
      "U.S."
    ],
    "iso3166": "US"
  },
  {
    "id": "turkmenistan",
    "kind": "country",
    "names": {
      "az": "Türkmənistan",
      "en": "Turkmenistan",
      "ru": "Туркменистан"
    },
    "spellings": [
      "Turkmenistan"
    ],
    "iso3166": "TM"
  },
  {
    "id": "iran",
    "kind": "country",
    "names": {
      "az": "İran",
      "en": "Iran",
      "ru": "Иран"
    },
    "spellings": [
      "Iran",
      "Islamic Republic of Iran"
    ],
    "iso3166": "IR"
  },
  {
    "id": "united-kingdom",
    "kind": "country",
    "names": {
      "az": "Böyük Britaniya",
      "en": "United Kingdom",
      "ru": "Великобритания"
    },
    "spellings": [
      "United Kingdom",
      "UK",
      "Great Britain",
      "Britain"
    ],
    "iso3166": "GB"
  },
  {
    "id": "india",
    "kind": "country",
    "names": {
      "az": "Hindistan",
      "en": "India",
      "ru": "Индия"
    },
    "spellings": [
      "India"
    ],
    "iso3166": "IN"
  },
  {
    "id": "afghanistan",
    "kind": "country",
    "names": {
      "az": "Əfqanıstan",
      "en": "Afghanistan",
      "ru": "Афганистан"
    },
    "spellings": [
      "Afghanistan"
    ],
    "iso3166": "AF"
  },
  {
    "id": "iraq",
    "kind": "country",
    "names": {
      "az": "İraq",
      "en": "Iraq",
      "ru": "Ирак"
    },
    "spellings": [
      "Iraq"
    ],
    "iso3166": "IQ"
  },
  {
    "id": "pakistan",
    "kind": "country",
    "names": {
      "az": "Pakistan",
      "en": "Pakistan",
      "ru": "Пакистан"
    },
    "spellings": [
      "Pakistan"
    ],
    "iso3166": "PK"
  },
  {
    "id": "china",
    "kind": "country",
    "names": {
      "az": "Çin",
      "en": "China",
      "ru": "Китай"
    },
    "spellings": [
      "China"
    ],
    "iso3166": "CN"
  },
  {
    "id": "japan",
    "kind": "country",
    "names": {
      "az": "Yaponiya",
      "en": "Japan",
      "ru": "Япония"
    },
    "spellings": [
      "Japan"
    ],
    "iso3166": "JP"
  },
  {
    "id": "uzbekistan",
    "kind": "country",
    "names": {
      "az": "Özbəkistan",
      "en": "Uzbekistan",
      "ru": "Узбекистан"
    },
    "spellings": [
      "Uzbekistan"
    ],
    "iso3166": "UZ"
  },
  {
    "id": "bangladesh",
    "kind": "country",
    "names": {
      "az": "Banqladeş",
      "en": "Bangladesh",
      "ru": "Бангладеш"
    },
    "spellings": [
      "Bangladesh"
    ],
    "iso3166": "BD"
  },
  {
    "id": "bulgaria",
    "kind": "country",
    "names": {
      "az": "Bolqarıstan",
      "en": "Bulgaria",
      "ru": "Болгария"
    },
    "spellings": [
      "Bulgaria"
    ],
    "iso3166": "BG"
  },
  {
    "id": "france",
    "kind": "country",
    "names": {
      "az": "Fransa",
      "en": "France",
      "ru": "Франция"
    },
    "spellings": [
      "France"
    ],
    "iso3166": "FR"
  },
  {
    "id": "sweden",
    "kind": "country",
    "names": {
      "az": "İsveç",
      "en": "Sweden",
      "ru": "Швеция"
    },
    "spellings": [
      "Sweden"
    ],
    "iso3166": "SE"
  },
  {
    "id": "norway",
    "kind": "country",
    "names": {
      "az": "Norveç",
      "en": "Norway",
      "ru": "Норвегия"
    },
    "spellings": [
      "Norway"
    ],
    "iso3166": "NO"
  },
  {
    "id": "switzerland",
    "kind": "country",
    "names": {
      "az": "İsveçrə",
      "en": "Switzerland",
      "ru": "Швейцария"
    },
    "spellings": [
      "Switzerland"
    ],
    "iso3166": "CH"
  },
  {
    "id": "moldova",
    "kind": "country",
    "names": {
      "az": "Moldova",
      "en": "Moldova",
      "ru": "Молдова"
    },
    "spellings": [
      "Moldova",
      "Republic of Moldova"
    ],
    "iso3166": "MD"
  },
  {
    "id": "united-arab-emirates",
    "kind": "country",
    "names": {
      "az": "Birləşmiş Ərəb Əmirlikləri",
      "en": "United Arab Emirates",
      "ru": "Объединённые Арабские Эмираты"
    },
    "spellings": [
      "United Arab Emirates",
      "UAE"
    ],
    "iso3166": "AE"
  },
  {
    "id": "kyrgyzstan",
    "kind": "country",
    "names": {
      "az": "Qırğızıstan",
      "en": "Kyrgyzstan",
      "ru": "Киргизия"
    },
    "spellings": [
      "Kyrgyzstan",
      "Kyrgyz Republic",
      "Kirghizia"
    ],
    "iso3166": "KG"
  },
  {
    "id": "poland",
    "kind": "country",
    "names": {
      "az": "Polşa",
      "en": "Poland",
      "ru": "Польша"
    },
    "spellings": [
      "Poland"
    ],
    "iso3166": "PL"
  },
  {
    "id": "sudan",
    "kind": "country",
    "names": {
      "az": "Sudan",
      "en": "Sudan",
      "ru": "Судан"
    },
    "spellings": [
      "Sudan"
    ],
    "iso3166": "SD"
  },
  {
    "id": "canada",
    "kind": "country",
    "names": {
      "az": "Kanada",
      "en": "Canada",
      "ru": "Канада"
    },
    "spellings": [
      "Canada"
    ],
    "iso3166": "CA"
  },
  {
    "id": "slovenia",
    "kind": "country",
    "names": {
      "az": "Sloveniya",
      "en": "Slovenia",
      "ru": "Словения"
    },
    "spellings": [
      "Slovenia"
    ],
    "iso3166": "SI"
  },
  {
    "id": "finland",
    "kind": "country",
    "names": {
      "az": "Finlandiya",
      "en": "Finland",
      "ru": "Финляндия"
    },
    "spellings": [
      "Finland"
    ],
    "iso3166": "FI"
  },
  {
    "id": "austria",
    "kind": "country",
    "names": {
      "az": "Avstriya",
      "en": "Austria",
      "ru": "Австрия"
    },
    "spellings": [
      "Austria"
    ],
    "iso3166": "AT"
  },
  {
    "id": "belarus",
    "kind": "country",
    "names": {
      "az": "Belarus",
      "en": "Belarus",
      "ru": "Беларусь"
    },
    "spellings": [
      "Belarus"
    ],
    "iso3166": "BY"
  },
  {
    "id": "mozambique",
    "kind": "country",
    "names": {
      "az": "Mozambik",
      "en": "Mozambique",
      "ru": "Мозамбик"
    },
    "spellings": [
      "Mozambique"
    ],
    "iso3166": "MZ"
  },
  {
    "id": "soviet-union",
    "kind": "former-state",
    "names": {
      "az": "Sovet İttifaqı",
      "en": "Soviet Union",
      "ru": "Советский Союз"
    },
    "spellings": [
      "Soviet Union",
      "USSR",
      "Union of Soviet Socialist Republics",
      "Sovet İttifaqı",
      "СССР"
    ],
    "note": "Dissolved in 1991; it has no ISO 3166-1 alpha-2 code any more."
  },
  {
    "id": "geneva",
    "kind": "city",
    "names": {
      "az": "Cenevrə",
      "en": "Geneva",
      "ru": "Женева"
    },
    "spellings": [
      "Geneva",
      "Genève",
      "Genf"
    ],
    "within": "switzerland"
  },
  {
    "id": "vienna",
    "kind": "city",
    "names": {
      "az": "Vyana",
      "en": "Vienna",
      "ru": "Вена"
    },
    "spellings": [
      "Vienna",
      "Wien"
    ],
    "within": "austria"
  },
  {
    "id": "maputo",
    "kind": "city",
    "names": {
      "az": "Maputu",
      "en": "Maputo",
      "ru": "Мапуту"
    },
    "spellings": [
      "Maputo"
    ],
    "within": "mozambique"
  },
  {
    "id": "ljubljana",
    "kind": "city",
    "names": {
      "az": "Lyublyana",
      "en": "Ljubljana",
      "ru": "Любляна"
    },
    "spellings": [
      "Ljubljana"
    ],
    "within": "slovenia"
  },
  {
    "id": "helsinki",
    "kind": "city",
    "names": {
      "az": "Helsinki",
      "en": "Helsinki",
      "ru": "Хельсинки"
    },
    "spellings": [
      "Helsinki",
      "Helsingfors"
    ],
    "within": "finland"
  },
  {
    "id": "minsk",
    "kind": "city",
    "names": {
      "az": "Minsk",
      "en": "Minsk",
      "ru": "Минск"
    },
    "spellings": [
      "Minsk"
    ],
    "within": "belarus"
  },
  {
    "id": "europe",
    "kind": "macro-region",
    "names": {
      "az": "Avropa",
      "en": "Europe",
      "ru": "Европа"
    },
    "spellings": [
      "Europe"
    ]
  },
  {
    "id": "central-and-eastern-europe",
    "kind": "macro-region",
    "names": {
      "az": "Mərkəzi və Şərqi Avropa",
      "en": "Central and Eastern Europe",
      "ru": "Центральная и Восточная Европа"
    },
    "spellings": [
      "Central and Eastern Europe"
    ],
    "within": "europe"
  },
  {
    "id": "central-asia",
    "kind": "macro-region",
    "names": {
      "az": "Mərkəzi Asiya",
      "en": "Central Asia",
      "ru": "Центральная Азия"
    },
    "spellings": [
      "Central Asia",
      "the Central Asia"
    ]
  },
  {
    "id": "middle-east",
    "kind": "macro-region",
    "names": {
      "az": "Yaxın Şərq",
      "en": "Middle East",
      "ru": "Ближний Восток"
    },
    "spellings": [
      "Middle East",
      "the Middle East"
    ]
  },
  {
    "id": "south-east-asia",
    "kind": "macro-region",
    "names": {
      "az": "Cənub-Şərqi Asiya",
      "en": "South-East Asia",
      "ru": "Юго-Восточная Азия"
    },
    "spellings": [
      "South-East Asia",
      "Southeast Asia"
    ]
  },
  {
    "id": "caucasus",
    "kind": "macro-region",
    "names": {
      "az": "Qafqaz",
      "en": "Caucasus",
      "ru": "Кавказ"
    },
    "spellings": [
      "Caucasus",
      "the Caucasus"
    ]
  },
  {
    "id": "south-caucasus",
    "kind": "macro-region",
    "names": {
      "az": "Cənubi Qafqaz",
      "en": "South Caucasus",
      "ru": "Южный Кавказ"
    },
    "spellings": [
      "South Caucasus",
      "Transcaucasia"
    ],
    "within": "caucasus"
  },
  {
    "id": "black-sea-region",
    "kind": "macro-region",
    "names": {
      "az": "Qara dəniz regionu",
      "en": "Black Sea Region",
      "ru": "Черноморский регион"
    },
    "spellings": [
      "Black Sea Region",
      "Black Sea region"
    ]
  },
  {
    "id": "cis",
    "kind": "macro-region",
    "names": {
      "az": "Müstəqil Dövlətlər Birliyi",
      "en": "Commonwealth of Independent States",
      "ru": "Содружество Независимых Государств"
    },
    "spellings": [
      "Commonwealth of Independent States",
      "CIS"
    ],
    "note": "The CIS is an association of states; it is listed because the documents use it as a region (\"CIS Countries\")."
  }
]);
