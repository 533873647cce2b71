declare module 'virtual:haresign/faq-helper-records' {
	export const records: import('./records.ts').HelperRecords;
}

declare module 'virtual:haresign/faq-helpers-url' {
	const address: string;
	export default address;
}
