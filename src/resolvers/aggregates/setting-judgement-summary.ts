import type { DataSource } from 'typeorm';
import { Judgement, type JudgementSource, type Setting } from '../../domain/enums';
import { ANY_SOURCE, SUMMARY_TABLE } from '../../db/summaries/summary-tables';
import type { DistributionGroup } from './distribution-group';
import type { JudgementCount, SettingJudgementBucket } from './setting-judgement-summary.types';
import { emptyCount, meanOfFractions, toJudgement } from './judgement-counts';
import { queryRatingTallies, summaryBucketKey } from './rating-tallies';
import { sqlCount } from './sql-numbers';
import type { YearAndKind } from './year-and-kind';

export interface SettingJudgementSummaryRequest extends YearAndKind {
  setting: Setting;
  groupBy: DistributionGroup;
  /** Only judgements from this source; both when absent. */
  source?: JudgementSource;
}

interface SettingRow {
  part: string;
  region: string;
  authority_kind: string;
  judgement: string | null;
  mentions: number | string;
  assessments: number | string;
  numbered: number | string;
  summed_count: number | string;
  summed_total: number | string;
  stated: number | string;
  stated_hundredths: number | string;
  incomplete: number | string;
}

/** The judgement counts of one bucket while summing its summary rows. */
interface BucketCounts {
  mentioning: number;
  incompleteMentioning: number;
  judgements: Map<Judgement, JudgementCount>;
  /** Per judgement, the sum of its stated fractions in hundredths, as the summary rows keep it. */
  statedHundredths: Map<Judgement, number>;
}

/**
 * What the loaded letters of a year say about one setting, per bucket, from the summary rows in
 * two statements: the bucket populations and assessments (the rating tallies' statement) and
 * the setting's coverage and judgement rows for the source asked for (or any source).
 */
export async function querySettingJudgementSummary(
  dataSource: DataSource,
  request: SettingJudgementSummaryRequest,
): Promise<SettingJudgementBucket[]> {
  const parameters = [request.year, request.kind, request.setting, request.source ?? ANY_SOURCE];
  const where = 'year = ? AND kind = ? AND setting = ? AND source_filter = ?';
  const [tallies, rows] = await Promise.all([
    queryRatingTallies(dataSource, request),
    dataSource.query(
      `SELECT /* setting-judgement-summary */ 'coverage' AS part, region, authority_kind, NULL AS judgement, 0 AS mentions,
         assessments, 0 AS numbered, 0 AS summed_count, 0 AS summed_total, 0 AS stated, 0 AS stated_hundredths, incomplete
       FROM ${SUMMARY_TABLE.settingCoverage} WHERE ${where}
       UNION ALL
       SELECT 'judgement', region, authority_kind, judgement, mentions, assessments, numbered, summed_count, summed_total,
         stated, stated_hundredths, incomplete
       FROM ${SUMMARY_TABLE.settingJudgements} WHERE ${where}`,
      [...parameters, ...parameters],
    ) as Promise<SettingRow[]>,
  ]);
  const byBucket = new Map<string, BucketCounts>();
  for (const row of rows) {
    const key = summaryBucketKey(request.groupBy, row);
    const bucket = byBucket.get(key) ?? {
      mentioning: 0,
      incompleteMentioning: 0,
      judgements: new Map<Judgement, JudgementCount>(),
      statedHundredths: new Map<Judgement, number>(),
    };
    byBucket.set(key, bucket);
    if (row.part === 'coverage') {
      bucket.mentioning += sqlCount(row.assessments);
      bucket.incompleteMentioning += sqlCount(row.incomplete);
      continue;
    }
    const judgement = toJudgement(row.judgement);
    const count = bucket.judgements.get(judgement) ?? emptyCount(judgement);
    count.mentions += sqlCount(row.mentions);
    count.assessments += sqlCount(row.assessments);
    count.incomplete += sqlCount(row.incomplete);
    count.numberedMentions += sqlCount(row.numbered);
    count.summedCount = (count.summedCount ?? 0) + sqlCount(row.summed_count);
    count.summedTotal = (count.summedTotal ?? 0) + sqlCount(row.summed_total);
    count.statedProportions += sqlCount(row.stated);
    bucket.statedHundredths.set(judgement, (bucket.statedHundredths.get(judgement) ?? 0) + sqlCount(row.stated_hundredths));
    bucket.judgements.set(judgement, count);
  }
  return tallies.map((tally) => {
    const counts = byBucket.get(tally.key);
    return {
      key: tally.key,
      kind: request.kind,
      authorities: tally.total,
      assessments: tally.assessed,
      incomplete: tally.incomplete,
      assessmentsMentioningSetting: counts?.mentioning ?? 0,
      incompleteMentioningSetting: counts?.incompleteMentioning ?? 0,
      judgements: Object.values(Judgement).map((judgement) =>
        finish(counts?.judgements.get(judgement) ?? emptyCount(judgement), counts?.statedHundredths.get(judgement) ?? 0),
      ),
    };
  });
}

/**
 * Sums exist only where some mention was numbered, as SQL's SUM over no numbered rows gives
 * NULL; the mean of the stated fractions comes from their sum in hundredths.
 */
function finish(count: JudgementCount, statedHundredths: number): JudgementCount {
  const meanStatedProportion = meanOfFractions(count.statedProportions > 0 ? statedHundredths / 100 / count.statedProportions : null);
  if (count.numberedMentions === 0) {
    return { ...count, summedCount: null, summedTotal: null, pooledProportion: null, proportion: null, meanStatedProportion };
  }
  const summedCount = count.summedCount ?? 0;
  const summedTotal = count.summedTotal ?? 0;
  const pooledProportion = summedTotal ? summedCount / summedTotal : null;
  return { ...count, summedCount, summedTotal, pooledProportion, proportion: pooledProportion, meanStatedProportion };
}
