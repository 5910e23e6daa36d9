import type { Area } from '../domain/enums';
import { splitSentences } from './text/sentences';
import type { ParsedLetter } from './parsed-letter';
import { PassageKind } from '../domain/enums';

/** One searchable passage of a letter, before it is stored. */
export interface PassageDraft {
  kind: PassageKind;
  /** The outcome area a narrative sentence or list item belongs to; null elsewhere. */
  area: Area | null;
  text: string;
}

/**
 * Cuts a parsed letter into the passages search indexes: the sentences of its summary and of
 * each outcome area's narrative, and each strength, area for improvement and aspect for focus.
 *
 * Only what the parser extracts as the letter's own content is indexed. The template text every
 * letter of a year shares (address block, the 2009 preamble about "Ofsted guidance published in
 * May 2009", the four-point scale table, the section 138 paragraph, APA covering paragraphs,
 * the sign-off) is never part of those fields, so a search does not return one identical hit per
 * letter. Sentences rather than paragraphs keep hits precise; a sentence that repeats within one
 * letter is kept once.
 */
export function letterPassages(letter: ParsedLetter): PassageDraft[] {
  const evidence = new Set(letter.settingJudgements.map((judgement) => judgement.evidence));
  const drafts: PassageDraft[] = splitSentences(letter.summary).map((text) => ({
    kind: evidence.has(text) ? PassageKind.SETTING_EVIDENCE : PassageKind.SUMMARY,
    area: null,
    text,
  }));
  for (const outcome of letter.outcomeAreas) {
    const area = outcome.area;
    drafts.push(...splitSentences(outcome.narrative).map((text) => ({ kind: PassageKind.OUTCOME_NARRATIVE, area, text })));
    drafts.push(...outcome.strengths.map((text) => ({ kind: PassageKind.STRENGTH, area, text })));
    drafts.push(...outcome.areasForImprovement.map((text) => ({ kind: PassageKind.AREA_FOR_IMPROVEMENT, area, text })));
  }
  drafts.push(...letter.aspectsForFocus.map((text) => ({ kind: PassageKind.ASPECT_FOR_FOCUS, area: null, text })));
  return withoutRepeats(drafts);
}

function withoutRepeats(drafts: PassageDraft[]): PassageDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const key = JSON.stringify([draft.kind, draft.area, draft.text]);
    if (draft.text.trim() === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
