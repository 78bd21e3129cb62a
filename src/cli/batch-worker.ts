// A worker thread of `ita batch`: runs one job at a time as the main thread hands them out.
import { parentPort, workerData } from "node:worker_threads";
import type { BatchJob } from "./batch-files";
import { type JobOptions, runJob } from "./batch-job";

const options = (workerData as { options: JobOptions }).options;

parentPort!.on("message", (message: { id: number; job: BatchJob }) => {
  void runJob(message.job, options).then((outcome) => parentPort!.postMessage({ id: message.id, outcome }));
});
