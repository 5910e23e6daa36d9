/** Which part of a letter a searchable passage comes from. */
export enum PassageKind {
  /** A sentence of the letter's summary (for a 2009 rating letter, its whole rating text). */
  SUMMARY = 'SUMMARY',
  /** A summary sentence that the parser read a setting judgement from. */
  SETTING_EVIDENCE = 'SETTING_EVIDENCE',
  /** A sentence of an APA outcome area's narrative. */
  OUTCOME_NARRATIVE = 'OUTCOME_NARRATIVE',
  /** One key strength of an APA outcome area. */
  STRENGTH = 'STRENGTH',
  /** One key area for improvement of an APA outcome area. */
  AREA_FOR_IMPROVEMENT = 'AREA_FOR_IMPROVEMENT',
  /** One aspect for focus in a future joint area review or APA. */
  ASPECT_FOR_FOCUS = 'ASPECT_FOR_FOCUS',
}
