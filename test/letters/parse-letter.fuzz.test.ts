import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseLetter } from '../../src/letters/parse-letter';
import type { ParseResult } from '../../src/letters/parsed-letter';
import { countRegexWork } from './regex-work';

const REAL = path.resolve(__dirname, '../fixtures/letters/real');
const letters = readdirSync(REAL).map((name) => readFileSync(path.join(REAL, name), 'utf8'));

/** Runs kept modest: the suite runs on two cores beside others. */
const RUNS = 150;
/** Ample for 1 MB on a loaded machine; only a runaway (backtracking) parse takes longer. */
const PATHOLOGICAL_TIMEOUT_MS = 30_000;

/** Fragments that stress the cleaners and the grammar: markup, bullets, grades, numbers. */
const FRAGMENTS = [
  '<p>',
  '</p>',
  '<td>',
  '<br/>',
  '&amp;',
  '&#39;',
  '<',
  '>',
  '*',
  '**',
  '#',
  '|',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2022',
  '-\n',
  'Performs well (3)',
  "Children's services rating",
  'Being healthy',
  'Key strengths',
  'Dear Mr X',
  'Yours sincerely',
  'two of the nine',
  'pupil referral units',
  'are good or better',
  'none is inadequate',
  'half',
  'joint area review',
  '9 December 2009',
  'Kent County Council',
  'PROTECT: INSPECTION',
  'Page 2 of 3',
  '3',
  '.',
  ',',
  '(',
  ')',
];

function assertWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect([1, 2, 3, 4]).toContain(result.letter.overallGrade);
    expect(result.letter.authority.name.length).toBeGreaterThan(0);
    expect(result.letter.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } else {
    expect(typeof result.error.code).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

/**
 * The most regular expression executions the parser may make per character of its input.
 * The real letters take under 2; the worst pathological input about 6. A parser that
 * rescans the text per line or per match would need far more on long inputs. Work, not
 * time, is asserted: speed is measured by `npm run bench` only, and a hang fails the test
 * by its timeout.
 */
const MAX_WORK_PER_CHAR = 10;

function parseCountingWork(text: string): { result: ParseResult; executions: number } {
  return countRegexWork(() => parseLetter(text));
}

function expectLinearWork(executions: number, text: string): void {
  expect(executions).toBeLessThanOrEqual(MAX_WORK_PER_CHAR * (text.length + 100));
}

describe('parseLetter under fuzzing', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        assertWellFormed(parseLetter(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on text built from letter fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })), { maxLength: 300 }), (parts) => {
        assertWellFormed(parseLetter(parts.join(' ')));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on mutated real letters, and does work linear in their length', () => {
    const mutation = fc.record({
      letter: fc.integer({ min: 0, max: letters.length - 1 }),
      edits: fc.array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          cut: fc.integer({ min: 0, max: 400 }),
          insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 30 })),
        }),
        { maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ letter, edits }) => {
        let text = letters[letter];
        for (const edit of edits) {
          const at = Math.floor(edit.at * text.length);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.cut);
        }
        const { result, executions } = parseCountingWork(text);
        assertWellFormed(result);
        expectLinearWork(executions, text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseLetter work is linear in the size of the text', () => {
  /** Inputs shaped to make backtracking regular expressions blow up, at about 1 MB each. */
  const PATHOLOGICAL: ReadonlyArray<[string, string]> = [
    ['open angle brackets', '<a'.repeat(500_000)],
    ['unclosed comments and scripts', '<!--<script<style'.repeat(60_000)],
    ['asterisks', '*a '.repeat(330_000)],
    ['spaces and tabs', ' \t'.repeat(500_000) + 'x'],
    ['one huge line of words', 'children services rating perform '.repeat(30_000)],
    ['many short lines', 'Being healthy\n1\n'.repeat(60_000)],
    ['hyphenated lines', 'safe-\nguarding '.repeat(70_000)],
    ['digits and dates', '9 December 2009 3 '.repeat(55_000)],
    ['bullets', '\u2022 x'.repeat(330_000)],
    ['setting statements', 'Two of the nine pupil referral units are good and four are adequate. '.repeat(14_000)],
    ['repeated letters', letters.join('\n').repeat(12)],
    ['signatory words', 'Director director Divisional Manager '.repeat(28_000)],
    ['council names', 'Dear Mr X\nLondon Borough of Haringey Council '.repeat(25_000)],
  ];

  // A backtracking blow-up would not finish: the test's timeout catches it.
  it.each(PATHOLOGICAL)(
    'parses 1 MB of %s with work linear in its length',
    (_name, text) => {
      const { result, executions } = parseCountingWork(text);
      assertWellFormed(result);
      expectLinearWork(executions, text);
    },
    PATHOLOGICAL_TIMEOUT_MS,
  );

  it('does about ten times the work for ten times the text', () => {
    const unit = letters.join('\n');
    const small = parseCountingWork(unit.repeat(2)).executions;
    const large = parseCountingWork(unit.repeat(20)).executions;
    // Linear work gives about 10; quadratic would give about 100.
    expect(large / small).toBeGreaterThan(5);
    expect(large / small).toBeLessThan(15);
  });
});
