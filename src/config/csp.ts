/**
 * The Content-Security-Policy. Astro writes it into every page's <meta> tag and hashes the scripts
 * it bundles; the build also copies it, with what a <meta> tag cannot carry, into dist/_headers.
 */

/**
 * Hashes of Starlight's `is:inline` scripts, which Astro does not hash by itself.
 * tests/site/security.test.ts recomputes them from the built pages: after a Starlight upgrade it names
 * any script whose hash changed, with the new hash to put here.
 */
export const starlightInlineScriptHashes = [
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=', // ThemeProvider: applies the saved theme before paint
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=', // ThemeSelect: StarlightThemeProvider.updatePickers()
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=', // SidebarPersister: restores open sidebar groups
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=', // SidebarPersister: restores the sidebar's scroll position
	'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=', // Tabs: restores the reader's chosen language in the API cookbook
] as const;

/** Everything but scripts and styles, which Astro fills in per page. Only the site's own origin. */
export const cspDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	// No worker runs today (the search dialog sets Pagefind's `noWorker`); should one come back, only from the site.
	"worker-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-src 'none'",
	"manifest-src 'self'",
] as const;

/** For astro.config.mjs: `security: { csp }`. */
export const csp = {
	directives: [...cspDirectives],
	scriptDirective: {
		// Pagefind compiles its WebAssembly search engine in the browser.
		resources: ["'self'", "'wasm-unsafe-eval'"],
		hashes: [...starlightInlineScriptHashes],
	},
	styleDirective: {
		// Starlight sets CSS custom properties in style="" attributes (table of contents depth, icon sizes).
		// style-src is 'self' without saying so: Astro's default, and naming it beside an attribute
		// resource makes Astro warn on every build that style-src-attr does not fall back to it.
		resources: [{ resource: "'unsafe-inline'", kind: 'attribute' as const }],
	},
};

/** Directives only an HTTP header can carry. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;
