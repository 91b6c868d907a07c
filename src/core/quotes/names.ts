import type { Gender } from './roles.js';

/**
 * Gender hints from a person's name, for resolving "she said" and "sagte er"
 * to the right one of two people. Only frequent first names and the Slavic
 * surname endings that mark gender; everything else stays unknown.
 */
const FEMALE = new Set(
  (
    'anna anne annalena angela ursula claudia maria marie mary katherine catherine kathrin katrin christine christina giorgia hillary kamala nancy jane ' +
    'elizabeth liz sarah laura julia emma sophie sophia hannah lisa petra sabine susanne karin birgit nadine nicole ricarda svenja franziska manuela ' +
    'katarina marine élisabeth elisabeth valérie valerie rachida agnès amélie mathilde isabel isabelle carmen pilar teresa yolanda margarita ana lucía lucia ' +
    'elena cristina mónica monica begoña irene ione nadia mette sanna jacinda theresa kaja roberta antonella silvia tanja alice beatrix viktoria victoria ' +
    'helen helena ellen emily olivia amy rachel rebecca jennifer jessica michelle melania ivanka nikki kristi tulsi pam elise marta martha ' +
    'giulia francesca chiara federica daniela paola gabriela juliane johanna jana lena luisa louise marion ségolène delphine sandrine ' +
    'nathalie natalia natalie olena olga yulia tatiana svetlana maia salome sahra alice annegret malu anke heike iris ines ingrid'
  ).split(' '),
);

const MALE = new Set(
  (
    'john joe joseph donald vladimir wladimir olaf friedrich emmanuel pedro josé jose jens mark sergei sergej serguei sergey dmitri dmitry dmitrij antony ' +
    'anthony marco recep benjamin boris robert lars christian michael thomas hans jörg jorg kevin gerhard frank karl jean pierre jacques gabriel jordan ' +
    'françois francois nicolas bruno gérald gerald yves luis juan carlos javier miguel manuel fernando antonio alberto pablo santiago gustavo nicolás luiz ' +
    'andrés andres alexander alexandre alejandro ali mohammed muhammad ahmed abdel hassan hossein abbas david daniel peter paul james william richard ' +
    'charles george henry jack keir rishi boris volodymyr wolodymyr viktor victor xi narendra justin shigeru fumio kishida joachim markus matthias ' +
    'stefan steffen sebastian tobias florian felix maximilian alexandre olivier laurent philippe édouard edouard michel bernard jean-noël jean-luc ' +
    'josep josé-manuel mariano alfonso felipe raúl raul jorge diego andriy andrii oleksandr olexander ihor igor yuri yury wjatscheslaw vyacheslav ' +
    'hakan mevlüt tayyip abdullah salman mohammad hamad tamim ahmad mahmoud yahya ismail ebrahim masoud masud ramzan alexei aleksei alexej nikolai ' +
    'antónio luís marcelo jair lula luiz andrej andrzej donald mateusz karol rafał rafal tomasz lech herbert helmut armin norbert wolfgang horst ' +
    'heiko hubertus cem omid johann robert rolf'
  ).split(' '),
);

/** Gender of a person from the first and last words of their name, or null when the name does not tell. */
export function genderOfName(first: string, last: string): Gender | null {
  const given = first.toLowerCase();
  if (FEMALE.has(given)) return 'f';
  if (MALE.has(given)) return 'm';
  const family = last.toLowerCase();
  if (family !== given && /(?:ova|eva|owa|ewa|ina|aya|skaya|ová|ská|ska)$/.test(family)) return 'f';
  if (family !== given && /(?:ov|ev|ow|ew|in|sky|ski|skyj)$/.test(family) && /^\p{L}+$/u.test(family)) return 'm';
  return null;
}

/**
 * "Landrat Jens Lüdemann", "Harbourmaster Karla Wendt", "Capitaine Tobias Kerner": a capitalised word no given name
 * is, right before a known given name, is the person's title or job (or a word opening the sentence), no part of the name.
 */
export function titleBeforeGivenName(first: string, second: string): boolean {
  const title = first.toLowerCase();
  return !FEMALE.has(title) && !MALE.has(title) && genderOfName(second, second) !== null;
}
