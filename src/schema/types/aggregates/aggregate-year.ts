/** Bounds on a year argument: four digits keep the year-end date the population query compares with well formed. */
export const MIN_AGGREGATE_YEAR = 1000;
export const MAX_AGGREGATE_YEAR = 9999;

export const KIND_DESCRIPTION =
  'Which letters to count; by default the kind sent that year: ANNUAL_RATING for 2009, ANNUAL_PERFORMANCE_ASSESSMENT for 2005-2008';
