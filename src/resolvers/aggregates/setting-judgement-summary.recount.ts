import type { DataSource } from 'typeorm';
import { Judgement } from '../../domain/enums';
import { Assessment, Authority, SettingJudgement } from '../../entities/index';
import type { JudgementCount } from './setting-judgement-summary.types';
import type { SettingJudgementBucket } from './setting-judgement-summary.types';
import { authorityPopulationQuery } from './authority-population';
import { bucketColumn, bucketKeyOf, byKey } from './bucket-key';
import { sqlCount, sqlNullableNumber } from './sql-numbers';
import { emptyCount, meanOfFractions, toJudgement } from './judgement-counts';
import type { SettingJudgementSummaryRequest } from './setting-judgement-summary';

/** The judgement counts of each bucket, by bucket key. */
type JudgementCountsByBucket = Map<string, Map<Judgement, JudgementCount>>;

/**
 * What the loaded letters of a year say about one setting, per bucket, in two grouped
 * statements over every assessment: the coverage (authorities, assessments, assessments
 * judging the setting) and the counts per judgement. The full recount that the summary rows
 * (see setting-judgement-summary.ts) are checked against.
 */
export async function recountSettingJudgementSummary(
  dataSource: DataSource,
  request: SettingJudgementSummaryRequest,
): Promise<SettingJudgementBucket[]> {
  const [coverage, counts] = await Promise.all([queryCoverage(dataSource, request), queryJudgementCounts(dataSource, request)]);
  return coverage
    .map((bucket) => ({
      ...bucket,
      kind: request.kind,
      judgements: Object.values(Judgement).map((judgement) => counts.get(bucket.key)?.get(judgement) ?? emptyCount(judgement)),
    }))
    .sort(byKey);
}

type Coverage = Pick<
  SettingJudgementBucket,
  'key' | 'authorities' | 'assessments' | 'incomplete' | 'assessmentsMentioningSetting' | 'incompleteMentioningSetting'
>;

/** Distinct assessments, given by `idColumn`, whose letter the parser could not read completely. */
function countIncomplete(idColumn: string): string {
  return `COUNT(DISTINCT CASE WHEN assessment.complete = 0 THEN ${idColumn} END)`;
}

async function queryCoverage(dataSource: DataSource, request: SettingJudgementSummaryRequest): Promise<Coverage[]> {
  const query = authorityPopulationQuery(dataSource, request)
    .leftJoin(
      SettingJudgement,
      'judged',
      `judged.assessmentId = assessment.id AND judged.setting = :setting${request.source ? ' AND judged.source = :source' : ''}`,
      { setting: request.setting, source: request.source },
    )
    .select('COUNT(DISTINCT authority.id)', 'authorities')
    .addSelect('COUNT(DISTINCT assessment.id)', 'assessments')
    .addSelect(countIncomplete('assessment.id'), 'incomplete')
    .addSelect('COUNT(DISTINCT judged.assessmentId)', 'mentioning')
    .addSelect(countIncomplete('judged.assessmentId'), 'incompleteMentioning');
  const column = bucketColumn(request.groupBy);
  if (column) query.addSelect(column, 'bucket').groupBy(column);
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((raw) => ({
    key: bucketKeyOf(raw),
    authorities: sqlCount(raw.authorities),
    assessments: sqlCount(raw.assessments),
    incomplete: sqlCount(raw.incomplete),
    assessmentsMentioningSetting: sqlCount(raw.mentioning),
    incompleteMentioningSetting: sqlCount(raw.incompleteMentioning),
  }));
}

async function queryJudgementCounts(dataSource: DataSource, request: SettingJudgementSummaryRequest): Promise<JudgementCountsByBucket> {
  // A count of a stated total, or a fraction of one ("half of the 18" counts as 9 of 18).
  const numbered = 'judged.total IS NOT NULL AND (judged.count IS NOT NULL OR judged.proportion IS NOT NULL)';
  const countOfTotal = 'COALESCE(judged.count, ROUND(judged.proportion * judged.total))';
  const query = dataSource
    .createQueryBuilder()
    .from(SettingJudgement, 'judged')
    .innerJoin(Assessment, 'assessment', 'assessment.id = judged.assessmentId')
    .innerJoin(Authority, 'authority', 'authority.id = assessment.authorityId')
    .where('assessment.year = :year AND assessment.kind = :kind AND judged.setting = :setting', {
      year: request.year,
      kind: request.kind,
      setting: request.setting,
    })
    .select('judged.judgement', 'judgement')
    .addSelect('COUNT(*)', 'mentions')
    .addSelect('COUNT(DISTINCT judged.assessmentId)', 'assessments')
    .addSelect(countIncomplete('judged.assessmentId'), 'incomplete')
    .addSelect(`SUM(CASE WHEN ${numbered} THEN 1 ELSE 0 END)`, 'numbered')
    .addSelect(`SUM(CASE WHEN ${numbered} THEN ${countOfTotal} END)`, 'summedCount')
    .addSelect(`SUM(CASE WHEN ${numbered} THEN judged.total END)`, 'summedTotal')
    .addSelect('SUM(CASE WHEN judged.proportion IS NOT NULL THEN 1 ELSE 0 END)', 'stated')
    .addSelect('AVG(judged.proportion)', 'meanStated')
    .groupBy('judged.judgement');
  if (request.source) query.andWhere('judged.source = :source', { source: request.source });
  const column = bucketColumn(request.groupBy);
  if (column) query.addSelect(column, 'bucket').addGroupBy(column);

  const byBucket: JudgementCountsByBucket = new Map();
  for (const raw of await query.getRawMany<Record<string, unknown>>()) {
    const key = bucketKeyOf(raw);
    const judgements = byBucket.get(key) ?? new Map<Judgement, JudgementCount>();
    const count = toJudgementCount(raw);
    judgements.set(count.judgement, count);
    byBucket.set(key, judgements);
  }
  return byBucket;
}

function toJudgementCount(raw: Record<string, unknown>): JudgementCount {
  const summedCount = sqlNullableNumber(raw.summedCount);
  const summedTotal = sqlNullableNumber(raw.summedTotal);
  return {
    judgement: toJudgement(raw.judgement),
    mentions: sqlCount(raw.mentions),
    assessments: sqlCount(raw.assessments),
    incomplete: sqlCount(raw.incomplete),
    numberedMentions: sqlCount(raw.numbered),
    summedCount,
    summedTotal,
    pooledProportion: summedCount !== null && summedTotal ? summedCount / summedTotal : null,
    proportion: summedCount !== null && summedTotal ? summedCount / summedTotal : null,
    statedProportions: sqlCount(raw.stated),
    meanStatedProportion: meanOfFractions(sqlNullableNumber(raw.meanStated)),
  };
}
