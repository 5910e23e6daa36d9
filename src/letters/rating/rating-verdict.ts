import type { Grade } from '../parsed-letter';
import { gradeOfRatingPhrase, RATING_PHRASE } from '../grammar/grade-phrases';
import { withGradeWordsRead } from '../grammar/grade-spelling';
import { headingKey } from '../text/heading-key';

/** Where the rating was found, so the body can be read from the line after it. */
export interface RatingVerdict {
  grade: Grade;
  lineIndex: number;
}

const RATING_LABEL = /^children s services rating\b/;
/** Lines of the four-point scale table: "4 Performs excellently An organisation that ...". */
const SCALE_ROW = /^[1-4]\s*(?:\t|\s)\s*perform/i;
/** How far below its label a rating written on its own line may be. */
const MAX_LINES_TO_RATING = 4;

function isRatingLabel(line: string): boolean {
  return line.length <= 80 && RATING_LABEL.test(headingKey(line));
}

/** A line that is only a rating: "Performs well (3)" (misspelt grade words already read). */
function isBareRating(line: string): boolean {
  const match = RATING_PHRASE.exec(line);
  return match !== null && line.length - match[0].length <= 12 && !SCALE_ROW.test(line);
}

/**
 * Finds the 2009 rating: on the "Children's services rating" line ("... Performs well (3)"),
 * on a line of its own just below that label, or failing both in the verdict sentence
 * "Children's services in X perform well." A misspelt rating word ("Performs adequatly")
 * is read as the word it plainly is.
 */
export function findRatingVerdict(lines: readonly string[]): RatingVerdict | null {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    if (!isRatingLabel(line)) continue;
    const grade = gradeOfRatingPhrase(withGradeWordsRead(line));
    if (grade !== null) return { grade, lineIndex: index };
    for (let ahead = index + 1; ahead < lines.length && ahead <= index + MAX_LINES_TO_RATING; ahead += 1) {
      const rating = withGradeWordsRead(lines[ahead]);
      if (isBareRating(rating)) {
        const aheadGrade = gradeOfRatingPhrase(rating);
        if (aheadGrade !== null) return { grade: aheadGrade, lineIndex: ahead };
      }
    }
  }
  for (let index = 0; index < lines.length; index += 1) {
    const verdict = findVerdictSentence(lines[index]);
    if (verdict) return { grade: verdict.grade, lineIndex: index - 1 };
  }
  return null;
}

const VERDICT = /children's services in (.{2,90}?) (?:perform|performs) (excellently|well|adequately|poorly)\b/i;

/** "Children's services in Kent County Council perform well.": the authority and the grade. */
export function findVerdictSentence(line: string): { authority: string; grade: Grade } | null {
  if (!line.toLowerCase().includes("children's services in ")) return null;
  const match = VERDICT.exec(withGradeWordsRead(line));
  if (!match) return null;
  const grade = gradeOfRatingPhrase(`performs ${match[2]}`);
  return grade === null ? null : { authority: match[1], grade };
}
