import { z } from 'zod';

/** An uploaded Word plan: its name (for messages) and bytes; ~20 MB at most. */
export const DocxUpload = z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(28_000_000) }).strict();

/** What the Word file was read as, row by row, before anything is saved. */
export const DocxPreview = z.object({
  docType: z.enum(['plan', 'decision']),
  title: z.string(),
  numberText: z.string(),
  placeDate: z.string(),
  parts: z.array(z.string()),
  recipients: z.array(z.string()),
  signer: z.string(),
  taskCount: z.number().int(),
  rows: z.array(
    z.object({
      section: z.string().nullable(),
      content: z.string(),
      lead: z.string(),
      coop: z.string(),
      time: z.string(),
      source: z.enum(['table', 'prose', 'unit']),
      problems: z.array(z.string()),
    }),
  ),
});
export type DocxPreview = z.infer<typeof DocxPreview>;
