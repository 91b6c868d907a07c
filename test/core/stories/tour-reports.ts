import { analysedCandidate } from './candidates.js';

/**
 * One tour written from one wire template (near-miss.test.ts), the class of issue #15's one-template pairs.
 * Monday in Vienna with the Austrian chancellor, Tuesday in Prague with the Czech prime minister. Each report names
 * the other stop ("After Vienna, Lula travels on to Prague", "Zuvor war Lula in Wien", "tras su paso por Viena"),
 * some name the partner by title only ("dem tschechischen Ministerpräsidenten"), the German ones give no weekday and
 * the city only in the dateline, and every report has the same two agreements, 4 delegations and policy words.
 */
export const vienna = [
  analysedCandidate(
    11,
    'Lula wirbt für Wasserstoff-Partnerschaft',
    'Wien (dpa) – Brasiliens Präsident Luiz Inácio Lula da Silva und Bundeskanzler Christian Stocker haben zwei Abkommen über grünen Wasserstoff unterzeichnet. Anschließend reist Lula weiter nach Prag.\n\n„Europa braucht Partner, denen es vertrauen kann“, sagte Lula. 4 Delegationen nahmen an den Gesprächen teil.',
    '2026-05-11T12:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    12,
    'Lula and Stocker sign two green hydrogen agreements',
    'VIENNA (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Austrian Chancellor Christian Stocker signed two agreements on green hydrogen on Monday. After Vienna, Lula travels on to Prague.\n\n"Europe needs partners it can trust," Lula said. 4 delegations joined the talks.',
    '2026-05-11T13:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    13,
    'Lula signe deux accords sur l’hydrogène vert',
    'VIENNE (AFP) - Le président brésilien Luiz Inácio Lula da Silva a signé lundi avec le chancelier autrichien deux accords sur l’hydrogène vert, avant de se rendre à Prague.\n\n« L’Europe a besoin de partenaires fiables », a déclaré M. Lula. 4 délégations ont participé aux discussions.',
    '2026-05-11T15:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    14,
    'Lula firma dos acuerdos sobre hidrógeno verde',
    'VIENA (EFE).- El presidente de Brasil, Luiz Inácio Lula da Silva, firmó este lunes con el canciller austríaco, Christian Stocker, dos acuerdos sobre hidrógeno verde. Lula viajará después a Praga.\n\n«Europa necesita socios de confianza», dijo Lula. 4 delegaciones participaron en las conversaciones.',
    '2026-05-11T16:00:00Z',
    'diplomacy',
  ),
];
export const prague = [
  analysedCandidate(
    15,
    'Lula wirbt für Wasserstoff-Partnerschaft',
    'Prag (dpa) – Brasiliens Präsident Luiz Inácio Lula da Silva hat mit dem tschechischen Ministerpräsidenten zwei Abkommen über grünen Wasserstoff unterzeichnet. Zuvor war Lula in Wien.\n\n„Europa braucht Partner, denen es vertrauen kann“, sagte Lula. 4 Delegationen nahmen an den Gesprächen teil.',
    '2026-05-12T10:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    16,
    'Lula and Babiš sign two green hydrogen agreements',
    'PRAGUE (Reuters) - Brazilian President Luiz Inácio Lula da Silva and Czech Prime Minister Andrej Babiš signed two agreements on green hydrogen on Tuesday, a day after talks in Vienna.\n\n"Europe needs partners it can trust," Lula said. 4 delegations joined the talks.',
    '2026-05-12T12:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    17,
    'Lula signe deux accords sur l’hydrogène vert',
    'PRAGUE (AFP) - Le président brésilien Luiz Inácio Lula da Silva a signé mardi avec le Premier ministre tchèque Andrej Babiš deux accords sur l’hydrogène vert, après une étape à Vienne.\n\n« L’Europe a besoin de partenaires fiables », a déclaré M. Lula. 4 délégations ont participé aux discussions.',
    '2026-05-12T16:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    18,
    'Lula firma dos acuerdos sobre hidrógeno verde',
    'PRAGA (EFE).- El presidente de Brasil, Luiz Inácio Lula da Silva, firmó este martes con el primer ministro checo dos acuerdos sobre hidrógeno verde, tras su paso por Viena.\n\n«Europa necesita socios de confianza», dijo Lula. 4 delegaciones participaron en las conversaciones.',
    '2026-05-12T18:00:00Z',
    'diplomacy',
  ),
];

/** Prague again, the previous stop in a relative clause of the lead ("Lula, who held talks in Vienna on Monday, …") or after "from". */
export const pragueBackground = [
  analysedCandidate(
    19,
    'Lula signs green hydrogen deals with Czech leader',
    'PRAGUE (Reuters) - Brazilian President Luiz Inácio Lula da Silva, who held talks in Vienna on Monday, signed two agreements on green hydrogen with the Czech prime minister on Tuesday.\n\n"Europe needs partners it can trust," Lula said. 4 delegations joined the talks.',
    '2026-05-12T09:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    20,
    'Lula unterzeichnet Wasserstoff-Abkommen in Prag',
    'Prag (dpa) – Brasiliens Präsident Luiz Inácio Lula da Silva, der am Montag in Wien war, hat am Dienstag mit dem tschechischen Regierungschef zwei Abkommen über grünen Wasserstoff unterzeichnet.\n\n„Europa braucht Partner, denen es vertrauen kann“, sagte Lula.',
    '2026-05-12T11:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    21,
    'Lula signe deux accords sur l’hydrogène à Prague',
    'PRAGUE (AFP) - Le président brésilien Luiz Inácio Lula da Silva, qui était lundi à Vienne, a signé mardi deux accords sur l’hydrogène vert avec le chef du gouvernement tchèque.\n\n« L’Europe a besoin de partenaires fiables », a déclaré M. Lula.',
    '2026-05-12T13:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    22,
    'Lula firma en Praga dos acuerdos sobre hidrógeno',
    'PRAGA (EFE).- El presidente de Brasil, Luiz Inácio Lula da Silva, que el lunes estuvo en Viena, firmó este martes dos acuerdos sobre hidrógeno verde con el primer ministro checo.\n\n«Europa necesita socios de confianza», dijo Lula.',
    '2026-05-12T15:00:00Z',
    'diplomacy',
  ),
  analysedCandidate(
    23,
    'Lula signs green hydrogen deals with Czech leader',
    'PRAGUE (AP) - Brazilian President Luiz Inácio Lula da Silva arrived from Vienna and signed two agreements on green hydrogen with Czech Prime Minister Andrej Babiš on Tuesday.\n\n"Europe needs partners it can trust," Lula said.',
    '2026-05-12T17:00:00Z',
    'diplomacy',
  ),
];
