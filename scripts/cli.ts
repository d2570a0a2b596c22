/**
 * What the data scripts share: reading their options, printing help, exit codes, writing a
 * file safely, and running `main` when the file is started as a script. Each script exports
 * `main(argv, io)` returning its exit code, so tests run it without a process.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}

export const consoleIo: Io = {
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

/** 0: done; 1: nothing (or not everything) done, the message says why. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;

/** The option values as `parseArgs` types them: a string option is a string, a boolean a boolean. */
export type ArgValues<Options extends ParseArgsOptionsConfig> = ReturnType<
	typeof parseArgs<{ options: Options; allowPositionals: true }>
>['values'];

export interface Args<Options extends ParseArgsOptionsConfig, Required extends string> {
	values: ArgValues<Options> & Record<Required, string>;
	/** The arguments without a `--name`; only when `positionals` allows them. */
	positionals: string[];
}

/**
 * A script's options, or its exit code when it printed its help (0) or a usage error (1):
 * `--help`, an unknown option and a missing `required` option all end here.
 */
export function readArgs<
	const Options extends ParseArgsOptionsConfig,
	Required extends keyof Options & string = never
>(
	argv: readonly string[],
	options: Options,
	{
		help,
		required,
		positionals = false,
		io
	}: { help: string; required?: Required; positionals?: boolean; io: Io }
): Args<Options, Required> | number {
	let parsed: { values: Record<string, unknown>; positionals: string[] };
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: positionals,
			options: { ...options, help: { type: 'boolean', default: false } }
		});
	} catch (error) {
		return usageError(io, (error as Error).message, help);
	}
	const { values } = parsed;
	if (values.help) {
		io.out(help);
		return EXIT_OK;
	}
	if (required !== undefined && typeof values[required] !== 'string') {
		io.err(help);
		return EXIT_FAILED;
	}
	return {
		values: values as Args<Options, Required>['values'],
		positionals: parsed.positionals
	};
}

/** What is wrong with the command line, then the help: exit code 1. */
export function usageError(io: Io, message: string, help: string): number {
	io.err(`${message}\n\n${help}`);
	return EXIT_FAILED;
}

/**
 * Write through a temporary file, so a failed run never leaves half a data file. With
 * `backup`, the file that was there is kept under that name.
 */
export function writeFileAtomic(
	path: string,
	data: string | Uint8Array,
	{ backup }: { backup?: string } = {}
): void {
	const temporary = `${path}.tmp`;
	try {
		writeFileSync(temporary, data);
		if (backup && existsSync(path)) renameSync(path, backup);
		renameSync(temporary, path);
	} finally {
		rmSync(temporary, { force: true });
	}
}

/** Runs `main` with the process's arguments and exits with its code, when `url` is the script started. */
export async function runAsScript(
	url: string,
	main: (argv: readonly string[]) => number | Promise<number>
): Promise<void> {
	if (url === pathToFileURL(process.argv[1] ?? '').href) {
		process.exit(await main(process.argv.slice(2)));
	}
}
