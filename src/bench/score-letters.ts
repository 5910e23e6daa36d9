/**
 * `npm run score:letters -- DIR...`: scores the parser against letters with expected parses.
 *
 * Each DIR holds letter files (text, HTML, markdown, Word or PDF) and an `expected/` folder
 * with one JSON file per letter, named after the letter without its extension, in the shape
 * of `../shared/letters/expected/*.json`; a document that must be refused has
 * `{ "refused": true }` or, in the shape of the parse's own refusal, `{ "error": { "code": ... } }`. Prints per set: core fields, setting judgement precision and recall,
 * list items found, refusals, and whether every miss is covered by a warning on its letter
 * (the promise of the parse's `warnings`), then each miss. Exit code 0 always: it measures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseLetterFile, type ParseOutput } from '../commands/parse.command';
import type { ParsedLetter } from '../letters/parsed-letter';
import { resolveAuthority } from '../reference/find-authority';
import { WarningCode } from '../domain/enums';

interface ExpectedJudgement {
  setting: string;
  judgement: string;
  count?: number | null;
  total?: number | null;
  proportion?: number;
  source?: string;
}

interface ExpectedArea {
  area: string;
  grade: number;
  strengths?: string[];
  areasForImprovement?: string[];
}

interface ExpectedLetter {
  refused?: boolean;
  error?: { code: string };
  kind: string;
  year: number;
  publishedOn: string;
  authority: { name: string };
  recipient?: { name: string; role: string | null } | null;
  overallGrade: number;
  capacityToImproveGrade: number | null;
  socialCareGrade: number | null;
  outcomeAreas: ExpectedArea[];
  settingJudgements: ExpectedJudgement[];
  aspectsForFocus?: string[];
  optionalSettingJudgements?: Array<{ setting: string; judgement: string }>;
}

/** What a parse got wrong, by the class of warning that would have to cover it. */
interface Miss {
  kind: 'core' | 'judgement' | 'list' | 'invented' | 'refusal';
  what: string;
  covered: boolean;
}

export interface Tally {
  coreRight: number;
  coreTotal: number;
  judgementsMatched: number;
  judgementsRequired: number;
  judgementsProduced: number;
  itemsFound: number;
  itemsExpected: number;
  refusedRight: number;
  refusedTotal: number;
  lettersRefused: number;
  lettersWithMiss: number;
  lettersWithMissCovered: number;
  completeLetters: number;
  warningsOnCompleteLetters: number;
}

const LETTER_FILE = /\.(txt|html?|md|docx|pdf)$/i;

function judgementKey(item: ExpectedJudgement): string {
  const proportion = item.proportion === undefined ? '' : item.proportion.toFixed(2);
  return [item.setting, item.judgement, item.count ?? '', item.total ?? '', proportion, item.source ?? ''].join('/');
}

/** List items compare without case, trailing punctuation or doubled spaces. */
function itemKey(item: string): string {
  return item
    .toLowerCase()
    .replace(/[\s.;,:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Warning codes of a parse; a parser that gave warnings as plain strings (before they had codes) gives none. */
function warningCodes(letter: ParsedLetter): Set<string> {
  return new Set(
    letter.warnings.map((warning: unknown) =>
      typeof warning === 'object' && warning !== null && 'code' in warning ? String(warning.code) : 'TEXT',
    ),
  );
}

function coreMisses(letter: ParsedLetter, expected: ExpectedLetter, codes: Set<string>): Array<Omit<Miss, 'kind'> & { right: boolean }> {
  const fields: Array<[string, unknown, unknown]> = [
    ['kind', letter.kind, expected.kind],
    ['year', letter.year, expected.year],
    ['publishedOn', letter.publishedOn, expected.publishedOn],
    // Writers name councils in several ways ("Hull City Council"); the same LA code is the same authority.
    ['authority', letter.authority.laCode, resolveAuthority(expected.authority.name).laCode ?? expected.authority.name],
    ['overallGrade', letter.overallGrade, expected.overallGrade],
    ['capacityToImproveGrade', letter.capacityToImproveGrade, expected.capacityToImproveGrade],
    ['socialCareGrade', letter.socialCareGrade, expected.socialCareGrade],
  ];
  if (expected.recipient) fields.push(['recipient', letter.recipient?.name ?? null, expected.recipient.name]);
  for (const area of expected.outcomeAreas) {
    const found = letter.outcomeAreas.find((candidate) => candidate.area === area.area);
    fields.push([`${area.area} grade`, found?.grade ?? null, area.grade]);
  }
  const gradeCovered = codes.has(WarningCode.MISSING_GRADE) || codes.has(WarningCode.MISSING_AREA);
  return fields.map(([what, actual, wanted]) => ({
    what: `${what}: ${JSON.stringify(actual)} (expected ${JSON.stringify(wanted)})`,
    covered: actual === wanted || (what.endsWith(' grade') && actual === null && gradeCovered),
    right: actual === wanted,
  }));
}

/** Removes one equal item from the pool for each wanted item; what is left is unmatched. */
function matchAll(wanted: readonly string[], pool: string[]): { matched: number; missed: string[] } {
  let matched = 0;
  const missed: string[] = [];
  for (const key of wanted) {
    const at = pool.indexOf(key);
    if (at >= 0) {
      pool.splice(at, 1);
      matched += 1;
    } else missed.push(key);
  }
  return { matched, missed };
}

function expectedItems(expected: ExpectedLetter): string[] {
  return [
    ...expected.outcomeAreas.flatMap((area) =>
      [...(area.strengths ?? []), ...(area.areasForImprovement ?? [])].map((item) => `${area.area}: ${itemKey(item)}`),
    ),
    ...(expected.aspectsForFocus ?? []).map((item) => `ASPECTS: ${itemKey(item)}`),
  ];
}

function producedItems(letter: ParsedLetter): string[] {
  return [
    ...letter.outcomeAreas.flatMap((area) =>
      [...area.strengths, ...area.areasForImprovement].map((item) => `${area.area}: ${itemKey(item)}`),
    ),
    ...letter.aspectsForFocus.map((item) => `ASPECTS: ${itemKey(item)}`),
  ];
}

function scoreLetter(output: ParseOutput, expected: ExpectedLetter, tally: Tally): Miss[] {
  if (expected.refused === true || expected.error !== undefined) {
    tally.refusedTotal += 1;
    if ('error' in output) {
      tally.refusedRight += 1;
      return [];
    }
    return [{ kind: 'refusal', what: 'a document that is not a letter was read as one', covered: false }];
  }
  if ('error' in output) {
    // A letter refused is a loud miss (an error with its code), never a silent one.
    // Everything the letter holds counts as missed, so a refusal never flatters the scores.
    tally.coreTotal += 7 + (expected.recipient ? 1 : 0) + expected.outcomeAreas.length;
    tally.judgementsRequired += expected.settingJudgements.length;
    tally.itemsExpected += expectedItems(expected).length;
    tally.lettersWithMiss += 1;
    tally.lettersWithMissCovered += 1;
    tally.lettersRefused += 1;
    return [{ kind: 'core', what: `refused: ${output.error.code} ${output.error.message}`, covered: true }];
  }
  const letter = output;
  const codes = warningCodes(letter);
  const misses: Miss[] = [];

  for (const field of coreMisses(letter, expected, codes)) {
    tally.coreTotal += 1;
    if (field.right) tally.coreRight += 1;
    else misses.push({ kind: 'core', what: field.what, covered: field.covered });
  }

  const optional = new Set((expected.optionalSettingJudgements ?? []).map((item) => `${item.setting}/${item.judgement}`));
  const required = new Set(expected.settingJudgements.map((item) => `${item.setting}/${item.judgement}`));
  const produced = letter.settingJudgements
    .filter((item) => required.has(`${item.setting}/${item.judgement}`) || !optional.has(`${item.setting}/${item.judgement}`))
    .map((item) => judgementKey(item));
  const pool = [...produced];
  const judgements = matchAll(expected.settingJudgements.map(judgementKey), pool);
  tally.judgementsRequired += expected.settingJudgements.length;
  tally.judgementsProduced += produced.length;
  tally.judgementsMatched += judgements.matched;
  const statementsCovered = codes.has(WarningCode.UNREAD_STATEMENT) || codes.has(WarningCode.NO_SETTING_STATEMENTS);
  for (const key of judgements.missed) misses.push({ kind: 'judgement', what: `missed ${key}`, covered: statementsCovered });
  for (const key of pool) misses.push({ kind: 'invented', what: `invented ${key}`, covered: false });

  const items = matchAll(expectedItems(expected), producedItems(letter));
  tally.itemsExpected += expectedItems(expected).length;
  tally.itemsFound += items.matched;
  const listsCovered = codes.has(WarningCode.EMPTY_LISTS) || codes.has(WarningCode.MISSING_AREA) || codes.has(WarningCode.UNREAD_LIST);
  for (const key of items.missed) misses.push({ kind: 'list', what: `missed item ${key}`, covered: listsCovered });

  if (misses.length === 0) {
    tally.completeLetters += 1;
    tally.warningsOnCompleteLetters += [...letter.warnings].filter(
      (warning: unknown) => (warning as { code?: string }).code !== WarningCode.MISSPELT_WORD,
    ).length;
  } else {
    tally.lettersWithMiss += 1;
    if (misses.every((miss) => miss.covered)) tally.lettersWithMissCovered += 1;
  }
  return misses;
}

function letterFiles(dir: string): string[] {
  const letters = path.join(dir, 'letters');
  const home = statSync(letters, { throwIfNoEntry: false })?.isDirectory() ? letters : dir;
  return readdirSync(home)
    .filter((name) => LETTER_FILE.test(name))
    .sort()
    .map((name) => path.join(home, name));
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : (part / whole).toFixed(3);
}

/** A set's scores: the tallies, and each miss as a line naming its letter, its kind and whether a warning covers it. */
export interface SetScore {
  dir: string;
  tally: Tally;
  misses: string[];
}

/** Scores every letter of a set that has an expected parse. */
export async function scoreSet(dir: string): Promise<SetScore> {
  const tally: Tally = {
    coreRight: 0,
    coreTotal: 0,
    judgementsMatched: 0,
    judgementsRequired: 0,
    judgementsProduced: 0,
    itemsFound: 0,
    itemsExpected: 0,
    refusedRight: 0,
    refusedTotal: 0,
    lettersRefused: 0,
    lettersWithMiss: 0,
    lettersWithMissCovered: 0,
    completeLetters: 0,
    warningsOnCompleteLetters: 0,
  };
  const misses: string[] = [];
  for (const file of letterFiles(dir)) {
    const expectedFile = path.join(dir, 'expected', `${path.basename(file).replace(/\.[^.]+$/, '')}.json`);
    // A file without an expected parse (a README, a manifest) is not one of the set's letters.
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as ExpectedLetter;
    for (const miss of scoreLetter(await parseLetterFile(file), expected, tally)) {
      misses.push(`${path.basename(file)}: [${miss.kind}${miss.covered ? ', warned' : ', SILENT'}] ${miss.what}`);
    }
  }
  return { dir, tally, misses };
}

/** The report of one set, as `npm run score:letters` prints it. */
export function formatSetScore({ dir, tally, misses }: SetScore): string {
  const lines = [
    `${dir}`,
    `  core fields            ${ratio(tally.coreRight, tally.coreTotal)} (${tally.coreRight}/${tally.coreTotal})`,
    `  judgement precision    ${ratio(tally.judgementsMatched, tally.judgementsProduced)} (${tally.judgementsMatched}/${tally.judgementsProduced})`,
    `  judgement recall       ${ratio(tally.judgementsMatched, tally.judgementsRequired)} (${tally.judgementsMatched}/${tally.judgementsRequired})`,
    `  list items             ${ratio(tally.itemsFound, tally.itemsExpected)} (${tally.itemsFound}/${tally.itemsExpected})`,
    `  non-letters refused    ${tally.refusedRight}/${tally.refusedTotal}`,
    `  letters refused        ${tally.lettersRefused} (each an error with its code)`,
    `  letters with a miss    ${tally.lettersWithMiss}, every miss warned on ${tally.lettersWithMissCovered}`,
    `  complete letters       ${tally.completeLetters}, warnings on them ${tally.warningsOnCompleteLetters} (misspellings not counted)`,
    ...misses.map((miss) => `  ${miss}`),
  ];
  return `${lines.join('\n')}\n\n`;
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    process.stderr.write('usage: npm run score:letters -- DIR... (each with letters and an expected/ folder)\n');
    process.exitCode = 2;
    return;
  }
  for (const dir of dirs) process.stdout.write(formatSetScore(await scoreSet(dir)));
}

// Run as a command; imported (by the tests that keep the scores), it only scores.
if (require.main === module) void main();
