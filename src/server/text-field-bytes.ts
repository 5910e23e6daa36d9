import { jsonTextBytes } from '../domain/json-text-bytes';

/** What one occurrence of a text field adds to an answer, in bytes of JSON. */
export type TextFieldBytes = (source: unknown, value: unknown) => number;

/** A string, a list of strings or null, as its JSON takes it. */
function valueBytes(value: unknown): number {
  if (typeof value === 'string') return jsonTextBytes(value);
  if (Array.isArray(value)) return value.reduce((total: number, item: unknown) => total + valueBytes(item) + 1, 2);
  return 0;
}

/**
 * Measured once per row and field: an alias or a repeated `_entities` representation hands the
 * resolver the same row object (the request's DataLoaders cache it), so a long summary asked
 * for sixty times is scanned once and charged sixty times.
 */
const measured = new WeakMap<object, Map<string, number>>();

function measuredValue(field: string): TextFieldBytes {
  return (source, value) => {
    if (typeof source !== 'object' || source === null) return valueBytes(value);
    let bySource = measured.get(source);
    if (bySource === undefined) {
      bySource = new Map();
      measured.set(source, bySource);
    }
    let bytes = bySource.get(field);
    if (bytes === undefined) {
      bytes = valueBytes(value);
      bySource.set(field, bytes);
    }
    return bytes;
  };
}

/** A letter's text by the size stored with it at ingest (`text_json_bytes`), measured only for a row without one. */
const storedLetterBytes: TextFieldBytes = (source, value) => {
  const stored = typeof source === 'object' && source !== null ? (source as { textJsonBytes?: unknown }).textJsonBytes : undefined;
  return typeof stored === 'number' && stored > 0 ? stored : measuredValue('SourceLetter.text')(source, value);
};

/**
 * The fields whose values are long text, by `Type.field`: the ones that make an answer large,
 * whatever its number of objects. A whole letter can be megabytes; the parsed fields up to
 * 1,000,000 characters each (`MAX_LONG_TEXT_CHARS`). Everything else in an answer is short and
 * bounded by the query cost. A new long text field belongs here.
 */
export const TEXT_FIELD_BYTES: Readonly<Record<string, TextFieldBytes>> = {
  'SourceLetter.text': storedLetterBytes,
  'Assessment.summary': measuredValue('Assessment.summary'),
  'OutcomeArea.narrative': measuredValue('OutcomeArea.narrative'),
  'OutcomeArea.strengths': measuredValue('OutcomeArea.strengths'),
  'OutcomeArea.areasForImprovement': measuredValue('OutcomeArea.areasForImprovement'),
  'RevisionOutcomeArea.narrative': measuredValue('RevisionOutcomeArea.narrative'),
  'RevisionOutcomeArea.strengths': measuredValue('RevisionOutcomeArea.strengths'),
  'RevisionOutcomeArea.areasForImprovement': measuredValue('RevisionOutcomeArea.areasForImprovement'),
  'SettingJudgement.evidence': measuredValue('SettingJudgement.evidence'),
  'RevisionSettingJudgement.evidence': measuredValue('RevisionSettingJudgement.evidence'),
  'ParseWarning.evidence': measuredValue('ParseWarning.evidence'),
  'SearchHit.passage': measuredValue('SearchHit.passage'),
  'SearchHit.highlighted': measuredValue('SearchHit.highlighted'),
};
