import { OperationLabels, OTHER_OPERATIONS } from '../../../src/server/metrics/operation-labels';
import { useTestServer } from '../../helpers/test-server';

describe('operation labels', () => {
  function labels(maxLabels = 3): { labels: OperationLabels; evicted: string[]; advance: (ms: number) => void } {
    let now = 0;
    const evicted: string[] = [];
    return {
      labels: new OperationLabels((label) => evicted.push(label), { maxLabels, idleMs: 1_000, now: () => now }),
      evicted,
      advance: (ms) => {
        now += ms;
      },
    };
  }

  it('labels names of answered requests only; refused ones count as other', () => {
    const { labels: subject } = labels();
    expect(subject.label('Refused', 400)).toBe(OTHER_OPERATIONS);
    expect(subject.label('CouncilPage', 200)).toBe('CouncilPage');
    // a labelled name keeps its label whatever its later statuses
    expect(subject.label('CouncilPage', 503)).toBe('CouncilPage');
  });

  it('gives a new name the least recently used label once that one is idle, never one in use', () => {
    const { labels: subject, evicted, advance } = labels();
    for (const name of ['Junk1', 'Junk2', 'Junk3']) expect(subject.label(name, 200)).toBe(name);
    expect(subject.label('CouncilPage', 200)).toBe(OTHER_OPERATIONS);
    advance(500);
    expect(subject.label('Junk3', 200)).toBe('Junk3');
    advance(600);
    // Junk1 and Junk2 idle for 1,100 ms, Junk3 for 600
    expect(subject.label('CouncilPage', 200)).toBe('CouncilPage');
    expect(subject.label('Trend', 200)).toBe('Trend');
    expect(subject.label('Another', 200)).toBe(OTHER_OPERATIONS);
    expect(evicted).toEqual(['Junk1', 'Junk2']);
  });
});

describe('the /metrics operation label over HTTP', () => {
  const api = useTestServer('sqlite');

  it('holds at most 200 names, the rest as other, and none of a refused request', async () => {
    for (let index = 0; index < 250; index += 1) {
      expect((await api.graphql(`query Junk${index} { __typename }`)).status).toBe(200);
    }
    expect((await api.graphql('query Refused($needed: Int!) { __typename }')).status).toBe(400);
    const metrics = await (await fetch(new URL('/metrics', api.server.url))).text();
    const labelled = [...metrics.matchAll(/^ofsted_graph_request_duration_seconds_count\{operation="Junk\d+",status="200"\} 1$/gm)];
    expect(labelled).toHaveLength(200);
    expect(metrics).toMatch(/^ofsted_graph_request_duration_seconds_count\{operation="\(other\)",status="200"\} 50$/m);
    expect(metrics).not.toContain('Refused');
  });
});
