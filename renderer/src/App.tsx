import { useEffect } from 'react';
import { AppShell, Alert, Badge, Center, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useAppStore } from './stores/app';
import { useBundlesStore } from './stores/bundles';
import { navigate, useRoute } from './router';
import { vi } from '../../shared/strings/index';
import { SetupPage } from './pages/SetupPage';
import { DashboardPage } from './pages/DashboardPage';
import { PlansPage } from './pages/PlansPage';
import { ActivitiesPage } from './pages/ActivitiesPage';
import { SettingsPage } from './pages/SettingsPage';
import { RecoveryPage } from './pages/RecoveryPage';
import { BundlesPage } from './pages/BundlesPage';
import { ProvincePage } from './pages/ProvincePage';
import { ProgressPage } from './pages/ProgressPage';
import { PrintRoute } from './print/PrintRoute';
import { ReportsPage } from './pages/ReportsPage';
import { HelpPage } from './help/HelpPage';
import { DemoBanner } from './components/DemoBanner';

const NAV = [
  { path: 'dashboard', label: vi.nav.dashboard },
  { path: 'plans', label: vi.nav.plans },
  { path: 'activities', label: vi.nav.activities },
  { path: 'progress', label: vi.progress.nav },
  { path: 'reports', label: vi.nav.reports },
  { path: 'bundles', label: vi.nav.bundles },
  { path: 'settings', label: vi.nav.settings },
  { path: 'province', label: vi.bundles.navProvince },
  { path: 'help', label: vi.nav.help },
] as const;

function Page({ route }: { route: string[] }) {
  const [head = 'dashboard', ...rest] = route;
  switch (head) {
    case 'plans':
      return <PlansPage planId={rest[0] ?? null} action={rest[1]} />;
    case 'activities':
      return <ActivitiesPage key={rest[0] ?? ''} openNew={rest[0] === 'new'} />;
    case 'progress':
      return <ProgressPage planId={rest[0] ?? null} />;
    case 'reports':
      return <ReportsPage reportId={rest[0] ?? null} />;
    case 'bundles':
      return <BundlesPage />;
    case 'province':
      return <ProvincePage />;
    case 'settings':
      return <SettingsPage />;
    case 'help':
      return <HelpPage />;
    default:
      return <DashboardPage />;
  }
}

/** A .cchc opened from Windows (double-click) goes to the province screen to be checked. */
function useOpenedBundle(ready: boolean) {
  const check = useBundlesStore((s) => s.checkOpenedFile);
  useEffect(() => {
    if (!ready) return;
    const look = () => void check().then((file) => file && navigate('/province'));
    look();
    window.addEventListener('focus', look);
    return () => window.removeEventListener('focus', look);
  }, [ready, check]);
}

export function App() {
  const { info, settings, loading, error, load } = useAppStore();
  const route = useRoute();
  useEffect(() => void load(), [load]);
  useOpenedBundle(!!settings && !info?.recovery);
  // Print views (#/print/…) render the document alone, without the shell.
  if (route[0] === 'print') return <PrintRoute route={route} />;

  if (loading && !info)
    return (
      <Center h="100%">
        <Loader />
      </Center>
    );
  if (error && !info)
    return (
      <Center h="100%">
        <Alert color="red" title={vi.shell.loadFailed} maw={560}>
          {error}
        </Alert>
      </Center>
    );
  if (info?.recovery) return <RecoveryPage recovery={info.recovery} />;
  if (info?.needsSetup || !settings) return <SetupPage />;

  const active = route[0] ?? 'dashboard';
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={4}>{vi.appName}</Title>
            <Text c="dimmed" size="sm">
              {settings.communeName}, {settings.province}
            </Text>
          </Group>
          <Group gap="xs">
            {info?.demo && (
              <Badge color="orange" variant="filled" data-testid="demo-badge">
                {vi.demo.badge}
              </Badge>
            )}
            {info?.runtime === 'preview' && <Badge variant="light">{vi.shell.previewBadge}</Badge>}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Điều hướng">
        <Stack gap={2}>
          {NAV.map((n) => (
            <NavLink
              key={n.path}
              label={n.label}
              active={active === n.path}
              href={`#/${n.path}`}
              onClick={(e) => {
                e.preventDefault();
                navigate(`/${n.path}`);
              }}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        {info?.demo && <DemoBanner />}
        <Page route={route} />
      </AppShell.Main>
    </AppShell>
  );
}
