"use strict";
// The production manifest from the development one (manifest.xml): used by webpack.config.js when
// it copies the manifest into dist/, and by the manifest tests.
//   - every https://localhost:3000 becomes the public URL (ITA_PUBLIC_URL, no trailing slash);
//   - the add-in gets its production <Id> (a sideloaded dev build and the deployed one never clash);
//   - " (dev)" leaves the display names.
// The custom-functions namespace stays ITA in every build (formulas saved as ITA.* must resolve).

const DEV_ORIGIN = "https://localhost:3000";
const DEFAULT_PUBLIC_URL = "https://ita-addin.example.org";
const DEV_ID = "6cfb32a8-773e-4b22-90df-be349ffc7806";
const PRODUCTION_ID = "0b6fec8a-1f71-4e39-aabb-678240e60eae";

/** The public base URL: ITA_PUBLIC_URL or the placeholder; https only, no trailing slash. */
function publicUrl(env = process.env) {
  const url = (env.ITA_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(url)) throw new Error(`ITA_PUBLIC_URL must be an https:// URL, got "${url}"`);
  if (/localhost|127\.0\.0\.1/.test(url)) throw new Error("ITA_PUBLIC_URL must not be localhost in a production build");
  return url;
}

function productionManifest(xml, baseUrl = publicUrl()) {
  if (!xml.includes(`<Id>${DEV_ID}</Id>`)) throw new Error("manifest.xml does not carry the development <Id>");
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_ORIGIN)
    .join(baseUrl)
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`)
    .replace(/ \(dev\)"/g, '"');
}

module.exports = { DEV_ORIGIN, DEFAULT_PUBLIC_URL, DEV_ID, PRODUCTION_ID, publicUrl, productionManifest };
