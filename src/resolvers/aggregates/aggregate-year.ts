export const KIND_DESCRIPTION =
  'Which letters to count; by default the kind sent that year: ANNUAL_RATING for 2009, ANNUAL_PERFORMANCE_ASSESSMENT for 2005-2008';
