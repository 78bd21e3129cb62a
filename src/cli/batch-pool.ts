import { existsSync } from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { BatchJob } from "./batch-files";
import { type JobOptions, type JobOutcome, runJob } from "./batch-job";

// Runs the jobs of a batch on worker threads, one job per worker at a time, and hands each
// outcome back as it comes. A worker is replaced by a fresh one after RECYCLE_AFTER jobs: the
// engine's memos keep what they learn from each workbook for as long as the page (here, the
// thread) lives, so a batch of 8,325 agencies would otherwise grow by about 11 KB per agency.
// When the compiled worker is not there (the tests run the TypeScript sources) or there is one
// file, the jobs run here, in order.

const WORKER = path.join(__dirname, "batch-worker.js");
export const RECYCLE_AFTER = 400;

/** True when jobs can run on worker threads (the compiled command). */
export const canUseWorkers = (): boolean => __filename.endsWith(".js") && existsSync(WORKER);

export async function runJobs(
  jobs: BatchJob[],
  options: JobOptions,
  threads: number,
  onOutcome: (o: JobOutcome) => Promise<void> | void,
): Promise<void> {
  if (jobs.length <= 1 || !canUseWorkers()) {
    for (const job of jobs) await onOutcome(await runJob(job, options));
    return;
  }
  let next = 0;
  let pending = Promise.resolve();
  const report = (o: JobOutcome) => (pending = pending.then(() => onOutcome(o)));
  await new Promise<void>((resolve) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(WORKER, { workerData: { options } });
      running++;
      let current: { id: number; job: BatchJob } | undefined;
      let done = 0;
      const feed = () => {
        if (next >= jobs.length || done >= RECYCLE_AFTER) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = { id: next, job: jobs[next++] };
        worker.postMessage(current);
      };
      worker.on("message", (m: { id: number; outcome: JobOutcome }) => {
        done++;
        report(m.outcome);
        feed();
      });
      // A worker that dies takes its job with it: that job fails as a bug, a new worker goes on.
      worker.on("error", (err) => {
        if (current)
          report({
            ok: false,
            file: current.job.file,
            reason: `เกิดข้อผิดพลาดภายในโปรแกรม โปรดแจ้งผู้พัฒนา (internal error, please report): ${err.message}`,
            bug: err.stack ?? String(err),
          });
        current = undefined;
      });
      worker.on("exit", () => {
        running--;
        if (next < jobs.length) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let k = 0; k < Math.min(threads, jobs.length); k++) start();
  });
  await pending;
}
