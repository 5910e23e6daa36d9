import fc from 'fast-check';
import { jsonTextBytes } from '../../src/domain/json-text-bytes';

const answerBytes = (value: string): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('jsonTextBytes', () => {
  it.each([
    ['', 2],
    ['plain', 7],
    ['line\nbreak "quoted" back\\slash', answerBytes('line\nbreak "quoted" back\\slash')],
    ['\u0001\u001f\b\t\f\r', answerBytes('\u0001\u001f\b\t\f\r')],
    ['café, naïve, 伦敦', answerBytes('café, naïve, 伦敦')],
    ['emoji 😀 and a lone \ud800 surrogate and \udc00 another', answerBytes('emoji 😀 and a lone \ud800 surrogate and \udc00 another')],
  ])('counts %j as JSON.stringify writes it in UTF-8', (value, expected) => {
    expect(jsonTextBytes(value)).toBe(expected);
  });

  it('agrees with JSON.stringify for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => jsonTextBytes(value) === answerBytes(value)),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), (value) => {
        return jsonTextBytes(value) === answerBytes(value);
      }),
      { numRuns: 2_000 },
    );
  });
});
