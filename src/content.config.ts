/**
 * Content collections: the chapters (MDX, one per section of the article)
 * and the glossary (one YAML file per term, the file name is the term id).
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// YAML reads 2020-07-16 as a Date; keep dates as ISO strings.
const isoDate = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const chapters = defineCollection({
  // The frontmatter `slug` becomes the entry id and the URL: /chapters/<slug>/.
  loader: glob({ pattern: '**/*.mdx', base: './src/content/chapters' }),
  schema: z.object({
    title: z.string().min(2),
    slug: z.string().regex(/^[a-z0-9-]+$/),
    order: z.number().int().positive(),
    summary: z.string().min(10),
    objectives: z.array(z.string().min(4)).min(2).max(4),
    minutes: z.number().int().positive().max(30),
    sources: z
      .array(z.object({ title: z.string(), publisher: z.string(), url: z.string().url().optional(), date: isoDate.optional() }))
      .default([]),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './src/content/glossary' }),
  schema: z.object({
    term: z.string().min(1),
    english: z.string().min(1),
    definition: z.string().min(10),
    aliases: z.array(z.string()).default([]),
  }),
});

export const collections = { chapters, glossary };
