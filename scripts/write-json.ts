import { renameSync, writeFileSync } from 'node:fs';

/** Write through a temporary file, so a failed run never leaves half a data file. */
export function writeJsonFile(path: string, text: string): void {
	const temporary = `${path}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}
