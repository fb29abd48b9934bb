import { z } from 'zod';
import { CchcArea, Id } from '../domain/common';

/** A station play log (.xlsx or .csv) to import as broadcast activities. */
export const PlayLogInput = z
  .object({
    fileName: z.string().min(1).max(260),
    base64: z
      .string()
      .min(1)
      .max(20 * 1024 * 1024),
    taskId: Id.nullable().default(null),
    areas: z.array(CchcArea).max(6).default([]),
  })
  .strict();

/** The counts the officer sees before applying: bulletins (tin/bài), plays (lượt phát), skipped rows. */
export const PlayLogPreview = z.object({
  bulletinCount: z.number().int(),
  playCount: z.number().int(),
  skippedCount: z.number().int(),
  bulletins: z.array(
    z.object({
      date: z.string(),
      title: z.string(),
      plays: z.number().int(),
      clusters: z.array(z.string()),
      /** Already in the journal (the same log imported before): skipped when applying. */
      duplicate: z.boolean().default(false),
    }),
  ),
  /** Bulletins already in the journal; bulletinCount and playCount count only the new ones. */
  duplicateCount: z.number().int().default(0),
  skipped: z.array(z.object({ row: z.number().int(), title: z.string(), reason: z.string() })),
});
export type PlayLogPreview = z.infer<typeof PlayLogPreview>;
export const PlayLogResult = z.object({ created: z.number().int(), plays: z.number().int(), skipped: z.number().int() });
