/**
 * Which saved task a row of a new phụ lục is (docs/activities.md, "Nhập lại phụ lục"). Activities
 * and the "Hoàn thành" mark hang on a task's id, so a re-imported sheet must reuse the ids of the
 * tasks it still holds. The rule, in order:
 * 1. sections: same title (normalized), else the same place (I, II, …);
 * 2. tasks by content: the first not yet matched saved task whose content (normalized) is the
 *    row's, in the row's section first, then anywhere in the plan (a task moved between sections);
 * 3. tasks by position: a row still unmatched takes the saved task with the same TT in the
 *    same section (1, 2, … counted inside the section), if that task is not matched yet — a row
 *    whose wording was edited in place;
 * 4. every other row is a new task; every saved task left over is removed.
 * Normalization: Unicode NFC, lower case, runs of spaces and line breaks as one space, no
 * leading list marks ("-", "+", "•") and no trailing ". ; : ,".
 */

export function normalizeTaskText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[-+•*–]\s*/u, '')
    .replace(/[.;:,\s]+$/u, '');
}

export interface SavedAnnex {
  sections: readonly { id: string; title: string }[];
  tasks: readonly { id: string; sectionId: string | null; content: string }[];
}

export interface IncomingAnnex {
  sections: readonly { title: string; tasks: readonly { content?: string }[] }[];
  loose: readonly { content?: string }[];
}

export interface AnnexMatch {
  /** Per incoming section (same order): the saved section's id, or null for a new section. */
  sectionIds: (string | null)[];
  /** Per incoming loose task: the saved task's id or null. */
  loose: (string | null)[];
  /** Per incoming section, per task: the saved task's id or null. */
  sectionTasks: (string | null)[][];
  /** Saved tasks no row matched, in their phụ lục order. */
  removed: string[];
}

export function matchAnnex(saved: SavedAnnex, incoming: IncomingAnnex): AnnexMatch {
  // 1. Sections.
  const sectionIds: (string | null)[] = incoming.sections.map(() => null);
  const usedSections = new Set<string>();
  incoming.sections.forEach((s, i) => {
    const key = normalizeTaskText(s.title);
    const hit = saved.sections.find((o) => !usedSections.has(o.id) && normalizeTaskText(o.title) === key);
    if (hit) {
      sectionIds[i] = hit.id;
      usedSections.add(hit.id);
    }
  });
  incoming.sections.forEach((_, i) => {
    const same = saved.sections[i];
    if (sectionIds[i] === null && same && !usedSections.has(same.id)) {
      sectionIds[i] = same.id;
      usedSections.add(same.id);
    }
  });

  // Incoming rows flattened, each with the saved group it belongs to (loose = null) and its TT.
  type Row = { group: string | null | undefined; tt: number; key: string; out: (string | null)[]; at: number };
  const rows: Row[] = [];
  const loose: (string | null)[] = incoming.loose.map(() => null);
  incoming.loose.forEach((t, i) => rows.push({ group: null, tt: i + 1, key: normalizeTaskText(t.content ?? ''), out: loose, at: i }));
  const sectionTasks = incoming.sections.map((s) => s.tasks.map((): string | null => null));
  incoming.sections.forEach((s, si) =>
    s.tasks.forEach((t, i) =>
      rows.push({
        // A new section has no saved group: undefined never equals a saved task's sectionId.
        group: sectionIds[si] ?? undefined,
        tt: i + 1,
        key: normalizeTaskText(t.content ?? ''),
        out: sectionTasks[si]!,
        at: i,
      }),
    ),
  );

  const used = new Set<string>();
  const take = (r: Row, id: string) => {
    r.out[r.at] = id;
    used.add(id);
  };
  // 2. Content: same section first, then anywhere.
  for (const sameGroup of [true, false])
    for (const r of rows) {
      if (r.out[r.at] !== null || r.key === '') continue;
      const hit = saved.tasks.find(
        (o) => !used.has(o.id) && (!sameGroup || o.sectionId === r.group) && normalizeTaskText(o.content) === r.key,
      );
      if (hit) take(r, hit.id);
    }
  // 3. Position inside the same section.
  const groupTasks = (g: string | null) => saved.tasks.filter((o) => o.sectionId === g);
  for (const r of rows) {
    if (r.out[r.at] !== null || r.group === undefined) continue;
    const same = groupTasks(r.group)[r.tt - 1];
    if (same && !used.has(same.id)) take(r, same.id);
  }
  return { sectionIds, loose, sectionTasks, removed: saved.tasks.filter((o) => !used.has(o.id)).map((o) => o.id) };
}
