/**
 * The help site's own public address, e.g. "https://help.example.org". It turns on the sitemap,
 * canonical links and the sitemap line of robots.txt.
 * It is not set because the address is not among the facts we were given (shared/content/facts.md):
 * set it here once it is decided.
 */
export const helpSiteUrl: string | undefined = undefined;
