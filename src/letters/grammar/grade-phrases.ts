import type { Grade } from '../parsed-letter';

/**
 * Grade phrases: the words Ofsted uses for each point of its four-point scale. 2005 APA
 * letters say "satisfactory" where later ones say "adequate"; the annual rating says
 * "performs well" for a good authority.
 */

/** The verdict of the 2009 rating: "Performs well (3)", "Perform adequately (2)". */
export const RATING_PHRASE = /\bperform(?:s|ing)?\s+(excellently|well|adequately|poorly)\b(?:\s*\(\s*([1-4])\s*\))?/i;

const RATING_ADVERB_GRADES: Readonly<Record<string, Grade>> = { excellently: 4, well: 3, adequately: 2, poorly: 1 };

/** The grade a rating phrase gives, or null when the text holds none. */
export function gradeOfRatingPhrase(text: string): Grade | null {
  const match = RATING_PHRASE.exec(text);
  if (!match) return null;
  return RATING_ADVERB_GRADES[match[1].toLowerCase()] ?? null;
}

/** Grade words as used in APA judgements, most specific first. */
const GRADE_WORDS: ReadonlyArray<{ word: string; grade: Grade }> = [
  { word: 'outstanding', grade: 4 },
  { word: 'excellent', grade: 4 },
  { word: 'very good', grade: 4 },
  { word: 'inadequate', grade: 1 },
  { word: 'unsatisfactory', grade: 1 },
  { word: 'poor', grade: 1 },
  { word: 'good', grade: 3 },
  { word: 'adequate', grade: 2 },
  { word: 'satisfactory', grade: 2 },
];

const GRADE_WORD = `(?:${GRADE_WORDS.map((entry) => entry.word.replace(' ', '\\s+')).join('|')})`;

/** ", with some good features", "with many outstanding aspects". */
const QUALIFIER =
  '(?:,?\\s+(?:with|and|but)\\s+(?:some|many|a\\s+number\\s+of|several|a\\s+few|particular|notable|significant|a\\s+range\\s+of)?\\s*(?:good|outstanding|excellent|strong|weak|adequate|inadequate|satisfactory)\\s+(?:features|aspects|elements|areas))?';

/**
 * Where a judgement sits in a sentence, most telling first: "outcomes are good",
 * "makes a good contribution", "demonstrates good capacity to improve".
 */
const JUDGEMENT_CONTEXTS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:is|are|remains?|remained|was|were|be|been|as|judged(?:\\s+to\\s+be)?)\\s+(?:now\\s+|generally\\s+|overall\\s+|still\\s+|at\\s+least\\s+)?(${GRADE_WORD}${QUALIFIER})\\b`,
    'i',
  ),
  new RegExp(`\\b(${GRADE_WORD}${QUALIFIER})\\s+(?:overall\\s+)?(?:contribution|capacity|progress|performance)\\b`, 'i'),
];

function gradeOfWords(words: string): Grade | null {
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  for (const entry of GRADE_WORDS) if (lower.startsWith(entry.word)) return entry.grade;
  return null;
}

/** An outcome judgement: the grade and its words, e.g. 2 and "adequate, with some good features". */
export interface OutcomeJudgement {
  grade: Grade;
  words: string;
}

/** The judgement a sentence passes, if it passes one in a recognised form. */
export function findOutcomeJudgement(sentence: string): OutcomeJudgement | null {
  if (/\bnot\s+(?:yet\s+)?(?:as\s+)?(?:good|adequate|outstanding)/i.test(sentence)) return null;
  for (const context of JUDGEMENT_CONTEXTS) {
    const match = context.exec(sentence);
    if (!match) continue;
    const grade = gradeOfWords(match[1]);
    if (grade !== null) return { grade, words: match[1].toLowerCase().replace(/\s+/g, ' ') };
  }
  return null;
}

/** Single-digit grade as written in a table cell. */
export function gradeOfDigit(text: string): Grade | null {
  return text === '1' || text === '2' || text === '3' || text === '4' ? (Number(text) as Grade) : null;
}

/** The word a bare grade digit stands for when the letter gives no word beside it. */
const WORD_OF_GRADE: Readonly<Record<Grade, string>> = { 4: 'outstanding', 3: 'good', 2: 'adequate', 1: 'inadequate' };

const GRADE_DIGIT = /\bgrade(?:\s+awarded)?\s*[:=]?\s*([1-4])\b|\(\s*(?:grade\s*)?([1-4])\s*\)/i;
const GRADE_WORD_ALONE = new RegExp(`\\b(${GRADE_WORD}${QUALIFIER})\\b`, 'i');

/**
 * A grade as a label states it, rather than as a sentence passes it: "Grade 2: adequate",
 * "good (grade 3)", "Grade awarded: 3 | Judgement: Good", "Grade 3". A stated digit decides
 * the grade; the words are the letter's own when it gives them, else the scale's word for
 * the digit.
 */
export function readGradeLabel(text: string): OutcomeJudgement | null {
  const digit = GRADE_DIGIT.exec(text);
  const word = GRADE_WORD_ALONE.exec(text.replace(/\bjudgement\s*:/i, ' '));
  const digitGrade = digit ? gradeOfDigit(digit[1] ?? digit[2]) : null;
  const words = word ? word[1].toLowerCase().replace(/\s+/g, ' ') : null;
  if (digitGrade !== null) return { grade: digitGrade, words: words ?? WORD_OF_GRADE[digitGrade] };
  if (words === null) return null;
  const grade = gradeOfWords(words);
  return grade === null ? null : { grade, words };
}
