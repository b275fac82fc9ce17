import type { Counts } from '../allocate.js';

/**
 * Calibration of the consultation sessions and the guidance visits. [published] values come from
 * the FY2024 programme report; [decision] values are plausible choices documented in data/README.md.
 */

export type ChamberCode = 'osaka' | 'nagoya' | 'saitama';

/** Chambers in the order their companies are numbered. */
export const CHAMBER_ORDER: readonly ChamberCode[] = ['osaka', 'nagoya', 'saitama'];

export interface ChamberPlan {
  /** The guidance region of the chamber's companies and the prefecture experts must cover. */
  readonly prefecture: string;
  /** [decision] companies per session (6 sessions, 105 companies: [published]). */
  readonly sessions: Counts;
  /** [decision] where the attending companies are: mostly the chamber's prefecture. */
  readonly prefectures: Counts;
  /** [decision] industries; the order at the top is [published] (see targets of industry_by_chamber). */
  readonly industries: Counts;
  /** [decision] companies that asked for an individual consultation, that had one, that then asked for guidance, and that were matched. */
  readonly funnel: { readonly wantsConsultation: number; readonly consulted: number; readonly wantsGuidance: number; readonly matched: number };
  /** [published] guided companies (status 実施) per theme: the themes-by-region table. */
  readonly themes: Counts;
  /** [decision] theme of the company that withdrew, if it is in this region. */
  readonly withdrawnTheme?: string;
  /** [published] best practices: industries after the report's table, themes after their titles. */
  readonly bestPractices: ReadonlyArray<{ readonly industry: string; readonly theme: string; readonly sameExpertAs?: number }>;
}

export const CHAMBERS: Readonly<Record<ChamberCode, ChamberPlan>> = {
  osaka: {
    prefecture: '27',
    sessions: [['osaka-1', 24], ['osaka-2', 21]],
    prefectures: [['27', 38], ['28', 3], ['26', 2], ['29', 2]],
    // 大阪: manufacturing first but a wide spread of industries.
    industries: [['manufacturing_other', 12], ['services', 7], ['wholesale', 6], ['retail', 4], ['construction', 4], ['ict', 3], ['medical_welfare', 3], ['manufacturing_auto', 2], ['transport', 2], ['finance', 1], ['other', 1]],
    funnel: { wantsConsultation: 29, consulted: 26, wantsGuidance: 18, matched: 17 },
    themes: [['rules', 10], ['assets', 1], ['cloud', 1], ['incident', 1], ['education', 4]],
    bestPractices: [
      { industry: 'medical_welfare', theme: 'education' }, // 医療、福祉: raising staff awareness
      { industry: 'other', theme: 'rules' }, // 電気業 (not among the codes): organising the measures
      { industry: 'manufacturing_other', theme: 'rules', sameExpertAs: 1 }, // 製造業: the same specialist as the previous case
      { industry: 'services', theme: 'education' }, // サービス業: training built on an incident
      { industry: 'services', theme: 'incident', sameExpertAs: 0 }, // サービス業: tabletop exercise, the first case's specialist
    ],
  },
  nagoya: {
    prefecture: '23',
    sessions: [['nagoya-1', 19], ['nagoya-2', 17]],
    prefectures: [['23', 31], ['21', 3], ['24', 2]],
    // 名古屋: manufacturing, above all automotive.
    industries: [['manufacturing_auto', 13], ['manufacturing_other', 8], ['wholesale', 4], ['construction', 3], ['services', 3], ['transport', 2], ['retail', 1], ['ict', 1], ['medical_welfare', 1]],
    funnel: { wantsConsultation: 22, consulted: 20, wantsGuidance: 15, matched: 14 },
    themes: [['rules', 2], ['assets', 2], ['cloud', 2], ['incident', 4], ['education', 3]],
    withdrawnTheme: 'assets',
    bestPractices: [
      { industry: 'wholesale', theme: 'rules' }, // 愛知県 卸売業: measures that make the most of DX
      { industry: 'manufacturing_auto', theme: 'incident' }, // 中部地方 製造業: incident response along the automotive guideline
    ],
  },
  saitama: {
    prefecture: '11',
    sessions: [['saitama-1', 13], ['saitama-2', 11]],
    prefectures: [['11', 20], ['13', 2], ['10', 1], ['08', 1]],
    // 埼玉: manufacturing and medical/welfare relatively many.
    industries: [['manufacturing_other', 7], ['medical_welfare', 6], ['services', 3], ['construction', 2], ['retail', 2], ['wholesale', 1], ['ict', 1], ['manufacturing_auto', 1], ['transport', 1]],
    funnel: { wantsConsultation: 11, consulted: 9, wantsGuidance: 5, matched: 4 },
    themes: [['rules', 3], ['assets', 1], ['cloud', 0], ['incident', 0], ['education', 0]],
    bestPractices: [],
  },
};

/** [published] 122 people from 105 companies; [decision] how they split. */
export const PEOPLE: Counts = [['1', 90], ['2', 13], ['3', 2]];
/** [decision] */
export const EMPLOYEES: Counts = [['1to20', 36], ['21to50', 27], ['51to100', 19], ['101to300', 16], ['301plus', 5], [null, 2]];
/** [published] interest + anxious ≈ 6 割 (61 %); [decision] the rest. Rarer first: dealt by weight. */
export const MOTIVATION: Counts = [['industry_guideline', 10], ['incident', 8], ['customer_request', 15], ['other', 6], [null, 2], ['anxious', 31], ['interest', 33]];
/** [published] received 25 %, wanted 53 %; [decision] the rest. */
export const SUPPORT_STATUS: Counts = [['received', 26], ['not_needed', 6], ['unknown', 15], [null, 2], ['wanted', 56]];
/** [published] top three in this order; [decision] counts. */
export const DESIRED_SUPPORT = { blank: 5, counts: [['education', 62], ['incident_response', 55], ['rules', 47], ['assets', 35], ['cloud', 28], ['industry_guideline', 18], ['product', 16], ['other', 5]] } as const;
/** [published] top three in this order; [decision] counts. */
export const SELECTION_CRITERIA = { blank: 4, counts: [['emergency', 58], ['concreteness', 50], ['expertise', 46], ['cost', 40], ['track_record', 33], ['proximity', 14], ['qualification', 11], ['other', 3]] } as const;
/** [published] top three in this order; [decision] counts. */
export const SEARCH_METHODS = { blank: 6, counts: [['public_list', 48], ['chamber_referral', 42], ['it_vendor', 30], ['acquaintance', 27], ['web_search', 22], ['other', 4]] } as const;
/** [decision] attendees' wants_consultation left blank (the rest who did not ask said 希望しない). */
export const WANTS_CONSULTATION_BLANK = 2;
/** [decision] share of attendees who wrote a comment. */
export const COMMENT_SHARE = 0.25;

/** [published] 情報収集段階 is the most common stage; [decision] counts. */
export const MATURITY: Counts = [['organised', 6], ['not_started', 10], ['partial', 17], ['gathering', 22]];
/** [published] the top three (any order); [decision] counts. */
export const TOPICS = { counts: [['template', 24], ['validation', 21], ['guideline', 19], ['getting_started', 15], ['incident', 9], ['other', 4]] } as const;

/** [published] 32 guided companies had 3 visits, 2 had 2; the withdrawn one none. */
export const TWO_VISITS = 2;
/** [published] about 9 in 10 achieved the goal (31 of 34 = 91 %); [decision] the others. */
export const GOAL_NOT_ACHIEVED = { partly: 2, no: 1 } as const;
/** [decision] most consultations a specialist takes at one session, and guidance cases per specialist. */
export const EXPERTS_PER_SESSION = 3;
export const MAX_GUIDANCE_PER_EXPERT = 3;
