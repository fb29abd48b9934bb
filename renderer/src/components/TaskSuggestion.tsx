import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { loadSuggestableTasks } from '../stores/first-steps';
import { suggestTasks, type SuggestableTask } from '../../../shared/domain/task-suggestion';
import type { TaskOption } from './useTaskOptions';

/** Every task with its span and planned forms (what a suggestion is made from). */
function useSuggestable(): SuggestableTask[] {
  const [tasks, setTasks] = useState<SuggestableTask[]>([]);
  useEffect(() => {
    let live = true;
    // No suggestion when the tasks cannot be read; the picker still works.
    void loadSuggestableTasks().then(
      (t) => live && setTasks(t),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return tasks;
}

/** Under the task picker, while no task is chosen: the best matching task, to confirm with one click. */
export function TaskSuggestion({
  form,
  date,
  options,
  onPick,
}: {
  form: string;
  date: string;
  options: TaskOption[];
  onPick: (taskId: string) => void;
}) {
  const tasks = useSuggestable();
  const best = useMemo(() => suggestTasks(tasks, form, date)[0], [tasks, form, date]);
  const label = best && options.find((o) => o.taskId === best.taskId)?.label;
  if (!best || !label) return null;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="task-suggestion">
      <Text size="xs" c="dimmed" lineClamp={1} title={label}>
        {vi.activityForm.suggestedTask(label)}
      </Text>
      <Button size="compact-xs" variant="light" onClick={() => onPick(best.taskId)}>
        {vi.activityForm.useSuggestion}
      </Button>
    </Group>
  );
}
