import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			// Every page needs a description: search engines and link previews show it.
			extend: z.object({
				description: z.string().min(1),
				// The day the page was last checked against the facts, and, if not a year later, when it is next due.
				reviewed: z.coerce.date().optional(),
				reviewDue: z.coerce.date().optional(),
			}),
		}),
	}),
};
