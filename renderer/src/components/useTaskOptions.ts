import { useEffect, useState } from 'react';
import { invoke } from '../bridge';
import { truncateText } from '../../../shared/text';

export interface TaskOption {
  taskId: string;
  label: string;
  planTitle: string;
}

/** Every task of every plan, labelled "năm · số thứ tự. nội dung", for the task pickers. */
export function useTaskOptions(): TaskOption[] {
  const [options, setOptions] = useState<TaskOption[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const plans = await invoke('plans.list', {});
        const out: TaskOption[] = [];
        for (const p of plans) {
          const prog = await invoke('activities.progress', { planId: p.id });
          for (const t of prog.tasks) {
            const content = t.content.split('\n')[0]!.replace(/^[-–•]\s*/, '');
            out.push({ taskId: t.taskId, planTitle: p.title, label: `${p.year} · ${t.position + 1}. ${truncateText(content, 91)}` });
          }
        }
        if (live) setOptions(out);
      } catch {
        // The picker still offers "Ngoài kế hoạch".
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return options;
}
