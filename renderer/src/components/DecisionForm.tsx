import { Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { Decision } from '../../../shared/domain/plan';
import { vi } from '../../../shared/strings/index';

const t = vi.decision;

/** A new QĐ for a plan: the commune's own header, standard wording left empty (printed by default). */
function newDecision(issuer: string, signerName: string): Decision {
  return {
    numberText: t.defaultNumber,
    issuedOn: null,
    subject: '',
    authority: `${t.defaultAuthority} ${issuer.replace(/^ỦY BAN NHÂN DÂN\s*/i, '')}`.trim(),
    bases: '',
    articles: [],
    recipients: [...t.defaultRecipients],
    signer: { authority: '', deputy: '', position: 'CHỦ TỊCH', name: signerName },
  };
}

/**
 * Document type of the plan (Kế hoạch, or Quyết định ban hành + Kế hoạch ban hành kèm theo) and,
 * for the pair, the QĐ's own fields. Recipients and articles keep empty lines while typing; the
 * plan form drops them on save.
 */
export function DecisionForm({
  decision,
  issuer,
  signerName,
  onChange,
}: {
  decision: Decision | undefined;
  issuer: string;
  signerName: string;
  onChange: (d: Decision | undefined) => void;
}) {
  const d = decision;
  const up = (patch: Partial<Decision>) => d && onChange({ ...d, ...patch });
  const articles = d && d.articles.length ? d.articles : ['', '', ''];
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        {t.kind}
      </Text>
      <SegmentedControl
        aria-label={t.kind}
        data={[
          { value: 'plan', label: t.kindPlan },
          { value: 'decision', label: t.kindDecisionPlan },
        ]}
        value={d ? 'decision' : 'plan'}
        onChange={(k) => onChange(k === 'decision' ? (d ?? newDecision(issuer, signerName)) : undefined)}
      />
      {d && (
        <Stack gap="sm" p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Title order={4}>{t.section}</Title>
          <Group grow align="flex-start">
            <TextInput label={t.numberText} value={d.numberText} onChange={(e) => up({ numberText: e.currentTarget.value })} />
            <DateInput
              label={t.issuedOn}
              valueFormat="DD/MM/YYYY"
              clearable
              value={d.issuedOn}
              onChange={(x) => up({ issuedOn: x ? String(x).slice(0, 10) : null })}
            />
          </Group>
          <TextInput label={t.subject} value={d.subject} onChange={(e) => up({ subject: e.currentTarget.value })} />
          <TextInput label={t.authority} value={d.authority} onChange={(e) => up({ authority: e.currentTarget.value })} />
          <Textarea
            label={t.bases}
            autosize
            minRows={3}
            maxRows={14}
            value={d.bases}
            onChange={(e) => up({ bases: e.currentTarget.value })}
          />
          <Text fw={600} size="sm">
            {t.articles}
          </Text>
          {articles.map((a, i) => (
            <Textarea
              key={i}
              label={t.article(i + 1)}
              autosize
              minRows={1}
              value={a}
              onChange={(e) => {
                const x = e.currentTarget.value;
                up({ articles: articles.map((o, j) => (j === i ? x : o)) });
              }}
            />
          ))}
          <Group>
            <Button size="xs" variant="light" disabled={articles.length >= 10} onClick={() => up({ articles: [...articles, ''] })}>
              {t.addArticle}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              disabled={articles.length <= 1}
              onClick={() => up({ articles: articles.slice(0, -1) })}
            >
              {t.removeArticle}
            </Button>
          </Group>
          <Group grow align="flex-start">
            <Textarea
              label={t.recipients}
              autosize
              minRows={4}
              value={d.recipients.join('\n')}
              onChange={(e) => up({ recipients: e.currentTarget.value.split('\n') })}
            />
            <Stack gap={4}>
              <TextInput
                label={t.signerDeputy}
                value={d.signer.deputy}
                onChange={(e) => up({ signer: { ...d.signer, deputy: e.currentTarget.value } })}
              />
              <TextInput
                label={t.signerPosition}
                value={d.signer.position}
                onChange={(e) => up({ signer: { ...d.signer, position: e.currentTarget.value } })}
              />
              <TextInput
                label={t.signerName}
                value={d.signer.name}
                onChange={(e) => up({ signer: { ...d.signer, name: e.currentTarget.value } })}
              />
            </Stack>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
