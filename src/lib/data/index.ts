export * from './taxonomy';
export * from './schema';
export { validateDataset, formatProblem, summarize, dutchMessage, FILES } from './validate';
export type { Problem, ProblemLevel, Dataset, RawDataset, ValidationResult } from './validate';
export { todayInAmsterdam, formatDate, intlLocale } from './dates';
export { effectiveForWhom, effectiveNeeds } from './offer';
export { toListing, formatAddress, type Listing } from './listing';
export { inLanguage } from './translate';
export { isStale, STALE_AFTER_MONTHS } from './stale';
