import { Setting } from '../../domain/enums';

/**
 * Setting nouns: the phrases letters use for each kind of setting or service, as lower-case
 * word sequences (hyphens and slashes split words, so "and/or" is "and or"). The longest
 * phrase wins, so "private fostering arrangements" is never read as a fostering service.
 * A phrase may name more than one setting ("fostering and adoption services").
 */
export const SETTING_NOUNS: ReadonlyArray<{ settings: readonly Setting[]; phrases: readonly string[] }> = [
  {
    settings: [Setting.ALL_SERVICES_AND_SETTINGS],
    phrases: ['services and settings', 'settings and services', 'inspected services', 'regulated services', 'inspected settings'],
  },
  {
    settings: [Setting.EARLY_YEARS],
    phrases: [
      'early years settings', 'early years setting', 'early years provision', 'early years providers', 'early years',
      'care and education settings', 'early education settings', 'childcare and early education settings',
      'early years and childcare settings',
    ],
  },
  { settings: [Setting.NURSERIES], phrases: ['nurseries', 'nursery schools', 'nursery school', 'day nurseries', 'nursery provision', 'nursery'] },
  { settings: [Setting.CHILDCARE], phrases: ['childcare settings', 'childcare setting', 'childcare providers', 'childcare provision', 'childcare', 'child care settings', 'day care settings', 'day care'] },
  { settings: [Setting.CHILDMINDERS], phrases: ['childminders', 'childminder', 'child minders', 'childminding', 'childminding provision'] },
  { settings: [Setting.PRIMARY_SCHOOLS], phrases: ['primary schools', 'primary school', 'primaries', 'primary phase', 'primary sector'] },
  { settings: [Setting.SECONDARY_SCHOOLS], phrases: ['secondary schools', 'secondary school', 'secondaries', 'secondary phase', 'secondary sector'] },
  { settings: [Setting.SCHOOL_SIXTH_FORMS], phrases: ['school sixth forms', 'school sixth form', 'sixth forms', 'sixth forms in schools', 'sixth form provision'] },
  { settings: [Setting.SPECIAL_SCHOOLS], phrases: ['special schools', 'special school'] },
  { settings: [Setting.PUPIL_REFERRAL_UNITS], phrases: ['pupil referral units', 'pupil referral unit', 'prus', 'pru'] },
  { settings: [Setting.SIXTH_FORM_COLLEGES], phrases: ['sixth form colleges', 'sixth form college'] },
  {
    settings: [Setting.FURTHER_EDUCATION],
    phrases: [
      'further education colleges', 'further education college', 'further education settings', 'further education provision',
      'further education', 'general further education colleges', 'fe colleges', 'fe college',
      // A college named for its place ("Bexley College is good"): "sixth form college" is longer,
      // so it still wins, and "college of" ("the Royal College of Nursing") is no setting.
      'college',
    ],
  },
  { settings: [Setting.CHILDRENS_HOMES], phrases: ["children's homes", "children's home", 'childrens homes', 'childrens home', 'residential homes', 'homes'] },
  {
    settings: [Setting.FOSTERING_SERVICE],
    phrases: ['fostering service', 'fostering services', 'fostering agency', 'fostering agencies', 'fostering provision'],
  },
  {
    settings: [Setting.ADOPTION_AGENCY],
    phrases: ['adoption agency', 'adoption agencies', 'adoption service', 'adoption services', 'adoption provision'],
  },
  {
    settings: [Setting.FOSTERING_SERVICE, Setting.ADOPTION_AGENCY],
    phrases: ['fostering and adoption services', 'fostering and adoption agencies', 'fostering and adoption service'],
  },
  {
    settings: [Setting.ADOPTION_AGENCY, Setting.FOSTERING_SERVICE],
    phrases: ['adoption and fostering services', 'adoption and fostering agencies', 'adoption and fostering service'],
  },
  {
    settings: [Setting.PRIVATE_FOSTERING],
    phrases: ['private fostering arrangements', 'private fostering', 'private fostering services', 'private fostering service'],
  },
  { settings: [Setting.SAFEGUARDING], phrases: ['safeguarding arrangements', 'safeguarding'] },
  {
    settings: [Setting.LOOKED_AFTER_CHILDREN],
    phrases: ['looked after children', 'children looked after', 'looked after young people', 'children in care', 'looked after children and young people'],
  },
  {
    settings: [Setting.LEARNING_DIFFICULTIES_AND_DISABILITIES],
    phrases: [
      'children and young people with learning difficulties and or disabilities',
      'children and young people with learning difficulties and disabilities',
      'children and young people with learning difficulties or disabilities',
      'learning difficulties and or disabilities',
      'learning difficulties and disabilities',
      'learning difficulties or disabilities',
      'special educational needs and or disabilities',
      'ldd',
    ],
  },
  { settings: [Setting.SERIOUS_CASE_REVIEWS], phrases: ['serious case reviews', 'serious case review'] },
];

/**
 * Names that contain a setting noun but are not settings: the board that oversees
 * safeguarding is not itself judged when a letter says what it did ("three serious case
 * reviews completed by the Local Safeguarding Children Board ... two were inadequate").
 */
export const NOT_SETTING_NOUNS: readonly string[] = [
  'local safeguarding children board', 'local safeguarding children boards', 'safeguarding children board', 'safeguarding board', 'lscb',
  'college of',
];
