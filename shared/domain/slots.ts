import { activityFormText } from '../strings/activities';

export type SlotsParse = { ok: true; slots: string[] } | { ok: false; message: string };

/** At most this many broadcast times per entry (the schema's limit). */
export const MAX_SLOTS = 6;

/**
 * "Giờ phát" as typed — "6:00, 17h30, 6g" — into HH:mm times, or the first piece that is not a
 * time of day. A wrong piece refuses the whole field: storing "25:99" or "abc" would print
 * nonsense in the log and the report.
 */
export function parseSlots(text: string): SlotsParse {
  const t = activityFormText.slotErrors;
  const pieces = text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (pieces.length > MAX_SLOTS) return { ok: false, message: t.tooMany(MAX_SLOTS) };
  const slots: string[] = [];
  for (const p of pieces) {
    const m = /^(\d{1,2})\s*(?:[:hg]\s*(\d{2})?)?$/i.exec(p);
    const hh = m ? Number(m[1]) : NaN;
    const mm = m?.[2] ? Number(m[2]) : 0;
    if (!m || hh > 23 || mm > 59) return { ok: false, message: t.bad(p) };
    slots.push(`${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`);
  }
  return { ok: true, slots };
}
