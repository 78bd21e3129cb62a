// The installed command: `node bin/ita.js …` on the compiled build/, as a user runs it.
import { spawnSync } from "node:child_process";
import { promises as fs, existsSync } from "node:fs";
import * as path from "node:path";
import { EXAMPLES, ROOT, ensureBuilt, tempDir } from "./helpers";

beforeAll(() => ensureBuilt(), 120_000);

describe("bin/ita.js", () => {
  it("builds the JSON catalog and library into build/", () => {
    expect(existsSync(path.join(ROOT, "build", "core", "catalog", "data", "framework-2566.json"))).toBe(true);
    expect(existsSync(path.join(ROOT, "build", "core", "measures", "data", "library-2566.json"))).toBe(true);
  });

  it("analyze --out writes the workbook and exits 0; a second run without --force exits 1", async () => {
    const dir = await tempDir();
    try {
      const out = path.join(dir, "x.xlsx");
      const args = [path.join(ROOT, "bin", "ita.js"), "analyze", path.join(EXAMPLES, "sao-2566-questions.xlsx"), "--out", out];
      const first = spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(first.status).toBe(0);
      expect(first.stderr).toContain(out);
      expect(existsSync(out)).toBe(true);
      const second = spawnSync(process.execPath, args, { encoding: "utf8" });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain("--force");
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("--json - prints complete JSON through a pipe", () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "ita.js"), "analyze", path.join(EXAMPLES, "eit-two-parts-2566.xlsx"), "--json", "-"],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).framework).toBe("2566");
  });
});
