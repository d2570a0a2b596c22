/**
 * Vite plugin: the browser gets the interface text of its own language only.
 *
 * Paraglide compiles each message into one module that holds all four languages, so every
 * page carried every language's text (about 12 KB gzip on the start page, 20 KB on the
 * results page). In the browser build this plugin keeps only the base language (Dutch) in
 * each message module. Each other language becomes one module with all its messages, which
 * `$lib/i18n/foreign-messages` loads before the page starts (hooks.client.ts `init`).
 * The server build, the dev server and the unit tests keep Paraglide's modules as they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAst, type Plugin } from 'vite';

/** The browser's table of all messages in each language other than the base. */
export const LOADERS_ID = 'virtual:messages-per-locale';
const LOCALE_ID = 'virtual:messages-per-locale/';

interface Settings {
	baseLocale: string;
	locales: string[];
}

/** One compiled message module, taken apart. */
export interface SplitMessage {
	/** The exported message function's name, e.g. `results_fit`. */
	name: string;
	/** The module again, with only the base language and a lookup for the others. */
	baseModule: string;
	/** The base language's function, as source (an arrow function expression). */
	base: string;
	/** Each other language's function, as source. */
	foreign: Map<string, string>;
	usesRegistry: boolean;
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Splits one Paraglide message module (`messages/<key>.js`, message-modules output). */
export function splitMessage(
	source: string,
	settings: Settings,
	foreignMessagesModule: string
): SplitMessage {
	const program = parseAst(source) as unknown as { body: Node[] };
	const functions = new Map<string, string>();
	let name: string | undefined;
	for (const statement of program.body) {
		const declaration =
			statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node) : statement;
		if (declaration?.type !== 'VariableDeclaration') continue;
		for (const declarator of declaration.declarations as Node[]) {
			const id = (declarator.id as { name: string }).name;
			const init = declarator.init as Node;
			if (statement.type === 'ExportNamedDeclaration') name = id;
			else functions.set(id, source.slice(init.start, init.end));
		}
	}
	if (!name) throw new Error('Paraglide message module without an exported message');
	const own = (locale: string) => {
		const fn = functions.get(`${locale}_${name}`);
		if (!fn) throw new Error(`Message ${name} has no function for ${locale}`);
		return fn;
	};
	const usesRegistry = /^import \* as registry from/m.test(source);
	const { baseLocale } = settings;
	const base = own(baseLocale);
	const baseModule = [
		usesRegistry ? `import * as registry from '../registry.js';` : '',
		`import { getLocale } from '../runtime.js';`,
		`import { foreignMessage } from ${JSON.stringify(foreignMessagesModule)};`,
		`const ${baseLocale}_${name} = ${base};`,
		`export const ${name} = (inputs = {}, options = {}) => {`,
		`	const locale = options.locale ?? getLocale();`,
		`	return locale === ${JSON.stringify(baseLocale)} ? ${baseLocale}_${name}(inputs) : foreignMessage(locale, ${JSON.stringify(name)}, inputs);`,
		`};`
	].join('\n');
	const foreign = new Map(
		settings.locales.filter((l) => l !== baseLocale).map((l) => [l, own(l)] as const)
	);
	return { name, base, baseModule, foreign, usesRegistry };
}

/** The module with every message of one language: `export default { name: fn, … }`. */
export function localeModule(locale: string, messages: SplitMessage[], registry: string): string {
	const lines = messages.map((m) => `\t${m.name}: ${m.foreign.get(locale)},`);
	const header = messages.some((m) => m.usesRegistry)
		? `import * as registry from ${JSON.stringify(registry)};\n`
		: '';
	return `${header}export default {\n${lines.join('\n')}\n};\n`;
}

export function messagesPerLocale(options: { project: string; outdir: string }): Plugin {
	const settings = JSON.parse(
		readFileSync(join(options.project, 'settings.json'), 'utf8')
	) as Settings;
	const messagesDir = resolve(options.outdir, 'messages');
	const foreignMessagesModule = resolve('src/lib/i18n/foreign-messages.ts');
	const others = settings.locales.filter((l) => l !== settings.baseLocale);
	let building = false;
	const isMessage = (id: string) =>
		id.startsWith(messagesDir + '/') && id.endsWith('.js') && !id.endsWith('/_index.js');

	function allMessages(): SplitMessage[] {
		return readdirSync(messagesDir)
			.filter((file) => file.endsWith('.js') && file !== '_index.js')
			.sort()
			.map((file) =>
				splitMessage(readFileSync(join(messagesDir, file), 'utf8'), settings, foreignMessagesModule)
			);
	}

	return {
		name: 'messages-per-locale',
		// After Paraglide, which writes the message modules when the build starts.
		enforce: 'post',
		configResolved(config) {
			building = config.command === 'build';
		},
		resolveId(id) {
			if (id === LOADERS_ID || id.startsWith(LOCALE_ID)) return '\0' + id;
		},
		load(id) {
			if (id === '\0' + LOADERS_ID) {
				const split = building && this.environment.config.consumer === 'client';
				if (!split) return 'export const loaders = {};';
				const entries = others.map(
					(l) => `\t${JSON.stringify(l)}: () => import(${JSON.stringify(LOCALE_ID + l)}),`
				);
				return `export const loaders = {\n${entries.join('\n')}\n};\n`;
			}
			if (id.startsWith('\0' + LOCALE_ID)) {
				const locale = id.slice(LOCALE_ID.length + 1);
				return localeModule(locale, allMessages(), resolve(options.outdir, 'registry.js'));
			}
		},
		transform(code, id) {
			if (!building || this.environment.config.consumer !== 'client' || !isMessage(id)) return;
			return { code: splitMessage(code, settings, foreignMessagesModule).baseModule, map: null };
		}
	};
}
