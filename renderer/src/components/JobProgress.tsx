import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { jobPercent } from '../../../shared/domain/jobs';
import type { JobStatus } from '../../../shared/contract/jobs';
import { vi } from '../../../shared/strings/index';

const t = vi.jobs;

/**
 * The bar of a long job: steps done of all, the file being worked on, the percent, and "Dừng"
 * where stopping is safe. Shown until the next run, so a finished import stays at 100%.
 */
export function JobProgress({
  job,
  unit,
  stopAsked,
  onStop,
  testId,
}: {
  job: JobStatus;
  /** What a step is ('gói'); null shows the percent alone (steps of different kinds). */
  unit: string | null;
  stopAsked: boolean;
  onStop: () => void;
  testId: string;
}) {
  const percent = jobPercent(job);
  const running = job.state === 'running';
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t.state[job.state]} — {unit === null ? `${percent}%` : `${t.stepsOf(job.done, job.total, unit)} (${percent}%)`}
        </Text>
        {running && job.cancellable && (
          <Button size="xs" color="red" variant="light" disabled={stopAsked} onClick={onStop}>
            {t.cancel}
          </Button>
        )}
      </Group>
      <Progress
        value={percent}
        size="lg"
        animated={running}
        aria-label={unit === null ? `${percent}%` : t.stepsOf(job.done, job.total, unit)}
      />
      {running && (
        <Text size="sm" c="dimmed">
          {stopAsked ? t.cancelling : job.current ? t.current(job.current) : t.starting}
        </Text>
      )}
    </Stack>
  );
}
