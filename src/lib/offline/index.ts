/** Offline use: what the service worker precaches and matches, what pages ask it, and the offline notice. */
export {
	cacheName,
	isOldCache,
	precachePlan,
	cacheKey,
	precache,
	precacheLanguage,
	cachedLanguages,
	answerFrom,
	offlinePage,
	OFFLINE_PATH,
	type BuildFiles,
	type PrecachePlan,
	type PrecacheOptions
} from './precache';
export {
	KEEP_LANGUAGE,
	VERSION,
	keepLanguageMessage,
	versionMessage,
	parseWorkerMessage,
	announcesNewVersion,
	type WorkerMessage,
	type PageMessage
} from './messages';
export { dataDate, offlineMessage } from './notice';
