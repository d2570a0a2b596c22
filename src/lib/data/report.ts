/**
 * The lines data:check prints, from the problems validateDataset found. Pure, so /beheer
 * shows in the browser exactly what the command says.
 */
import { formatProblem, summarize, type Problem } from './validate';

const ORDER = { fout: 0, waarschuwing: 1, verouderd: 2 } as const;

/** Errors first, then warnings, then stale entries; within a level in the order found. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}

/** Unknowns are not mistakes but something to fill in: per field, how many there are. */
export function unknownLine(problems: readonly Problem[]): string | undefined {
	const unknown = (field: string) =>
		problems.filter((p) => p.detail?.kind === 'onbekend' && p.detail.field === field).length;
	const counts = [
		['kosten', unknown('cost')],
		['aanmelden (eerste stap)', unknown('howToStart')]
	] as const;
	if (!counts.some(([, count]) => count > 0)) return undefined;
	return `Niet bekend, om in te vullen: ${counts
		.filter(([, count]) => count > 0)
		.map(([name, count]) => `${name} bij ${count} aanbod`)
		.join(', ')}.`;
}

export function checkReportLines(
	problems: readonly Problem[],
	offers: number | undefined,
	dir: string,
	readErrors: readonly string[] = []
): string[] {
	const lines = [...readErrors, ...sortProblems(problems).map((p) => formatProblem(p, dir))];
	const unknown = unknownLine(problems);
	if (unknown) lines.push(`\n${unknown}`);
	lines.push(
		`\n${readErrors.length ? `${readErrors.length} bestanden niet te lezen, ` : ''}${summarize([...problems])}` +
			(offers !== undefined ? ` · ${offers} aanbod goedgekeurd` : '')
	);
	return lines;
}
