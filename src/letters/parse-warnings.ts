import { WarningCode } from '../domain/enums';

/** One thing a parse could not read, or read only by assuming; the codes are in `domain/enums.ts`. */
export interface ParseWarning {
  code: WarningCode;
  message: string;
  /** The sentence, table row or section concerned; null when the warning is about the whole letter. */
  evidence: string | null;
}

/**
 * Codes that say something of the letter was not read. A parse with none of them is
 * complete; a misspelt word was still read, so it does not make a parse incomplete.
 */
const INCOMPLETE_CODES: ReadonlySet<WarningCode> = new Set(Object.values(WarningCode).filter((code) => code !== WarningCode.MISSPELT_WORD));

/** Evidence is a sentence or a row; a whole section is cut so a warning stays readable in a table. */
const MAX_EVIDENCE = 400;

/**
 * A warning; its evidence is clean text like every string of a parse, so a table row's cells
 * (tab-separated inside the parser) are shown separated by " | ".
 */
export function parseWarning(code: WarningCode, message: string, evidence: string | null = null): ParseWarning {
  const clean = evidence === null ? null : evidence.replace(/\s*\t\s*/g, ' | ').replace(/\s+/g, ' ').trim();
  const cut = clean !== null && clean.length > MAX_EVIDENCE ? `${clean.slice(0, MAX_EVIDENCE - 1)}\u2026` : clean;
  return { code, message, evidence: cut };
}

/** True when no warning says that part of the letter went unread. */
export function isCompleteParse(warnings: readonly ParseWarning[]): boolean {
  return !warnings.some((warning) => INCOMPLETE_CODES.has(warning.code));
}

/** Drops repeats (the same code about the same evidence), keeping the first. */
export function distinctWarnings(warnings: readonly ParseWarning[]): ParseWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = `${warning.code}\u0000${warning.evidence ?? warning.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One warning as one line of text: its code and message, then the evidence it concerns, quoted. */
export function describeWarning(warning: ParseWarning): string {
  return warning.evidence === null ? `${warning.code}: ${warning.message}` : `${warning.code}: ${warning.message}: "${warning.evidence}"`;
}
