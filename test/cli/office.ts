// LibreOffice for the tests that open our files in another program: found on PATH or not (the
// tests then skip, with a note), and one conversion call with its own user profile.
import { spawnSync } from "node:child_process";
import * as path from "node:path";

function findOffice(): string | undefined {
  for (const cmd of ["soffice", "libreoffice"]) {
    const r = spawnSync(cmd, ["--version"], { encoding: "utf8" });
    if (r.status === 0) return cmd;
  }
  return undefined;
}

export const office = findOffice();

/** `describe` when LibreOffice is there, `describe.skip` (with a note) when it is not. */
export function describeWithOffice(what: string): jest.Describe {
  if (!office) console.log(`LibreOffice (soffice/libreoffice) not on PATH: skipping ${what}`);
  return office ? describe : describe.skip;
}

/** Converts files with LibreOffice (`--convert-to`), each call with a fresh profile in `dir`. */
export function convert(dir: string, to: string, outdir: string, files: string[]): { status: number | null; stderr: string } {
  const profile = `file://${path.join(dir, `lo-profile-${process.pid}-${Math.random().toString(36).slice(2)}`)}`;
  const r = spawnSync(office!, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", outdir, ...files], {
    encoding: "utf8",
    timeout: 180_000,
  });
  return { status: r.status, stderr: r.stderr };
}
