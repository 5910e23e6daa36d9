import { LETTER_FILES, readBundledLetter } from './bundled-letters';

const WORCESTERSHIRE = readBundledLetter(LETTER_FILES.worcestershireRating2009);
const WORCESTERSHIRE_NAME = 'Worcestershire County Council';

/** A sentence of Worcestershire's 2009 rating letter that judges children's homes, in a form the statement reader knows. */
const READ_SENTENCE = "Half of the children's homes are good and none is inadequate.";

/** The same finding rewritten into a form no reader knows: setting and judgement are there, the statement is not read. */
export const UNREAD_SENTENCE = "Children's homes earn praise from inspectors, who call half of them good.";

/**
 * Worcestershire's real 2009 rating letter sent to another council (named as the reference
 * data names it, e.g. "Shropshire Council"), read completely or, with `complete: false`, with
 * the children's homes sentence left unread (an UNREAD_STATEMENT warning): the letter's other
 * statements, its grade (2) and its pupil referral units ("two of the nine ... outstanding")
 * are read either way.
 */
export function worcestershireRatingFor(councilName: string, { complete }: { complete: boolean }): string {
  if (!WORCESTERSHIRE.includes(READ_SENTENCE)) throw new Error("Worcestershire's letter no longer has the children's homes sentence");
  const text = complete ? WORCESTERSHIRE : WORCESTERSHIRE.replace(READ_SENTENCE, UNREAD_SENTENCE);
  return text.replaceAll(WORCESTERSHIRE_NAME, councilName);
}
