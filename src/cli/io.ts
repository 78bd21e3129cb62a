/** Where the command writes: the process streams, or a capture in tests and the benchmark. */
export interface CliIo {
  stdout(text: string): Promise<void>;
  stderr(text: string): Promise<void>;
  /** True when stderr is a terminal (the batch then draws a progress bar). */
  isTerminal?: boolean;
}

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  // A failed write (EPIPE when the reader of a pipe has gone) reaches the write's callback; without
  // a listener the stream's 'error' event would also crash the process with a stack trace.
  stream.on("error", () => undefined);
  return (text) =>
    new Promise<void>((resolve, reject) => {
      stream.write(text, (err) => (err ? reject(err) : resolve()));
    });
}

export const processIo: CliIo = {
  stdout: writer(process.stdout),
  stderr: writer(process.stderr),
  isTerminal: process.stderr.isTTY === true,
};

/** Collects output in memory. */
export function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: async (text: string) => {
      io.out += text;
    },
    stderr: async (text: string) => {
      io.err += text;
    },
  };
  return io;
}
