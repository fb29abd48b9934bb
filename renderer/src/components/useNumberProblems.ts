import { useCallback, useState } from 'react';

/**
 * The number fields of one form that hold a refused text (NumberField's onProblem), by key: the
 * form refuses to save while any is left, so nothing but what was typed is ever stored.
 */
export function useNumberProblems() {
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const problem = useCallback(
    (key: string) => (message: string | null) =>
      setProblems((p) => {
        if (message === null) {
          if (!(key in p)) return p;
          const next = { ...p };
          delete next[key];
          return next;
        }
        return p[key] === message ? p : { ...p, [key]: message };
      }),
    [],
  );
  return { problems, problem, blocked: Object.keys(problems).length > 0 };
}
