import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApps } from '../helpers/app';
import { dispatch } from '../../shared/contract/dispatch';
import { Activity, ActivityFields, ActivityListQuery, activityQuantity, KIND_SORT_ORDER } from '../../shared/domain/activity';
import { COMMUNICATION_FORMS } from '../../shared/domain/common';
import {
  ACTIVITY_KINDS,
  KINDS,
  detailsSchema,
  kindsByRank,
  specOf,
  type ActivityKind,
  type KindRegistry,
} from '../../shared/domain/kinds/index';
import { carriedOver, defaultDetails } from '../../shared/domain/kinds/draft';
import type { z } from 'zod';
import { poster } from '../helpers/poster-kind';
import { INDICATORS } from '../../shared/domain/report-indicators';
import { REP_SUB_SQL } from '../../db/migrations/0004_reports';
import { REP_SUB_KINDS } from '../../db/repositories/report-sub';
import { BundlePayload } from '../../shared/domain/bundle';
import { listActivities } from '../../db/services/activities';
import { prepareBundle } from '../../db/services/bundles';
import { readPayload, openEnvelope, type Opened } from '../../db/services/bundle-format';
import { loadSigningKey } from '../../db/services/keys';

const open = testApps({ demo: true });
const KIND_LIST = Object.keys(ACTIVITY_KINDS) as ActivityKind[];

describe('the activity-kind registry', () => {
  it('holds exactly the forms of the log, each with a distinct rank, and the list order follows the ranks', () => {
    expect([...KIND_LIST].sort()).toEqual([...COMMUNICATION_FORMS].sort());
    const ranks = KIND_LIST.map((k) => ACTIVITY_KINDS[k].rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(KIND_SORT_ORDER).toEqual(kindsByRank(KINDS));
  });

  it.each(KIND_LIST)(
    '%s: defaults pass its schema; its form covers every details field; carry-over has no dates, counts or task',
    (kind) => {
      const spec = specOf(KINDS, kind);
      expect(spec.schema.parse(defaultDetails(kind))).toEqual(spec.defaults);
      const shape = Object.keys(spec.schema.shape).filter((k) => k !== 'kind');
      expect(spec.fields.map((f) => f.key).sort()).toEqual([...shape].sort());
      for (const key of spec.carryOver) {
        const field = spec.fields.find((f) => f.key === key)!;
        expect(['date', 'number'], `${kind}.${key} carried over`).not.toContain(field.input);
      }
      expect(spec.carryOver).not.toContain('taskId');
    },
  );

  it("carries over only the officer's and the place's fields from the last entry", () => {
    const last = {
      kind: 'meeting',
      meetingKind: 'tapHuan',
      venue: 'Hội trường thôn 3',
      attendees: 80,
      attendeeGroups: 'Đoàn viên',
      chairedBy: 'Chủ tịch',
    };
    expect(carriedOver(KINDS, last)).toEqual({
      ...ACTIVITY_KINDS.meeting.defaults,
      venue: 'Hội trường thôn 3',
      attendeeGroups: 'Đoàn viên',
    });
  });

  it('a test-only kind added to a registry gets a schema variant, a form (fields, defaults, carry-over), a quantity and a sort place', () => {
    const registry: KindRegistry = { ...KINDS, poster };
    const schema = detailsSchema(registry);
    expect(schema.parse(defaultDetails('poster' as ActivityKind, registry))).toEqual({
      kind: 'poster',
      wallKind: 'trongNha',
      sheets: 1,
      wall: '',
    });
    expect(schema.safeParse({ kind: 'poster', sheets: 501 }).success).toBe(false);
    expect(specOf(registry, 'poster').fields.map((f) => f.label)).toEqual(['Loại bảng tin', 'Số tờ', 'Bảng tin ở đâu']);
    expect(carriedOver(registry, { kind: 'poster', wallKind: 'ngoaiTroi', sheets: 40, wall: 'Nhà văn hoá' })).toEqual({
      kind: 'poster',
      wallKind: 'trongNha',
      sheets: 1,
      wall: 'Nhà văn hoá',
    });
    expect(specOf(registry, 'poster').quantity({ kind: 'poster', wallKind: 'trongNha', sheets: 40, wall: '' })).toBe(40);
    expect(kindsByRank(registry).at(-1)).toBe('poster');
    expect(() => specOf(KINDS, 'poster')).toThrow(/Unknown activity kind/);
  });
});

describe("the report's sub-kinds and lines come from the registry", () => {
  it("the frozen rep_sub column (migration 0004) reads each kind it knows from that kind's reportSub field", () => {
    const named = [...REP_SUB_SQL.matchAll(/WHEN '(\w+)' THEN json_extract\(details, '\$\.(\w+)'\)/g)].map((m) => [m[1], m[2]]);
    for (const [kind] of named) expect(REP_SUB_KINDS as readonly string[]).toContain(kind);
    for (const kind of REP_SUB_KINDS) {
      const field = specOf(KINDS, kind).reportSub ?? undefined;
      expect(named.find(([k]) => k === kind)?.[1], kind).toBe(field);
    }
  });

  it.each(KIND_LIST)("%s: every report line's sub-kind is one of its sub-kinds, and keys are unique", (kind) => {
    const spec = specOf(KINDS, kind);
    for (const i of spec.indicators) {
      expect(i.key.startsWith(`${kind}.`), i.key).toBe(true);
      if (i.sub !== null) {
        const values = (spec.schema.shape as Record<string, z.ZodType>)[spec.reportSub ?? '']?.safeParse(i.sub).success;
        expect(values, i.key).toBe(true);
      }
      expect(i.label, i.key).not.toBe(i.key);
    }
    expect(new Set(INDICATORS.map((i) => i.key)).size).toBe(INDICATORS.length);
  });
});

describe('plausibility bounds', () => {
  const base = { date: '2026-04-02', title: 'Hoạt động' };
  it.each([
    ['attendees over 100,000', { kind: 'meeting', meetingKind: 'hoiNghi', attendees: 100_001 }],
    ['copies over 1,000,000', { kind: 'publication', publicationKind: 'toRoi', count: 1_000_001 }],
    ['minutes over a day', { kind: 'broadcast', newsKind: 'tin', durationMinutes: 1_441 }],
    ['a panô put up two years before the activity', { kind: 'visual', visualKind: 'pano', count: 1, startDate: '2024-01-01' }],
  ])('%s is refused', (_name, details) => {
    expect(ActivityFields.safeParse({ ...base, details }).success).toBe(false);
  });

  it('bounds hold where the officer saves, not where stored rows and bundles are read', () => {
    const details = { kind: 'meeting', meetingKind: 'hoiNghi', venue: '', attendees: 200_000, attendeeGroups: '', chairedBy: '' };
    const r = ActivityFields.safeParse({ ...base, details });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/tối đa 100\.000/);
    const stored = {
      ...base,
      id: '01890000-0000-7000-8000-000000000001',
      createdAt: '2026-04-02T00:00:00.000Z',
      updatedAt: '2026-04-02T00:00:00.000Z',
      deletedAt: null,
      taskId: null,
      areas: [],
      unitName: '',
      note: '',
      enteredBy: '',
      evidenceCount: 0,
      details,
    };
    expect(Activity.parse(stored).details).toMatchObject({ attendees: 200_000 });
  });

  it('a year outside 2000–2100 is refused in Vietnamese', () => {
    const r = ActivityFields.safeParse({ ...base, date: '2206-04-02', details: { kind: 'contest', participants: 5 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/Năm của ngày phải từ 2000 đến 2100/);
  });

  it('an activity linked to a task lies within its plan year ± 1', async () => {
    const a = await open();
    const task = await a.ctx.db
      .selectFrom('plan_tasks')
      .innerJoin('plans', 'plans.id', 'plan_tasks.plan_id')
      .select(['plan_tasks.id as id', 'plans.year as year'])
      .executeTakeFirstOrThrow();
    const env = await dispatch(a.handlers, 'activities.create', {
      ...base,
      date: `${task.year + 3}-04-02`,
      taskId: task.id,
      details: { kind: 'contest', participants: 5 },
    });
    expect(env).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(`${task.year - 1}–${task.year + 1}`) },
    });
    expect(
      await dispatch(a.handlers, 'activities.create', {
        ...base,
        date: `${task.year}-04-02`,
        taskId: task.id,
        details: { kind: 'contest', participants: 5 },
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('every kind through the form, the list, .xlsx, the report and the bundle', () => {
  it('each kind is saved from its form defaults, sorted by rank, exported, re-imported, counted and bundled', async () => {
    const a = await open({ demo: false });
    expect(
      await dispatch(a.handlers, 'settings.save', {
        communeName: 'Xã Thử',
        communeCode: '10903',
        province: 'Tỉnh Thử',
        officerName: 'Cán bộ',
      }),
    ).toMatchObject({ ok: true });
    const created = new Map<ActivityKind, string>();
    for (const kind of KIND_LIST) {
      const draft = {
        date: '2026-02-10',
        title: `Hoạt động ${kind}`,
        taskId: null,
        areas: [],
        unitName: '',
        note: '',
        details: defaultDetails(kind),
      };
      const env = await dispatch(a.handlers, 'activities.create', draft);
      expect(env.ok, `${kind}: ${JSON.stringify(env)}`).toBe(true);
      if (env.ok) created.set(kind, (env.value as { id: string }).id);
    }

    // The list sorted by form follows the registry's ranks, ascending and descending.
    const sorted = await listActivities(a.ctx, ActivityListQuery.parse({ sort: 'kind', direction: 'asc' }));
    expect(sorted.rows.map((r) => r.details.kind)).toEqual(kindsByRank(KINDS));
    const desc = await listActivities(a.ctx, ActivityListQuery.parse({ sort: 'kind', direction: 'desc', offset: 2, limit: 3 }));
    expect(desc.rows.map((r) => r.details.kind)).toEqual([...kindsByRank(KINDS)].reverse().slice(2, 5));
    expect(desc.total).toBe(KIND_LIST.length);

    // .xlsx export: one row per kind with its label, details text and quantity.
    const file = await dispatch(a.handlers, 'activities.exportXlsx', {});
    expect(file.ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((file as { value: { base64: string } }).value.base64, 'base64') as unknown as ExcelJS.Buffer);
    const rows = wb.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    for (const kind of KIND_LIST) {
      const spec = specOf(KINDS, kind);
      const row = rows.find((r) => r[3] === spec.label);
      expect(row, kind).toBeDefined();
      expect(row![6]).toBe(activityQuantity(spec.schema.parse(spec.defaults)));
    }

    // .xlsx import of each kind: the generic columns become that kind's details.
    for (const kind of KIND_LIST) {
      const spec = specOf(KINDS, kind);
      const sheet = new ExcelJS.Workbook();
      const ws = sheet.addWorksheet('A');
      ws.addRow(['Ngày', 'Nội dung', 'Số lượng', 'Loại', 'Địa điểm']);
      const sub = spec.subKind ? Object.values(spec.subKind.labels)[0]! : '';
      ws.addRow(['15/02/2026', `Nhập ${kind}`, spec.importQuantity === 'minutes' ? '5' : '3', sub, 'Thôn 1']);
      const base64 = Buffer.from(await sheet.xlsx.writeBuffer()).toString('base64');
      expect(await dispatch(a.handlers, 'activities.importApply', { base64, kind }), kind).toMatchObject({
        ok: true,
        value: { created: 1 },
      });
    }
    const afterImport = await listActivities(a.ctx, ActivityListQuery.parse({ search: 'nhap', limit: 50 }));
    expect(new Set(afterImport.rows.map((r) => r.details.kind))).toEqual(new Set(KIND_LIST));

    // The quarter's report counts every kind.
    const report = await dispatch(a.handlers, 'reports.create', { kind: 'q1', year: 2026 });
    expect(report.ok, JSON.stringify(report)).toBe(true);
    const view = await dispatch(a.handlers, 'reports.get', { id: (report as { value: { id: string } }).value.id });
    const forms = (view as { value: { figures: { forms: { form: string; activities: number }[] } } }).value.figures.forms;
    for (const kind of KIND_LIST) expect(forms.find((f) => f.form === kind)?.activities, kind).toBe(2);

    // A "changes" bundle carries every kind, and its payload reads back under the bundle schema.
    const prepared = await prepareBundle(a.ctx, { kind: 'changes' });
    const key = await loadSigningKey(a.ctx);
    const trusted = [
      { keyId: prepared.built.manifest.keyId, communeCode: '10903', communeName: 'Xã Thử', publicKey: key.publicKey.toString('base64') },
    ];
    const opened = openEnvelope(prepared.built.bytes, trusted);
    expect(opened.ok, JSON.stringify(opened)).toBe(true);
    const payload = readPayload(opened as Opened);
    expect(payload.ok).toBe(true);
    const kinds = new Set(BundlePayload.parse((payload as { payload: unknown }).payload).activities.map((x) => x.details.kind));
    expect(kinds).toEqual(new Set(KIND_LIST));
    expect(created.size).toBe(KIND_LIST.length);
  });
});
