import { Button } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { errorMessage } from '../bridge';
import { useNextSteps } from './useNextSteps';
import { navigate } from '../router';
import type { StepKey } from '../../../shared/domain/next-steps';
import { STEP_TARGET, stepButtonText } from './next-step-targets';

/**
 * Shown where a step has just been finished (phụ lục imported, activity saved, report
 * submitted): the next step not yet done, one click away instead of a trip to Tổng quan.
 * Nothing when every later step is done.
 */
export function NextStepButton({ after, onError }: { after: StepKey; onError?: (message: string) => void }) {
  const s = useNextSteps();
  if (!s) return null;
  const order = s.steps.map((x) => x.key);
  const next = s.steps.find((x) => !x.done && order.indexOf(x.key) > order.indexOf(after));
  if (!next) return null;
  return (
    <Button
      size="xs"
      data-testid="next-step"
      onClick={() => void STEP_TARGET[next.key](s).then(navigate, (e: unknown) => onError?.(errorMessage(e)))}
    >
      {vi.home.nextStep(stepButtonText(next.key, s))}
    </Button>
  );
}
