import { useEffect, useState } from 'react';
import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { NumberField } from './NumberField';
import { useNumberProblems } from './useNumberProblems';
import { numbersText } from '../../../shared/strings/numbers';
import { vi } from '../../../shared/strings/index';
import { useReportsStore } from '../stores/reports';
import {
  DEFAULT_REPORT_RULES,
  RULE_KINDS,
  ReportRules,
  periodDeadline,
  periodLabel,
  periodWindow,
  type PeriodRule,
} from '../../../shared/domain/period';
import { formatDateVi } from '../../../shared/text';
import { deadlinesBeforeCutoff } from '../../../shared/domain/province-config';
import { yearInVietnam } from '../../../shared/format';

const t = vi.reports.rules;
const FIELDS: (keyof PeriodRule)[] = ['startMonthsBefore', 'startDay', 'endMonthsAfter', 'endDay', 'deadlineMonthsAfter', 'deadlineDay'];
const SAMPLE: Record<(typeof RULE_KINDS)[number], 'q1' | 'h1' | 'm9' | 'year'> = { quarter: 'q1', h1: 'h1', m9: 'm9', year: 'year' };

/** Cài đặt → the province's cut-off windows and deadlines, validated by the same ReportRules schema. */
export function ReportRulesForm() {
  const { rules, loadRules } = useReportsStore();
  useEffect(() => void loadRules(), [loadRules]);
  return rules ? <RulesEditor key={JSON.stringify(rules)} initial={rules} /> : null;
}

function RulesEditor({ initial }: { initial: ReportRules }) {
  const { saveRules, busy, error, notice } = useReportsStore();
  const [draft, setDraft] = useState<ReportRules>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const year = yearInVietnam();
  const parsed = ReportRules.safeParse(draft);
  const numbers = useNumberProblems();
  const setField = (kind: (typeof RULE_KINDS)[number], field: keyof PeriodRule, v: number) =>
    setDraft((d) => ({ ...d, [kind]: { ...d[kind], [field]: v } }));
  return (
    <Stack>
      <Text size="sm">{t.intro}</Text>
      {(problem || error) && <Alert color="red">{problem ?? error}</Alert>}
      {notice === t.saved && <Alert color="green">{notice}</Alert>}
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {FIELDS.map((f) => (
              <Table.Th key={f}>
                <Text size="xs">{t[f]}</Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {RULE_KINDS.map((k) => (
            <Table.Tr key={k}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t.ruleKinds[k]}
                </Text>
              </Table.Td>
              {FIELDS.map((f) => (
                <Table.Td key={f}>
                  <NumberField
                    hideLabel
                    label={`${t.ruleKinds[k]} – ${t[f]}`}
                    size="xs"
                    w={70}
                    value={draft[k][f]}
                    // Month offsets may be negative; the ReportRules schema says the range.
                    rules={{ required: true, min: Number.NEGATIVE_INFINITY, example: '1' }}
                    onProblem={numbers.problem(`${k}.${f}`)}
                    onChange={(v) => v !== null && setField(k, f, v)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <NumberField
        label={t.dueSoonDays}
        w={260}
        value={draft.dueSoonDays}
        rules={{ required: true, example: '7' }}
        onProblem={numbers.problem('dueSoonDays')}
        onChange={(v) => v !== null && setDraft({ ...draft, dueSoonDays: v })}
      />
      {parsed.success ? (
        <Stack gap={0}>
          {RULE_KINDS.map((k) => {
            const w = periodWindow(SAMPLE[k], year, parsed.data);
            return (
              <Text key={k} size="xs" c="dimmed">
                {t.preview(
                  periodLabel(SAMPLE[k], year),
                  vi.reports.windowText(w.from, w.to),
                  formatDateVi(periodDeadline(SAMPLE[k], year, parsed.data)),
                )}
              </Text>
            );
          })}
        </Stack>
      ) : (
        <Alert color="orange">{parsed.error.issues[0]?.message}</Alert>
      )}
      {parsed.success && deadlinesBeforeCutoff(parsed.data, year).length > 0 && (
        <Alert color="yellow" data-testid="deadline-before-cutoff">
          {deadlinesBeforeCutoff(parsed.data, year).map((d) => (
            <Text key={d.rule} size="sm">
              {vi.reportProfile.deadlineBeforeCutoff(t.ruleKinds[d.rule], d.deadline, d.cutoff)}
            </Text>
          ))}
        </Alert>
      )}
      <Group>
        <Button
          loading={busy}
          onClick={async () => {
            if (numbers.blocked) return setProblem(numbersText.fixBeforeSave);
            const p = ReportRules.safeParse(draft);
            if (!p.success) return setProblem(`${vi.errors.invalidInput} (${p.error.issues[0]?.message ?? ''})`);
            setProblem(null);
            await saveRules(p.data);
          }}
        >
          {t.save}
        </Button>
        <Button variant="default" onClick={() => setDraft(DEFAULT_REPORT_RULES)}>
          {t.resetDefaults}
        </Button>
      </Group>
    </Stack>
  );
}
