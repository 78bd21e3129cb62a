/** Where the command writes: the process streams, or a capture in tests and the benchmark. */
export interface CliIo {
  stdout(text: string): Promise<void>;
  stderr(text: string): Promise<void>;
}

function writer(stream: NodeJS.WriteStream): (text: string) => Promise<void> {
  return (text) =>
    new Promise<void>((resolve, reject) => {
      stream.write(text, (err) => (err ? reject(err) : resolve()));
    });
}

export const processIo: CliIo = { stdout: writer(process.stdout), stderr: writer(process.stderr) };

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
