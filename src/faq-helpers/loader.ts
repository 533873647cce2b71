/*
 * The only helper code on the page's first view: it loads the helpers (helpers.ts, with the records
 * they need) when the reader scrolls near one, or arrives at its question by a link, or at once
 * when the address asks for one filled in.
 */
import helpersModule from 'virtual:haresign/faq-helpers-url';
import { mountAttribute } from './mount-point.ts';

const mounts = [...document.querySelectorAll<HTMLElement>(`[${mountAttribute}]`)];
let loading: Promise<void> | undefined;
const load = () =>
	(loading ??= import(/* @vite-ignore */ helpersModule).then((helpers: typeof import('./helpers.ts')) =>
		helpers.mountHelpers(mounts.map((element) => ({ element, kind: element.getAttribute(mountAttribute) }))),
	));

// A mount point is hidden until its helper is built, and a hidden element never intersects: watch what it follows.
const watched = mounts.map((mount) => mount.previousElementSibling ?? mount.parentElement).filter((node): node is Element => node !== null);
const observer = new IntersectionObserver(
	(entries) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		void load();
	},
	// A little ahead, so the helper is built before the reader reaches it, yet far enough below the FAQ's first view on a tall screen.
	{ rootMargin: '200px 0px' },
);
// Opened by a help page's "Something wrong or missing on this page?" link: the reader came for a helper.
if (/[?&]problem-/.test(location.search)) void load();
else for (const node of watched) observer.observe(node);
