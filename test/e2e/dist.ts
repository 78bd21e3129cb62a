// The built add-in (dist/) for the browser and bundle tests: built with `webpack --mode production`
// when missing or older than its sources, so `npm test` on a clean checkout covers it.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
const SOURCES = ["src", "assets", "manifest.xml", "webpack.config.js", "scripts/manifest.js"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

/** Builds dist/ unless it is up to date; returns whether it built. */
export function ensureDist(): boolean {
  const marker = join(DIST, "taskpane.html");
  const manifest = join(DIST, "manifest.xml");
  const fresh =
    existsSync(marker) &&
    existsSync(manifest) &&
    !readFileSync(manifest, "utf8").includes("localhost") &&
    statSync(marker).mtimeMs >= Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (fresh) return false;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ITA_PUBLIC_URL: "" },
  });
  // webpack leaves unchanged files untouched: date the build by its page.
  const now = new Date();
  utimesSync(marker, now, now);
  return true;
}

/** The scripts taskpane.html loads from the add-in itself (office.js from the CDN excluded). */
export function initialScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return Array.from(html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g), (m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** Gzip size (level 9) in KB of the JavaScript that loads when the pane opens. */
export function initialGzipKb(): number {
  const bytes = initialScripts().reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
