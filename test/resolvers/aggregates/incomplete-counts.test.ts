import { ingestOrFail, loadBundledLetters } from '../../helpers/load-letters';
import { worcestershireRatingFor } from '../../helpers/incomplete-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer, type TestServer } from '../../helpers/test-server';

const ADMIN_TOKEN = 'incomplete-counts-admin';
const SHROPSHIRE = 'Shropshire Council';
const WORCESTERSHIRE = 'Worcestershire County Council';

const AGGREGATES = /* GraphQL */ `
  query IncompleteCounts {
    ratingDistribution(year: 2009, groupBy: REGION) {
      key
      assessed
      incomplete
    }
    england: ratingDistribution(year: 2009) {
      assessed
      incomplete
    }
    pupilReferralUnits: settingJudgementSummary(setting: PUPIL_REFERRAL_UNITS, year: 2009, groupBy: REGION) {
      ...Summary
    }
    childrensHomes: settingJudgementSummary(setting: CHILDRENS_HOMES, year: 2009, groupBy: REGION) {
      ...Summary
    }
    authority(laCode: "885") {
      comparison(year: 2009) {
        regionAssessed
        regionIncomplete
        neighboursAssessed
        neighboursIncomplete
        englandAssessed
        englandIncomplete
      }
    }
  }

  fragment Summary on SettingJudgementBucket {
    key
    assessments
    incomplete
    assessmentsMentioningSetting
    incompleteMentioningSetting
    judgements {
      judgement
      assessments
      incomplete
    }
  }
`;

const INGEST = /* GraphQL */ `
  mutation Replace($text: String!, $fileName: String!) {
    ingestLetter(text: $text, fileName: $fileName, replace: true) {
      status
      error {
        code
        message
      }
    }
  }
`;

interface Counted {
  key: string;
  assessed: number;
  incomplete: number;
}

interface SummaryBucket {
  key: string;
  assessments: number;
  incomplete: number;
  assessmentsMentioningSetting: number;
  incompleteMentioningSetting: number;
  judgements: Array<{ judgement: string; assessments: number; incomplete: number }>;
}

interface Answer {
  ratingDistribution: Counted[];
  england: Array<Omit<Counted, 'key'>>;
  pupilReferralUnits: SummaryBucket[];
  childrensHomes: SummaryBucket[];
  authority: {
    comparison: {
      regionAssessed: number;
      regionIncomplete: number;
      neighboursAssessed: number;
      neighboursIncomplete: number;
      englandAssessed: number;
      englandIncomplete: number;
    };
  };
}

/** The West Midlands bucket of a grouped answer: Worcestershire's and Shropshire's region, the one with both letters. */
function westMidlands<T extends { key: string }>(buckets: readonly T[]): T {
  const found = buckets.find((bucket) => bucket.key === 'West Midlands');
  if (!found) throw new Error('No West Midlands bucket');
  return found;
}

/** A judgement's counts in a summary bucket. */
function judged(bucket: SummaryBucket, judgement: string): { assessments: number; incomplete: number } {
  const found = bucket.judgements.find((count) => count.judgement === judgement);
  if (!found) throw new Error(`No ${judgement} in ${bucket.key}`);
  return { assessments: found.assessments, incomplete: found.incomplete };
}

async function aggregates(api: TestServer): Promise<Answer> {
  const response = await api.graphql<Answer>(AGGREGATES);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

async function replace(api: TestServer, text: string, fileName: string): Promise<void> {
  const response = await api.graphql<{ ingestLetter: { status: string } }>(
    INGEST,
    { text, fileName },
    { authorization: `Bearer ${ADMIN_TOKEN}` },
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data!.ingestLetter).toEqual({ status: 'REPLACED', error: null });
}

describe.each(ENGINES)('incomplete assessments in the aggregates over HTTP on %s', (engine) => {
  const api = useTestServer(engine, {
    adminToken: ADMIN_TOKEN,
    async seed({ database }) {
      // Worcestershire's letter read completely, and the same letter for Shropshire (also West Midlands, one of
      // Worcestershire's statistical neighbours) with its children's homes sentence left unread.
      await loadBundledLetters(database.dataSource);
      await ingestOrFail(database.dataSource, worcestershireRatingFor(SHROPSHIRE, { complete: false }), 'shropshire-unread.txt');
    },
  });

  it('count the one incomplete letter wherever it is counted, beside the complete one of its bucket', async () => {
    const answer = await aggregates(api);
    expect(westMidlands(answer.ratingDistribution)).toEqual({ key: 'West Midlands', assessed: 2, incomplete: 1 });
    for (const bucket of answer.ratingDistribution.filter((candidate) => candidate.key !== 'West Midlands')) {
      expect(bucket.incomplete).toBe(0);
    }
    expect(answer.england).toEqual([{ assessed: 5, incomplete: 1 }]);

    // Both letters judge two of the nine pupil referral units outstanding: the incomplete one is counted with its judgement.
    const units = westMidlands(answer.pupilReferralUnits);
    expect(units).toMatchObject({ assessments: 2, incomplete: 1, assessmentsMentioningSetting: 2, incompleteMentioningSetting: 1 });
    expect(judged(units, 'OUTSTANDING')).toEqual({ assessments: 2, incomplete: 1 });

    // Shropshire's children's homes sentence went unread: it does not mention them, but the bucket says one letter may.
    const homes = westMidlands(answer.childrensHomes);
    expect(homes).toMatchObject({ assessments: 2, incomplete: 1, assessmentsMentioningSetting: 1, incompleteMentioningSetting: 0 });
    expect(judged(homes, 'GOOD')).toEqual({ assessments: 1, incomplete: 0 });

    // Worcestershire's neighbours with letters loaded: Shropshire (incomplete) and Kent (complete).
    expect(answer.authority.comparison).toEqual({
      regionAssessed: 2,
      regionIncomplete: 1,
      neighboursAssessed: 2,
      neighboursIncomplete: 1,
      englandAssessed: 5,
      englandIncomplete: 1,
    });
  });

  it('move the count when a replacement changes whether the letter was read completely', async () => {
    await replace(api, worcestershireRatingFor(SHROPSHIRE, { complete: true }), 'shropshire-read.txt');
    let answer = await aggregates(api);
    expect(westMidlands(answer.ratingDistribution)).toEqual({ key: 'West Midlands', assessed: 2, incomplete: 0 });
    expect(answer.england).toEqual([{ assessed: 5, incomplete: 0 }]);
    expect(westMidlands(answer.childrensHomes)).toMatchObject({
      incomplete: 0,
      assessmentsMentioningSetting: 2,
      incompleteMentioningSetting: 0,
    });
    expect(judged(westMidlands(answer.pupilReferralUnits), 'OUTSTANDING')).toEqual({ assessments: 2, incomplete: 0 });
    expect(answer.authority.comparison).toMatchObject({ regionIncomplete: 0, neighboursIncomplete: 0, englandIncomplete: 0 });

    // Now Worcestershire's own letter loses the sentence: the count comes back, on the other council.
    await replace(api, worcestershireRatingFor(WORCESTERSHIRE, { complete: false }), 'worcestershire-unread.txt');
    answer = await aggregates(api);
    expect(westMidlands(answer.ratingDistribution)).toEqual({ key: 'West Midlands', assessed: 2, incomplete: 1 });
    const units = westMidlands(answer.pupilReferralUnits);
    expect(units).toMatchObject({ assessments: 2, incomplete: 1, incompleteMentioningSetting: 1 });
    expect(judged(units, 'OUTSTANDING')).toEqual({ assessments: 2, incomplete: 1 });
    expect(westMidlands(answer.childrensHomes)).toMatchObject({
      incomplete: 1,
      assessmentsMentioningSetting: 1,
      incompleteMentioningSetting: 0,
    });
    // Its own letter is no neighbour of its own: the region and England count it, the neighbours do not.
    expect(answer.authority.comparison).toMatchObject({ regionIncomplete: 1, neighboursIncomplete: 0, englandIncomplete: 1 });
  });
});
