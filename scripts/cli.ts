/** What the data scripts share: reading their options, printing help, writing a file safely. */
import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}

export type ArgValues = Record<string, string | boolean | undefined>;

/**
 * A script's options, or its exit code when it printed its help (0) or a usage error (1):
 * `--help`, an unknown option and a missing `required` option all end here.
 */
export function readArgs<Required extends string = never>(
	argv: readonly string[],
	options: ParseArgsOptionsConfig,
	{ help, required, io }: { help: string; required?: Required; io: Io }
): (ArgValues & Record<Required, string>) | number {
	let values: ArgValues;
	try {
		values = parseArgs({
			args: [...argv],
			options: { ...options, help: { type: 'boolean', default: false } }
		}).values;
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${help}`);
		return 1;
	}
	if (values.help || (required !== undefined && typeof values[required] !== 'string')) {
		(values.help ? io.out : io.err)(help);
		return values.help ? 0 : 1;
	}
	return values as ArgValues & Record<Required, string>;
}

/** Write through a temporary file, so a failed run never leaves half a data file. */
export function writeJsonFile(path: string, text: string): void {
	const temporary = `${path}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}
