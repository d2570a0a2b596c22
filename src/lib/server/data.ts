/** Reads and validates the data directory at build time. Never part of the browser bundle. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	FILES,
	formatProblem,
	todayInAmsterdam,
	validateDataset,
	type Dataset,
	type ValidationResult
} from '../data';

export function dataDir(): string {
	return resolve(process.env.DATA_DIR ?? 'data');
}

function readJson(dir: string, file: string): { value?: unknown; problem?: string } {
	const path = join(dir, file);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return { problem: `FOUT ${path}: het bestand ontbreekt of kan niet gelezen worden` };
	}
	try {
		return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (error) {
		return { problem: `FOUT ${path}: geen geldige JSON (${(error as Error).message})` };
	}
}

export interface CheckReport {
	result: ValidationResult;
	/** Problems that stop reading before validation: a missing file or broken JSON. */
	readErrors: string[];
}

export function checkDataDir(
	dir: string = dataDir(),
	today: string = todayInAmsterdam()
): CheckReport {
	const files = {
		aanbod: readJson(dir, FILES.aanbod),
		gebieden: readJson(dir, FILES.gebieden),
		site: readJson(dir, FILES.site),
		// Optional: without it the site has no postcode field.
		postcodes: existsSync(join(dir, FILES.postcodes)) ? readJson(dir, FILES.postcodes) : {}
	};
	const readErrors = Object.values(files).flatMap((f) => (f.problem ? [f.problem] : []));
	const result = validateDataset(
		{
			aanbod: files.aanbod.value,
			gebieden: files.gebieden.value,
			site: files.site.value,
			postcodes: files.postcodes.value
		},
		today
	);
	return { result, readErrors };
}

let cached: Dataset | undefined;

/** The validated data set; throws a Dutch message listing every error, which stops the build. */
export function loadDataset(): Dataset {
	if (cached) return cached;
	const dir = dataDir();
	const { result, readErrors } = checkDataDir(dir);
	if (readErrors.length || !result.dataset) {
		const lines = [
			...readErrors,
			...result.problems.filter((p) => p.level === 'fout').map((p) => formatProblem(p, dir))
		];
		throw new Error(`De gegevens in ${dir} kloppen niet:\n${lines.join('\n')}`);
	}
	cached = result.dataset;
	return cached;
}
