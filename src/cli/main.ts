import { promises as fs } from "node:fs";
import * as path from "node:path";
import { runAnalyze } from "./analyze";
import { USAGE, parseArgs } from "./args";
import { CliError } from "./errors";
import type { CliIo } from "./io";
import { processIo } from "./io";
import { runLookup } from "./lookup";

async function version(): Promise<string> {
  // build/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The `ita` command. Returns the exit code; never throws for bad input or bad paths. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const args = parseArgs(argv);
  try {
    switch (args.command) {
      case "help":
        await io.stdout(USAGE);
        return 0;
      case "version":
        await io.stdout(`ita ${await version()}\n`);
        return 0;
      case "lookup":
        return await runLookup(args.args, { out: io.stdout, err: io.stderr });
      case "error":
        await io.stderr(`ita: ${args.message}\n\n${USAGE}`);
        return 2;
      case "analyze":
        return await runAnalyze(args, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      await io.stderr(`ita: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
