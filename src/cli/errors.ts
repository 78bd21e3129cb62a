/** A failure the command reports in Thai and English and turns into an exit code (nothing thrown further). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}
