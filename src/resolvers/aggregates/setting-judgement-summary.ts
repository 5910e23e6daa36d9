import type { DataSource } from 'typeorm';
import { Judgement, type JudgementSource, type Setting } from '../../domain/enums';
import { Assessment, Authority, SettingJudgement } from '../../entities/index';
import type { DistributionGroup } from './distribution-group';
import type { JudgementCount } from './setting-judgement-summary.types';
import type { SettingJudgementBucket } from './setting-judgement-summary.types';
import { authorityPopulationQuery } from './authority-population';
import { bucketColumn, bucketKeyOf, byKey } from './bucket-key';
import { sqlCount, sqlNullableNumber } from './sql-numbers';
import type { YearAndKind } from './year-and-kind';

export interface SettingJudgementSummaryRequest extends YearAndKind {
  setting: Setting;
  groupBy: DistributionGroup;
  /** Only judgements from this source; both when absent. */
  source?: JudgementSource;
}

/** The judgement counts of each bucket, by bucket key. */
type JudgementCountsByBucket = Map<string, Map<Judgement, JudgementCount>>;

/**
 * What the loaded letters of a year say about one setting, per bucket, in two grouped
 * statements: the coverage (authorities, assessments, assessments judging the setting) and
 * the counts per judgement.
 */
export async function querySettingJudgementSummary(
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

type Coverage = Pick<SettingJudgementBucket, 'key' | 'authorities' | 'assessments' | 'assessmentsMentioningSetting'>;

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
    .addSelect('COUNT(DISTINCT judged.assessmentId)', 'mentioning');
  const column = bucketColumn(request.groupBy);
  if (column) query.addSelect(column, 'bucket').groupBy(column);
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((raw) => ({
    key: bucketKeyOf(raw),
    authorities: sqlCount(raw.authorities),
    assessments: sqlCount(raw.assessments),
    assessmentsMentioningSetting: sqlCount(raw.mentioning),
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
  const pooledProportion = summedCount !== null && summedTotal ? summedCount / summedTotal : null;
  return {
    judgement: toJudgement(raw.judgement),
    mentions: sqlCount(raw.mentions),
    assessments: sqlCount(raw.assessments),
    numberedMentions: sqlCount(raw.numbered),
    summedCount,
    summedTotal,
    pooledProportion,
    proportion: pooledProportion,
    statedProportions: sqlCount(raw.stated),
    meanStatedProportion: sqlNullableNumber(raw.meanStated),
  };
}

const JUDGEMENTS: ReadonlySet<string> = new Set(Object.values(Judgement));

function toJudgement(value: unknown): Judgement {
  const text = String(value);
  if (!JUDGEMENTS.has(text)) throw new Error(`Unknown judgement in the database: ${text}`);
  return text as Judgement;
}

function emptyCount(judgement: Judgement): JudgementCount {
  return {
    judgement,
    mentions: 0,
    assessments: 0,
    numberedMentions: 0,
    summedCount: null,
    summedTotal: null,
    pooledProportion: null,
    proportion: null,
    statedProportions: 0,
    meanStatedProportion: null,
  };
}
