import { z } from 'zod';
import { RequiredText, Text } from './common';
import { reportLayoutText } from '../strings/report-layout';

/**
 * The đề cương of a periodic report: which parts the body has, their titles and order, and the
 * one short summary table part I may carry. Everything else (the detailed tables, the evidence
 * list) goes to the phụ lục after the signature. The province chooses it; it travels with the
 * province's configuration (shared/domain/province-config.ts).
 */
export const OUTLINE_PARTS = ['results', 'shortcomings', 'directions', 'proposals'] as const;
export type OutlinePartKey = (typeof OUTLINE_PARTS)[number];
/** The summary table in part I: by form (default), the tin/bài/chuyên mục/phóng sự counts seed 000 asks for, or none. */
export const OUTLINE_SUMMARIES = ['byForm', 'newsCounts', 'none'] as const;

const L = reportLayoutText;

export const OutlinePart = z.object({ key: z.enum(OUTLINE_PARTS), title: RequiredText(200) }).strict();
export type OutlinePart = z.infer<typeof OutlinePart>;

export const ReportOutline = z
  .object({
    id: z.string().trim().min(1).max(40),
    name: Text(200).default(''),
    /** In printed order; numbered I, II, III… by position. */
    parts: z.array(OutlinePart).min(1).max(OUTLINE_PARTS.length),
    summary: z.enum(OUTLINE_SUMMARIES).default('byForm'),
    /** Part "shortcomings" prints "1. Tồn tại, hạn chế" and "2. Nguyên nhân" as sub-headings. */
    splitCauses: z.boolean().default(true),
  })
  .strict()
  .refine((o) => new Set(o.parts.map((p) => p.key)).size === o.parts.length, { message: 'duplicate part', path: ['parts'] });
export type ReportOutline = z.infer<typeof ReportOutline>;

/** The app's default: I. Kết quả đạt được, II. Tồn tại hạn chế và nguyên nhân, III. Phương hướng, IV. Kiến nghị. */
export const DEFAULT_OUTLINE: ReportOutline = {
  id: 'nd09',
  name: L.outlines.nd09,
  parts: OUTLINE_PARTS.map((key) => ({ key, title: L.parts[key] })),
  summary: 'byForm',
  splitCauses: true,
};

/**
 * Seed 000 (Văn phòng UBND tỉnh Quảng Trị, Kế hoạch tuyên truyền CCHC 2026): the report is
 * lồng ghép into the periodic CCHC report and must show the numbers of tin, bài viết,
 * chuyên mục, phóng sự, cộng dồn into the annual report.
 */
export const QUANG_TRI_OUTLINE: ReportOutline = {
  id: 'quangtri-2026',
  name: L.outlines.quangTri,
  parts: OUTLINE_PARTS.map((key) => ({ key, title: L.quangTriParts[key] })),
  summary: 'newsCounts',
  splitCauses: false,
};

export const OUTLINE_PRESETS: readonly ReportOutline[] = [DEFAULT_OUTLINE, QUANG_TRI_OUTLINE];
