// docs/architecture.md names functions by file and line: each must still be declared there.
// After moving code, `node scripts/doc-refs.js --fix docs/architecture.md` updates the lines.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

describe("docs/architecture.md", () => {
  it("points every `name` (file:line) at the line that declares it", () => {
    const run = spawnSync(process.execPath, ["scripts/doc-refs.js", "docs/architecture.md"], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("catches a reference that has gone stale", () => {
    const run = spawnSync(
      process.execPath,
      [
        "-e",
        'const { checkRefs } = require("./scripts/doc-refs.js"); process.stdout.write(JSON.stringify(checkRefs(process.argv[1])));',
        "`analyze` (`src/core/analyze.ts:1`)",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    const [ref] = JSON.parse(run.stdout) as { ok: boolean; actual: number }[];
    expect(ref.ok).toBe(false);
    expect(ref.actual).toBeGreaterThan(1);
  });
});
