import { useEffect, type ReactNode } from 'react';
import './nd30.css';
import { vi } from '../../../shared/strings/index';
import { useAppStore } from '../stores/app';

/** Marker the PDF printers (preview: Playwright, Electron: printToPDF) wait for before printing. */
export const PRINT_READY_ATTR = 'data-print-ready';

/**
 * The page around one printable document, without the app shell: a toolbar on screen (In,
 * Đóng), nothing but the document on paper. When `ready`, waits for fonts and marks the page
 * ready for the PDF printers; with `autoPrint` opens the print dialog.
 */
const DEMO_MARK_PAGE_STYLE =
  "color: #c92a2a; font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 11pt; font-weight: bold; vertical-align: top; padding-top: 4mm;";

export function PrintShell({
  ready: dataReady,
  title,
  autoPrint,
  children,
}: {
  ready: boolean;
  title: string;
  autoPrint?: boolean;
  children: ReactNode;
}) {
  // Demo data prints with its mark on every page, so wait until we know whether it is the demo.
  const demo = useAppStore((s) => s.info?.demo === true);
  const known = useAppStore((s) => s.info !== null || s.error !== null);
  const ready = dataReady && known;
  useEffect(() => {
    document.title = title;
    if (!ready) return;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.documentElement.setAttribute(PRINT_READY_ATTR, '1');
      if (autoPrint) window.print();
    });
    return () => {
      cancelled = true;
      document.documentElement.removeAttribute(PRINT_READY_ATTR);
    };
  }, [ready, title, autoPrint]);
  return (
    <div className="nd30">
      <div className="nd30-toolbar">
        <button type="button" onClick={() => window.print()}>
          {vi.print.print}
        </button>
        <button type="button" onClick={() => history.back()}>
          {vi.print.close}
        </button>
      </div>
      {ready && demo && (
        <>
          <div className="nd30-demo-mark" data-testid="demo-print-mark">
            {vi.demo.printMark}
          </div>
          {/* On paper the mark sits in the bottom margin of every page, never over the text or a table. */}
          <style>{`@page { @bottom-center { content: ${JSON.stringify(vi.demo.printMark)}; ${DEMO_MARK_PAGE_STYLE} } }`}</style>
        </>
      )}
      {ready ? children : <p className="nd30-center">{vi.print.loading}</p>}
    </div>
  );
}

/** A portrait sheet (on screen) / portrait pages (on paper); each after the first starts a new page. */
export function PortraitPart({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <section className="nd30-sheet nd30-portrait" data-testid={testId}>
      {children}
    </section>
  );
}

/** A landscape part that starts on a new landscape page (phụ lục tables). */
export function LandscapePart({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <section className="nd30-sheet nd30-landscape" data-testid={testId}>
      {children}
    </section>
  );
}
