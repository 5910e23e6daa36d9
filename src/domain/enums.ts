/** Which kind of letter an assessment comes from. */
export enum AssessmentKind {
  /** Annual Performance Assessment letters, 2005-2008. */
  ANNUAL_PERFORMANCE_ASSESSMENT = 'ANNUAL_PERFORMANCE_ASSESSMENT',
  /** The 9 December 2009 children's services annual rating letters. */
  ANNUAL_RATING = 'ANNUAL_RATING',
}

/** The five Every Child Matters outcome areas plus the management of services. */
export enum Area {
  BEING_HEALTHY = 'BEING_HEALTHY',
  STAYING_SAFE = 'STAYING_SAFE',
  ENJOYING_AND_ACHIEVING = 'ENJOYING_AND_ACHIEVING',
  MAKING_A_POSITIVE_CONTRIBUTION = 'MAKING_A_POSITIVE_CONTRIBUTION',
  ACHIEVING_ECONOMIC_WELLBEING = 'ACHIEVING_ECONOMIC_WELLBEING',
  SERVICE_MANAGEMENT = 'SERVICE_MANAGEMENT',
}

/** A kind of setting or service a letter passes judgement on. */
export enum Setting {
  ALL_SERVICES_AND_SETTINGS = 'ALL_SERVICES_AND_SETTINGS',
  EARLY_YEARS = 'EARLY_YEARS',
  NURSERIES = 'NURSERIES',
  CHILDCARE = 'CHILDCARE',
  CHILDMINDERS = 'CHILDMINDERS',
  PRIMARY_SCHOOLS = 'PRIMARY_SCHOOLS',
  SECONDARY_SCHOOLS = 'SECONDARY_SCHOOLS',
  SCHOOL_SIXTH_FORMS = 'SCHOOL_SIXTH_FORMS',
  SPECIAL_SCHOOLS = 'SPECIAL_SCHOOLS',
  PUPIL_REFERRAL_UNITS = 'PUPIL_REFERRAL_UNITS',
  SIXTH_FORM_COLLEGES = 'SIXTH_FORM_COLLEGES',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  CHILDRENS_HOMES = 'CHILDRENS_HOMES',
  FOSTERING_SERVICE = 'FOSTERING_SERVICE',
  ADOPTION_AGENCY = 'ADOPTION_AGENCY',
  PRIVATE_FOSTERING = 'PRIVATE_FOSTERING',
  SAFEGUARDING = 'SAFEGUARDING',
  LOOKED_AFTER_CHILDREN = 'LOOKED_AFTER_CHILDREN',
  LEARNING_DIFFICULTIES_AND_DISABILITIES = 'LEARNING_DIFFICULTIES_AND_DISABILITIES',
  SERIOUS_CASE_REVIEWS = 'SERIOUS_CASE_REVIEWS',
}

/** The judgement a letter gives a setting. */
export enum Judgement {
  OUTSTANDING = 'OUTSTANDING',
  GOOD = 'GOOD',
  ADEQUATE = 'ADEQUATE',
  INADEQUATE = 'INADEQUATE',
  GOOD_OR_BETTER = 'GOOD_OR_BETTER',
  ADEQUATE_OR_BETTER = 'ADEQUATE_OR_BETTER',
}

/** Where a setting judgement came from. */
export enum JudgementSource {
  INSPECTION = 'INSPECTION',
  JOINT_AREA_REVIEW = 'JOINT_AREA_REVIEW',
}

/** How an English local authority was constituted in 2009. */
export enum AuthorityKind {
  COUNTY = 'COUNTY',
  UNITARY = 'UNITARY',
  METROPOLITAN_DISTRICT = 'METROPOLITAN_DISTRICT',
  LONDON_BOROUGH = 'LONDON_BOROUGH',
}

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

/**
 * What a parse says it could not read. Codes are a public contract (DESIGN.md): users filter
 * on them in the parse output, `Assessment.quality` and the CSV exports, so a code is never
 * renamed and its meaning never widened.
 */
export enum WarningCode {
  /** A sentence or table row names a setting and a judgement word, but no judgement was read from it. */
  UNREAD_STATEMENT = 'UNREAD_STATEMENT',
  /** An APA letter lacks one of its six areas (the five outcomes and service management). */
  MISSING_AREA = 'MISSING_AREA',
  /** An APA letter's area, or one of its three headline grades, has no grade that could be read. */
  MISSING_GRADE = 'MISSING_GRADE',
  /** An APA letter gave no strengths or areas for improvement at all, or a list under a heading gave no item. */
  EMPTY_LISTS = 'EMPTY_LISTS',
  /** An APA letter has a list-shaped part (a bulleted block or a strengths heading) whose items went to no area. */
  UNREAD_LIST = 'UNREAD_LIST',
  /** A 2009 rating letter gave no setting judgement. */
  NO_SETTING_STATEMENTS = 'NO_SETTING_STATEMENTS',
  /** A word was read despite a typo ("adequatly" as "adequately"): the data is complete, the reading assumed. */
  MISSPELT_WORD = 'MISSPELT_WORD',
}

/** What a stored letter's text is written in; see `letter-format.ts`. */
export enum LetterFormat {
  /** Plain text (or markdown) as the file held it. */
  TEXT = 'TEXT',
  /** HTML: an HTML file as received, or the HTML made from a PDF or Word file. */
  HTML = 'HTML',
}
