/** The words of the last part of an address: `/tools/gp-appointments/` gives "gp appointments". */
export function wordsFromPath(pathname: string): string {
	const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
	let decoded = last;
	try {
		decoded = decodeURIComponent(last);
	} catch {
		// A malformed escape: use the address as it came.
	}
	return decoded
		.replace(/\.html?$/, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.slice(0, 100);
}
