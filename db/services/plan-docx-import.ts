import type { ServiceContext } from './context';
import { getCommuneSettings } from './settings';
import { createPlanWithAnnex, type PlanSeed } from './plans';
import { readPlanDocx, type RecognisedPlan } from '../exports/plan-docx-read';
import { PlanFields, type PlanTaskFieldsInput } from '../../shared/domain/plan';
import type { z } from 'zod';
import type { DocxPreview, DocxUpload } from '../../shared/contract/plan-import';
import type { PlanDetail } from '../../shared/contract/plans';
import { placeDateLine } from '../../shared/print/nd30';
import { plansText } from '../../shared/strings/plans';
import { docxImportText as t } from '../../shared/strings/plan-import';
import { AppError } from '../../shared/errors';
import { yearInVietnam } from '../../shared/format';

type Upload = z.output<typeof DocxUpload>;

async function read(ctx: ServiceContext, { fileName, base64 }: Upload): Promise<RecognisedPlan> {
  const commune = (await getCommuneSettings(ctx))?.communeName ?? '';
  return readPlanDocx(Buffer.from(base64, 'base64'), fileName, {
    issuer: plansText.defaultIssuer(commune),
    year: yearInVietnam(),
  });
}

/** Read a Word plan and show what was recognised, per task row, with problems; writes nothing. */
export async function previewPlanDocx(ctx: ServiceContext, input: Upload): Promise<DocxPreview> {
  const r = await read(ctx, input);
  const f = PlanFields.parse(r.fields);
  const signer = f.decision?.signer ?? f.signer;
  return {
    docType: f.decision ? 'decision' : 'plan',
    title: f.title,
    numberText: f.decision?.numberText ?? f.numberText,
    placeDate: placeDateLine(f.place, f.decision?.issuedOn ?? f.issuedOn, f.year, f.issuedMonth),
    parts: f.body.map((b) => b.heading),
    recipients: f.decision?.recipients ?? f.recipients,
    signer: [signer.authority, signer.deputy, signer.position, signer.name].filter(Boolean).join(' · '),
    taskCount: r.tasks.length,
    rows: r.tasks.map((x) => ({
      section: x.section,
      content: x.task.content ?? '',
      lead: x.task.leadUnit ?? '',
      coop: x.task.coopUnits ?? '',
      time: x.task.timeText ?? '',
      source: x.source,
      problems: x.problems,
    })),
  };
}

/**
 * Create the plan and its phụ lục from the Word file in one transaction. A file that cannot be
 * read, or a task row without content, changes nothing.
 */
export async function applyPlanDocx(ctx: ServiceContext, input: Upload): Promise<PlanDetail> {
  const r = await read(ctx, input);
  const empty = r.tasks.filter((x) => !x.task.content);
  if (empty.length) throw new AppError('FILE_INVALID', t.emptyTaskRows(empty.length));
  const parsed = PlanFields.safeParse(r.fields);
  if (!parsed.success)
    throw new AppError(
      'FILE_INVALID',
      t.fieldInvalid(parsed.error.issues[0]!.path.join('.'), parsed.error.issues[0]!.message),
      parsed.error.issues.slice(0, 5),
    );
  // Table rows keep the table's own sections (I, II…); prose tasks go in as plain rows.
  const loose: PlanTaskFieldsInput[] = [];
  const sections: PlanSeed['sections'] = [];
  for (const x of r.tasks) {
    if (x.source !== 'table' || x.section === null) loose.push(x.task);
    else {
      const last = sections[sections.length - 1];
      if (last && last.title === x.section) last.tasks.push(x.task);
      else sections.push({ title: x.section, tasks: [x.task] });
    }
  }
  return createPlanWithAnnex(ctx, { fields: parsed.data, tasks: loose, sections });
}
