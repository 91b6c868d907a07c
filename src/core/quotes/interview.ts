import type { LanguageCode } from '../types.js';
import type { Token } from '../text/index.js';
import type { People } from './people.js';
import { resolveSpeaker, NOBODY, type ResolveContext, type Resolved } from './resolve.js';
import { parseSpeaker, type SpeakerRef } from './speaker.js';

/**
 * Interviews: a paragraph that opens with who speaks ("Münch: …", "Vincent
 * Strubel : …") or with the answer mark of a question-and-answer piece ("R.",
 * "A:", "Antwort:") gives its quotes to that speaker — for the answer mark,
 * the interviewee, the first person the article names.
 */

/** "Münch:", "Vincent Strubel :": one to four capitalised words and a colon opening the paragraph. */
const NAME_LABEL = /^(?:(?:M|Mme|MME|Mr|MR|Mrs|MRS|Ms|MS|Dr|DR|Sr|SR|Sra|SRA|Hr|HR|Fr|FR)\.? )?(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,3}) ?:\s/u;
/** "BARROT", "JEAN-NOËL BARROT": a label in capitals, read as the name it spells. */
const ALL_CAPS = /^[\p{Lu}’' -]+$/u;
/** Words before the interviewee's name: "mit", "with", "avec", "con", "entrevista a". */
const INTERVIEW_WITH = new Set(['mit', 'with', 'avec', 'con']);
const QUESTION_LABELS = new Set(['QUESTION', 'PREGUNTA', 'FRAGE', 'Q']);
/** "R.", "A:", "Antwort:", "Réponse :", "Respuesta.": the interviewee's answer. */
const ANSWER_LABEL = /^(?:R|A|Antwort|Answer|Réponse|Respuesta)\s?[.:]\s/u;
/** How far back a label's name is looked for when the article's people do not hold it. */
const MAX_INTRODUCTION_CHARS = 3000;
/** An interview has several answers; one paragraph opening with "A:" is no interview. */
const MIN_ANSWERS = 2;

/** "—¿Qué pasa en el norte?", "– Et maintenant ?": an interviewer's question in a dialogue-dash interview. */
const DASH_QUESTION = /^ *[—–―].*\?[\s"”’»)]*$/su;

/**
 * How many paragraphs are dash-opened questions: Spanish and French interviews set questions and answers as dialogue
 * lines ("—¿…?" then "—…"), so with two or more of them the dash lines that do not ask are the interviewee's.
 */
export function countDashQuestions(text: string, paragraphStarts: readonly number[]): number {
  let count = 0;
  paragraphStarts.forEach((start, index) => {
    const next = paragraphStarts[index + 1];
    const end = next === undefined ? text.length : next - 2;
    // Only paragraphs that open with a dash are read whole: the test on the first characters keeps this linear.
    if (/^ *[—–―]/.test(text.slice(start, start + 4)) && DASH_QUESTION.test(text.slice(start, end))) count += 1;
  });
  return count;
}

/** How many paragraphs open with an answer mark. */
export function countAnswers(text: string, paragraphStarts: readonly number[]): number {
  let count = 0;
  for (const start of paragraphStarts) if (ANSWER_LABEL.test(text.slice(start, start + 16))) count += 1;
  return count;
}

/**
 * The speaker a paragraph's label names, or NOBODY. A name label must name a
 * person the article introduces; an answer mark counts only in an article with
 * several answers.
 */
export function paragraphSpeaker(
  text: string,
  start: number,
  answers: number,
  labelTokens: (from: number, to: number) => Token[],
  context: ResolveContext,
  language: LanguageCode,
): Resolved {
  const head = text.slice(start, start + 80);
  if (ANSWER_LABEL.test(head)) return answers >= MIN_ANSWERS ? interviewee(context.people) : NOBODY;
  const label = NAME_LABEL.exec(head);
  if (label === null || QUESTION_LABELS.has(label[1]!)) return NOBODY;
  const at = start + label[0].indexOf(label[1]!);
  const ref: SpeakerRef = ALL_CAPS.test(label[1]!)
    ? { kind: label[1]!.includes(' ') ? 'person' : 'surname', name: titleCase(label[1]!) }
    : parseSpeaker(labelTokens(at, at + label[1]!.length), language, text);
  if (ref.kind !== 'person' && ref.kind !== 'surname') return NOBODY;
  const resolved = resolveSpeaker(ref, context);
  if (resolved.person !== null) return { ...resolved, confidence: 0.85 };
  // "Lehner:" after a lead that names him where the people index takes no person: a name the article introduced before.
  const introduced = resolved.speaker !== null && text.slice(Math.max(0, start - MAX_INTRODUCTION_CHARS), start).includes(ref.name);
  return introduced ? { ...resolved, confidence: 0.75 } : NOBODY;
}

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The first person the article names outside quotes. */
export function interviewee(people: People): Resolved {
  // "Ein Gespräch mit …", "an interview with …", "entretien avec …", "entrevista a/con …": the person the piece talks with.
  const table = people.table;
  const introduced =
    table === undefined
      ? undefined
      : people.mentions.find(
          (mention) =>
            !mention.quoted &&
            mention.token > 1 &&
            (INTERVIEW_WITH.has(table.words[mention.token - 1]!.lower) ||
              (table.words[mention.token - 1]!.lower === 'a' && table.words[mention.token - 2]!.lower === 'entrevista')),
        );
  if (introduced !== undefined) return { speaker: introduced.person.name, confidence: 0.75, person: introduced.person };
  const first = people.mentions.find((mention) => !mention.quoted);
  return first === undefined ? NOBODY : { speaker: first.person.name, confidence: 0.7, person: first.person };
}
