import { deepFreeze } from '../deepFreeze.js';
import type { Place } from '../schema/place.js';

/**
 * Every place that the five source documents name, with its names in English and, where known,
 * in Azerbaijani, Armenian and Russian, and every spelling found in the documents and in common
 * use (`"Khankendi"`, `"Khankandi"`, `"Khankedi"`, `"Stepanakert"`). The English name is the
 * display name and takes no side where usage differs (`"Khankendi (Stepanakert)"`); where the
 * sides name a place differently, `usage` gives each name with its language and who uses it.
 * A place's `id` is the code that the datasets use in an `area` dimension (`"shusha"`); `within` is the id of
 * the place that contains it. Countries carry their ISO 3166-1 alpha-2 code. Look a name up with
 * `findPlace`.
 *
 * @example
 * ```ts
 * import { places } from 'azerbaijan-data/territory';
 * places.find((p) => p.id === 'shusha')?.within; //=> 'nagorno-karabakh'
 * places.find((p) => p.iso3166 === 'AZ')?.names.az; //=> 'Azərbaycan'
 * places.find((p) => p.id === 'khankendi-stepanakert')?.names.en; //=> 'Khankendi (Stepanakert)'
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
      "Artsakh"
    ],
    "usage": [
      {
        "name": "Nagorno-Karabakh",
        "language": "en",
        "usedBy": "The usual English name, from the Russian; used by the source documents (also written \"Nagorno Karabakh\" and \"Nagorny-Karabakh\")"
      },
      {
        "name": "Dağlıq Qarabağ",
        "language": "az",
        "usedBy": "The name in Azerbaijan (written \"Daghlıg Karabakh\" by the Government of Azerbaijan)"
      },
      {
        "name": "Artsakh",
        "language": "hy",
        "usedBy": "The Armenian name (romanised), used by Armenia and by the Armenian authorities of Nagorno-Karabakh"
      },
      {
        "name": "Нагорный Карабах",
        "language": "ru",
        "usedBy": "The Russian name"
      }
    ],
    "within": "azerbaijan",
    "note": "The former Nagorno-Karabakh Autonomous Oblast. The documents also write \"Nagorny-Karabakh\" (Landmine Monitor), \"Nagorno Karabakh\" (NRC) and \"Daghlıg Karabakh\" (the Government of Azerbaijan); \"Karabakh\" alone is listed as a spelling of it because the documents use it so (\"Armenians in Karabakh\", \"the Karabakh conflict\"). Shusha lies inside it."
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
      "Степанакерт"
    ],
    "usage": [
      {
        "name": "Khankendi",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, used by the Government of Azerbaijan (written \"Khankandi\" in The Occupation in Figures); DW gives it as \"the Azerbaijani name\" (written \"Khankedi\")"
      },
      {
        "name": "Stepanakert",
        "language": "en",
        "usedBy": "English form of the Armenian name, the official name in the Soviet period (\"during the Soviet period – Stepanakert\", The Occupation in Figures); used by Armenia and by the Armenian authorities of Nagorno-Karabakh; DW: \"known in Armenian as Stepanakert\""
      },
      {
        "name": "Xankəndi",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Ստեփանակերտ",
        "language": "hy",
        "usedBy": "The Armenian name, used in Armenia"
      },
      {
        "name": "Ханкенди",
        "language": "ru",
        "usedBy": "Russian form of the Azerbaijani name"
      },
      {
        "name": "Степанакерт",
        "language": "ru",
        "usedBy": "Russian form of the Armenian name, the official name in the Soviet period"
      }
    ],
    "within": "nagorno-karabakh",
    "note": "The main city of Nagorno-Karabakh. Its two names are both in English use and name the same city: Khankendi is its Azerbaijani name (written \"Khankandi\" by the Government of Azerbaijan and \"Khankedi\" by DW), Stepanakert its Armenian and Soviet-era name. The English display name gives both."
  },
  {
    "id": "shusha",
    "kind": "district",
    "names": {
      "az": "Şuşa",
      "en": "Shusha (Shushi)",
      "hy": "Շուշի",
      "ru": "Шуша"
    },
    "spellings": [
      "Shusha",
      "Şuşa",
      "Shushi",
      "Shusha district"
    ],
    "usage": [
      {
        "name": "Shusha",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, used by the Government of Azerbaijan (The Occupation in Figures) and in most English-language sources"
      },
      {
        "name": "Shushi",
        "language": "en",
        "usedBy": "English form of the Armenian name, used by Armenia and by the Armenian authorities of Nagorno-Karabakh"
      },
      {
        "name": "Şuşa",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Շուշի",
        "language": "hy",
        "usedBy": "The Armenian name"
      }
    ],
    "within": "nagorno-karabakh",
    "note": "Shusha district, inside the former Nagorno-Karabakh Autonomous Oblast: its area is part of the area given for Nagorno-Karabakh."
  },
  {
    "id": "lachin",
    "kind": "district",
    "names": {
      "az": "Laçın",
      "en": "Lachin",
      "ru": "Лачин"
    },
    "spellings": [
      "Lachin",
      "Laçın",
      "Lachyn",
      "Berdzor",
      "Lachin district"
    ],
    "usage": [
      {
        "name": "Lachin",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents"
      },
      {
        "name": "Laçın",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Berdzor",
        "language": "hy",
        "usedBy": "The Armenian name (romanised), used by the Armenian authorities of Nagorno-Karabakh"
      }
    ],
    "within": "azerbaijan"
  },
  {
    "id": "kalbajar",
    "kind": "district",
    "names": {
      "az": "Kəlbəcər",
      "en": "Kalbajar",
      "ru": "Кельбаджар"
    },
    "spellings": [
      "Kalbajar",
      "Kəlbəcər",
      "Kelbajar",
      "Kelbadjar",
      "Karvachar",
      "Kalbajar district"
    ],
    "usage": [
      {
        "name": "Kalbajar",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents"
      },
      {
        "name": "Kəlbəcər",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Karvachar",
        "language": "hy",
        "usedBy": "The Armenian name (romanised), used by the Armenian authorities of Nagorno-Karabakh"
      }
    ],
    "within": "azerbaijan"
  },
  {
    "id": "aghdam",
    "kind": "district",
    "names": {
      "az": "Ağdam",
      "en": "Aghdam",
      "ru": "Агдам"
    },
    "spellings": [
      "Aghdam",
      "Agdam",
      "Ağdam",
      "Akna",
      "Aghdam district",
      "Agdam region"
    ],
    "usage": [
      {
        "name": "Aghdam",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents"
      },
      {
        "name": "Ağdam",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Akna",
        "language": "hy",
        "usedBy": "The Armenian name (romanised), used by the Armenian authorities of Nagorno-Karabakh"
      }
    ],
    "within": "azerbaijan"
  },
  {
    "id": "fuzuli",
    "kind": "district",
    "names": {
      "az": "Füzuli",
      "en": "Fuzuli",
      "ru": "Физули"
    },
    "spellings": [
      "Fuzuli",
      "Füzuli",
      "Fizuli",
      "Fizulu",
      "Varanda",
      "Fuzuli district",
      "Fizuli region"
    ],
    "usage": [
      {
        "name": "Fuzuli",
        "language": "en",
        "usedBy": "English form of the Azerbaijani name, the official name in Azerbaijan; used by the source documents"
      },
      {
        "name": "Füzuli",
        "language": "az",
        "usedBy": "The official name in Azerbaijan"
      },
      {
        "name": "Varanda",
        "language": "hy",
        "usedBy": "The Armenian name (romanised), used by the Armenian authorities of Nagorno-Karabakh"
      }
    ],
    "within": "azerbaijan",
    "note": "Written \"Fizuli\" by the Government of Azerbaijan and in a Landmine Monitor footnote, and \"Fizulu\" in the Landmine Monitor text."
  },
  {
    "id": "jabrayil",
    "kind": "district",
    "names": {
      "az": "Cəbrayıl",
      "en": "Jabrayil",
      "ru": "Джебраил"
    },
    "spellings": [
      "Jabrayil",
      "Jabrail",
      "Jebrail",
      "Cəbrayıl",
      "Jabrayil district"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "gubadli",
    "kind": "district",
    "names": {
      "az": "Qubadlı",
      "en": "Gubadli",
      "ru": "Кубатлы"
    },
    "spellings": [
      "Gubadli",
      "Qubadlı",
      "Gubadly",
      "Kubatly",
      "Kubatli",
      "Gubadli district"
    ],
    "within": "azerbaijan"
  },
  {
    "id": "zangilan",
    "kind": "district",
    "names": {
      "az": "Zəngilan",
      "en": "Zangilan",
      "ru": "Зангелан"
    },
    "spellings": [
      "Zangilan",
      "Zəngilan",
      "Zangelan",
      "Zangilan district"
    ],
    "within": "azerbaijan"
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
      "ru": "Барда"
    },
    "spellings": [
      "Barda",
      "Bərdə",
      "Barda district"
    ],
    "within": "azerbaijan"
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
