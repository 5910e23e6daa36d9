import { Area, WarningCode } from '../../domain/enums';
import type { LetterContent } from '../parsed-letter';
import { parseWarning, type ParseWarning } from '../parse-warnings';
import type { AreaSection } from './read-outcome-areas';

const AREA_WORDS: Readonly<Record<Area, string>> = {
  [Area.BEING_HEALTHY]: 'being healthy',
  [Area.STAYING_SAFE]: 'staying safe',
  [Area.ENJOYING_AND_ACHIEVING]: 'enjoying and achieving',
  [Area.MAKING_A_POSITIVE_CONTRIBUTION]: 'making a positive contribution',
  [Area.ACHIEVING_ECONOMIC_WELLBEING]: 'achieving economic well-being',
  [Area.SERVICE_MANAGEMENT]: 'service management',
};

/**
 * Every APA letter judges the five outcome areas and service management, grades the
 * council's children's services and its capacity to improve, and lists strengths and areas
 * for improvement. A parse without one of them read the letter only in part (a table lost
 * its columns, a heading went unrecognised), and says so rather than passing as complete.
 * `unreadAreas` are the sections whose heading was found but whose grade was not.
 */
export function apaCompletenessWarnings(letter: Omit<LetterContent, 'warnings'>, unreadAreas: ReadonlySet<Area>): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const found = new Set(letter.outcomeAreas.map((area) => area.area));
  for (const area of Object.values(Area)) {
    if (found.has(area)) continue;
    warnings.push(
      unreadAreas.has(area)
        ? parseWarning(WarningCode.MISSING_GRADE, `the "${AREA_WORDS[area]}" section was found, but no grade or judgement could be read from it`)
        : parseWarning(WarningCode.MISSING_AREA, `no "${AREA_WORDS[area]}" section was found: an APA letter judges six areas`),
    );
  }
  if (letter.capacityToImproveGrade === null) {
    warnings.push(parseWarning(WarningCode.MISSING_GRADE, "no grade for the council's capacity to improve was found: every APA letter gives one"));
  }
  const items = letter.outcomeAreas.reduce((sum, area) => sum + area.strengths.length + area.areasForImprovement.length, 0);
  if (letter.outcomeAreas.length > 0 && items === 0) {
    warnings.push(parseWarning(WarningCode.EMPTY_LISTS, 'no key strength or area for improvement was read for any area: an APA letter lists them'));
  }
  return warnings;
}

/**
 * What the lists of an APA letter left unread: a list heading under which no item was read
 * (EMPTY_LISTS), a bulleted or numbered line among a section's lists that went into none,
 * and a table item that stood under no area label (UNREAD_LIST). Each is a list item the
 * parse would otherwise lose without a word.
 */
export function apaListWarnings(sections: readonly AreaSection[], unreadTableItems: readonly string[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  // A letter whose sections keep their own lists gives every section its lists; where the
  // letter has one strengths table instead, an area it leaves out is the council's record.
  const ownLists = sections.some((section) => section.listHeadings > 0);
  for (const section of sections) {
    if (ownLists && section.listHeadings === 0) {
      warnings.push(
        parseWarning(WarningCode.EMPTY_LISTS, `no list of strengths or areas for improvement was found in the "${AREA_WORDS[section.area]}" section, though other sections have them`),
      );
    }
    for (const heading of section.emptyLists) {
      warnings.push(parseWarning(WarningCode.EMPTY_LISTS, `the "${AREA_WORDS[section.area]}" section has a list heading with no item read under it`, heading));
    }
    for (const line of section.unread) {
      warnings.push(parseWarning(WarningCode.UNREAD_LIST, `a list item in the "${AREA_WORDS[section.area]}" section went into no list`, line));
    }
  }
  for (const item of unreadTableItems) {
    warnings.push(parseWarning(WarningCode.UNREAD_LIST, 'an item of the key strengths table stands under no outcome area', item));
  }
  return warnings;
}
