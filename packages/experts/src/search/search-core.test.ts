import { describe, expect, test } from 'vitest';
import { codebook, listOf } from '../../test/fixtures/specialists.js';
import { roster } from '../../test/fixtures/roster.js';
import { searchParsed } from './search-core.js';
import { parseSearchQuery } from './search-query.js';
import { searchSpecialists } from './search-specialists.js';
import { supportMenus } from './support-menus.js';
import { vocabularyFrom, vocabularyOf, vocabularyTermsOf } from './vocabulary.js';

const { records } = listOf(roster);

describe('searchParsed: the search without the checks, on a vocabulary rebuilt from JSON', () => {
  // What the dashboard does: the vocabulary's terms go through JSON, the page rebuilds the lookup.
  const terms = JSON.parse(JSON.stringify(vocabularyTermsOf(codebook)));
  const v = vocabularyFrom(terms);

  test('the terms are the codebook vocabulary\'s, and labels are looked up the same', () => {
    const full = vocabularyOf(codebook);
    expect(v.domains).toEqual(full.domains);
    expect(v.options).toEqual(full.options);
    expect(v.label('support_regions', full.nationwide.code)).toBe(full.nationwide.label);
    expect(v.label('domain', 'S3')).toBe(full.label('domain', 'S3'));
    expect(v.label('fee_band', 'no-such-code')).toBe('no-such-code');
  });

  test.each([
    {},
    { themes: ['cloud'], region: '27' },
    { menu: 'trouble' },
    { domains: ['S1'], minRating: 'double' },
    { industries: ['medical'], feeCeiling: '20k_30k', periods: ['12m_plus'], forms: ['incident'] },
  ])('gives what searchSpecialists gives for %j', (query) => {
    const q = parseSearchQuery(query, { codebook });
    expect(searchParsed(records, q, v, supportMenus)).toEqual(searchSpecialists(records, query, { codebook }));
  });
});
