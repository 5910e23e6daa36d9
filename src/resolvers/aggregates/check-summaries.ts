import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { AssessmentKind, JudgementSource, Setting } from '../../domain/enums';
import { DistributionGroup } from './distribution-group';
import { queryRatingTallies } from './rating-tallies';
import { recountRatingTallies } from './rating-tallies.recount';
import { querySettingJudgementSummary } from './setting-judgement-summary';
import { recountSettingJudgementSummary } from './setting-judgement-summary.recount';

/** One aggregate whose summary rows disagree with a full recount. */
export interface SummaryDifference {
  aggregate: 'ratingDistribution' | 'settingJudgementSummary';
  request: Record<string, unknown>;
  fromSummaries: unknown;
  recounted: unknown;
}

/**
 * Answers every rating tally and setting judgement summary the stored letters can be asked
 * about (each year with letters and the year after the last, both kinds, every grouping, every
 * setting judged plus one that is not, each source and none) from the summary rows and from a
 * full recount over the assessments, and returns where they differ: none when the summaries
 * are right.
 */
export async function compareSummariesWithRecount(dataSource: DataSource): Promise<SummaryDifference[]> {
  const years = ((await dataSource.query('SELECT DISTINCT year FROM assessment')) as { year: number | string }[]).map((row) =>
    Number(row.year),
  );
  years.push(Math.max(2009, ...years) + 1);
  const judged = ((await dataSource.query('SELECT DISTINCT setting FROM setting_judgement')) as { setting: string }[]).map(
    (row) => row.setting as Setting,
  );
  const settings = [
    ...new Set([
      ...judged,
      ...Object.values(Setting)
        .filter((setting) => !judged.includes(setting))
        .slice(0, 1),
    ]),
  ];
  const differences: SummaryDifference[] = [];
  for (const year of years) {
    for (const kind of Object.values(AssessmentKind)) {
      for (const groupBy of Object.values(DistributionGroup)) {
        const request = { year, kind, groupBy };
        const [fromSummaries, recounted] = await Promise.all([
          queryRatingTallies(dataSource, request),
          recountRatingTallies(dataSource, request),
        ]);
        if (!sameAnswer(fromSummaries, recounted)) differences.push({ aggregate: 'ratingDistribution', request, fromSummaries, recounted });
        for (const setting of settings) {
          for (const source of [undefined, ...Object.values(JudgementSource)]) {
            const settingRequest = { ...request, setting, source };
            const [summary, recount] = await Promise.all([
              querySettingJudgementSummary(dataSource, settingRequest),
              recountSettingJudgementSummary(dataSource, settingRequest),
            ]);
            if (!sameAnswer(summary, recount)) {
              differences.push({
                aggregate: 'settingJudgementSummary',
                request: settingRequest,
                fromSummaries: summary,
                recounted: recount,
              });
            }
          }
        }
      }
    }
  }
  return differences;
}

/**
 * Whether two answers hold the same values, compared as the JSON they are sent as: the arrays a
 * driver returns may come from another realm (a test runner's sandbox), which a prototype-aware
 * comparison would count as a difference.
 */
function sameAnswer(left: unknown, right: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(left)), JSON.parse(JSON.stringify(right)));
}
