import { parseArgs, parseYear } from "../../src/cli/args";

describe("command-line arguments", () => {
  it("parses analyze with every option, in both spellings", () => {
    expect(
      parseArgs([
        "analyze",
        "a.xlsx",
        "--out",
        "b.xlsx",
        "--json=-",
        "--year",
        "๒๕๖๗",
        "--agency",
        "อบต.ตัวอย่าง",
        "--framework",
        "2567",
        "--force",
      ]),
    ).toEqual({
      command: "analyze",
      input: "a.xlsx",
      out: "b.xlsx",
      json: "-",
      year: 2567,
      agency: "อบต.ตัวอย่าง",
      framework: "2567",
      force: true,
    });
  });

  it("routes help, version and lookup", () => {
    expect(parseArgs([])).toEqual({ command: "help" });
    expect(parseArgs(["--help"])).toEqual({ command: "help" });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
    expect(parseArgs(["lookup", "e13", "--year", "2566"])).toEqual({ command: "lookup", args: ["e13", "--year", "2566"] });
  });

  it("reports usage errors", () => {
    expect(parseArgs(["analyze"])).toMatchObject({ command: "error" });
    expect(parseArgs(["analyze", "a.xlsx", "--out"])).toMatchObject({ command: "error" });
    expect(parseArgs(["analyze", "a.xlsx", "--bogus"])).toMatchObject({ command: "error", message: expect.stringContaining("--bogus") });
    expect(parseArgs(["analyze", "a.xlsx", "b.xlsx"])).toMatchObject({ command: "error" });
    expect(parseArgs(["analyse", "a.xlsx"])).toMatchObject({ command: "error" });
    expect(parseArgs(["analyze", "a.xlsx", "--year", "abc"])).toMatchObject({ command: "error" });
  });

  it("takes BE years, converts CE years, rejects others", () => {
    expect(parseYear("2566")).toEqual({ year: 2566 });
    expect(parseYear("พ.ศ. ๒๕๖๖")).toEqual({ year: 2566 });
    expect(parseYear("2023")).toMatchObject({ year: 2566 });
    expect(parseYear("1999")).toHaveProperty("error");
  });
});
