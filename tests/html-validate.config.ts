import type { ConfigData } from 'html-validate';

/**
 * html-validate's recommended rules for every built page (tests/site/html-validity.test.ts).
 * Each change below is for stock Astro or Starlight markup we do not write, and says why.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	elements: ['html5'],
	rules: {
		// HTML allows any id without spaces; Starlight gives every page's <h1> the id `_top`.
		'valid-id': ['error', { relaxed: true }],
		// Astro's Shiki colours code blocks with style="" attributes (allowed by the CSP's style-src-attr).
		'no-inline-style': 'off',
		// Formatting, not validity: Astro writes `<meta/>` in the head and `<br>` elsewhere,
		// and its redirect pages write `<!doctype html>` in lower case.
		'void-style': 'off',
		'doctype-style': 'off',
		// Starlight's menu and search buttons carry no `type`; they sit in no form, so the
		// default "submit" does nothing.
		'no-implicit-button-type': 'off',
		// Starlight writes the table of contents twice, each a <nav> named "On this page", and
		// CSS shows one at a time, so a screen reader meets only one.
		'unique-landmark': 'off',
		// Our search's results are an ARIA listbox of links in the combobox pattern, which a native
		// <select> cannot be; axe checks the pattern's roles in the browser.
		'prefer-native-element': ['error', { exclude: ['listbox'] }],
		// Starlight's Tabs (the API cookbook's languages) mark each tab's <li> role="presentation",
		// as the ARIA tabs pattern does for a list of tab links.
		'presentation-role-style': 'off',
	},
};

/**
 * For Astro's redirect pages (an old address's stub that forwards to the new one): their title is
 * "Redirecting to: " and the whole new address, longer than 70 characters for deep links.
 */
export const redirectPageConfig: ConfigData = {
	...htmlValidateConfig,
	rules: { ...htmlValidateConfig.rules, 'long-title': 'off' },
};

/**
 * Nu Html Checker errors in markup we do not write, each matched by its message:
 * - Starlight's sidebar scripts carry `aria-hidden`, on purpose, against a Safari and VoiceOver bug
 *   (see its SidebarPersister.astro);
 * - Astro's redirect pages write their refresh as `0;url=…`, which browsers follow, with no space
 *   after the semicolon.
 */
export const nuCheckerExceptions = [
	/^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
	/^Bad value “0;url=[^”]*” for attribute “content” on element “meta”: Expected a space character/,
];
