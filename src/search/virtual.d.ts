declare module 'virtual:haresign/search-expansions' {
	export const expansions: readonly import('./query.ts').Expansion[];
}

declare module 'virtual:haresign/search-dialog-url' {
	const address: string;
	export default address;
}
