// The installed command: `node bin/ita.js …` on the compiled build/, as a user runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs, existsSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { EXAMPLES, ROOT, tempDir } from "./helpers";

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const entry = path.join(ROOT, "build", "cli", "main.js");

beforeAll(() => {
  const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newest(path.join(ROOT, "src", d))));
  if (!existsSync(entry) || statSync(entry).mtimeMs < sources)
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT });
}, 120_000);

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
