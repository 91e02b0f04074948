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
    /** 「自测」: three questions at the end of the chapter, answered in the browser (answers readable without JavaScript). */
    quiz: z
      .array(
        z
          .object({
            question: z.string().min(4),
            choices: z.array(z.string().min(1)).min(2).max(5),
            /** Index of the right choice. */
            answer: z.number().int().nonnegative(),
            explanation: z.string().min(4),
          })
          .refine((q) => q.answer < q.choices.length, { message: 'answer must index one of the choices' }),
      )
      .length(3)
      .optional(),
    /** For the teacher's guide (/teach/): key terms (glossary ids), discussion questions and sandbox exercises. */
    teach: z
      .object({
        terms: z.array(z.string()).min(2),
        discussion: z.array(z.string().min(4)).min(2).max(3),
        exercises: z
          .array(z.object({ task: z.string().min(4), preset: z.string().regex(/^[a-z0-9-]+$/), answer: z.string().min(4) }))
          .min(1)
          .max(2),
      })
      .optional(),
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
