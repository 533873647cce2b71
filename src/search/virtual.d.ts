declare module 'virtual:haresign/search-expansions' {
	export const expansions: readonly import('./query.ts').Expansion[];
}

declare module 'virtual:haresign/search-dialog-url' {
	const address: string;
	export default address;
}

declare module 'virtual:haresign/search-highlight-url' {
	const address: string;
	export default address;
}

declare module 'virtual:haresign/a-to-z-endpoints' {
	export const endpoints: readonly { id: string; path: string }[];
}
