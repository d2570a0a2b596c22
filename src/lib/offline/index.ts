/** Offline use: what the service worker precaches and matches, what pages ask it, and the offline notice. */
export {
	cacheName,
	isOldCache,
	precachePlan,
	cacheKey,
	precache,
	precacheLanguage,
	cachedLanguages,
	type BuildFiles,
	type PrecachePlan,
	type PrecacheOptions
} from './precache';
export {
	TAKE_OVER,
	KEEP_LANGUAGE,
	takeOverMessage,
	keepLanguageMessage,
	parseWorkerMessage,
	mayTakeOver,
	type WorkerMessage
} from './messages';
export { dataDate, offlineMessage } from './notice';
