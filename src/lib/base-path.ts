/** `/accounts/` under base `/en/latest/` is `/en/latest/accounts/`; a link already under the base, or not site-relative, is left alone. */
export function withBase(href: string, base: string): string {
	if (base === '/' || !href.startsWith('/') || href.startsWith('//') || href.startsWith(base)) return href;
	return `${base}${href.slice(1)}`;
}
