import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';

/**
 * Shiki colours code blocks as Astro's own highlighting would, but as one of our plugins: with
 * Astro's switched on, every build warns that Shiki's style="" attributes break the CSP, which
 * allows them (src/config/csp.ts), a false alarm in every maintainer's log.
 */
// The default theme's grey comments fail WCAG AA contrast in the API cookbook's examples.
const highlight = await satteriCreateHighlightFn('shiki', { theme: 'github-dark-high-contrast' });
if (!highlight) throw new Error('Shiki did not start: code blocks cannot be coloured.');

export const codeHighlightPlugin = satteriHighlightPlugin(highlight, []);
