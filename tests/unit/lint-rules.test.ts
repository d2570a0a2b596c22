import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	const fatal = result?.messages.find((message) => message.fatal);
	if (fatal) throw new Error(fatal.message);
	return (result?.messages ?? [])
		.filter((message) => message.ruleId === 'no-restricted-imports')
		.map((message) => message.message);
}

// The type-aware Svelte parser starts a TypeScript project: seconds, not milliseconds.
describe('client code stays light', { timeout: 60_000 }, () => {
	it('refuses zod, papaparse and the server-side schema in a component', async () => {
		const found = await restrictedImports(
			'src/lib/components/Violation.ts',
			[
				"import { z } from 'zod';",
				"import Papa from 'papaparse';",
				"import { offerSchema } from '$lib/data/schema';",
				"import { loadDataset } from '$lib/server/data';",
				'export const used = [z, Papa, offerSchema, loadDataset];'
			].join('\n')
		);
		expect(found).toHaveLength(4);
		expect(found[0]).toContain('zod');
	});

	it('refuses zod in a runes module anywhere under src', async () => {
		const found = await restrictedImports(
			// An existing file: the type-aware parser only knows files in the project.
			'src/lib/lijstje/store.svelte.ts',
			"import { z } from 'zod';\nexport const used = z;"
		);
		expect(found).toHaveLength(1);
	});

	it('refuses the spreadsheet and encoding libraries in a component', async () => {
		const found = await restrictedImports(
			'src/lib/components/Violation.ts',
			[
				"import ExcelJS from 'exceljs';",
				"import iconv from 'iconv-lite';",
				'export const used = [ExcelJS, iconv];'
			].join('\n')
		);
		expect(found).toHaveLength(2);
		expect(found[0]).toContain('exceljs');
	});

	it('lets build-time code use the schema', async () => {
		const found = await restrictedImports(
			'src/lib/server/allowed.ts',
			"import { z } from 'zod';\nexport const used = z;"
		);
		expect(found).toEqual([]);
	});
});
