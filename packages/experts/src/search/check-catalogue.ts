import type { Codebook } from '@smesec/survey';
import type { SupportMenuCatalogue } from './support-menus.js';
import { vocabularyOf } from './vocabulary.js';

const checked = new WeakMap<SupportMenuCatalogue, WeakSet<Codebook>>();

/**
 * Problems of a catalogue against an experts codebook: a theme, form, domain or rating code it
 * names that the codebook does not know. Such a code would silently match nobody, so a search
 * refuses the catalogue instead.
 */
export function catalogueProblems(catalogue: SupportMenuCatalogue, codebook: Codebook): string[] {
  const v = vocabularyOf(codebook);
  const known = {
    theme: new Set(v.options.guidance_themes.map((t) => t.code)),
    form: new Set(v.options.support_forms.map((t) => t.code)),
    domain: new Set(v.domains.map((d) => d.code)),
    rating: new Set(v.ratings.slice(0, -1).map((r) => r.code)),
  };
  const problems: string[] = [];
  const expect = (kind: keyof typeof known, code: string, where: string) => {
    if (!known[kind].has(code)) problems.push(`${where}: unknown ${kind} ${code}; allowed: ${[...known[kind]].join(', ')}`);
  };
  for (const m of catalogue.menus) {
    for (const c of m.contents) {
      const where = `menu ${m.code}, content ${c.code}`;
      c.require.themes.forEach((t) => expect('theme', t, where));
      c.require.forms.forEach((f) => expect('form', f, where));
      for (const s of c.require.skills) {
        expect('domain', s.domain, where);
        expect('rating', s.min, where);
      }
    }
  }
  for (const [theme, domains] of Object.entries(catalogue.themeDomains)) {
    expect('theme', theme, 'themeDomains');
    domains.forEach((d) => expect('domain', d, `themeDomains.${theme}`));
  }
  return problems;
}

/** Throw when a catalogue names codes the codebook does not know (checked once per pair). */
export function assertCatalogue(catalogue: SupportMenuCatalogue, codebook: Codebook): void {
  if (checked.get(catalogue)?.has(codebook)) return;
  const problems = catalogueProblems(catalogue, codebook);
  if (problems.length) throw new Error(`support-menu catalogue ${catalogue.id} does not fit codebook ${codebook.id}:\n- ${problems.join('\n- ')}`);
  const set = checked.get(catalogue) ?? new WeakSet<Codebook>();
  set.add(codebook);
  checked.set(catalogue, set);
}
