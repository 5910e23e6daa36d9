import { parseLetter } from '../../src/letters/parse-letter';
import type { ParsedLetter } from '../../src/letters/parsed-letter';
import { comparableParse, realLetters } from './expected-letter';

function parsed(text: string): ParsedLetter {
  const result = parseLetter(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error.code} ${result.error.message}`);
  return result.letter;
}

describe.each(realLetters())('real letter $name', ({ text, expected }) => {
  const letter = parsed(text);

  it('gives every expected field, setting judgements in the order of the text', () => {
    const { actual, required } = comparableParse(letter, expected);
    expect(actual).toEqual(required);
  });

  it('cites the sentence each setting judgement came from', () => {
    for (const judgement of letter.settingJudgements) {
      expect(judgement.evidence.length).toBeGreaterThan(20);
      expect(text.replace(/\s+/g, ' ')).toContain(judgement.evidence);
    }
  });

  it('resolves the authority against the reference data', () => {
    expect(letter.authority.laCode).toMatch(/^\d{3}$/);
    expect(letter.authority.onsCode).toMatch(/^E\d{8}$/);
    expect(letter.authority.region).toBeTruthy();
  });

  it('carries a clean summary', () => {
    expect(letter.summary.length).toBeGreaterThan(50);
    expect(letter.summary).not.toMatch(/\s{2}|<|\t/);
  });
});

describe('real APA letter narratives', () => {
  const apa = realLetters().filter(({ expected }) => expected.kind === 'ANNUAL_PERFORMANCE_ASSESSMENT');

  it.each(apa)('$name: each outcome area has its narrative, starting with its judgement', ({ text }) => {
    for (const area of parsed(text).outcomeAreas) {
      expect(area.narrative.toLowerCase()).toContain(area.judgement);
      expect(area.narrative).not.toMatch(/\s{2}|\t/);
    }
  });
});
