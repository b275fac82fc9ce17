/**
 * The built-in report template: every section and figure of the dashboard, with text that only
 * states what it computes from the data. A data folder's `report.md` replaces it (the format is
 * described in the package README).
 */
export const DEFAULT_TEMPLATE = `# 中小企業と登録セキスペのマッチング実証 {{year}} 報告

## 概要 {#overview}

\`\`\`figure key-numbers
\`\`\`

\`\`\`figure funnel
\`\`\`

## 回答者属性（セキュリティ専門家スキル調査） {#experts-profile}

{{lead:experts-profile}}

\`\`\`figure experts-affiliation
\`\`\`

\`\`\`figure experts-age-band
\`\`\`

\`\`\`figure experts-experience-years
\`\`\`

\`\`\`figure experts-support-experience
\`\`\`

\`\`\`figure experts-support-count
\`\`\`

## 登録セキスペの保有スキル {#experts-skills}

{{lead:experts-skills}}

\`\`\`figure experts-ability
\`\`\`

\`\`\`figure experts-rating
\`\`\`

\`\`\`figure experts-solo-by-experience
\`\`\`

## 保有資格・得意業種・支援形態 {#experts-fields}

保有資格で最も多いのは{{top:experts-qualifications}}、指導可能なテーマで最も多いのは{{top:experts-guidance-themes}}です。

\`\`\`figure experts-qualifications
\`\`\`

\`\`\`figure experts-industries
\`\`\`

\`\`\`figure experts-support-forms
\`\`\`

\`\`\`figure experts-guidance-themes
\`\`\`

\`\`\`figure experts-fee-band
\`\`\`

\`\`\`figure experts-support-periods
\`\`\`

## 地域別の状況（商工会議所・商工会とのつながり、支援可能地域） {#coverage}

商工会議所・商工会とつながりのある登録セキスペがいるのは {{experts.chamber_coverage.prefectures_covered}} 都道府県、支援可能な登録セキスペがいるのは {{experts.support_coverage.prefectures_covered}} 都道府県です。

\`\`\`figure experts-chamber-coverage
\`\`\`

\`\`\`figure experts-support-coverage
\`\`\`

## アクティブリスト（試作） {#active-list}

{{lead:active-list}}

\`\`\`figure experts-active-list
\`\`\`

## アクティブリストの検索 {#active-list-browser}

\`\`\`figure active-list-browser
\`\`\`

## サイバーセキュリティ相談会（参加企業アンケート） {#attendees}

{{lead:attendees}}

\`\`\`figure attendees-industry-by-chamber
\`\`\`

\`\`\`figure attendees-motivation
\`\`\`

\`\`\`figure attendees-desired-support
\`\`\`

\`\`\`figure attendees-expert-support-status
\`\`\`

\`\`\`figure attendees-selection-criteria
\`\`\`

\`\`\`figure attendees-search-methods
\`\`\`

\`\`\`figure attendees-employees
\`\`\`

## 個別相談 {#consultations}

{{lead:consultations}}

\`\`\`figure consultations-topics
\`\`\`

\`\`\`figure consultations-maturity
\`\`\`

\`\`\`figure consultations-industry-guideline
\`\`\`

## マネジメント指導 {#guidance}

{{lead:guidance}}

\`\`\`figure guidance-theme-by-region
\`\`\`

\`\`\`figure guidance-visits
\`\`\`

\`\`\`figure guidance-goal-achieved
\`\`\`

\`\`\`figure guidance-best-practice-by-region
\`\`\`

## 前年度からの主な変化 {#changes}

\`\`\`figure changes
\`\`\`

## 地域SECURITY・普及啓発活動 {#activity}

\`\`\`figure activity
\`\`\`
`;
