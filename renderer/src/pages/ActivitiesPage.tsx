import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore, todayIso, type ListFilter } from '../stores/activities';
import { formatDateVi } from '../../../shared/text';
import { formLabels } from '../../../shared/domain/labels';
import { areaLabels } from '../../../shared/domain/labels';
import { CCHC_AREAS, COMMUNICATION_FORMS, type CchcArea, type CommunicationForm } from '../../../shared/domain/common';
import { quarterRange, type Activity } from '../../../shared/domain/activity';
import { errorMessage } from '../bridge';
import { activityEntry } from '../stores/activity-entry';
import { deliverFile } from '../download';
import { ActivityForm } from '../components/ActivityForm';
import { ActivityImport } from '../components/ActivityImport';
import { PlayLogImport } from '../components/PlayLogImport';
import { useTaskOptions } from '../components/useTaskOptions';
import { DateField } from '../components/DateField';

const t = vi.activities;
const l = vi.activityList;
const ROW_HEIGHT = 40;
/** Wide windows show every column and the three row buttons; narrower ones drop Đơn vị and fold the buttons into a row menu. */
const COLUMNS_WIDE = '88px 150px minmax(200px, 1fr) 170px 150px 36px 196px';
const COLUMNS_NARROW = '84px 120px minmax(160px, 1fr) 150px 36px 44px';
const WIDE_FROM_PX = 1000;

type SortKey = NonNullable<ListFilter['sort']>;

/** `openNew`: arrived from the home screen's "Ghi hoạt động" (#/activities/new), the form opens at once. */
export function ActivitiesPage({ openNew = false }: { openNew?: boolean } = {}) {
  const { rows, total, filter, error, loading, generation, setFilter, reload, ensureRange } = useActivitiesStore();
  const [text, setText] = useState(filter.search ?? '');
  const [quarter, setQuarter] = useState('');
  const [units, setUnits] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ mode: 'new' | 'edit' | 'duplicate'; activity: Activity | null } | null>(
    openNew ? { mode: 'new', activity: null } : null,
  );
  const [importing, setImporting] = useState(false);
  const [playLog, setPlayLog] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<Activity | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const tasks = useTaskOptions();
  const { ref: box, width: boxWidth } = useElementSize();
  const wide = boxWidth === 0 || boxWidth >= WIDE_FROM_PX;
  const COLUMNS = wide ? COLUMNS_WIDE : COLUMNS_NARROW;
  const taskLabel = useMemo(() => new Map(tasks.map((x) => [x.taskId, x.label])), [tasks]);

  useEffect(() => {
    void reload();
    void activityEntry.units().then(setUnits, () => undefined);
  }, [reload]);
  // Alt+N: a new entry from anywhere on the page, without the mouse.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        setEditing((cur) => cur ?? { mode: 'new', activity: null });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (text === (useActivitiesStore.getState().filter.search ?? '')) return;
    const h = setTimeout(() => void setFilter({ search: text }), 200);
    return () => clearTimeout(h);
  }, [text, setFilter]);

  const parent = useRef<HTMLDivElement>(null);
  // TanStack Virtual is not memoisable by the React Compiler; this component is simply not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  // Also after every reload (generation): rows below the first page must come back.
  useEffect(() => {
    if (total) void ensureRange(first, last);
  }, [first, last, total, generation, ensureRange]);

  const year = Number(todayIso().slice(0, 4));
  const quarters = [year - 1, year].flatMap((y) => [1, 2, 3, 4].map((q) => ({ value: `${y}-${q}`, label: l.quarterLabel(q, y) })));

  const sortBy = (key: SortKey) => {
    const direction = filter.sort === key ? (filter.direction === 'asc' ? 'desc' : 'asc') : key === 'date' ? 'desc' : 'asc';
    void setFilter({ sort: key, direction });
  };
  const arrow = (key: SortKey) => (filter.sort === key ? (filter.direction === 'asc' ? ' ▲' : ' ▼') : '');
  const header = (key: SortKey | null, label: string) =>
    key ? (
      <UnstyledButton
        role="columnheader"
        aria-sort={filter.sort === key ? (filter.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        title={l.sortBy(label)}
        onClick={() => sortBy(key)}
        fw={600}
        fz="sm"
      >
        {label}
        {arrow(key)}
      </UnstyledButton>
    ) : (
      <Text role="columnheader" fw={600} fz="sm">
        {label}
      </Text>
    );

  async function remove(a: Activity) {
    setActionError(null);
    try {
      await activityEntry.remove(a.id);
      setUndo(a);
      setMessage(l.deleted(a.title));
      await reload();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }
  async function restore() {
    if (!undo) return;
    try {
      await activityEntry.restore(undo.id);
      setUndo(null);
      setMessage(null);
      await reload();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }
  async function exportXlsx() {
    setActionError(null);
    try {
      deliverFile(await activityEntry.exportXlsx(filter));
    } catch (e) {
      setActionError(errorMessage(e));
    }
  }
  const done = async (msg: string) => {
    setEditing(null);
    setImporting(false);
    setPlayLog(false);
    setUndo(null);
    setMessage(msg);
    await reload();
    void activityEntry.units().then(setUnits, () => undefined);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t.title}</Title>
        <Group gap="xs">
          <Button onClick={() => setEditing({ mode: 'new', activity: null })}>{vi.activityForm.add}</Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            {l.importXlsx}
          </Button>
          <Button variant="default" onClick={() => setPlayLog(true)}>
            {vi.playLog.open}
          </Button>
          <Button variant="default" onClick={() => void exportXlsx()}>
            {l.exportXlsx}
          </Button>
        </Group>
      </Group>
      <TextInput
        placeholder={t.searchPlaceholder}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        aria-label={t.searchPlaceholder}
      />
      <Group gap="xs" align="end" wrap="wrap">
        <NativeSelect
          aria-label={l.allForms}
          value={filter.kinds?.[0] ?? ''}
          onChange={(e) => void setFilter({ kinds: e.currentTarget.value ? [e.currentTarget.value as CommunicationForm] : [] })}
          data={[{ value: '', label: l.allForms }, ...COMMUNICATION_FORMS.map((f) => ({ value: f, label: formLabels[f] }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.allTasks}
          value={filter.outsidePlan ? 'none' : (filter.taskId ?? '')}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void setFilter({ taskId: v && v !== 'none' ? v : null, outsidePlan: v === 'none' });
          }}
          data={[
            { value: '', label: l.allTasks },
            { value: 'none', label: vi.activityForm.outsidePlan },
            ...tasks.map((x) => ({ value: x.taskId, label: x.label })),
          ]}
          w={220}
        />
        <NativeSelect
          aria-label={l.allAreas}
          value={filter.area ?? ''}
          onChange={(e) => void setFilter({ area: (e.currentTarget.value || null) as CchcArea | null })}
          data={[{ value: '', label: l.allAreas }, ...CCHC_AREAS.map((a) => ({ value: a, label: areaLabels[a] }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.quarter}
          value={quarter}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setQuarter(v);
            if (!v) return void setFilter({ from: null, to: null });
            const [y, q] = v.split('-').map(Number) as [number, number];
            void setFilter(quarterRange(y, q));
          }}
          data={[{ value: '', label: l.allQuarters }, ...quarters]}
          w={180}
        />
        <DateField
          invalid="drop"
          aria-label={l.from}
          title={l.from}
          placeholder={`${l.from} (dd/mm/yyyy)`}
          value={filter.from}
          onChange={(iso) => {
            setQuarter('');
            void setFilter({ from: iso });
          }}
          w={200}
        />
        <DateField
          invalid="drop"
          aria-label={l.to}
          title={l.to}
          placeholder={`${l.to} (dd/mm/yyyy)`}
          value={filter.to}
          onChange={(iso) => {
            setQuarter('');
            void setFilter({ to: iso });
          }}
          w={200}
        />
        <NativeSelect
          aria-label={l.allUnits}
          value={filter.unitName ?? ''}
          onChange={(e) => void setFilter({ unitName: e.currentTarget.value || null })}
          data={[{ value: '', label: l.allUnits }, ...units.map((u) => ({ value: u, label: u }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.evidence}
          value={filter.hasEvidence === true ? 'yes' : filter.hasEvidence === false ? 'no' : ''}
          onChange={(e) =>
            void setFilter({ hasEvidence: e.currentTarget.value === 'yes' ? true : e.currentTarget.value === 'no' ? false : null })
          }
          data={[
            { value: '', label: l.anyEvidence },
            { value: 'yes', label: l.withEvidence },
            { value: 'no', label: l.withoutEvidence },
          ]}
          w={200}
        />
        <Button
          variant="subtle"
          onClick={() => {
            setText('');
            setQuarter('');
            void setFilter({
              search: '',
              kinds: [],
              taskId: null,
              outsidePlan: false,
              area: null,
              from: null,
              to: null,
              unitName: null,
              hasEvidence: null,
            });
          }}
        >
          {l.clearFilters}
        </Button>
      </Group>
      {message && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => {
            setMessage(null);
            setUndo(null);
          }}
        >
          <Group justify="space-between">
            <Text size="sm">{message}</Text>
            {undo && (
              <Button size="xs" variant="white" onClick={() => void restore()}>
                {vi.actions.undo}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {(error || actionError) && (
        <Alert color="red" role="alert">
          {actionError ?? error}
        </Alert>
      )}
      <Text c="dimmed" size="sm" data-testid="activity-total">
        {t.total(total)}
      </Text>
      {total === 0 && !loading ? (
        <Text c="dimmed">{filter.search ? t.noMatch : t.empty}</Text>
      ) : (
        <div ref={box} data-testid="activity-table-box" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          {/* One scroll box holds the header and the rows, so they always line up; the header sticks. */}
          <div
            role="table"
            aria-rowcount={total}
            data-testid="activity-table"
            ref={parent}
            style={{ height: 'calc(100vh - 360px)', minHeight: 240, overflowY: 'auto', overflowX: 'hidden' }}
          >
            <div
              role="row"
              style={{
                position: 'sticky',
                top: 0,
                zIndex: 2,
                display: 'grid',
                gridTemplateColumns: COLUMNS,
                gap: 8,
                padding: '6px 8px',
                background: 'var(--mantine-color-gray-0)',
                borderBottom: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              {header('date', t.date)}
              {header('kind', t.kind)}
              {header('title', t.activityTitle)}
              {header(null, l.task)}
              {wide && header('unitName', t.unit)}
              {header(null, l.evidenceShort)}
              {header(null, wide ? l.actions : '')}
            </div>
            <div data-testid="activity-scroll" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((v) => {
                const a = rows.get(v.index);
                return (
                  <div
                    key={v.key}
                    role="row"
                    aria-rowindex={v.index + 2}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW_HEIGHT,
                      transform: `translateY(${v.start}px)`,
                      display: 'grid',
                      gridTemplateColumns: COLUMNS,
                      gap: 8,
                      alignItems: 'center',
                      padding: '0 8px',
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                      background: v.index % 2 ? 'var(--mantine-color-gray-0)' : undefined,
                    }}
                  >
                    {a ? (
                      <>
                        <Text role="cell" size="sm">
                          {formatDateVi(a.date)}
                        </Text>
                        <Text role="cell" size="sm" truncate title={formLabels[a.details.kind]}>
                          {formLabels[a.details.kind]}
                        </Text>
                        <Text role="cell" size="sm" truncate title={a.title}>
                          {a.title}
                        </Text>
                        <Text
                          role="cell"
                          size="sm"
                          truncate
                          c={a.taskId ? undefined : 'dimmed'}
                          title={a.taskId ? (taskLabel.get(a.taskId) ?? '') : undefined}
                        >
                          {a.taskId ? (taskLabel.get(a.taskId) ?? '') : vi.activityForm.outsidePlan}
                        </Text>
                        {wide && (
                          <Text role="cell" size="sm" truncate title={a.unitName}>
                            {a.unitName}
                          </Text>
                        )}
                        <span role="cell">
                          {a.evidenceCount > 0 && (
                            <Badge size="sm" variant="light" title={l.evidenceCount(a.evidenceCount)}>
                              {a.evidenceCount}
                            </Badge>
                          )}
                        </span>
                        {wide ? (
                          <Group role="cell" gap={4} wrap="nowrap">
                            <Button size="compact-xs" variant="light" onClick={() => setEditing({ mode: 'edit', activity: a })}>
                              {vi.actions.edit}
                            </Button>
                            <Button size="compact-xs" variant="default" onClick={() => setEditing({ mode: 'duplicate', activity: a })}>
                              {l.duplicate}
                            </Button>
                            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(a)}>
                              {vi.actions.delete}
                            </Button>
                          </Group>
                        ) : (
                          <span role="cell">
                            <Menu position="bottom-end" withinPortal>
                              <Menu.Target>
                                <ActionIcon variant="subtle" aria-label={l.rowMenu(a.title)} title={l.actions}>
                                  ⋯
                                </ActionIcon>
                              </Menu.Target>
                              <Menu.Dropdown>
                                <Menu.Item onClick={() => setEditing({ mode: 'edit', activity: a })}>{vi.actions.edit}</Menu.Item>
                                <Menu.Item onClick={() => setEditing({ mode: 'duplicate', activity: a })}>{l.duplicate}</Menu.Item>
                                <Menu.Item color="red" onClick={() => void remove(a)}>
                                  {vi.actions.delete}
                                </Menu.Item>
                              </Menu.Dropdown>
                            </Menu>
                          </span>
                        )}
                      </>
                    ) : (
                      <Text role="cell" size="sm" c="dimmed">
                        {vi.status.loading}
                      </Text>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="xl"
        title={
          editing?.mode === 'edit'
            ? vi.activityForm.editTitle
            : editing?.mode === 'duplicate'
              ? vi.activityForm.duplicateTitle
              : vi.activityForm.newTitle
        }
      >
        {editing && (
          <ActivityForm mode={editing.mode} initial={editing.activity} onSaved={(m) => void done(m)} onCancel={() => setEditing(null)} />
        )}
      </Modal>
      <Modal opened={importing} onClose={() => setImporting(false)} size="xl" title={vi.activityImport.title}>
        {importing && <ActivityImport onDone={(m) => void done(m)} />}
      </Modal>
      <Modal opened={playLog} onClose={() => setPlayLog(false)} size="xl" title={vi.playLog.title}>
        {playLog && <PlayLogImport onDone={(m) => void done(m)} />}
      </Modal>
    </Stack>
  );
}
