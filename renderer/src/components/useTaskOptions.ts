import { useEffect, useState } from 'react';
import { activityEntry, type TaskChoice } from '../stores/activity-entry';

export type TaskOption = TaskChoice;

/** Every task of every plan, labelled "năm · số thứ tự. nội dung", for the task pickers. */
export function useTaskOptions(): TaskOption[] {
  const [options, setOptions] = useState<TaskOption[]>([]);
  useEffect(() => {
    let live = true;
    // On failure the picker still offers "Ngoài kế hoạch".
    activityEntry.taskChoices().then(
      (o) => live && setOptions(o),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return options;
}
