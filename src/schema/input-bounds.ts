import { FIRST_LETTER_YEAR, LAST_LETTER_YEAR } from '../domain/letter-years';

/**
 * Bounds on every year argument: the years Ofsted sent these letters. A year outside them
 * used to be accepted and answered with nothing ("152 unassessed" for 2010), which reads as a
 * fact about 2010 rather than a mistake; now it is refused with BAD_USER_INPUT naming the
 * argument. Filters and aggregates share them, so every year argument accepts the same values.
 */
export const MIN_AGGREGATE_YEAR = FIRST_LETTER_YEAR;
export const MAX_AGGREGATE_YEAR = LAST_LETTER_YEAR;
export const MIN_FILTER_YEAR = MIN_AGGREGATE_YEAR;
export const MAX_FILTER_YEAR = MAX_AGGREGATE_YEAR;

/** The year range as descriptions state it. */
export const FILTER_YEAR_RANGE = `${MIN_FILTER_YEAR}-${MAX_FILTER_YEAR}`;

/** What a refused year is told; class-validator puts the argument's name for `$property`. */
export const YEAR_OUT_OF_RANGE_MESSAGE = `$property must be a year of the letters, ${FILTER_YEAR_RANGE} (APA letters ${FIRST_LETTER_YEAR}-${LAST_LETTER_YEAR - 1}, the annual rating ${LAST_LETTER_YEAR})`;
