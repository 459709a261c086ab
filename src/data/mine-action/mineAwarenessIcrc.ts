import { deepFreeze } from '../../deepFreeze.js';
import type { Dataset } from '../../model/dataset.js';
import { landmineMonitor2000 } from '../../sources/landmineMonitor2000.js';
import { icrc } from '../../sources/icrc.js';
import { unmas } from '../../sources/unmas.js';

/**
 * The ICRC's mine awareness programme in Azerbaijan: schoolteachers trained and children instructed
 * (persons), and the years of its programmes (from 1996; throughout 1999 in Barda, Sabirabad and
 * Saatli), read from Landmine Monitor Report 2000 (`002_404f944ac4efa99f.txt`), which cites an ICRC statement.
 *
 * @example
 * ```ts
 * import { mineAwarenessIcrc } from 'azerbaijan-data/mine-action';
 * mineAwarenessIcrc.observations.find((o) => o.id === 'schoolteachers-trained')?.value;
 * //=> 5400
 * ```
 */
export const mineAwarenessIcrc: Dataset<'mine-awareness-icrc'> = /* @__PURE__ */ deepFreeze({
  "id": "mine-awareness-icrc",
  "title": "ICRC mine awareness in Azerbaijan: teachers trained and children instructed, 1999",
  "description": "The number of schoolteachers trained in mine awareness by ICRC field officers (5,400) and of children who had instruction in mine awareness (some 81,000), according to a statement of the ICRC's mine awareness programme of 17 November 1999, as reported by Landmine Monitor Report 2000; with the start of mine awareness programmes in Nagorny-Karabakh by the ICRC, UNDP and HALO Trust in 1996 and the ICRC's programmes in refugee and IDP camps in Barda, Sabirabad and Saatli throughout 1999.",
  "topic": "mine-action",
  "version": "1.0.0",
  "sha256": "a5dfd2ec003fe2a27ca44fcec82baa7a1d1a027bbccb394e98cacc8573c5651a",
  "units": [
    "persons"
  ],
  "measures": [
    {
      "id": "schoolteachers-trained",
      "label": "Schoolteachers trained in mine awareness by ICRC field officers",
      "description": "The teachers then teach their students and pass the information on to parents in the IDP camps."
    },
    {
      "id": "children-instructed",
      "label": "Children who have had instruction in mine awareness"
    }
  ],
  "dimensions": [],
  "sources": [landmineMonitor2000, icrc, unmas],
  "observations": [
    {
      "id": "schoolteachers-trained",
      "measure": "schoolteachers-trained",
      "qualifier": "exact",
      "value": 5400,
      "unit": "persons",
      "period": "1999",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "icrc",
      "locator": {
        "section": "Mine Awareness",
        "footnote": 25
      },
      "citation": "Statement of Musa Jalalov, Mine Awareness Program of International Committee of the Red Cross, delivered at the Landmine Seminar “Mine Free Caucasus,” Baku, 17 November 1999.",
      "quote": "ICRC field officers have trained 5,400 schoolteachers in mine awareness",
      "asWritten": "5,400",
      "note": "A cumulative figure as given in an ICRC statement of 17 November 1999 (footnote 25, which closes the paragraph); the source gives no start date for it."
    },
    {
      "id": "children-instructed",
      "measure": "children-instructed",
      "qualifier": "approximate",
      "value": 81000,
      "wording": "Some",
      "unit": "persons",
      "period": "1999",
      "dimensions": {},
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "icrc",
      "locator": {
        "section": "Mine Awareness",
        "footnote": 25
      },
      "citation": "Statement of Musa Jalalov, Mine Awareness Program of International Committee of the Red Cross, delivered at the Landmine Seminar “Mine Free Caucasus,” Baku, 17 November 1999.",
      "quote": "Some 81,000 children have had instruction in mine awareness.",
      "asWritten": "81,000",
      "note": "A cumulative figure as given in an ICRC statement of 17 November 1999 (footnote 25, which closes the paragraph); the source gives no start date for it."
    }
  ],
  "relations": [],
  "events": [
    {
      "id": "mine-awareness-programmes-began",
      "label": "ICRC, UNDP and HALO Trust began mine awareness programmes in Nagorny-Karabakh",
      "date": "1996",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "locator": {
        "section": "Mine Awareness",
        "footnote": 24
      },
      "citation": "UNMAS, “Joint Assessment Mission Report: Azerbaijan,” p. 12.",
      "quote": "Beginning in 1996, the International Committee of the Red Cross (ICRC), United Nations Development Program and HALO Trust carried out mine awareness programs",
      "asWritten": "1996",
      "note": "Footnote 24 (the UNMAS Joint Assessment Mission Report) closes the next sentence, the first footnote of the paragraph."
    },
    {
      "id": "icrc-programmes-1999-camps",
      "label": "ICRC mine awareness programmes conducted in refugee and IDP camps in Barda, Sabirabad and Saatli",
      "date": "1999",
      "dateBasis": "stated",
      "source": "landmine-monitor-2000-azerbaijan",
      "attribution": "icrc",
      "locator": {
        "section": "Mine Awareness",
        "footnote": 25
      },
      "citation": "Statement of Musa Jalalov, Mine Awareness Program of International Committee of the Red Cross, delivered at the Landmine Seminar “Mine Free Caucasus,” Baku, 17 November 1999.",
      "quote": "These programs were conducted throughout 1999 in refugee and IDP camps in Barda, Sabirabad and Saatli.",
      "asWritten": "1999",
      "note": "Throughout the year 1999."
    }
  ],
  "gaps": [],
  "notes": [
    "The figures on teachers and children carry no footnote of their own; footnote 25 (a statement of Musa Jalalov, Mine Awareness Program of the ICRC, Baku, 17 November 1999) closes their paragraph after the sentence on the 1999 programmes and is placed on them.",
    "The programmes that began in 1996 are located by the source in Nagorny-Karabakh; those of 1999 in refugee and IDP camps in Barda, Sabirabad and Saatli."
  ]
});
