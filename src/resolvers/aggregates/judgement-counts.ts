import { Judgement } from '../../domain/enums';
import type { JudgementCount } from './setting-judgement-summary.types';

const JUDGEMENTS: ReadonlySet<string> = new Set(Object.values(Judgement));

/** A judgement column's value, checked against the enum. */
export function toJudgement(value: unknown): Judgement {
  const text = String(value);
  if (!JUDGEMENTS.has(text)) throw new Error(`Unknown judgement in the database: ${text}`);
  return text as Judgement;
}

/** A judgement no letter in the bucket gave. */
export function emptyCount(judgement: Judgement): JudgementCount {
  return {
    judgement,
    mentions: 0,
    assessments: 0,
    incomplete: 0,
    numberedMentions: 0,
    summedCount: null,
    summedTotal: null,
    pooledProportion: null,
    proportion: null,
    statedProportions: 0,
    meanStatedProportion: null,
  };
}

/**
 * A mean of stated fractions (two places each) to four places: the summary rows keep their sum
 * in hundredths and SQL's AVG rounds by engine, so both give the same number this way.
 */
export function meanOfFractions(mean: number | null): number | null {
  return mean === null ? null : Math.round(mean * 10_000) / 10_000;
}
