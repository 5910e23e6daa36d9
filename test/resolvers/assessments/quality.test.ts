import { LETTER_FILES, readBundledLetter } from '../../helpers/bundled-letters';
import { ingestOrFail, loadBundledLetters } from '../../helpers/load-letters';
import { ENGINES } from '../../helpers/test-database';
import { useTestServer } from '../../helpers/test-server';

/**
 * Worcestershire's rating letter with one sentence rewritten into a form no reader knows: the
 * setting and the judgement are there, the statement is not read, and the parse says so.
 */
const WORCESTERSHIRE = readBundledLetter(LETTER_FILES.worcestershireRating2009);
const UNREAD_SENTENCE = "Half of the children's homes are good and none is inadequate.";
const REWRITTEN = "Children's homes earn praise from inspectors, who call half of them good.";

const QUALITY = /* GraphQL */ `
  query Quality($filter: AssessmentFilter) {
    assessments(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          authority {
            laCode
          }
          year
          quality {
            complete
            warningCount
            warnings {
              code
              message
              evidence
            }
          }
        }
      }
    }
  }
`;

interface AssessmentNode {
  authority: { laCode: string };
  year: number;
  quality: { complete: boolean; warningCount: number; warnings: Array<{ code: string; message: string; evidence: string | null }> };
}

interface QualityAnswer {
  assessments: {
    totalCount: number;
    edges: Array<{ node: AssessmentNode }>;
  };
}

describe.each(ENGINES)('Assessment.quality over HTTP on %s', (engine) => {
  const api = useTestServer(engine, {
    async seed({ database }) {
      await loadBundledLetters(database.dataSource);
      const text = WORCESTERSHIRE.replace(UNREAD_SENTENCE, REWRITTEN).replace('Worcestershire County Council', 'Cheshire County Council');
      expect(text).toContain(REWRITTEN);
      // A second letter, for another authority of 2009 with none stored, carrying the unread sentence.
      await ingestOrFail(database.dataSource, text.replace(/Cheshire County Council/g, 'Shropshire Council'), 'shropshire-rewritten.txt');
    },
  });

  it('says every bundled letter was read completely, and names what the rewritten one left unread', async () => {
    const answer = await api.graphql<QualityAnswer>(QUALITY);
    expect(answer.body.errors).toBeUndefined();
    const nodes = answer.body.data!.assessments.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(6);
    const incomplete = nodes.filter((node) => !node.quality.complete);
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]!.quality.warnings).toEqual([
      expect.objectContaining({ code: 'UNREAD_STATEMENT', evidence: REWRITTEN, message: expect.stringContaining('childrens homes') }),
    ]);
    expect(incomplete[0]!.quality.warningCount).toBe(1);
    for (const node of nodes.filter((candidate) => candidate.quality.complete)) expect(node.quality.warnings).toEqual([]);
  });

  it('filters on complete, both ways', async () => {
    const complete = await api.graphql<QualityAnswer>(QUALITY, { filter: { complete: true } });
    const incomplete = await api.graphql<QualityAnswer>(QUALITY, { filter: { complete: false } });
    expect(complete.body.errors).toBeUndefined();
    expect(complete.body.data!.assessments.totalCount).toBe(5);
    expect(incomplete.body.data!.assessments.totalCount).toBe(1);
    expect(incomplete.body.data!.assessments.edges[0]!.node.quality.complete).toBe(false);
  });
});
