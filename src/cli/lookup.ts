import { lookupCode, LookupError, toArabicDigits } from "../core";

// `ita lookup <code> [--year <BE>]`: what the ITA.* formulas return for a code, as JSON, from the
// same core lookup (issue, question, indicator, sub-indicator, tool, measure of the built-in library).

/** Where `ita lookup` writes (awaited when the writer returns a promise, as the CLI's CliIo does). */
export interface LookupIO {
  out: (text: string) => void | Promise<void>;
  err: (text: string) => void | Promise<void>;
}

const defaultIO: LookupIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export const LOOKUP_USAGE = "usage: ita lookup <code> [--year <BE year>]   e.g. ita lookup e13 --year 2566\n";

/** Runs `ita lookup`; returns the exit code: 0 found, 1 unknown code or year, 2 bad arguments (as `ita`). */
export async function runLookup(args: string[], io: LookupIO = defaultIO): Promise<number> {
  const words: string[] = [];
  let yearText: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--help" || a === "-h") {
      await io.out(LOOKUP_USAGE);
      return 0;
    }
    if (a === "--year" || a === "-y") {
      yearText = args[++i];
      if (yearText === undefined) {
        await io.err(`ita lookup: --year ต้องตามด้วยปี พ.ศ. (--year needs a value)\n${LOOKUP_USAGE}`);
        return 2;
      }
    } else if (a.startsWith("--year=")) yearText = a.slice("--year=".length);
    else if (a.startsWith("-") && a.length > 1 && !/^-?\d/.test(a)) {
      await io.err(`ita lookup: ไม่รู้จักตัวเลือก ${a} (unknown option)\n${LOOKUP_USAGE}`);
      return 2;
    } else words.push(a);
  }
  if (words.length === 0) {
    await io.err(`ita lookup: ไม่ได้ระบุรหัสข้อ (no code given)\n${LOOKUP_USAGE}`);
    return 2;
  }
  let year: number | undefined;
  if (yearText !== undefined) {
    const t = toArabicDigits(yearText.trim());
    if (!/^\d+$/.test(t)) {
      await io.err(`ita lookup: "${yearText}" ไม่ใช่ปี พ.ศ. (--year must be a BE year such as 2567)\n`);
      return 1;
    }
    year = Number(t);
  }
  try {
    const result = lookupCode(words.join(" "), year);
    await io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof LookupError) {
      await io.err(`ita lookup: ${e.message} (${e.en})\n`);
      return 1;
    }
    throw e;
  }
}
