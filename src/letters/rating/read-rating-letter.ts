import { JudgementSource, Setting, WarningCode } from '../../domain/enums';
import { parseWarning, type ParseWarning } from '../parse-warnings';
import type { LetterContent, ParsedSettingJudgement } from '../parsed-letter';
import { withGradeWordsRead } from '../grammar/grade-spelling';
import { isSalutation, isSignOff } from '../grammar/section-headings';
import { readSentence } from '../settings/read-setting-statements';
import { readSettingTable } from '../settings/read-setting-table';
import type { SettingStatement } from '../settings/statement-state';
import { collapseWhitespace } from '../text/normalise-characters';
import { splitSentences } from '../text/sentences';
import { findRatingVerdict } from './rating-verdict';

const CLOSING_PARAGRAPH = /^the children's services rating is provided for the purpose|^the rating of local authority children's services will/i;
const JOINT_AREA_REVIEW = /\bjoint area review\b|\bJAR\b/i;

/**
 * The body between the rating and the closing boilerplate: its paragraphs, and its tables as
 * runs of rows (lines of tab-separated cells), in letter order.
 */
export type BodyPart = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

export function ratingBody(lines: readonly string[], ratingLineIndex: number): BodyPart[] {
  const body: BodyPart[] = [];
  for (let index = ratingLineIndex + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (CLOSING_PARAGRAPH.test(line) || isSignOff(line)) break;
    if (line.includes('\t')) {
      const cells = line.split('\t').map((cell) => collapseWhitespace(cell));
      const last = body.at(-1);
      if (last?.kind === 'table') last.rows.push(cells);
      else body.push({ kind: 'table', rows: [cells] });
      continue;
    }
    // A short line is a heading or a stray cell, not prose.
    if (line.length < 25) continue;
    body.push({ kind: 'paragraph', text: collapseWhitespace(line) });
  }
  return body;
}

/** The setting judgements a body states, and a warning for each sentence it could read only in part. */
export interface SettingJudgementsRead {
  judgements: ParsedSettingJudgement[];
  warnings: ParseWarning[];
}

function unreadWarning(evidence: string, settings: readonly Setting[], where: 'sentence' | 'table row'): ParseWarning {
  const named = settings.map((setting) => setting.toLowerCase().replace(/_/g, ' ')).join(', ');
  return parseWarning(WarningCode.UNREAD_STATEMENT, `the ${where} names ${named} and a judgement word, but no judgement on them was read`, evidence);
}

/** What a joint area review judged: safeguarding, looked after children, and learning difficulties and/or disabilities. */
const REVIEW_SETTINGS: ReadonlySet<Setting> = new Set([
  Setting.SAFEGUARDING,
  Setting.LOOKED_AFTER_CHILDREN,
  Setting.LEARNING_DIFFICULTIES_AND_DISABILITIES,
]);

/**
 * A sentence that names the joint area review reports its findings; so does a sentence after
 * it in the same paragraph that judges only what such a review judges ("In the joint area
 * review, safeguarding was inadequate. Services for looked after children were adequate.").
 */
function sourceOf(sentence: string, statements: readonly SettingStatement[], reviewInParagraph: boolean): JudgementSource {
  if (JOINT_AREA_REVIEW.test(sentence)) return JudgementSource.JOINT_AREA_REVIEW;
  const reviewFindings = statements.length > 0 && statements.every((statement) => REVIEW_SETTINGS.has(statement.setting));
  return reviewInParagraph && reviewFindings ? JudgementSource.JOINT_AREA_REVIEW : JudgementSource.INSPECTION;
}

function judgementOf(statement: SettingStatement, source: JudgementSource, evidence: string): ParsedSettingJudgement {
  return {
    setting: statement.setting,
    judgement: statement.judgement,
    count: statement.count,
    total: statement.total,
    ...(statement.proportion !== null ? { proportion: statement.proportion } : {}),
    source,
    evidence,
  };
}

/** Every setting judgement the body states, in the order of the text, each with its sentence or table row. */
export function readSettingJudgements(body: readonly BodyPart[]): SettingJudgementsRead {
  const judgements: ParsedSettingJudgement[] = [];
  const warnings: ParseWarning[] = [];
  for (const part of body) {
    if (part.kind === 'table') {
      for (const row of readSettingTable(part.rows.map((cells) => cells.map(withGradeWordsRead)))) {
        const evidence = row.cells.join(' | ');
        const source = JOINT_AREA_REVIEW.test(evidence) ? JudgementSource.JOINT_AREA_REVIEW : JudgementSource.INSPECTION;
        for (const statement of row.statements) judgements.push(judgementOf(statement, source, evidence));
        if (row.unread.length > 0) warnings.push(unreadWarning(evidence, row.unread, 'table row'));
      }
      continue;
    }
    let reviewInParagraph = false;
    for (const sentence of splitSentences(part.text)) {
      const { statements, unread } = readSentence(withGradeWordsRead(sentence));
      const source = sourceOf(sentence, statements, reviewInParagraph);
      reviewInParagraph ||= JOINT_AREA_REVIEW.test(sentence);
      for (const statement of statements) judgements.push(judgementOf(statement, source, sentence));
      if (unread.length > 0) warnings.push(unreadWarning(sentence, unread, 'sentence'));
    }
  }
  return { judgements, warnings };
}

/** The year in the title "Children's services rating 2009"; null when the title has none. */
function ratingYear(lines: readonly string[]): number | null {
  for (const line of lines) {
    const match = /^children's services rating\s+((?:19|20)\d\d)$/i.exec(line.trim());
    if (match) return Number(match[1]);
  }
  return null;
}

/**
 * Reads a 2009 children's services annual rating letter: the rating, the body after it as
 * the summary, and the setting judgements the body states. Null when the letter states no
 * rating.
 */
export function readRatingLetter(lines: readonly string[]): LetterContent | null {
  const verdict = findRatingVerdict(lines);
  if (!verdict) return null;
  const body = ratingBody(lines, verdict.lineIndex);
  let { judgements, warnings } = readSettingJudgements(body);
  if (judgements.length === 0) {
    // Some letters give their findings first and the rating last: read what stands between the
    // salutation and the rating, which in the usual order is only the rating's boilerplate.
    const salutation = lines.findIndex(isSalutation);
    const before = readSettingJudgements(ratingBody(lines.slice(0, verdict.lineIndex), Math.max(salutation, 0)));
    judgements = before.judgements;
    warnings = [...warnings, ...before.warnings];
  }
  if (judgements.length === 0) {
    warnings.push(
      parseWarning(WarningCode.NO_SETTING_STATEMENTS, 'no setting judgement was read: a 2009 rating letter says how inspected services and settings were judged'),
    );
  }
  return {
    year: ratingYear(lines),
    overallGrade: verdict.grade,
    capacityToImproveGrade: null,
    socialCareGrade: null,
    summary: body.flatMap((part) => (part.kind === 'paragraph' ? [part.text] : [])).join(' '),
    outcomeAreas: [],
    settingJudgements: judgements,
    aspectsForFocus: [],
    warnings,
  };
}
