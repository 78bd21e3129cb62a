// Structural tests of the XML manifest (the official validator needs the internet:
// `npm run validate` stays an optional online check). Parsed with fast-xml-parser.
import { XMLParser } from "fast-xml-parser";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestTools = require("../../scripts/manifest.js") as {
  DEV_ID: string;
  PRODUCTION_ID: string;
  DEFAULT_PUBLIC_URL: string;
  publicUrl(env?: Record<string, string | undefined>): string;
  productionManifest(xml: string, baseUrl?: string): string;
  paneOnlyManifest(xml: string): string;
  PANE_ONLY_DEV_ID: string;
  PANE_ONLY_PRODUCTION_ID: string;
};

const ROOT = join(__dirname, "..", "..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const PRODUCTION = manifestTools.productionManifest(SOURCE, manifestTools.DEFAULT_PUBLIC_URL);
const PANE_ONLY = manifestTools.paneOnlyManifest(SOURCE);
const PANE_ONLY_PRODUCTION = manifestTools.productionManifest(PANE_ONLY, manifestTools.DEFAULT_PUBLIC_URL);

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: () => false });

/** Every element (with its tag name and parent chain) in document order. */
function walk(node: unknown, tag = "", path: string[] = [], out: { tag: string; path: string[]; node: Node }[] = []) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, tag, path, out);
    return out;
  }
  if (!node || typeof node !== "object") return out;
  out.push({ tag, path, node: node as Node });
  for (const [k, v] of Object.entries(node as Node)) if (!k.startsWith("@_") && k !== "#text") walk(v, k, [...path, tag], out);
  return out;
}

function resources(xml: string) {
  const doc = parser.parse(xml) as Node;
  const all = walk(doc);
  const res = (kind: string) =>
    new Map(
      all
        .filter(
          (e) =>
            e.tag === kind && e.path.some((p) => p === "bt:Images" || p === "bt:Urls" || p === "bt:ShortStrings" || p === "bt:LongStrings"),
        )
        .map((e) => [String(e.node["@_id"]), { value: String(e.node["@_DefaultValue"]), group: e.path[e.path.length - 1], node: e.node }]),
    );
  return { doc, all, images: res("bt:Image"), urls: res("bt:Url"), strings: res("bt:String") };
}

describe.each([
  ["development", SOURCE],
  ["production", PRODUCTION],
  ["pane-only development", PANE_ONLY],
  ["pane-only production", PANE_ONLY_PRODUCTION],
])("the %s manifest", (name, xml) => {
  const paneOnly = name.startsWith("pane-only");
  const { doc, all, images, urls, strings } = resources(xml);
  const app = doc.OfficeApp as Node;

  it("resolves every resid to a resource of the right kind", () => {
    const uses = all.filter((e) => e.node["@_resid"] !== undefined);
    expect(uses.length).toBeGreaterThan(15);
    for (const u of uses) {
      const id = String(u.node["@_resid"]);
      const kind =
        u.tag === "bt:Image" ? images : ["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(u.tag) ? urls : strings;
      expect({ id, tag: u.tag, found: kind.has(id) }).toEqual({ id, tag: u.tag, found: true });
      if (u.tag === "Description" || (u.path.includes("Supertip") && u.tag === "Description"))
        expect(strings.get(id)?.group).toBe("bt:LongStrings");
      if (u.tag === "Label" || u.tag === "Title") expect(strings.get(id)?.group).toBe("bt:ShortStrings");
    }
  });

  if (!paneOnly)
    it("declares the custom functions' namespace ITA", () => {
      const ns = all.find((e) => e.tag === "Namespace")!;
      expect(strings.get(String(ns.node["@_resid"]))?.value).toBe("ITA");
    });

  if (!paneOnly)
    it("requests the shared runtime, long-lived, hosting the pane and the functions in one page", () => {
      const sets = ((app.Requirements as Node).Sets as Node).Set as Node[];
      expect(sets).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ "@_Name": "SharedRuntime", "@_MinVersion": "1.1" }),
          // Builds with the shared runtime have ExcelApi 1.11 or later anyway; 1.9 is the print setup.
          expect.objectContaining({ "@_Name": "ExcelApi", "@_MinVersion": "1.9" }),
        ]),
      );
      const runtime = all.find((e) => e.tag === "Runtime")!;
      expect(runtime.node["@_lifetime"]).toBe("long");
      const page = String(runtime.node["@_resid"]);
      expect(urls.get(page)?.value).toMatch(/\/taskpane\.html$/);
      const cf = all.find((e) => e.tag === "ExtensionPoint" && e.node["@_xsi:type"] === "CustomFunctions")!.node;
      expect(((cf.Page as Node).SourceLocation as Node)["@_resid"]).toBe(page);
      expect(urls.get(String(((cf.Metadata as Node).SourceLocation as Node)["@_resid"]))?.value).toMatch(/\/functions\.json$/);
      expect(all.find((e) => e.tag === "FunctionFile")!.node["@_resid"]).toBe(page);
      const action = all.find((e) => e.tag === "Action")!.node;
      expect(action["@_xsi:type"]).toBe("ShowTaskpane");
      expect((action.SourceLocation as Node)["@_resid"]).toBe(page);
      expect(((app.DefaultSettings as Node).SourceLocation as Node)["@_DefaultValue"]).toBe(urls.get(page)?.value);
    });

  if (paneOnly)
    it("is the pane alone: pane.html, no shared runtime, no custom functions, only the ExcelApi the pane needs", () => {
      const set = ((app.Requirements as Node).Sets as Node).Set as Node;
      expect(set).toEqual({ "@_Name": "ExcelApi", "@_MinVersion": "1.7" });
      for (const tag of ["Runtimes", "Runtime", "AllFormFactors", "Namespace", "Script", "Metadata"])
        expect(all.some((e) => e.tag === tag)).toBe(false);
      expect(xml).not.toMatch(/functions\.(js|json)|taskpane\.html|ITA\.\*|=ITA\./);
      const action = all.find((e) => e.tag === "Action")!.node;
      expect(urls.get(String((action.SourceLocation as Node)["@_resid"]))?.value).toMatch(/\/pane\.html$/);
      expect(((app.DefaultSettings as Node).SourceLocation as Node)["@_DefaultValue"]).toMatch(/\/pane\.html$/);
      // Its own add-in: installed beside the full one without a clash.
      expect(String(app.Id)).toBe(name.includes("production") ? manifestTools.PANE_ONLY_PRODUCTION_ID : manifestTools.PANE_ONLY_DEV_ID);
      expect(String((app.DisplayName as Node)["@_DefaultValue"])).toMatch(/^วิเคราะห์ ITA และมาตรการ \(บานหน้าต่าง\)/);
    });

  it("has ribbon icons at every size a button takes (16–80) and its help page as SupportUrl", () => {
    for (const icon of all.filter((e) => e.tag === "Icon"))
      expect(((icon.node["bt:Image"] as Node[]) ?? []).map((i) => Number(i["@_size"]))).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    const support = String((app.SupportUrl as Node)["@_DefaultValue"]);
    expect(support).toBe(`${new URL(urls.get("Taskpane.Url")!.value).origin}/help.html`);
  });

  it("puts the Thai button on the Home tab, with Thai names and an English fallback", () => {
    const tab = all.find((e) => e.tag === "OfficeTab")!;
    expect(tab.node["@_id"]).toBe("TabHome");
    const button = all.find((e) => e.tag === "Control")!.node;
    expect(strings.get(String((button.Label as Node)["@_resid"]))?.value).toBe("วิเคราะห์ ITA");
    expect(app.DefaultLocale).toBe("th-TH");
    expect(String((app.DisplayName as Node)["@_DefaultValue"])).toMatch(/^วิเคราะห์ ITA/);
    expect(((app.DisplayName as Node).Override as Node)["@_Locale"]).toBe("en-US");
    expect(((app.Description as Node).Override as Node)["@_Locale"]).toBe("en-US");
  });

  it("keeps ids and texts within the manifest's limits", () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(app.Version)).toMatch(/^\d+(\.\d+){0,3}$/);
    for (const map of [images, urls, strings]) for (const id of map.keys()) expect(id.length).toBeLessThanOrEqual(32);
    for (const e of all.filter((x) => ["Group", "Control"].includes(x.tag))) expect(String(e.node["@_id"]).length).toBeLessThanOrEqual(125);
    const taskpaneId = String(all.find((e) => e.tag === "Action")!.node.TaskpaneId);
    expect(taskpaneId).toBe("ITA.Taskpane");
    expect(taskpaneId.length).toBeLessThanOrEqual(125);
    for (const s of strings.values()) {
      const max = s.group === "bt:ShortStrings" ? 125 : 250;
      expect(s.value.length).toBeLessThanOrEqual(max);
      const o = s.node["bt:Override"] as Node | undefined;
      if (o) expect(String(o["@_Value"]).length).toBeLessThanOrEqual(max);
    }
    expect(String((app.DisplayName as Node)["@_DefaultValue"]).length).toBeLessThanOrEqual(125);
    expect(String((app.Description as Node)["@_DefaultValue"]).length).toBeLessThanOrEqual(250);
    for (const u of urls.values()) expect(u.value.length).toBeLessThanOrEqual(2048);
  });

  it("serves everything over https from one origin, with icons of the declared sizes", () => {
    const all = xml
      .replace(/<!--[\s\S]*?-->/g, "")
      .match(/https?:\/\/[^"<\s]+/g)!
      .filter((u) => !u.startsWith("http://schemas.microsoft.com") && !u.startsWith("http://www.w3.org"));
    const origins = new Set(all.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    expect([...origins][0]).toMatch(/^https:\/\//);
    for (const [id, img] of images) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      const file = join(ROOT, new URL(img.value).pathname);
      const png = readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
      const url = String((app[name] as Node)["@_DefaultValue"]);
      expect(existsSync(join(ROOT, new URL(url).pathname))).toBe(true);
    }
  });
});

describe("the production manifests", () => {
  it("has no localhost, its own Id and names without (dev)", () => {
    expect(PRODUCTION).not.toMatch(/localhost/);
    expect(PRODUCTION).toContain(`<Id>${manifestTools.PRODUCTION_ID}</Id>`);
    expect(SOURCE).toContain(`<Id>${manifestTools.DEV_ID}</Id>`);
    expect(PRODUCTION).not.toContain("(dev)");
    expect(SOURCE).toContain("(dev)");
    expect(PRODUCTION).toContain('<bt:String id="Functions.Namespace" DefaultValue="ITA"/>');
    expect(PANE_ONLY_PRODUCTION).not.toMatch(/localhost|\(dev\)/);
    expect(PANE_ONLY_PRODUCTION).toContain(`<Id>${manifestTools.PANE_ONLY_PRODUCTION_ID}</Id>`);
    expect(
      new Set([manifestTools.DEV_ID, manifestTools.PRODUCTION_ID, manifestTools.PANE_ONLY_DEV_ID, manifestTools.PANE_ONLY_PRODUCTION_ID])
        .size,
    ).toBe(4);
  });

  it("takes its URL from ITA_PUBLIC_URL at build time, https only", () => {
    expect(manifestTools.publicUrl({})).toBe("https://ita-addin.example.org");
    expect(manifestTools.publicUrl({ ITA_PUBLIC_URL: "https://ita.go.th/addin/" })).toBe("https://ita.go.th/addin");
    expect(manifestTools.productionManifest(SOURCE, "https://ita.go.th/addin")).toContain(
      'DefaultValue="https://ita.go.th/addin/taskpane.html"',
    );
    expect(() => manifestTools.publicUrl({ ITA_PUBLIC_URL: "http://ita.go.th" })).toThrow(/https/);
    expect(() => manifestTools.publicUrl({ ITA_PUBLIC_URL: "https://localhost:8443" })).toThrow(/localhost/);
  });
});
