import { useEffect, useState } from 'react';
import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS, searchWords } from '../../../shared/search-words';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore, todayIso } from '../stores/activities';
import { formLabels, areaLabels } from '../../../shared/domain/labels';
import { CCHC_AREAS, COMMUNICATION_FORMS, type CchcArea, type CommunicationForm } from '../../../shared/domain/common';
import { quarterRange } from '../../../shared/domain/activity';
import type { TaskOption } from './useTaskOptions';
import { DateField } from './DateField';

const t = vi.activities;
const l = vi.activityList;

/** The activity list's search box and filters; the search waits for a pause in typing. */
export function ActivityFilters({ tasks, units }: { tasks: TaskOption[]; units: string[] }) {
  const { filter, setFilter } = useActivitiesStore();
  const [text, setText] = useState(filter.search ?? '');
  const [quarter, setQuarter] = useState('');
  useEffect(() => {
    if (text === (useActivitiesStore.getState().filter.search ?? '')) return;
    const h = setTimeout(() => void setFilter({ search: text }), 200);
    return () => clearTimeout(h);
  }, [text, setFilter]);

  const year = Number(todayIso().slice(0, 4));
  const quarters = [year - 1, year].flatMap((y) => [1, 2, 3, 4].map((q) => ({ value: `${y}-${q}`, label: l.quarterLabel(q, y) })));

  return (
    <>
      <TextInput
        placeholder={t.searchPlaceholder}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        aria-label={t.searchPlaceholder}
        maxLength={MAX_SEARCH_LENGTH}
      />
      <SearchHint text={text} />
      <Group gap="xs" align="end" wrap="wrap">
        <NativeSelect
          aria-label={l.allForms}
          value={filter.kinds?.[0] ?? ''}
          onChange={(e) => void setFilter({ kinds: e.currentTarget.value ? [e.currentTarget.value as CommunicationForm] : [] })}
          data={[{ value: '', label: l.allForms }, ...COMMUNICATION_FORMS.map((f) => ({ value: f, label: formLabels[f] }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.allTasks}
          value={filter.outsidePlan ? 'none' : (filter.taskId ?? '')}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void setFilter({ taskId: v && v !== 'none' ? v : null, outsidePlan: v === 'none' });
          }}
          data={[
            { value: '', label: l.allTasks },
            { value: 'none', label: vi.activityForm.outsidePlan },
            ...tasks.map((x) => ({ value: x.taskId, label: x.label })),
          ]}
          w={220}
        />
        <NativeSelect
          aria-label={l.allAreas}
          value={filter.area ?? ''}
          onChange={(e) => void setFilter({ area: (e.currentTarget.value || null) as CchcArea | null })}
          data={[{ value: '', label: l.allAreas }, ...CCHC_AREAS.map((a) => ({ value: a, label: areaLabels[a] }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.quarter}
          value={quarter}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setQuarter(v);
            if (!v) return void setFilter({ from: null, to: null });
            const [y, q] = v.split('-').map(Number) as [number, number];
            void setFilter(quarterRange(y, q));
          }}
          data={[{ value: '', label: l.allQuarters }, ...quarters]}
          w={180}
        />
        <DateField
          invalid="drop"
          aria-label={l.from}
          title={l.from}
          placeholder={`${l.from} (dd/mm/yyyy)`}
          value={filter.from}
          onChange={(iso) => {
            setQuarter('');
            void setFilter({ from: iso });
          }}
          w={200}
        />
        <DateField
          invalid="drop"
          aria-label={l.to}
          title={l.to}
          placeholder={`${l.to} (dd/mm/yyyy)`}
          value={filter.to}
          onChange={(iso) => {
            setQuarter('');
            void setFilter({ to: iso });
          }}
          w={200}
        />
        <NativeSelect
          aria-label={l.allUnits}
          value={filter.unitName ?? ''}
          onChange={(e) => void setFilter({ unitName: e.currentTarget.value || null })}
          data={[{ value: '', label: l.allUnits }, ...units.map((u) => ({ value: u, label: u }))]}
          w={200}
        />
        <NativeSelect
          aria-label={l.evidence}
          value={filter.hasEvidence === true ? 'yes' : filter.hasEvidence === false ? 'no' : ''}
          onChange={(e) =>
            void setFilter({ hasEvidence: e.currentTarget.value === 'yes' ? true : e.currentTarget.value === 'no' ? false : null })
          }
          data={[
            { value: '', label: l.anyEvidence },
            { value: 'yes', label: l.withEvidence },
            { value: 'no', label: l.withoutEvidence },
          ]}
          w={200}
        />
        <Button
          variant="subtle"
          onClick={() => {
            setText('');
            setQuarter('');
            void setFilter({
              search: '',
              kinds: [],
              taskId: null,
              outsidePlan: false,
              area: null,
              from: null,
              to: null,
              unitName: null,
              hasEvidence: null,
            });
          }}
        >
          {l.clearFilters}
        </Button>
      </Group>
    </>
  );
}

/** What the search box does not search (symbols, words past the 12th), said under it. */
function SearchHint({ text }: { text: string }) {
  const read = searchWords(text);
  const lines = [
    ...(text.trim() && !read.words.length
      ? [l.searchNoWords]
      : read.ignoredSymbols.length
        ? [l.searchIgnoredSymbols(read.ignoredSymbols)]
        : []),
    ...(read.ignoredWords.length ? [l.searchIgnoredWords(MAX_SEARCH_WORDS, read.ignoredWords)] : []),
  ];
  return lines.length ? (
    <Text size="sm" c="orange.8" data-testid="search-hint">
      {lines.join(' ')}
    </Text>
  ) : null;
}
