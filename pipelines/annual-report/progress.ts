/** Progress lines on stderr, each with the time since the previous one; silent when quiet. */
export function progress({ quiet, now = () => performance.now() }: { quiet: boolean; now?: () => number }) {
  let last = now();
  let step = 0;
  return (message: string) => {
    step++;
    const t = now();
    if (!quiet) process.stderr.write(`[${String(step).padStart(2)}] ${message} (${Math.round(t - last)} ms)\n`);
    last = t;
  };
}
