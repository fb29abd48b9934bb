import { z } from 'zod';

/**
 * A file the app produced (PDF, .docx, .xlsx…) on its way to the officer. The renderer hands
 * it to the browser's download (Electron shows its native Save dialog for it).
 */
export const ExportedFile = z.object({
  fileName: z.string().min(1).max(200),
  mime: z.string(),
  base64: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;
