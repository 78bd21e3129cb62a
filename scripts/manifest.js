"use strict";
// The manifests of the build, all from the development one (manifest.xml): used by
// webpack.config.js when it writes them into dist/, and by the manifest tests.
//   productionManifest: every https://localhost:3000 becomes the public URL (ITA_PUBLIC_URL, no
//     trailing slash), the add-in gets its production <Id> (a sideloaded dev build and the deployed
//     one never clash) and " (dev)" leaves the display names;
//   paneOnlyManifest: the task pane alone (pane.html), without the shared runtime and the custom
//     functions, at the ExcelApi the pane needs: for Excel that has neither (volume-licensed 2019,
//     older retail and Mac builds). Its own <Id>s, so both can be installed side by side.
// The custom-functions namespace stays ITA in every build (formulas saved as ITA.* must resolve).

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PUBLIC_URL = "https://ita-addin.example.org";
const DEV_ID = "6cfb32a8-773e-4b22-90df-be349ffc7806";
const PRODUCTION_ID = "0b6fec8a-1f71-4e39-aabb-678240e60eae";
const PANE_ONLY_DEV_ID = "3a0f6d8e-5b1c-4c2e-9f47-2d6b8e1a7c35";
const PANE_ONLY_PRODUCTION_ID = "c7e2a9b4-61d3-4f8a-8b25-0e9d4c6f1a72";
/** The ExcelApi the pane needs (src/taskpane/compat.ts PANE_EXCEL_API; test/taskpane/requirement-sets.test.ts checks both). */
const PANE_ONLY_EXCEL_API = "1.7";

/** The public base URL: ITA_PUBLIC_URL or the placeholder; https only, no trailing slash. */
function publicUrl(env = process.env) {
  const url = (env.ITA_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(url)) throw new Error(`ITA_PUBLIC_URL must be an https:// URL, got "${url}"`);
  if (/localhost|127\.0\.0\.1/.test(url)) throw new Error("ITA_PUBLIC_URL must not be localhost in a production build");
  return url;
}

/** Replaces `from` (which must be there exactly once) by `to`. */
function replaceOnce(xml, from, to, what) {
  const at = xml.indexOf(from);
  if (at < 0 || xml.indexOf(from, at + 1) >= 0) throw new Error(`manifest.xml: ${what} not found once`);
  return xml.slice(0, at) + to + xml.slice(at + from.length);
}

/** Removes the element `<tag …>…</tag>` (exactly one). */
function removeElement(xml, tag) {
  const re = new RegExp(`\\n?[ \\t]*<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, "g");
  const found = xml.match(re) ?? [];
  if (found.length !== 1) throw new Error(`manifest.xml: <${tag}> not found once`);
  return xml.replace(re, "");
}

function productionManifest(xml, baseUrl = publicUrl()) {
  const ids = xml.includes(`<Id>${PANE_ONLY_DEV_ID}</Id>`) ? [PANE_ONLY_DEV_ID, PANE_ONLY_PRODUCTION_ID] : [DEV_ID, PRODUCTION_ID];
  if (!xml.includes(`<Id>${ids[0]}</Id>`)) throw new Error("manifest.xml does not carry the development <Id>");
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_ORIGIN)
    .join(baseUrl)
    .replace(`<Id>${ids[0]}</Id>`, `<Id>${ids[1]}</Id>`)
    .replace(/ \(dev\)"/g, '"');
}

/** The pane-only development manifest, from the development manifest. */
function paneOnlyManifest(xml) {
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, "");
  out = replaceOnce(out, `<Id>${DEV_ID}</Id>`, `<Id>${PANE_ONLY_DEV_ID}</Id>`, "the development <Id>");
  out = out.replace(/(<DisplayName DefaultValue="วิเคราะห์ ITA และมาตรการ)( \(dev\))?"/, '$1 (บานหน้าต่าง)$2"');
  out = out.replace(/(<Override Locale="en-US" Value="ITA Analysis and Measures)( \(dev\))?"/, '$1 (pane only)$2"');
  out = out.replace(/ พร้อมสูตร ITA\.\*"/, '"').replace(/, with ITA\.\* formulas\."/, '."');
  out = replaceOnce(
    out,
    out.slice(out.indexOf("<Requirements>"), out.indexOf("</Requirements>") + "</Requirements>".length),
    `<Requirements>\n    <Sets DefaultMinVersion="1.1">\n      <Set Name="ExcelApi" MinVersion="${PANE_ONLY_EXCEL_API}"/>\n    </Sets>\n  </Requirements>`,
    "<Requirements>",
  );
  out = removeElement(out, "Runtimes");
  out = removeElement(out, "AllFormFactors");
  for (const id of ["Functions.Script.Url", "Functions.Metadata.Url"])
    out = out.replace(new RegExp(`\\n[ \\t]*<bt:Url id="${id.replace(/\./g, "\\.")}"[^>]*/>`), "");
  out = out.replace(/\n[ \t]*<bt:String id="Functions\.Namespace"[^>]*\/>/, "");
  out = out.split(`${DEV_ORIGIN}/taskpane.html`).join(`${DEV_ORIGIN}/pane.html`);
  // The get-started text names the formulas, which this manifest does not have.
  out = out.replace(/ และใช้สูตร =ITA\.ISSUE\(&quot;e13&quot;\) ได้ในทุกเซลล์/, "");
  out = out.replace(/; the ITA\.\* formulas such as =ITA\.ISSUE\(&quot;e13&quot;\) work in any cell\./, ".");
  return out;
}

module.exports = {
  DEV_ORIGIN,
  DEFAULT_PUBLIC_URL,
  DEV_ID,
  PRODUCTION_ID,
  PANE_ONLY_DEV_ID,
  PANE_ONLY_PRODUCTION_ID,
  PANE_ONLY_EXCEL_API,
  publicUrl,
  productionManifest,
  paneOnlyManifest,
};
