import { Judgement, Setting } from '../../src/domain/enums';
import { readSettingStatements } from '../../src/letters/settings/read-setting-statements';

type Row = [setting: Setting, judgement: Judgement, count: number | null, total: number | null, proportion: number | null];

/** Each of Ofsted's statement shapes and what it must give, in the order of the sentence. */
const SHAPES: ReadonlyArray<[sentence: string, expected: Row[]]> = [
  ["Five of the seven children's homes are good.", [[Setting.CHILDRENS_HOMES, Judgement.GOOD, 5, 7, null]]],
  ['Both pupil referral units are adequate.', [[Setting.PUPIL_REFERRAL_UNITS, Judgement.ADEQUATE, 2, 2, null]]],
  ['Two special schools are inadequate.', [[Setting.SPECIAL_SCHOOLS, Judgement.INADEQUATE, 2, null, null]]],
  ['3 primary schools are inadequate.', [[Setting.PRIMARY_SCHOOLS, Judgement.INADEQUATE, 3, null, null]]],
  [
    "Half of the children's homes are good and none is inadequate.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, null, null, 0.5],
      [Setting.CHILDRENS_HOMES, Judgement.INADEQUATE, 0, null, null],
    ],
  ],
  ['Two thirds of primary schools are good or better.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, 0.67]]],
  ['Two-thirds of primary schools are good or better.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, 0.67]]],
  ['Nearly half of secondary schools are good or better.', [[Setting.SECONDARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, null]]],
  ['75% of nurseries are good or better.', [[Setting.NURSERIES, Judgement.GOOD_OR_BETTER, null, null, 0.75]]],
  ['Most childminders are good or better.', [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, null]]],
  ["The council's fostering service is outstanding.", [[Setting.FOSTERING_SERVICE, Judgement.OUTSTANDING, null, null, null]]],
  ['The adoption agency was judged good.', [[Setting.ADOPTION_AGENCY, Judgement.GOOD, null, null, null]]],
  [
    'The joint area review in March 2007 judged provision for looked after children to be good and safeguarding adequate.',
    [
      [Setting.LOOKED_AFTER_CHILDREN, Judgement.GOOD, null, null, null],
      [Setting.SAFEGUARDING, Judgement.ADEQUATE, null, null, null],
    ],
  ],
  [
    'In the joint area review held in the spring of 2007, services for children and young people with learning difficulties and/or disabilities were judged outstanding.',
    [[Setting.LEARNING_DIFFICULTIES_AND_DISABILITIES, Judgement.OUTSTANDING, null, null, null]],
  ],
  [
    'Two of the nine pupil referral units are outstanding, four are good and three are adequate.',
    [
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.OUTSTANDING, 2, 9, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 4, 9, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.ADEQUATE, 3, 9, null],
    ],
  ],
  ['Four out of five homes are judged to be only adequate.', [[Setting.CHILDRENS_HOMES, Judgement.ADEQUATE, 4, 5, null]]],
  ['None of the three pupil referral units is inadequate.', [[Setting.PUPIL_REFERRAL_UNITS, Judgement.INADEQUATE, 0, 3, null]]],
  [
    'All of the five serious case reviews have been conducted adequately or better.',
    [[Setting.SERIOUS_CASE_REVIEWS, Judgement.ADEQUATE_OR_BETTER, 5, 5, null]],
  ],
  [
    'Most nurseries are good or better as are childcare settings.',
    [
      [Setting.NURSERIES, Judgement.GOOD_OR_BETTER, null, null, null],
      [Setting.CHILDCARE, Judgement.GOOD_OR_BETTER, null, null, null],
    ],
  ],
  ['Provision offered by childminders is satisfactory overall.', [[Setting.CHILDMINDERS, Judgement.ADEQUATE, null, null, null]]],
  [
    'Both the local authority fostering and adoption services were judged to be good in their most recent inspection.',
    [
      [Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null, null],
      [Setting.ADOPTION_AGENCY, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    'The overall effectiveness of the inspected services and settings, for which the local authority is responsible, is good or better.',
    [[Setting.ALL_SERVICES_AND_SETTINGS, Judgement.GOOD_OR_BETTER, null, null, null]],
  ],
  ["The council's pupil referral unit (PRU) is inadequate.", [[Setting.PUPIL_REFERRAL_UNITS, Judgement.INADEQUATE, null, null, null]]],
  ['Secondary schools perform well.', [[Setting.SECONDARY_SCHOOLS, Judgement.GOOD, null, null, null]]],
  ['Further education colleges are at least good.', [[Setting.FURTHER_EDUCATION, Judgement.GOOD_OR_BETTER, null, null, null]]],
  [
    "Of the 14 children's homes, 10 are good or better and one is inadequate.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD_OR_BETTER, 10, 14, null],
      [Setting.CHILDRENS_HOMES, Judgement.INADEQUATE, 1, 14, null],
    ],
  ],
  [
    'Of the two pupil referral units, one is good and one is adequate.',
    [
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 1, 2, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.ADEQUATE, 1, 2, null],
    ],
  ],
  [
    'Of the seven special schools, six are good or outstanding and the remaining one is adequate.',
    [
      [Setting.SPECIAL_SCHOOLS, Judgement.GOOD_OR_BETTER, 6, 7, null],
      [Setting.SPECIAL_SCHOOLS, Judgement.ADEQUATE, 1, 7, null],
    ],
  ],
  ["Of the three children's homes, two are good.", [[Setting.CHILDRENS_HOMES, Judgement.GOOD, 2, 3, null]]],
  ['Of 12 nurseries, 3 are outstanding.', [[Setting.NURSERIES, Judgement.OUTSTANDING, 3, 12, null]]],
  ['No special school is outstanding.', [[Setting.SPECIAL_SCHOOLS, Judgement.OUTSTANDING, 0, null, null]]],
  [
    'The joint area review in summer 2008 judged safeguarding and services for looked after children to be adequate and good respectively.',
    [
      [Setting.SAFEGUARDING, Judgement.ADEQUATE, null, null, null],
      [Setting.LOOKED_AFTER_CHILDREN, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    'Nurseries, childminders and primary schools are outstanding, good and adequate respectively.',
    [
      [Setting.NURSERIES, Judgement.OUTSTANDING, null, null, null],
      [Setting.CHILDMINDERS, Judgement.GOOD, null, null, null],
      [Setting.PRIMARY_SCHOOLS, Judgement.ADEQUATE, null, null, null],
    ],
  ],
  ['There are no inadequate nurseries.', [[Setting.NURSERIES, Judgement.INADEQUATE, 0, null, null]]],
  [
    'There are no inadequate nurseries or childminders.',
    [
      [Setting.NURSERIES, Judgement.INADEQUATE, 0, null, null],
      [Setting.CHILDMINDERS, Judgement.INADEQUATE, 0, null, null],
    ],
  ],
  ['Secondary schools are weak, with none good or better.', [[Setting.SECONDARY_SCHOOLS, Judgement.GOOD_OR_BETTER, 0, null, null]]],
  [
    'Nurseries are good, with two inadequate.',
    [
      [Setting.NURSERIES, Judgement.GOOD, null, null, null],
      [Setting.NURSERIES, Judgement.INADEQUATE, 2, null, null],
    ],
  ],
  ["The council's 3 children's homes are all good.", [[Setting.CHILDRENS_HOMES, Judgement.GOOD, 3, 3, null]]],
  ['The two pupil referral units are both good.', [[Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 2, 2, null]]],
  ['Primary schools are all good.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD, null, null, null]]],
  ['All three sixth form colleges are outstanding.', [[Setting.SIXTH_FORM_COLLEGES, Judgement.OUTSTANDING, 3, 3, null]]],
  ['One in five primary schools is outstanding.', [[Setting.PRIMARY_SCHOOLS, Judgement.OUTSTANDING, null, null, 0.2]]],
  ['1 in every 3 childminders is good or better.', [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.33]]],
  [
    'Sixth form colleges are good, but school sixth forms are inadequate.',
    [
      [Setting.SIXTH_FORM_COLLEGES, Judgement.GOOD, null, null, null],
      [Setting.SCHOOL_SIXTH_FORMS, Judgement.INADEQUATE, null, null, null],
    ],
  ],
];

/**
 * The shapes letters across 152 authorities use beyond the seed letters' own: ratios,
 * percentages, exceptions, remainders, judgements put first, bracketed and semicolon lists,
 * counts in the hundreds. One case (or more) per shape.
 */
const GENERAL_SHAPES: ReadonlyArray<[shape: string, sentence: string, expected: Row[]]> = [
  ['a ratio in words', 'Two in three secondary schools are good or better.', [[Setting.SECONDARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, 0.67]]],
  ['a ratio in figures', 'Nine in ten primary schools are good or better.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, 0.9]]],
  ['"out of every"', 'Three out of every four childminders are good or better.', [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.75]]],
  ['"out of" without "every" stays a count', 'Four out of five homes are good.', [[Setting.CHILDRENS_HOMES, Judgement.GOOD, 4, 5, null]]],
  ['a percentage', '75% of primary schools are good or better.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, null, null, 0.75]]],
  ['"per cent"', '82 per cent of childminders are good or outstanding.', [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.82]]],
  ['"all but"', 'All but one of the 52 primary schools are good or better.', [[Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, 51, 52, null]]],
  [
    '"all but" after a partitive frame',
    "Of the 14 children's homes, all but two are good or better.",
    [[Setting.CHILDRENS_HOMES, Judgement.GOOD_OR_BETTER, 12, 14, null]],
  ],
  ['"all but" with no figure', 'All but a few nurseries are good.', [[Setting.NURSERIES, Judgement.GOOD, null, null, null]]],
  [
    '"with the exception of" before the subject',
    'With the exception of one, all 69 primary schools are at least satisfactory.',
    [[Setting.PRIMARY_SCHOOLS, Judgement.ADEQUATE_OR_BETTER, 68, 69, null]],
  ],
  [
    '"with the exception of" inside the subject',
    'All seven special schools, with the exception of one, are good or better.',
    [[Setting.SPECIAL_SCHOOLS, Judgement.GOOD_OR_BETTER, 6, 7, null]],
  ],
  [
    'the settings excepted are not judged',
    'All special schools, apart from the pupil referral unit, are good.',
    [[Setting.SPECIAL_SCHOOLS, Judgement.GOOD, null, null, null]],
  ],
  [
    '"the remainder"',
    "Of the seven children's homes, five are good and the remainder are adequate.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, 5, 7, null],
      [Setting.CHILDRENS_HOMES, Judgement.ADEQUATE, 2, 7, null],
    ],
  ],
  [
    '"the rest" after several counts',
    'Of the nine pupil referral units, two are outstanding, four are good and the rest are adequate.',
    [
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.OUTSTANDING, 2, 9, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 4, 9, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.ADEQUATE, 3, 9, null],
    ],
  ],
  [
    '"the remaining" with a noun of its own, after a semicolon',
    'All but one of the 52 primary schools are good or better; the remaining school is satisfactory.',
    [
      [Setting.PRIMARY_SCHOOLS, Judgement.GOOD_OR_BETTER, 51, 52, null],
      [Setting.PRIMARY_SCHOOLS, Judgement.ADEQUATE, 1, 52, null],
    ],
  ],
  ['"the remainder" with no total', 'Most nurseries are good and the remainder are adequate.', [
    [Setting.NURSERIES, Judgement.GOOD, null, null, null],
    [Setting.NURSERIES, Judgement.ADEQUATE, null, null, null],
  ]],
  [
    '"the other"',
    'Of the two pupil referral units, one is good and the other is adequate.',
    [
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 1, 2, null],
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.ADEQUATE, 1, 2, null],
    ],
  ],
  [
    'the judgement first, then its verb',
    'Outstanding were two of the nine pupil referral units.',
    [[Setting.PUPIL_REFERRAL_UNITS, Judgement.OUTSTANDING, 2, 9, null]],
  ],
  [
    'the judgement first, after "rated", with words before the verb',
    'Rated outstanding in their most recent inspections were four of the 15 secondary schools.',
    [[Setting.SECONDARY_SCHOOLS, Judgement.OUTSTANDING, 4, 15, null]],
  ],
  [
    'the judgement first, then a colon',
    "Judged good: all 12 children's homes and the fostering service.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, 12, 12, null],
      [Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    'the judgement first, with a counted noun in the hundreds',
    'Judged good or better were 142 of the 180 childminders inspected.',
    [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, 142, 180, null]],
  ],
  [
    'a judgement put first does not reach a clause with its own verb',
    'Outstanding were the fostering service and the adoption agency, and two special schools are good.',
    [
      [Setting.FOSTERING_SERVICE, Judgement.OUTSTANDING, null, null, null],
      [Setting.ADOPTION_AGENCY, Judgement.OUTSTANDING, null, null, null],
      [Setting.SPECIAL_SCHOOLS, Judgement.GOOD, 2, null, null],
    ],
  ],
  [
    'a bracketed list',
    "The council's own services are strong (fostering service: outstanding; adoption agency: good; private fostering: adequate).",
    [
      [Setting.FOSTERING_SERVICE, Judgement.OUTSTANDING, null, null, null],
      [Setting.ADOPTION_AGENCY, Judgement.GOOD, null, null, null],
      [Setting.PRIVATE_FOSTERING, Judgement.ADEQUATE, null, null, null],
    ],
  ],
  [
    'a bracketed list without colons',
    'Provision for vulnerable children is good (the fostering service good, the adoption agency outstanding).',
    [
      [Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null, null],
      [Setting.ADOPTION_AGENCY, Judgement.OUTSTANDING, null, null, null],
    ],
  ],
  [
    'a semicolon list',
    'Inspection outcomes are mixed: the fostering service is good; the adoption agency is adequate; private fostering arrangements are inadequate.',
    [
      [Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null, null],
      [Setting.ADOPTION_AGENCY, Judgement.ADEQUATE, null, null, null],
      [Setting.PRIVATE_FOSTERING, Judgement.INADEQUATE, null, null, null],
    ],
  ],
  [
    'a semicolon list of counts',
    "Of the nine children's homes, two are outstanding; four are good; three are adequate.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.OUTSTANDING, 2, 9, null],
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, 4, 9, null],
      [Setting.CHILDRENS_HOMES, Judgement.ADEQUATE, 3, 9, null],
    ],
  ],
  [
    'counts in the hundreds',
    'Of the 410 registered childminders, 312 are good or better and none is inadequate.',
    [
      [Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, 312, 410, null],
      [Setting.CHILDMINDERS, Judgement.INADEQUATE, 0, 410, null],
    ],
  ],
  [
    'counts with a thousands separator',
    'Of the 1,250 childminders, 1,010 are good or better.',
    [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, 1010, 1250, null]],
  ],
  [
    'counts in the hundreds written as words',
    'One hundred and forty two of the two hundred childminders are good or better.',
    [[Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, 142, 200, null]],
  ],
  [
    'a setting after "with" describes its subject',
    'Both secondary schools with sixth forms are outstanding.',
    [[Setting.SECONDARY_SCHOOLS, Judgement.OUTSTANDING, 2, 2, null]],
  ],
  [
    'a judgement in brackets after each setting of a colon list',
    'Its own services were judged as follows: adoption agency (good); fostering service (outstanding).',
    [
      [Setting.ADOPTION_AGENCY, Judgement.GOOD, null, null, null],
      [Setting.FOSTERING_SERVICE, Judgement.OUTSTANDING, null, null, null],
    ],
  ],
  [
    'a breakdown in brackets after a count',
    'Inspections of 12 childminders (three good, nine satisfactory) took place.',
    [
      [Setting.CHILDMINDERS, Judgement.GOOD, 3, 12, null],
      [Setting.CHILDMINDERS, Judgement.ADEQUATE, 9, 12, null],
    ],
  ],
  [
    'an apposition in brackets that names the setting',
    'All four resource bases (the special schools) are good.',
    [[Setting.SPECIAL_SCHOOLS, Judgement.GOOD, 4, 4, null]],
  ],
  [
    'a gapped list of counts',
    'Of its ten nurseries, two are outstanding, five good and three adequate.',
    [
      [Setting.NURSERIES, Judgement.OUTSTANDING, 2, 10, null],
      [Setting.NURSERIES, Judgement.GOOD, 5, 10, null],
      [Setting.NURSERIES, Judgement.ADEQUATE, 3, 10, null],
    ],
  ],
  [
    'a count in one clause and its total in the one before',
    'Inspectors visited four pupil referral units run by the council across the whole of the county last year, and one was inadequate.',
    [[Setting.PUPIL_REFERRAL_UNITS, Judgement.INADEQUATE, 1, 4, null]],
  ],
  ['the only one of its kind', 'The council has one adoption agency; its only adoption agency is outstanding.', [[Setting.ADOPTION_AGENCY, Judgement.OUTSTANDING, 1, 1, null]]],
  ['"the single"', 'The single special school is good.', [[Setting.SPECIAL_SCHOOLS, Judgement.GOOD, 1, 1, null]]],
  ['"each of the"', 'Each of the two sixth form colleges is outstanding.', [[Setting.SIXTH_FORM_COLLEGES, Judgement.OUTSTANDING, 2, 2, null]]],
  [
    'an apposition set off by commas',
    'The fostering service, a large in-house service, is good.',
    [[Setting.FOSTERING_SERVICE, Judgement.GOOD, null, null, null]],
  ],
  [
    'settings framed by a clause that judges them otherwise',
    'Pupil referral units remain a concern: two of the five are inadequate.',
    [[Setting.PUPIL_REFERRAL_UNITS, Judgement.INADEQUATE, 2, 5, null]],
  ],
  [
    'a judgement carried by "resulted in a judgement of"',
    'Of the 30 nursery inspections, 21 resulted in a judgement of good or better.',
    [[Setting.NURSERIES, Judgement.GOOD_OR_BETTER, 21, 30, null]],
  ],
  [
    'a relative clause without commas inside the subject',
    'The special schools that the council maintains are good.',
    [[Setting.SPECIAL_SCHOOLS, Judgement.GOOD, null, null, null]],
  ],
  [
    'an opening phrase that names a setting is not the subject',
    'In further education, most sixth form colleges are good.',
    [[Setting.SIXTH_FORM_COLLEGES, Judgement.GOOD, null, null, null]],
  ],
  [
    '"as are" with a count of its own',
    'All nine special schools are good, as are 30 of the 41 primary schools.',
    [
      [Setting.SPECIAL_SCHOOLS, Judgement.GOOD, 9, 9, null],
      [Setting.PRIMARY_SCHOOLS, Judgement.GOOD, 30, 41, null],
    ],
  ],
  [
    '"and so are"',
    'Most nurseries are good or better, and so are half of childminders.',
    [
      [Setting.NURSERIES, Judgement.GOOD_OR_BETTER, null, null, null],
      [Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.5],
    ],
  ],
  [
    '"and so" without its verb repeats nothing',
    "Nurseries are good, and so the council's fostering service is outstanding.",
    [
      [Setting.NURSERIES, Judgement.GOOD, null, null, null],
      [Setting.FOSTERING_SERVICE, Judgement.OUTSTANDING, null, null, null],
    ],
  ],
  [
    'the safeguarding board is not a setting',
    'Two serious case reviews completed by the Local Safeguarding Children Board were adequate.',
    [[Setting.SERIOUS_CASE_REVIEWS, Judgement.ADEQUATE, 2, null, null]],
  ],
  [
    "an opening phrase that names a setting is where the clause is, not its subject",
    "In the early years, most childcare settings are good.",
    [
      [Setting.CHILDCARE, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    "an opening phrase counted by a clause that names only \"schools\"",
    "In the secondary phase, eleven of the 15 schools are good and two are outstanding.",
    [
      [Setting.SECONDARY_SCHOOLS, Judgement.GOOD, 11, 15, null],
      [Setting.SECONDARY_SCHOOLS, Judgement.OUTSTANDING, 2, 15, null],
    ],
  ],
  [
    "a share in brackets after a judgement",
    "The proportion of childminders judged good or better (two in three) is below that of similar areas.",
    [
      [Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.67],
    ],
  ],
  [
    "a percentage in brackets after a judgement",
    "Childminders are good (67%).",
    [
      [Setting.CHILDMINDERS, Judgement.GOOD, null, null, 0.67],
    ],
  ],
  [
    "a number after a determiner, judged straight after its verb, is all of them",
    "The two pupil referral units are good.",
    [
      [Setting.PUPIL_REFERRAL_UNITS, Judgement.GOOD, 2, 2, null],
    ],
  ],
  [
    "a number after a determiner with \"mostly\" is not all of them",
    "The council's 18 children's homes are mostly good.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, null, 18, null],
    ],
  ],
  [
    "the same settings named again are one subject",
    "Special schools \u2013 the borough's two special schools are both good.",
    [
      [Setting.SPECIAL_SCHOOLS, Judgement.GOOD, 2, 2, null],
    ],
  ],
  [
    "\"none\" counts the settings of a clause that judged them otherwise",
    "Primary schools compare well with those in similar areas and none is inadequate.",
    [
      [Setting.PRIMARY_SCHOOLS, Judgement.INADEQUATE, 0, null, null],
    ],
  ],
  [
    "\"N of them\" counts the settings just judged",
    "All four special schools are good or better, one of them outstanding.",
    [
      [Setting.SPECIAL_SCHOOLS, Judgement.GOOD_OR_BETTER, 4, 4, null],
      [Setting.SPECIAL_SCHOOLS, Judgement.OUTSTANDING, 1, 4, null],
    ],
  ],
  [
    "a relative clause with a verb of its own before the main verb",
    "The general further education college which serves most of the borough's young people aged 16 to 19 is good.",
    [
      [Setting.FURTHER_EDUCATION, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    "a relative clause whose subject comes before its verb",
    "The children's homes that the council runs directly are good.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    "an apposition that names a setting says what the subject is",
    "New College, the town's sixth form college, is good.",
    [
      [Setting.SIXTH_FORM_COLLEGES, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    "a college named for its place",
    "Blackpool Sixth Form College is outstanding and Blackpool and The Fylde College is good.",
    [
      [Setting.SIXTH_FORM_COLLEGES, Judgement.OUTSTANDING, null, null, null],
      [Setting.FURTHER_EDUCATION, Judgement.GOOD, null, null, null],
    ],
  ],
  [
    "\"the other\" in a list of counts without verbs",
    "Ofsted evaluated two serious case reviews in the period; one was judged good and the other adequate.",
    [
      [Setting.SERIOUS_CASE_REVIEWS, Judgement.GOOD, 1, 2, null],
      [Setting.SERIOUS_CASE_REVIEWS, Judgement.ADEQUATE, 1, 2, null],
    ],
  ],
  [
    "a \"with\" clause counts the subject it hangs on",
    "Three quarters of nurseries are good or outstanding, but childminders are weaker, with only 55% judged good or better.",
    [
      [Setting.NURSERIES, Judgement.GOOD_OR_BETTER, null, null, 0.75],
      [Setting.CHILDMINDERS, Judgement.GOOD_OR_BETTER, null, null, 0.55],
    ],
  ],
  [
    "a subject whose verb is no link frames the clause after a colon",
    "The borough's childminders lag behind: half are only satisfactory.",
    [
      [Setting.CHILDMINDERS, Judgement.ADEQUATE, null, null, 0.5],
    ],
  ],
  [
    "a share in brackets covers only the settings its judgement judged",
    "Nurseries are good and childminders are good (two in three).",
    [
      [Setting.NURSERIES, Judgement.GOOD, null, null, null],
      [Setting.CHILDMINDERS, Judgement.GOOD, null, null, 0.67],
    ],
  ],
  [
    "a number after a determiner is not all of them when the sentence counts later",
    "The 18 children's homes inspected in 2008 were good in 12 cases.",
    [
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, null, 18, null],
    ],
  ],
  [
    "a list after the first setting is no apposition",
    "Childminders, the nurseries, and the children's homes are good.",
    [
      [Setting.CHILDMINDERS, Judgement.GOOD, null, null, null],
      [Setting.NURSERIES, Judgement.GOOD, null, null, null],
      [Setting.CHILDRENS_HOMES, Judgement.GOOD, null, null, null],
    ],
  ],
];

/** Sentences that mention settings and grade words but state no judgement of a setting. */
const NOT_STATEMENTS: readonly string[] = [
  'The area has fewer than average good or better primary schools by national and similar area standards.',
  'The large majority of inspected services and settings is judged to make a good or better contribution to keeping children safe.',
  'The quality of provision in sixth form colleges is better than in similar areas.',
  "Children's home provision is a comparative weakness.",
  'Children receive a good start in life.',
  'The fostering service is not as good as it was.',
  "Children's services in Kent County Council perform well.",
  'In the joint area review held in 2008, nothing was said.',
  'The number of good childminders has increased.',
  'Of the services inspected, most are good.',
  'There is no good evidence that nurseries are improving.',
  'The proportion of good or better primary schools (70%) is below that of similar areas.',
  'Good progress has been made in nurseries.',
  'On the other hand, the number of childminders has fallen.',
  'Good practice was seen in the remaining nurseries.',
  'Links with GP surgeries are good.',
  'Secondly schools are good.',
  'Childminders who attend the training report that the courses are good.',
  'Nurseries which use the service say the staff are good.',
  'Work with the Royal College of Nursing is good.',
];

describe('setting statement grammar', () => {
  it.each(SHAPES)('reads "%s"', (sentence, expected) => {
    const read = readSettingStatements(sentence).map((statement): Row => [
      statement.setting,
      statement.judgement,
      statement.count,
      statement.total,
      statement.proportion,
    ]);
    expect(read).toEqual(expected);
  });

  it.each(GENERAL_SHAPES)('reads %s: "%s"', (_shape, sentence, expected) => {
    const read = readSettingStatements(sentence).map((statement): Row => [
      statement.setting,
      statement.judgement,
      statement.count,
      statement.total,
      statement.proportion,
    ]);
    expect(read).toEqual(expected);
  });

  it.each(NOT_STATEMENTS)('finds no statement in "%s"', (sentence) => {
    expect(readSettingStatements(sentence)).toEqual([]);
  });
});
