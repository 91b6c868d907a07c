import type { TopicSpec } from './spec.js';

/**
 * A strike: a weapon fired at a place, named with its toll or its target in the same sentence ("Russia fired ballistic
 * missiles at Kyiv, killing three"; "14 Raketen auf Ziele im Westen des Landes"). Weapons alone are a test, a programme
 * or a treaty's (arms control); with the dead, the wounded, civilians or the targets hit they are fighting.
 */
export const STRIKE_TERMS: TopicSpec['terms'] = {
  de: ['!Raketen:3', '!Rakete:3', '!Marschflugkörper:3', '!Gleitbomben:3', '!Granaten:3'],
  en: ['!missiles:3', '!missile:3', '!rockets:3', '!rocket:3', '!glide bombs:3', '!cruise missiles:3'],
  fr: ['!missiles:3', '!missile:3', '!roquettes:3', '!roquette:3', '!obus:3', '!bombes planantes:3'],
  es: ['!misiles:3', '!misil:3', '!cohetes:3', '!cohete:3', '!proyectiles:3', '!obuses:3', '!bombas planeadoras:3'],
};

/** The toll of a strike: the dead and the wounded, and homes left without power. */
export const STRIKE_TOLL = {
  de: [
    ...['getötet', 'tötete', 'töteten', 'Tote', 'Toten', 'Todesopfer', 'Verletzte', 'verletzt', 'Verletzten', 'Zivilisten'],
    ...['Stromausfall', 'Stromausfälle', 'ohne Strom'],
  ],
  en: [
    ...['killing', 'killed', 'kills', 'dead', 'wounded', 'wounding', 'injured', 'injuring', 'casualties', 'civilians'],
    ...['power cuts', 'power outages', 'blackouts', 'without power', 'without electricity'],
  ],
  fr: [...['tué', 'tués', 'tuant', 'morts', 'blessés', 'blessant', 'victimes', 'civils'], ...['électricité', 'coupures de courant']],
  es: [...['muertos', 'matando', 'mató', 'mataron', 'heridos', 'hiriendo', 'víctimas', 'civiles'], ...['sin electricidad', 'apagones', 'sin luz']],
};

/** The toll and the targets of a strike (see STRIKE_TERMS). */
export const STRIKE_CUES: NonNullable<TopicSpec['cues']> = {
  de: [...STRIKE_TOLL.de, ...['Wohnhaus', 'Wohnhäuser', 'Wohngebäude', 'Energieinfrastruktur', 'Kraftwerk', '=Ziele']],
  en: [...STRIKE_TOLL.en, ...['residential', 'apartment block', 'apartment building', 'energy infrastructure', 'power plant', '=targets']],
  fr: [...STRIKE_TOLL.fr, ...['immeuble', 'immeubles', 'infrastructures énergétiques', 'centrale électrique', '=cibles']],
  es: [...STRIKE_TOLL.es, ...['edificio residencial', 'edificios residenciales', 'infraestructura energética', 'central eléctrica']],
};
