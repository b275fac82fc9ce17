import type { Counts } from './allocate.js';

/**
 * The FY2024 calibration: every count the generator deals. Counts marked [published] are the
 * report's (the FY2024 programme report, `test/fixtures/published/published-figures.json`); [decision] counts are plausible values chosen
 * where the report is silent, documented in data/README.md. `null` is a missing answer.
 */

export const EXPERTS_N = 221; // [published] valid answers

/** [published] */
export const AFFILIATION: Counts = [['independent', 81], ['employed', 139], [null, 1]];
/** [published] (20歳未満 is the chart's unlabelled 0 % band) */
export const AGE_BAND: Counts = [['under20', 0], ['20s', 2], ['30s', 14], ['40s', 67], ['50s', 63], ['60s', 54], ['70plus', 21]];
/** [published] */
export const EXPERIENCE: Counts = [['lt3', 42], ['3to5', 25], ['5to10', 64], ['10plus', 89], [null, 1]];
/** [published] */
export const SUPPORT_EXPERIENCE: Counts = [['none', 68], ['yes', 152], [null, 1]];
/** [published] all 152 who have supported answered */
export const SUPPORT_COUNT: Counts = [['lt5', 71], ['5to10', 26], ['10to20', 24], ['20to50', 15], ['50plus', 16]];

/** [published] 218 valid cases, 3 left it blank */
export const QUALIFICATIONS = {
  blank: 3,
  counts: [['itc', 40], ['sme_consultant', 33], ['labor_consultant', 4], ['it_strategist', 36], ['system_auditor', 39], ['cisa', 15], ['cissp', 17], ['other', 115]],
} as const;

/** [published] every respondent answered; 該当なし is chosen alone */
export const INDUSTRIES = {
  none: 39,
  counts: [
    ['automotive', 37], ['semiconductor', 9], ['other_manufacturing', 88], ['construction', 35], ['defense', 5], ['power', 7], ['transport', 19],
    ['retail', 61], ['wholesale', 38], ['services', 90], ['finance', 30], ['medical', 29], ['education', 60], ['other', 37],
  ],
} as const;

/** [published] every respondent answered; 該当なし is chosen alone */
export const SUPPORT_FORMS = {
  none: 5,
  counts: [['visit', 190], ['online', 178], ['lecture', 167], ['incident', 56], ['product', 110], ['long_term', 131], ['other', 15]],
} as const;

/** [published] the S1–S6 table: solo / supported / not_yet of all 221 */
export const ABILITY: Readonly<Record<string, readonly [number, number, number]>> = {
  S1: [52, 137, 32],
  S2: [74, 119, 28],
  S3: [73, 129, 19],
  S4: [46, 139, 36],
  S5: [50, 82, 89],
  S6: [42, 91, 88],
};

/** [published] exclusions from the active list, counted in this precedence order */
export const EXCLUDED = { noSkillAnswers: 5, employerProhibits: 10, noConsent: 3 } as const;
/**
 * [decision] respondents excluded under an earlier reason who also meet a later one, so the data
 * exercise the precedence: one of the 5 without skill answers also has an employer that forbids
 * SME support, one of the 10 also refused listing.
 */
export const EXCLUSION_OVERLAPS = { noSkillAlsoProhibited: 1, prohibitedAlsoNoConsent: 1 } as const;

/** [published] 63 with a chamber connection, living in 25 prefectures (these four legible in the chart) */
export const CHAMBER = { yes: 63, prefectures: 25, mustInclude: ['01', '04', '09', '10'] } as const;
/** [decision] the 25 prefectures of residence with a chamber-connected specialist */
export const CHAMBER_PREFECTURES = [
  '01', '04', '08', '09', '10', '11', '12', '13', '14', '15', '20', '21', '22', '23', '24', '26', '27', '28', '29', '33', '34', '37', '40', '43', '46',
] as const;

/** [decision] residence by prefecture (JIS code → respondents); 9 prefectures have none */
export const RESIDENCE: Readonly<Record<string, number>> = {
  '13': 57, '14': 30, '27': 22, '11': 14, '12': 13, '23': 13, '28': 8, '40': 8, '26': 5, '01': 4, '22': 4, '04': 3, '08': 3, '34': 3,
  '09': 2, '10': 2, '15': 2, '20': 2, '21': 2, '24': 2, '25': 2, '29': 2, '33': 2, '43': 2,
  '02': 1, '06': 1, '07': 1, '16': 1, '17': 1, '19': 1, '30': 1, '35': 1, '37': 1, '38': 1, '42': 1, '44': 1, '46': 1, '47': 1,
};

/** [decision] specialists who can support anywhere (全国); the rest name prefectures around home */
export const NATIONWIDE = 38;
/** [decision] respondents who left support regions blank (the one who skipped most questions) */
export const SUPPORT_REGIONS_BLANK = 1;

/** [decision] themes a specialist can guide; 14 (mostly those without skills) chose none */
export const GUIDANCE_THEMES = {
  blank: 14,
  counts: [['rules', 135], ['assets', 104], ['cloud', 79], ['incident', 66], ['education', 121]],
} as const;

/** [decision] fee per 2-hour session */
export const FEE_BAND: Counts = [['lt20k', 28], ['20k_30k', 62], ['30k_40k', 55], ['40k_50k', 29], ['50k_plus', 35], [null, 12]];

/** [decision] support periods */
export const SUPPORT_PERIODS = {
  blank: 9,
  counts: [['spot', 141], ['1to3m', 118], ['3to6m', 97], ['6to12m', 74], ['12m_plus', 66]],
} as const;

/** [decision] respondents with a few skill answers left blank (besides the 5 who left all blank) */
export const PARTIAL_SKILL_BLANKS = 7;
