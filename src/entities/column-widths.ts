/**
 * Widths, in characters, of the VARCHAR columns, written once: the migrations create the
 * columns from these, the entities declare them, and ingest checks a parsed letter against
 * them before writing. MariaDB refuses an over-long value where SQLite keeps it, so checking
 * first makes both engines agree. A new width needs a new migration: the old ones must keep
 * creating the columns they always created, so never lower one of these.
 */
export const COLUMN_WIDTH = {
  authority: { laCode: 3, name: 120, shortName: 80, onsCode: 9, region: 40, kind: 24 },
  sourceLetter: { sha256: 64, fileName: 255, kind: 40 },
  assessment: { kind: 40, recipientName: 120, recipientRole: 255 },
  outcomeArea: { area: 40, judgement: 255 },
  settingJudgement: { setting: 48, judgement: 24, source: 24 },
  letterPassage: { kind: 24, area: 40 },
} as const;

/**
 * Longest text, in characters, for the long-text columns: `summary`, `narrative`, `evidence`,
 * the JSON of `strengths` and `areas_for_improvement`, and the passages search cuts them into
 * (`letter_passage.text`). On MariaDB/MySQL these are MEDIUMTEXT, 16,777,215 bytes, and utf8mb4
 * spends at most 4 bytes on a character, so 1,000,000 characters (at most 4,000,000 bytes) fit
 * whatever the characters, and a statement carrying one stays well inside MariaDB's default
 * 16 MiB max_allowed_packet. SQLite stores any length, so without this bound the engines would
 * disagree. The longest such field of a real letter is a few thousand characters: only a broken
 * or hostile text comes near the limit.
 */
export const MAX_LONG_TEXT_CHARS = 1_000_000;
