/** Bounds on a year argument: four digits keep the year-end date the population query compares with well formed. */
export const MIN_AGGREGATE_YEAR = 1000;
export const MAX_AGGREGATE_YEAR = 9999;

/**
 * Bounds on a year in a filter: the same four-digit range as the aggregate fields' `year`, so
 * every year argument of the API accepts and refuses the same values. Wider than the letters'
 * 2005-2009 on purpose: a year without letters is a valid question whose answer is empty.
 */
export const MIN_FILTER_YEAR = MIN_AGGREGATE_YEAR;
export const MAX_FILTER_YEAR = MAX_AGGREGATE_YEAR;

/** The year range as descriptions state it. */
export const FILTER_YEAR_RANGE = `${MIN_FILTER_YEAR}-${MAX_FILTER_YEAR}`;

/** Longest `region` a filter accepts; the longest real region name ("Yorkshire and the Humber") is far shorter. */
export const MAX_REGION_LENGTH = 120;
