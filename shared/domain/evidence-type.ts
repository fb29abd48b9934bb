import type { EvidenceItem } from './activity';

export interface DetectedType {
  type: EvidenceItem['type'];
  mime: string;
  ext: string;
}

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, text: string, at = 0) =>
  starts(
    b,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );

/**
 * Used by the service (authoritative) and by the form (to refuse before saving anything).
 * The type a file really is, from its first bytes (never from its name): images, PDF, Word,
 * audio. Anything else — an .exe renamed .jpg, a script, an archive — is null.
 */
export function detectEvidenceType(b: Uint8Array): DetectedType | null {
  if (b.length < 12) return null;
  if (starts(b, [0xff, 0xd8, 0xff])) return { type: 'image', mime: 'image/jpeg', ext: 'jpg' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { type: 'image', mime: 'image/png', ext: 'png' };
  if (ascii(b, 'GIF87a') || ascii(b, 'GIF89a')) return { type: 'image', mime: 'image/gif', ext: 'gif' };
  if (ascii(b, 'RIFF') && ascii(b, 'WEBP', 8)) return { type: 'image', mime: 'image/webp', ext: 'webp' };
  if (ascii(b, 'RIFF') && ascii(b, 'WAVE', 8)) return { type: 'audio', mime: 'audio/wav', ext: 'wav' };
  if (ascii(b, '%PDF-')) return { type: 'pdf', mime: 'application/pdf', ext: 'pdf' };
  if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { type: 'word', mime: 'application/msword', ext: 'doc' };
  if (starts(b, [0x50, 0x4b, 0x03, 0x04]) && isWordZip(b)) {
    return { type: 'word', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
  }
  if (ascii(b, 'ID3') || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0 && (b[1]! & 0x06) !== 0))
    return { type: 'audio', mime: 'audio/mpeg', ext: 'mp3' };
  if (ascii(b, 'ftyp', 4) && (ascii(b, 'M4A', 8) || ascii(b, 'mp42', 8) || ascii(b, 'isom', 8)))
    return { type: 'audio', mime: 'audio/mp4', ext: 'm4a' };
  if (ascii(b, 'OggS')) return { type: 'audio', mime: 'audio/ogg', ext: 'ogg' };
  if (ascii(b, '#!AMR')) return { type: 'audio', mime: 'audio/amr', ext: 'amr' };
  return null;
}

/** A .docx is a zip whose entries include word/…; entry names are stored uncompressed. */
function isWordZip(b: Uint8Array): boolean {
  const needle = [0x77, 0x6f, 0x72, 0x64, 0x2f]; // "word/"
  for (let i = 0; i + needle.length <= b.length; i++) {
    if (b[i] === 0x77 && needle.every((v, j) => b[i + j] === v)) return true;
  }
  return false;
}

export const isJpeg = (b: Uint8Array) => b.length > 3 && starts(b, [0xff, 0xd8, 0xff]);

/**
 * Why a chosen file cannot be evidence, in the order the officer should hear it (empty before
 * "not a real image"), or null when it can. The form asks this before saving anything; the
 * service asks the same question of the bytes it receives.
 */
export function evidenceFileProblem(size: number, head: Uint8Array, maxBytes: number): 'empty' | 'tooLarge' | 'badType' | null {
  if (size === 0) return 'empty';
  if (size > maxBytes) return 'tooLarge';
  return detectEvidenceType(head) ? null : 'badType';
}
