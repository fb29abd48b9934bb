import { useSyncExternalStore } from 'react';

/** Hash routes (#/plans/ID): work from app:// and from the preview without server routing. */
function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

const current = () => window.location.hash.replace(/^#/, '') || '/';

export function useRoute(): string[] {
  const path = useSyncExternalStore(subscribe, current);
  return path.split('/').filter(Boolean);
}

export function navigate(path: string): void {
  window.location.hash = path;
}
