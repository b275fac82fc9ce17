/**
 * The browser entry: what the dashboard embeds to search the active list on the page. Only plain
 * records and zod here, so a bundle of it carries no table engine and no Node module.
 */
export { PublicRecord, PublicValue } from './records/public-record.js';
export { SupportMenuCatalogue, SupportMenu, SupportContent, SupportGroup, Requirement, SkillRequirement, supportMenus } from './search/support-menus.js';
export { SearchQuery, SearchQueryError, parseSearchQuery } from './search/search-query.js';
export type { SearchQueryInput, ParseSearchQueryOptions } from './search/search-query.js';
export { searchSpecialists, idOrder } from './search/search-specialists.js';
export type { SearchSpecialistsOptions, SearchHit, SearchResult } from './search/search-specialists.js';
export type { Relevance } from './search/relevance.js';
export { Consultation, parseConsultation } from './match/consultation.js';
export type { ConsultationInput, ParseConsultationOptions } from './match/consultation.js';
export { MatchingRules, matchingRules } from './match/matching-rules.js';
export { matchSpecialists } from './match/match-specialists.js';
export type { MatchSpecialistsOptions, ScorePart, Match, MatchResult } from './match/match-specialists.js';
export { searchParsed } from './search/search-core.js';
export { vocabularyFrom } from './search/vocabulary.js';
export type { Vocabulary, VocabularyTerms, Term } from './search/vocabulary.js';
