import { z } from 'astro/zod';

/** content/pages/<slug>.mdx: editorial pages (about, method). */
export const pageSchema = z
  .object({
    /** page title */
    title: z.string(),
    /** one sentence for search engines and link previews */
    description: z.string(),
  })
  .strict();
