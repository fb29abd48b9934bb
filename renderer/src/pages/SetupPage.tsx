import { useState } from 'react';
import { Alert, Button, Center, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../shared/strings/index';
import { CommuneForm } from '../components/CommuneForm';
import { errorMessage } from '../bridge';
import { loadDemoData } from '../stores/first-steps';
import { useAppStore } from '../stores/app';
import { JobProgress } from '../components/JobProgress';
import type { JobOf } from '../../../shared/contract/jobs';

const f = vi.demo.firstRun;

/** First run: the officer's own commune (the default) or a look at the demo year. */
export function SetupPage() {
  const [choice, setChoice] = useState<'own' | 'demo'>('own');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<JobOf<'app.loadDemo'> | null>(null);
  const load = useAppStore((s) => s.load);
  return (
    <Center mih="100%" p="md">
      <Paper withBorder p="xl" maw={680} w="100%">
        <Stack>
          <Title order={2}>{f.title}</Title>
          <Radio.Group
            value={choice}
            onChange={(v) => setChoice(v === 'demo' ? 'demo' : 'own')}
            label={f.intro}
            data-testid="first-run-choice"
          >
            <Stack gap="xs" mt="xs">
              <Radio value="own" label={f.own} description={f.ownHint} />
              <Radio value="demo" label={f.demo} description={f.demoHint} />
            </Stack>
          </Radio.Group>
          {choice === 'own' ? (
            <>
              <Title order={3}>{vi.settings.setupTitle}</Title>
              <Text>{vi.settings.setupIntro}</Text>
              <CommuneForm submitLabel={vi.settings.start} />
            </>
          ) : (
            <>
              {error && (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              )}
              <Button
                loading={busy}
                onClick={async () => {
                  setBusy(true);
                  setError(null);
                  try {
                    await loadDemoData(setJob);
                    await load();
                  } catch (e) {
                    setError(errorMessage(e));
                    setBusy(false);
                  }
                }}
              >
                {f.demo}
              </Button>
              {job && <JobProgress job={job} unit={null} stopAsked={false} onStop={() => undefined} testId="demo-progress" />}
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
