import type { AreaHandlers } from './area-handlers';
import { addEvidence, evidenceThumbnail, linkStoredEvidence, listEvidence, openEvidence, removeEvidence, revealEvidence } from './evidence';

export const evidenceHandlers = {
  'evidence.add': addEvidence,
  'evidence.link': linkStoredEvidence,
  'evidence.list': listEvidence,
  'evidence.remove': removeEvidence,
  'evidence.thumbnail': evidenceThumbnail,
  'evidence.open': openEvidence,
  'evidence.reveal': revealEvidence,
} satisfies AreaHandlers<'evidence'>;
