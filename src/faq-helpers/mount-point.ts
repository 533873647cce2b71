/** The helpers a page can place, by the leaf directive that places each one. */
export const faqHelperNames = {
	'citation-helper': 'citation',
	'problem-report-helper': 'problem-report',
} as const;

export type FaqHelperKind = (typeof faqHelperNames)[keyof typeof faqHelperNames];

/** Marks where a helper is built once its code has loaded, and which helper: `data-faq-helper="citation"`. */
export const mountAttribute = 'data-faq-helper';
