import { createHash } from 'node:crypto';
import { ingestLetter } from '../../../src/ingest/ingest-letter';
import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { loadBundledLetters } from '../../helpers/load-letters';
import { authoritiesOf2009, syntheticRatingLetter } from '../../helpers/synthetic-letters';
import { fingerprintTables } from '../../helpers/table-fingerprint';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';

const ADMIN_TOKEN = 'revisions-test-token';
const AUTH = { authorization: `Bearer ${ADMIN_TOKEN}` };
const KENT = readBundledLetter(LETTER_FILES.kentRating2009);
const KENT_CORRECTED = KENT.replace('Performs well (3)', 'Performs excellently (4)');

/** Authorities given a synthetic rating and then a second one, so that many assessments have two revisions. */
const TWICE_RATED = authoritiesOf2009()
  .filter((authority) => !['886', '800', '835', '885'].includes(authority.laCode))
  .slice(0, 40);

const INGEST = /* GraphQL */ `
  mutation Ingest($text: String!, $fileName: String, $replace: Boolean) {
    ingestLetter(text: $text, fileName: $fileName, replace: $replace) {
      status
      assessment {
        id
        overallGrade
      }
      error {
        code
        message
      }
    }
  }
`;

const REVISIONS = /* GraphQL */ `
  query Revisions($id: ID!) {
    assessment(id: $id) {
      overallGrade
      revisions {
        number
        isCurrent
        overallGrade
        sourceLetter {
          fileName
          sha256
          text
        }
        changes {
          field
          area
          from
          to
        }
      }
    }
  }
`;

const PAGE_OF_REVISIONS = /* GraphQL */ `
  query PageOfRevisions($first: Int!) {
    assessments(first: $first, filter: { year: 2009 }) {
      edges {
        node {
          id
          revisions {
            number
            isCurrent
            acceptedAt
            overallGrade
            outcomeAreas {
              area
              grade
            }
            settingJudgements {
              setting
            }
            sourceLetter {
              fileName
              sha256
            }
            changes {
              field
              from
              to
            }
          }
        }
      }
    }
  }
`;

type IngestData = {
  ingestLetter: {
    status: string;
    assessment: { id: string; overallGrade: number } | null;
    error: { code: string; message: string } | null;
  };
};

interface RevisionData {
  number: number;
  isCurrent: boolean;
  overallGrade: number;
  sourceLetter: { fileName: string | null; sha256: string; text: string };
  changes: Array<{ field: string; area: string | null; from: number | null; to: number | null }>;
}

type PageData = { assessments: { edges: Array<{ node: { id: string; revisions: Array<Omit<RevisionData, 'sourceLetter'>> } }> } };

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe.each(ENGINES)('Assessment.revisions on %s', (engine) => {
  const api = useTestServer(engine, {
    adminToken: ADMIN_TOKEN,
    seed: async (server) => {
      const { dataSource } = server.database;
      await loadBundledLetters(dataSource);
      for (const authority of TWICE_RATED) {
        for (const [grade, replace] of [
          [2, false],
          [3, true],
        ] as const) {
          const outcome = await ingestLetter(dataSource, { text: syntheticRatingLetter(authority, grade), fileName: null }, { replace });
          if (outcome.status !== (replace ? 'replaced' : 'ingested')) throw new Error(`seeding ${authority.laCode}: ${outcome.status}`);
        }
      }
    },
  });

  async function kentId(): Promise<string> {
    const response = await api.graphql<{ authority: { assessments: Array<{ id: string }> } }>(
      '{ authority(laCode: "886") { assessments(year: 2009) { id } } }',
    );
    return response.body.data!.authority.assessments[0]!.id;
  }

  it('answers a different letter without replace with CONFLICT, naming the assessment, and writes nothing', async () => {
    const id = await kentId();
    const before = await fingerprintTables(api.database.dataSource);

    const response = await api.graphql<IngestData>(INGEST, { text: KENT_CORRECTED, fileName: 'kent-corrected.txt' }, AUTH);

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.ingestLetter).toEqual({
      status: 'CONFLICT',
      assessment: { id, overallGrade: 3 },
      error: {
        code: 'CONFLICT',
        message: `Not stored: this letter would replace Kent County Council, annual rating 2009 (assessment ${id}), which holds ${LETTER_FILES.kentRating2009}; send replace: true to store it as the new version`,
      },
    });
    expect(await fingerprintTables(api.database.dataSource)).toEqual(before);
  });

  it('with replace: true serves the new letter and lists both versions, newest first, with their letters and the grade change', async () => {
    const id = await kentId();
    const replaced = await api.graphql<IngestData>(INGEST, { text: KENT_CORRECTED, fileName: 'kent-corrected.txt', replace: true }, AUTH);
    expect(replaced.body.data?.ingestLetter).toMatchObject({ status: 'REPLACED', assessment: { id, overallGrade: 4 }, error: null });

    const response = await api.graphql<{ assessment: { overallGrade: number; revisions: RevisionData[] } }>(REVISIONS, { id });

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.assessment).toEqual({
      overallGrade: 4,
      revisions: [
        {
          number: 2,
          isCurrent: true,
          overallGrade: 4,
          sourceLetter: { fileName: 'kent-corrected.txt', sha256: sha256(KENT_CORRECTED), text: KENT_CORRECTED },
          changes: [{ field: 'overallGrade', area: null, from: 3, to: 4 }],
        },
        {
          number: 1,
          isCurrent: false,
          overallGrade: 3,
          sourceLetter: { fileName: LETTER_FILES.kentRating2009, sha256: sha256(KENT), text: KENT },
          changes: [],
        },
      ],
    });
  });

  it('costs the same statements for 2 assessments as for 44, whatever their revisions', async () => {
    const counted = async (first: number) => {
      api.statements.reset();
      const response = await api.graphql<PageData>(PAGE_OF_REVISIONS, { first });
      expect(response.body.errors).toBeUndefined();
      return { statements: api.statements.count, nodes: response.body.data!.assessments.edges.map((edge) => edge.node) };
    };
    const small = await counted(2);
    const large = await counted(44);

    expect(small.nodes).toHaveLength(2);
    expect(large.nodes).toHaveLength(44);
    const revisions = large.nodes.flatMap((node) => node.revisions);
    expect(revisions.length).toBeGreaterThanOrEqual(85);
    expect(large.nodes.filter((node) => node.revisions.length === 2).length).toBeGreaterThanOrEqual(40);
    for (const node of large.nodes) {
      expect(node.revisions.map((revision) => revision.number)).toEqual(node.revisions.map((_, index) => node.revisions.length - index));
      expect(node.revisions.map((revision) => revision.isCurrent)).toEqual(node.revisions.map((_, index) => index === 0));
    }
    const synthetic = large.nodes.find((node) => node.revisions.length === 2 && node.revisions[0]!.overallGrade === 3)!;
    expect(synthetic.revisions[0]!.changes).toEqual([{ field: 'overallGrade', from: 2, to: 3 }]);
    // The page of assessments, their revisions, the revisions' source letters.
    expect(small.statements).toBe(3);
    expect(large.statements).toBe(small.statements);
  });
});
