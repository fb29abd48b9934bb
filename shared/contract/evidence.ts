import { z } from 'zod';
import { channel, Done } from './channel';
import { ExportedFile } from './files';
import { EvidenceItem, EvidenceKey, EvidenceLink, EvidenceLinkInput, EvidenceUpload } from '../domain/activity';
import { Id } from '../domain/common';

export const evidenceChannels = {
  'evidence.add': channel(EvidenceUpload, EvidenceItem),
  'evidence.link': channel(EvidenceLinkInput, EvidenceItem),
  'evidence.list': channel(z.object({ activityId: Id }).strict(), z.array(EvidenceItem)),
  'evidence.remove': channel(EvidenceLink, Done),
  'evidence.thumbnail': channel(EvidenceKey, z.object({ base64: z.string().nullable() })),
  'evidence.open': channel(EvidenceKey, z.object({ opened: z.boolean(), file: ExportedFile.nullable() })),
  'evidence.reveal': channel(EvidenceKey, z.object({ revealed: z.boolean(), path: z.string() })),
};
