import { z } from 'zod';
import { RequiredText, Text } from './common';
import { settingsText } from '../strings/settings';

/** Who this installation is: printed on every document and stamped in every bundle. */
export const CommuneSettings = z
  .object({
    communeName: RequiredText(120),
    communeCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, { message: settingsText.codeInvalid }),
    province: RequiredText(120),
    officerName: RequiredText(120),
    officerTitle: Text(120).default(''),
  })
  .strict();
export type CommuneSettings = z.infer<typeof CommuneSettings>;
export type CommuneSettingsInput = z.input<typeof CommuneSettings>;
