const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The longest gap between 10 ms timer ticks of this thread while `job` runs: how long the thread
 * (Electron's UI thread, the preview's server thread) could not answer anything. The self-test's
 * hostThread check and the host-worker bench measure with it.
 */
export async function eventLoopLag(job: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await job();
    await pause(20);
  } finally {
    clearInterval(timer);
  }
  return Math.max(0, worst);
}
