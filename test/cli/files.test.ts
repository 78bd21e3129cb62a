import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliError } from "../../src/cli/errors";
import { checkOutputPath, writeFileAtomic } from "../../src/cli/files";

describe("output files", () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ita-files-"));
    input = path.join(dir, "คะแนน.xlsx");
    await fs.writeFile(input, "input");
  });
  afterEach(async () => fs.rm(dir, { recursive: true, force: true }));

  it("refuses the input's own path, however it is spelled", async () => {
    await expect(checkOutputPath(input, { input, force: true })).rejects.toThrow(CliError);
    const spelled = path.join(dir, "sub", "..", "คะแนน.xlsx");
    await fs.mkdir(path.join(dir, "sub"));
    await expect(checkOutputPath(spelled, { input, force: true })).rejects.toThrow(/ต้นฉบับ/);
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    await expect(checkOutputPath(link, { input, force: true })).rejects.toThrow(/input workbook/);
    const hard = path.join(dir, "hard.xlsx");
    await fs.link(input, hard);
    await expect(checkOutputPath(hard, { input, force: true })).rejects.toThrow(/input workbook/);
  });

  it("refuses an existing file without --force, accepts it with --force", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.writeFile(out, "old");
    await expect(checkOutputPath(out, { input, force: false })).rejects.toThrow(/--force/);
    await expect(checkOutputPath(out, { input, force: true })).resolves.toBe(await fs.realpath(out));
  });

  it("refuses one path for two outputs, a folder, and a missing folder", async () => {
    const out = path.join(dir, "same.xlsx");
    await expect(checkOutputPath(out, { input, force: false, others: [out] })).rejects.toThrow(/different files/);
    await expect(checkOutputPath(dir, { input, force: true })).rejects.toThrow(/folder/);
    await expect(checkOutputPath(path.join(dir, "nope", "x.xlsx"), { input, force: false })).rejects.toThrow(/does not exist/);
  });

  it("writes through a temporary file and leaves nothing else behind", async () => {
    const out = path.join(dir, "out.json");
    await writeFileAtomic(out, "{}");
    await writeFileAtomic(out, '{"a":1}');
    expect(await fs.readFile(out, "utf8")).toBe('{"a":1}');
    expect((await fs.readdir(dir)).sort()).toEqual(["out.json", "คะแนน.xlsx"].sort());
  });
});
