import { promises as fs } from "node:fs";
import * as path from "node:path";
import { USAGE, parseArgs } from "./args";
import { CliError, isBrokenPipe } from "./errors";
import type { CliIo } from "./io";
import { processIo } from "./io";

async function version(): Promise<string> {
  // build/cli/main.js and src/cli/main.ts both sit two folders below package.json.
  const pkg = JSON.parse(await fs.readFile(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/**
 * The `ita` command. Returns the exit code; never throws for bad input, bad paths, a full disk or a
 * closed pipe. Each command's modules are loaded when it runs (`ita lookup` needs no workbook code).
 */
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
      case "lookup": {
        const { runLookup } = await import("./lookup");
        return await runLookup(args.args, { out: io.stdout, err: io.stderr });
      }
      case "error":
        await io.stderr(`ita: ${args.message}\n\n${USAGE}`);
        return 2;
      case "analyze": {
        const { runAnalyze } = await import("./analyze");
        return await runAnalyze(args, io);
      }
      case "progress": {
        const { runProgress } = await import("./progress-report");
        return await runProgress(args, io);
      }
      case "batch": {
        const { runBatch } = await import("./batch");
        return await runBatch(args, io);
      }
    }
  } catch (err) {
    if (err instanceof CliError) {
      await io.stderr(`ita: ${err.message}\n`).catch(() => undefined);
      return err.exitCode;
    }
    if (isBrokenPipe(err)) {
      await io
        .stderr(
          "ita: โปรแกรมที่รับผลลัพธ์ปิดไปก่อนที่จะเขียนเสร็จ ผลลัพธ์จึงไม่ครบ: ส่งผลลัพธ์ไปยังไฟล์แทน เช่น --json ผล.json (broken pipe: output incomplete)\n",
        )
        .catch(() => undefined);
      return 1;
    }
    throw err;
  }
}
