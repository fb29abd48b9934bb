import { Alert, Radio, Stack, Text } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import type { AnnexChanges, RemovedLinked } from '../../../shared/contract/plans';

const t = vi.plans;

/**
 * What "Áp dụng" would do to the saved tasks, said before it is done: how many are kept, changed,
 * added and removed, and — for the tasks the sheet dropped that activities point at — the choice
 * to keep them (the default) or to let those activities lose their link.
 */
export function AnnexChangesPanel({
  changes: c,
  removedLinked,
  onChoose,
}: {
  changes: AnnexChanges;
  removedLinked: RemovedLinked;
  onChoose: (v: RemovedLinked) => void;
}) {
  const unlink = removedLinked === 'unlink';
  const removed = c.removed + (unlink ? c.linkedTasks.length : 0);
  const kept = c.kept + (unlink ? 0 : c.linkedTasks.length);
  return (
    <Stack gap="xs" data-testid="import-changes">
      <Text size="sm">{t.importChanges({ kept, changed: c.changed, added: c.added, removed })}</Text>
      {c.linkedTasks.length > 0 && (
        <Alert color="yellow" data-testid="import-linked">
          <Stack gap={4}>
            <Text size="sm">{t.importLinkedTitle(c.linkedTasks.length)}</Text>
            {c.linkedTasks.slice(0, 20).map((x) => (
              <Text key={x.taskId} size="sm">
                {t.importLinkedTask(x.order, x.content, x.activities)}
              </Text>
            ))}
            <Radio.Group value={removedLinked} onChange={(v) => onChoose(v === 'unlink' ? 'unlink' : 'keep')}>
              <Stack gap={4} mt={4}>
                <Radio value="keep" label={t.importKeepLinked} />
                <Radio value="unlink" label={t.importUnlink} />
              </Stack>
            </Radio.Group>
          </Stack>
        </Alert>
      )}
      {unlink && c.linkedActivities > 0 ? (
        <Alert color="red" data-testid="import-unlink-warning">
          {t.importUnlinkedWarning(c.linkedActivities)}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" data-testid="import-no-link-lost">
          {t.importNoLinkLost}
        </Text>
      )}
    </Stack>
  );
}
