import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';
import { type Grade, loadRealLetters, loadSyntheticRatings } from './aggregate-fixtures';

interface JudgementCountResult {
  judgement: string;
  mentions: number;
  assessments: number;
  numberedMentions: number;
  summedCount: number | null;
  summedTotal: number | null;
  pooledProportion: number | null;
  statedProportions: number;
  meanStatedProportion: number | null;
}

interface SettingBucketResult {
  key: string;
  kind: string;
  authorities: number;
  assessments: number;
  assessmentsMentioningSetting: number;
  judgements: JudgementCountResult[];
}

const SUMMARY = /* GraphQL */ `
  query Summary($setting: Setting!, $year: Int!, $groupBy: DistributionGroup, $source: JudgementSource) {
    settingJudgementSummary(setting: $setting, year: $year, groupBy: $groupBy, source: $source) {
      key
      kind
      authorities
      assessments
      assessmentsMentioningSetting
      judgements {
        judgement
        mentions
        assessments
        numberedMentions
        summedCount
        summedTotal
        pooledProportion
        statedProportions
        meanStatedProportion
      }
    }
  }
`;

/** Three South East councils rated with copies of Kent's letter, so they repeat Kent's setting judgements. */
const SOUTH_EAST_COPIES_OF_KENT = new Map<string, Grade>([
  ['887', 3],
  ['936', 2],
  ['938', 4],
]);

const JUDGEMENTS = ['OUTSTANDING', 'GOOD', 'ADEQUATE', 'INADEQUATE', 'GOOD_OR_BETTER', 'ADEQUATE_OR_BETTER'];

function empty(judgement: string): JudgementCountResult {
  return {
    judgement,
    mentions: 0,
    assessments: 0,
    numberedMentions: 0,
    summedCount: null,
    summedTotal: null,
    pooledProportion: null,
    statedProportions: 0,
    meanStatedProportion: null,
  };
}

describe.each(ENGINES)('settingJudgementSummary on %s', (engine) => {
  const api = useTestServer(engine, {
    seed: async () => {
      await loadRealLetters(api.database.dataSource);
      await loadSyntheticRatings(api.database.dataSource, SOUTH_EAST_COPIES_OF_KENT);
    },
  });

  async function summary(variables: Record<string, unknown>): Promise<SettingBucketResult[]> {
    const response = await api.graphql<{ settingJudgementSummary: SettingBucketResult[] }>(SUMMARY, variables);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.settingJudgementSummary;
  }

  /** The same summary worked out in plain code from the setting judgements the API lists per assessment. */
  async function summaryFromRows(setting: string, year: number): Promise<Map<string, JudgementCountResult>> {
    const response = await api.graphql<{
      assessments: {
        edges: Array<{
          node: {
            id: string;
            settingJudgements: Array<{ judgement: string; count: number | null; total: number | null; proportion: number | null }>;
          };
        }>;
      };
    }>(
      `query Rows($setting: Setting, $year: Int) {
        assessments(first: 100, filter: { year: $year }) { edges { node { id settingJudgements(setting: $setting) { judgement count total proportion } } } }
      }`,
      { setting, year },
    );
    expect(response.body.errors).toBeUndefined();
    const counts = new Map(JUDGEMENTS.map((judgement) => [judgement, { ...empty(judgement), ids: new Set<string>(), stated: 0 }]));
    for (const { node } of response.body.data!.assessments.edges) {
      for (const row of node.settingJudgements) {
        const count = counts.get(row.judgement)!;
        count.mentions += 1;
        count.ids.add(node.id);
        if (row.total !== null && (row.count !== null || row.proportion !== null)) {
          count.numberedMentions += 1;
          count.summedCount = (count.summedCount ?? 0) + (row.count ?? Math.round((row.proportion ?? 0) * row.total));
          count.summedTotal = (count.summedTotal ?? 0) + row.total;
        }
        if (row.proportion !== null) {
          count.statedProportions += 1;
          count.stated += row.proportion;
        }
      }
    }
    return new Map(
      [...counts].map(([judgement, { ids, stated, ...count }]) => [
        judgement,
        {
          ...count,
          assessments: ids.size,
          pooledProportion: count.summedCount !== null && count.summedTotal ? count.summedCount / count.summedTotal : null,
          meanStatedProportion: count.statedProportions ? stated / count.statedProportions : null,
        },
      ]),
    );
  }

  it.each(['PUPIL_REFERRAL_UNITS', 'CHILDRENS_HOMES', 'FOSTERING_SERVICE', 'SAFEGUARDING'])(
    'agrees for England with the %s judgements the letters hold',
    async (setting) => {
      const [england] = await summary({ setting, year: 2009 });
      const expected = await summaryFromRows(setting, 2009);
      expect(england.key).toBe('England');
      expect(england.judgements).toEqual(JUDGEMENTS.map((judgement) => expected.get(judgement)));
    },
  );

  it('counts pupil referral units in England: coverage, mentions and the numbers the letters give', async () => {
    const [england] = await summary({ setting: 'PUPIL_REFERRAL_UNITS', year: 2009 });
    // Seven 2009 letters: Bath, Worcestershire, Dorset, Kent and three copies of Kent; Dorset says nothing of the units.
    expect(england).toMatchObject({
      key: 'England',
      kind: 'ANNUAL_RATING',
      authorities: 152,
      assessments: 7,
      assessmentsMentioningSetting: 6,
    });
    const byJudgement = new Map(england.judgements.map((count) => [count.judgement, count]));
    // "one of the 18 ... inadequate" in Kent and its copies (4 x 1 of 18), Bath's without a number.
    expect(byJudgement.get('INADEQUATE')).toEqual({
      judgement: 'INADEQUATE',
      mentions: 5,
      assessments: 5,
      numberedMentions: 4,
      summedCount: 4,
      summedTotal: 72,
      pooledProportion: 4 / 72,
      statedProportions: 0,
      meanStatedProportion: null,
    });
    // Worcestershire: "two of the nine ... outstanding".
    expect(byJudgement.get('OUTSTANDING')).toEqual({
      judgement: 'OUTSTANDING',
      mentions: 1,
      assessments: 1,
      numberedMentions: 1,
      summedCount: 2,
      summedTotal: 9,
      pooledProportion: 2 / 9,
      statedProportions: 0,
      meanStatedProportion: null,
    });
    // Kent's "half of the 18" gives a fraction and a total but no count: 9 of 18, in Kent and its three copies.
    expect(byJudgement.get('GOOD_OR_BETTER')).toEqual({
      judgement: 'GOOD_OR_BETTER',
      mentions: 4,
      assessments: 4,
      numberedMentions: 4,
      summedCount: 36,
      summedTotal: 72,
      pooledProportion: 0.5,
      statedProportions: 4,
      meanStatedProportion: 0.5,
    });
    expect(byJudgement.get('ADEQUATE_OR_BETTER')).toEqual(empty('ADEQUATE_OR_BETTER'));
  });

  it('splits by region, listing regions without letters with zero counts', async () => {
    const buckets = await summary({ setting: 'PUPIL_REFERRAL_UNITS', year: 2009, groupBy: 'REGION' });
    expect(buckets).toHaveLength(9);
    const byKey = new Map(buckets.map((bucket) => [bucket.key, bucket]));
    expect(byKey.get('South East')).toMatchObject({ authorities: 19, assessments: 4, assessmentsMentioningSetting: 4 });
    expect(byKey.get('South East')!.judgements.find((count) => count.judgement === 'INADEQUATE')).toMatchObject({
      mentions: 4,
      summedCount: 4,
      summedTotal: 72,
    });
    expect(byKey.get('West Midlands')).toMatchObject({ authorities: 14, assessments: 1, assessmentsMentioningSetting: 1 });
    expect(byKey.get('South West')).toMatchObject({ assessments: 2, assessmentsMentioningSetting: 1 });
    expect(byKey.get('London')).toEqual({
      key: 'London',
      kind: 'ANNUAL_RATING',
      authorities: 33,
      assessments: 0,
      assessmentsMentioningSetting: 0,
      judgements: JUDGEMENTS.map(empty),
    });
  });

  it('keeps joint area review findings apart from inspections when asked', async () => {
    const [joint] = await summary({ setting: 'SAFEGUARDING', year: 2009, source: 'JOINT_AREA_REVIEW' });
    const [inspected] = await summary({ setting: 'SAFEGUARDING', year: 2009, source: 'INSPECTION' });
    const [both] = await summary({ setting: 'SAFEGUARDING', year: 2009 });
    const mentions = (bucket: SettingBucketResult): number => bucket.judgements.reduce((sum, count) => sum + count.mentions, 0);
    expect(mentions(joint) + mentions(inspected)).toBe(mentions(both));
    expect(joint.assessmentsMentioningSetting).toBeGreaterThan(0);
    expect(joint.assessments).toBe(7);
  });
});
