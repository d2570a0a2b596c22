// Modules a Vite plugin makes (see vite.config.ts).

declare module 'virtual:messages-per-locale' {
	/** Per language other than Dutch, its messages; empty where the modules keep every language. */
	export const loaders: Partial<
		Record<string, () => Promise<{ default: Record<string, (inputs: object) => string> }>>
	>;
}
