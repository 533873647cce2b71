/*
 * For `tsc`, which cannot read .astro files: a component imported into a .ts file (the sidebar's
 * comparison with Starlight's) is an Astro component. `astro check` reads the files themselves.
 */
declare module '*.astro' {
	const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default Component;
}
