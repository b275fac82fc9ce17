import type { Codebook } from './schema.js';

/**
 * The rules of one kind an instrument's codebook holds (`rules.<key>`), or a TypeError naming
 * the codebook given and what was expected: a function that needs skill scoring rules, given
 * the attendees codebook, says so instead of failing on the rules' shape.
 */
export function ruleOf(codebook: Codebook, key: string, { fn, expected }: { fn: string; expected: string }): unknown {
  const given = (codebook as Partial<Codebook> | undefined)?.rules?.[key];
  if (given === undefined) {
    const has = Object.keys(codebook?.rules ?? {});
    throw new TypeError(`${fn}: codebook ${String(codebook?.id)} has no rules.${key}; expected ${expected} (this codebook's rules: ${has.length > 0 ? has.join(', ') : 'none'})`);
  }
  return given;
}
