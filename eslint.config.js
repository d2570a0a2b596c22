import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Code that runs in the browser: it must stay light and never carry the server-side schema. */
export const clientFiles = [
	'src/routes/**/*.svelte',
	'src/lib/components/**',
	'src/**/*.svelte.ts',
	'src/hooks.client.ts',
	'src/hooks.ts',
	'src/service-worker.ts'
];

export const clientImportRule = [
	'error',
	{
		paths: [
			{ name: 'zod', message: 'zod is te zwaar voor de browser: controleer met gewone code.' },
			{ name: 'papaparse', message: 'papaparse hoort bij de importer, niet in de browser.' },
			{ name: 'exceljs', message: 'exceljs hoort bij de scripts voor Excel, niet in de browser.' },
			{ name: 'iconv-lite', message: 'iconv-lite hoort bij de importer, niet in de browser.' },
			{
				name: '$lib/data/schema',
				message: 'Het schema is voor de build: gebruik $lib/data in de browser.'
			},
			{
				name: '$lib/data/validate',
				message: 'De controle is voor de build: gebruik $lib/data in de browser.'
			}
		],
		patterns: [
			{
				group: ['$lib/server/*', '$lib/server', '**/server/*'],
				message: 'Servercode hoort niet in de browser.'
			}
		]
	}
];

export default ts.config(
	{
		ignores: [
			'node_modules/',
			'.svelte-kit/',
			'build/',
			'build-fixtures/',
			'test-results/',
			'src/lib/paraglide/',
			'static/',
			'data/',
			'tests/fixtures/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// Pages link with plain paths: the site has no base path, and Paraglide's reroute
			// hook maps the language prefix.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` keeps the space before an inline element that Prettier would move.
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ files: clientFiles, rules: { 'no-restricted-imports': clientImportRule } },
	{
		// A browser that blocks site data throws on the mere access: only the guard may touch them.
		files: ['src/**'],
		ignores: ['src/lib/storage/**'],
		rules: {
			'no-restricted-globals': [
				'error',
				...['localStorage', 'sessionStorage'].map((name) => ({
					name,
					message: 'Gebruik $lib/storage: geblokkeerde opslag mag geen pagina breken.'
				}))
			],
			'no-restricted-properties': [
				'error',
				...['localStorage', 'sessionStorage'].map((property) => ({
					property,
					message: 'Gebruik $lib/storage: geblokkeerde opslag mag geen pagina breken.'
				}))
			]
		}
	}
);
