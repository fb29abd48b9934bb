import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore } from '../stores/activities';
import type { Activity } from '../../../shared/domain/activity';
import { errorMessage } from '../bridge';
import { activityEntry } from '../stores/activity-entry';
import { deliverFile } from '../download';
import { ActivityForm } from '../components/ActivityForm';
import { ActivityImport } from '../components/ActivityImport';
import { PlayLogImport } from '../components/PlayLogImport';
import { useTaskOptions } from '../components/useTaskOptions';
import { ActivityFilters } from '../components/ActivityFilters';
import { ActivityTable } from '../components/ActivityTable';
import { NextStepButton } from '../components/NextStepButton';
import { submittedNoteText } from '../components/PeriodSelect';

const t = vi.activities;
const l = vi.activityList;

/** `openNew`: arrived from the home screen's "Ghi hoạt động" (#/activities/new), the form opens at once. */
export function ActivitiesPage({ openNew = false }: { openNew?: boolean } = {}) {
  const { total, totalCapped, filter, error, loading, reload } = useActivitiesStore();
  const [units, setUnits] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ mode: 'new' | 'edit' | 'duplicate'; activity: Activity | null } | null>(
    openNew ? { mode: 'new', activity: null } : null,
  );
  const [importing, setImporting] = useState(false);
  const [playLog, setPlayLog] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<Activity | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  /** Saved into a period whose report was already submitted: which report, and where it still counts. */
  const [note, setNote] = useState<string | null>(null);
  const tasks = useTaskOptions();
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
  const done = async (msg: string, dates: string[] = []) => {
    setEditing(null);
    setImporting(false);
    setPlayLog(false);
    setUndo(null);
    setMessage(msg);
    setNote(null);
    // One look-up per distinct day (an imported play log repeats days); enough to find the first one reported.
    const days = [...new Set(dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort().slice(0, 2000);
    if (days.length)
      void activityEntry.periodNote(days).then(
        (n) => setNote(n && submittedNoteText(n)),
        () => undefined,
      );
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
      <ActivityFilters tasks={tasks} units={units} />
      {message && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          onClose={() => {
            setMessage(null);
            setNote(null);
            setUndo(null);
          }}
        >
          <Group justify="space-between">
            <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm">{message}</Text>
              {note && (
                <Text size="sm" data-testid="period-note">
                  {note}
                </Text>
              )}
            </Stack>
            {undo ? (
              <Button size="xs" variant="white" onClick={() => void restore()}>
                {vi.actions.undo}
              </Button>
            ) : (
              <NextStepButton key={message} after="log" onError={setActionError} />
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
        {totalCapped ? t.totalMore(total) : t.total(total)}
      </Text>
      {total === 0 && !loading ? (
        <Text c="dimmed">{filter.search ? t.noMatch : t.empty}</Text>
      ) : (
        <ActivityTable taskLabel={taskLabel} onEdit={(mode, activity) => setEditing({ mode, activity })} onRemove={(a) => void remove(a)} />
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
          <ActivityForm
            mode={editing.mode}
            initial={editing.activity}
            onSaved={(m, dates) => void done(m, dates)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal opened={importing} onClose={() => setImporting(false)} size="xl" title={vi.activityImport.title}>
        {importing && <ActivityImport onDone={(m, dates) => void done(m, dates)} />}
      </Modal>
      <Modal opened={playLog} onClose={() => setPlayLog(false)} size="xl" title={vi.playLog.title}>
        {playLog && <PlayLogImport onDone={(m, dates) => void done(m, dates)} />}
      </Modal>
    </Stack>
  );
}
