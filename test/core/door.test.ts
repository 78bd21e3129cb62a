// The lint rule that keeps the engine's one door: an adapter importing src/core deeper than
// src/core/index.ts fails `npm run lint`, and so does browser code importing src/cli or a Node
// built-in; the door itself, the core and tests import as they like.
// ESLint runs in a child process with the project's real eslint.config.mjs (jest cannot load it).
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

const CASES: { file: string; code: string }[] = [
  { file: "src/cli/example.ts", code: 'import { renderSheets } from "../core/render/sheets";\nvoid renderSheets;\n' },
  { file: "src/excel/example.ts", code: 'export type { SheetSpec } from "../core/render/spec";\n' },
  {
    file: "src/taskpane/components/Example.tsx",
    code: 'import type { Settings } from "../../core/settings/model";\nexport type S = Settings;\n',
  },
  { file: "src/functions/example.ts", code: 'import { findItem } from "../core/catalog/find";\nvoid findItem;\n' },
  { file: "src/xlsx/example.ts", code: 'import type { CellValue } from "../core/types";\nexport type V = CellValue;\n' },
  { file: "src/cli/door.ts", code: 'import { analyze } from "../core";\nvoid analyze;\n' },
  { file: "src/cli/document-door.ts", code: 'import { o42Docx } from "../core/document";\nvoid o42Docx;\n' },
  { file: "src/taskpane/document-deep.ts", code: 'import { buildO42Docx } from "../core/document/o42/compose";\nvoid buildO42Docx;\n' },
  { file: "src/excel/progress-door.ts", code: 'import { progressReport } from "../core/progress";\nvoid progressReport;\n' },
  { file: "src/taskpane/progress-deep.ts", code: 'import { roundFor } from "../core/progress/round";\nvoid roundFor;\n' },
  { file: "src/taskpane/preview/door.ts", code: 'import { analyze } from "../../core";\nvoid analyze;\n' },
  { file: "test/cli/deep.test.ts", code: 'import { renderSheets } from "../../src/core/render/sheets";\nvoid renderSheets;\n' },
  { file: "src/core/render/deep.ts", code: 'import { round2 } from "../text/round";\nvoid round2;\n' },
  { file: "src/taskpane/preview/cli.ts", code: 'import { workbookBuffer } from "../../cli/workbook-bytes";\nvoid workbookBuffer;\n' },
  { file: "src/xlsx/zlib.ts", code: 'import { deflateRawSync } from "node:zlib";\nvoid deflateRawSync;\n' },
  { file: "src/cli/zlib.ts", code: 'import { deflateRawSync } from "node:zlib";\nvoid deflateRawSync;\n' },
];

const SCRIPT = `
const { ESLint } = require("eslint");
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const cases = JSON.parse(process.argv[1]);
  const out = {};
  for (const c of cases) {
    const [r] = await eslint.lintText(c.code, { filePath: c.file });
    out[c.file] = r.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.fatal).map((m) => m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

describe("the engine's door (eslint no-restricted-imports)", () => {
  let errors: Record<string, string[]>;
  beforeAll(() => {
    const run = spawnSync(process.execPath, ["-e", SCRIPT, JSON.stringify(CASES)], { cwd: ROOT, encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    errors = JSON.parse(run.stdout);
  }, 60_000);

  it.each([
    "src/cli/example.ts",
    "src/excel/example.ts",
    "src/taskpane/components/Example.tsx",
    "src/functions/example.ts",
    "src/xlsx/example.ts",
  ])("rejects a deep core import in %s", (file) => {
    expect(errors[file]).toHaveLength(1);
    expect(errors[file][0]).toMatch(/only through its door/);
  });

  it("accepts the door itself from an adapter", () => {
    expect(errors["src/cli/door.ts"]).toEqual([]);
    expect(errors["src/taskpane/preview/door.ts"]).toEqual([]);
  });

  it("has a third door for the o43 report, and nothing deeper behind it", () => {
    expect(errors["src/excel/progress-door.ts"]).toEqual([]);
    expect(errors["src/taskpane/progress-deep.ts"]).toEqual([expect.stringMatching(/only through its doors/)]);
  });

  it("has a second door for the Word documents, and nothing deeper behind it", () => {
    expect(errors["src/cli/document-door.ts"]).toEqual([]);
    expect(errors["src/taskpane/document-deep.ts"]).toEqual([expect.stringMatching(/only through its door/)]);
  });

  it("keeps the browser build free of the command and of Node built-ins", () => {
    expect(errors["src/taskpane/preview/cli.ts"]).toEqual([expect.stringMatching(/Only the command imports src\/cli/)]);
    expect(errors["src/xlsx/zlib.ts"]).toEqual([expect.stringMatching(/Node built-ins belong in src\/cli/)]);
    expect(errors["src/cli/zlib.ts"]).toEqual([]);
  });

  it("lets tests and the core itself import deep", () => {
    expect(errors["test/cli/deep.test.ts"]).toEqual([]);
    expect(errors["src/core/render/deep.ts"]).toEqual([]);
  });
});
