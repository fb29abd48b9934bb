import { useEffect, useRef } from 'react';
import { ActionIcon, Badge, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { vi } from '../../../shared/strings/index';
import { useActivitiesStore, type ListFilter } from '../stores/activities';
import { formatDateVi } from '../../../shared/text';
import { formLabels } from '../../../shared/domain/labels';
import type { Activity } from '../../../shared/domain/activity';

const t = vi.activities;
const l = vi.activityList;
const ROW_HEIGHT = 40;
/** Wide windows show every column and the three row buttons; narrower ones drop Đơn vị and fold the buttons into a row menu. */
const COLUMNS_WIDE = '88px 150px minmax(200px, 1fr) 170px 150px 36px 196px';
const COLUMNS_NARROW = '84px 120px minmax(160px, 1fr) 150px 36px 44px';
const WIDE_FROM_PX = 1000;

type SortKey = NonNullable<ListFilter['sort']>;

interface ActivityTableProps {
  taskLabel: Map<string, string>;
  onEdit(mode: 'edit' | 'duplicate', activity: Activity): void;
  onRemove(activity: Activity): void;
}

/** The virtualised activity list: sortable sticky header, rows fetched by visible range. */
export function ActivityTable({ taskLabel, onEdit, onRemove }: ActivityTableProps) {
  const { rows, total, filter, generation, setFilter, ensureRange } = useActivitiesStore();
  const { ref: box, width: boxWidth } = useElementSize();
  const wide = boxWidth === 0 || boxWidth >= WIDE_FROM_PX;
  const COLUMNS = wide ? COLUMNS_WIDE : COLUMNS_NARROW;
  const parent = useRef<HTMLDivElement>(null);
  // TanStack Virtual is not memoisable by the React Compiler; this component is simply not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  // Also after every reload (generation): rows below the first page must come back.
  useEffect(() => {
    if (total) void ensureRange(first, last);
  }, [first, last, total, generation, ensureRange]);
  const sortBy = (key: SortKey) => {
    const direction = filter.sort === key ? (filter.direction === 'asc' ? 'desc' : 'asc') : key === 'date' ? 'desc' : 'asc';
    void setFilter({ sort: key, direction });
  };
  const arrow = (key: SortKey) => (filter.sort === key ? (filter.direction === 'asc' ? ' ▲' : ' ▼') : '');
  const header = (key: SortKey | null, label: string) =>
    key ? (
      <UnstyledButton
        role="columnheader"
        aria-sort={filter.sort === key ? (filter.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
        title={l.sortBy(label)}
        onClick={() => sortBy(key)}
        fw={600}
        fz="sm"
      >
        {label}
        {arrow(key)}
      </UnstyledButton>
    ) : (
      <Text role="columnheader" fw={600} fz="sm">
        {label}
      </Text>
    );

  return (
    <div ref={box} data-testid="activity-table-box" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      {/* One scroll box holds the header and the rows, so they always line up; the header sticks. */}
      <div
        role="table"
        aria-rowcount={total}
        data-testid="activity-table"
        ref={parent}
        style={{ height: 'calc(100vh - 360px)', minHeight: 240, overflowY: 'auto', overflowX: 'hidden' }}
      >
        <div
          role="row"
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 2,
            display: 'grid',
            gridTemplateColumns: COLUMNS,
            gap: 8,
            padding: '6px 8px',
            background: 'var(--mantine-color-gray-0)',
            borderBottom: '1px solid var(--mantine-color-gray-3)',
          }}
        >
          {header('date', t.date)}
          {header('kind', t.kind)}
          {header('title', t.activityTitle)}
          {header(null, l.task)}
          {wide && header('unitName', t.unit)}
          {header(null, l.evidenceShort)}
          {header(null, wide ? l.actions : '')}
        </div>
        <div data-testid="activity-scroll" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const a = rows.get(v.index);
            return (
              <div
                key={v.key}
                role="row"
                aria-rowindex={v.index + 2}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${v.start}px)`,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 8,
                  alignItems: 'center',
                  padding: '0 8px',
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                  background: v.index % 2 ? 'var(--mantine-color-gray-0)' : undefined,
                }}
              >
                {a ? (
                  <>
                    <Text role="cell" size="sm">
                      {formatDateVi(a.date)}
                    </Text>
                    <Text role="cell" size="sm" truncate title={formLabels[a.details.kind]}>
                      {formLabels[a.details.kind]}
                    </Text>
                    <Text role="cell" size="sm" truncate title={a.title}>
                      {a.title}
                    </Text>
                    <Text
                      role="cell"
                      size="sm"
                      truncate
                      c={a.taskId ? undefined : 'dimmed'}
                      title={a.taskId ? (taskLabel.get(a.taskId) ?? '') : undefined}
                    >
                      {a.taskId ? (taskLabel.get(a.taskId) ?? '') : vi.activityForm.outsidePlan}
                    </Text>
                    {wide && (
                      <Text role="cell" size="sm" truncate title={a.unitName}>
                        {a.unitName}
                      </Text>
                    )}
                    <span role="cell">
                      {a.evidenceCount > 0 && (
                        <Badge size="sm" variant="light" title={l.evidenceCount(a.evidenceCount)}>
                          {a.evidenceCount}
                        </Badge>
                      )}
                    </span>
                    {wide ? (
                      <Group role="cell" gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => onEdit('edit', a)}>
                          {vi.actions.edit}
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => onEdit('duplicate', a)}>
                          {l.duplicate}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRemove(a)}>
                          {vi.actions.delete}
                        </Button>
                      </Group>
                    ) : (
                      <span role="cell">
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon variant="subtle" aria-label={l.rowMenu(a.title)} title={l.actions}>
                              ⋯
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => onEdit('edit', a)}>{vi.actions.edit}</Menu.Item>
                            <Menu.Item onClick={() => onEdit('duplicate', a)}>{l.duplicate}</Menu.Item>
                            <Menu.Item color="red" onClick={() => onRemove(a)}>
                              {vi.actions.delete}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </span>
                    )}
                  </>
                ) : (
                  <Text role="cell" size="sm" c="dimmed">
                    {vi.status.loading}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
