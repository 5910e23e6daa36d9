import type { Area } from '../../domain/enums';
import type { ParsedOutcomeArea } from '../parsed-letter';
import { findOutcomeJudgement } from '../grammar/grade-phrases';
import { withGradeWordsRead } from '../grammar/grade-spelling';
import { areaOfHeading, isAspectsForFocusHeading, isKeyStrengthsHeading, isSignOff } from '../grammar/section-headings';
import { collapseWhitespace } from '../text/normalise-characters';
import { splitSentences } from '../text/sentences';
import type { StrengthsByArea } from './strengths-table';

/** Sentences at the start of an area's narrative in which its judgement is looked for. */
const JUDGEMENT_SENTENCES = 3;

/** An outcome area's section: its heading line and narrative paragraphs. */
export interface AreaSection {
  area: Area;
  headingLine: number;
  paragraphs: string[];
}

function endsApaBody(line: string): boolean {
  return isKeyStrengthsHeading(line) || isAspectsForFocusHeading(line) || isSignOff(line);
}

/**
 * The outcome-area sections of an APA letter, in letter order, from the end of the grades
 * table up to the strengths table.
 */
export function findAreaSections(lines: readonly string[], from: number): AreaSection[] {
  const sections: AreaSection[] = [];
  const seen = new Set<Area>();
  let current: AreaSection | null = null;
  for (let index = Math.max(0, from); index < lines.length; index += 1) {
    const line = lines[index];
    if (endsApaBody(line)) break;
    const area = areaOfHeading(line);
    if (area !== null && !seen.has(area)) {
      seen.add(area);
      current = { area, headingLine: index, paragraphs: [] };
      sections.push(current);
    } else if (current && !line.includes('\t')) {
      current.paragraphs.push(collapseWhitespace(line));
    }
  }
  return sections;
}

/** The judgement of an area: the first of its opening sentences that passes one. */
function judgementOf(paragraphs: readonly string[]): ReturnType<typeof findOutcomeJudgement> {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph)).slice(0, JUDGEMENT_SENTENCES);
  for (const sentence of sentences) {
    const judgement = findOutcomeJudgement(withGradeWordsRead(sentence));
    if (judgement) return judgement;
  }
  return null;
}

/**
 * Each outcome area with its grade, judgement words, narrative and table entries. An area
 * whose judgement cannot be read is left out rather than given a guessed grade.
 */
export function readOutcomeAreas(sections: readonly AreaSection[], table: StrengthsByArea): ParsedOutcomeArea[] {
  const areas: ParsedOutcomeArea[] = [];
  for (const section of sections) {
    const judgement = judgementOf(section.paragraphs);
    if (!judgement) continue;
    const entries = table.get(section.area);
    areas.push({
      area: section.area,
      grade: judgement.grade,
      judgement: judgement.words,
      narrative: section.paragraphs.join(' '),
      strengths: entries?.strengths ?? [],
      areasForImprovement: entries?.areasForImprovement ?? [],
    });
  }
  return areas;
}
