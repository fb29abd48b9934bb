import { useEffect, useState } from 'react';
import { loadNextSteps } from '../stores/first-steps';
import type { NextSteps } from '../../../shared/domain/next-steps';

/** The officer's next steps, loaded once per mount; null until loaded (and if loading fails: the hint is optional). */
export function useNextSteps(): NextSteps | null {
  const [steps, setSteps] = useState<NextSteps | null>(null);
  useEffect(() => {
    let live = true;
    void loadNextSteps().then(
      (x) => live && setSteps(x),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return steps;
}
