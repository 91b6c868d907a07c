/** Weekday names, lower case, in every analysed language: capitalised in German and at sentence starts, never names or speakers. */
export const WEEKDAYS: readonly string[] = [
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
];

/** German parts of the day a weekday compounds with: "Montagnachmittag", "Dienstagmorgen", "Mittwochabend". */
const GERMAN_DAY_PARTS = ['früh', 'morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];

/** Each weekday word, German compounds with a part of the day included, to its day: 0 Monday … 6 Sunday. */
const DAY_OF_WORD = new Map<string, number>();
WEEKDAYS.forEach((name, index) => DAY_OF_WORD.set(name, index % 7));
for (const name of WEEKDAYS.slice(0, 7)) for (const part of GERMAN_DAY_PARTS) DAY_OF_WORD.set(name + part, DAY_OF_WORD.get(name)!);

/** The weekday a lower-cased word names (0 Monday … 6 Sunday: "jeudi", "Dienstagmorgen"), or -1. */
export function weekdayOfWord(lower: string): number {
  return DAY_OF_WORD.get(lower) ?? -1;
}
