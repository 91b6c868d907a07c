import { GAP_NEWLINE, GAP_STOP, type TokenTable } from '../text/index.js';
import { cityCountry, matchGazetteerIn } from '../entities/index.js';
import { TOUR_WORDS } from './lead-words.js';

/**
 * The other stops of a tour that the article names beyond its lead: a known city in a sentence that speaks of
 * travelling on, coming from or another stage ("Von Vilnius aus wollte sie noch am selben Tag nach Warschau
 * weiterreisen", "devait s'envoler pour Varsovie, seconde étape de sa tournée", "venue de Vilnius", "tras su
 * escala en Rabat") and that is not where the lead puts its event. The whole sentence counts, not the clause after
 * the word: German puts the verb last, French and Spanish name the stage after the place. Adds them to `stops`,
 * the event's own `places` aside. One pass over the tokens.
 */
export function addTourStops(table: TokenTable, places: ReadonlySet<string>, stops: Set<string>, entities: ReadonlySet<string>): void {
  let sentencePlaces: string[] = [];
  let touring = false;
  const close = (): void => {
    if (touring) for (const place of sentencePlaces) if (!places.has(place) && entities.has(place)) stops.add(place);
    sentencePlaces = [];
    touring = false;
  };
  let i = 0;
  while (i < table.count) {
    if (i > 0 && (table.gaps[i]! & (GAP_STOP | GAP_NEWLINE)) !== 0) close();
    const known = matchGazetteerIn(table, i);
    if (known !== null) {
      if (known.entry.kind === 'place' && cityCountry(known.entry.key) !== undefined) sentencePlaces.push(known.entry.key);
      i = known.end;
      continue;
    }
    const lower = table.words[i]!.lower;
    if (TOUR_WORDS.has(lower)) touring = true;
    i += 1;
  }
  close();
}
