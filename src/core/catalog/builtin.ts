import type { Catalog, Framework, IssueInfo, Tool } from "../types";
import issues from "./data/issues.json";
import fw2565 from "./data/framework-2565.json";
import fw2566 from "./data/framework-2566.json";
import fw2567 from "./data/framework-2567.json";
import fw2568 from "./data/framework-2568.json";
import { validateCatalog } from "./schema";

/**
 * A framework as its data file holds it. `inherit` takes another framework's indicators,
 * sub-indicators and the items of the tools named (2563–2565 share the 2566 IIT and EIT questions,
 * not its OIT list), so each fact is written once.
 */
interface FrameworkFile extends Omit<Framework, "indicators" | "subIndicators" | "items"> {
  indicators?: Framework["indicators"];
  subIndicators?: Framework["subIndicators"];
  items?: Framework["items"];
  inherit?: { from: string; tools: Tool[] };
}

function resolve(files: FrameworkFile[]): Framework[] {
  const byId = new Map(files.map((f) => [f.id, f]));
  return files.map(({ inherit, ...own }) => {
    const base = inherit ? byId.get(inherit.from) : undefined;
    if (inherit && !base) throw new Error(`catalog ${own.id}: inherits from unknown framework ${inherit.from}`);
    return {
      ...own,
      indicators: own.indicators ?? base?.indicators ?? [],
      subIndicators: own.subIndicators ?? base?.subIndicators ?? [],
      items: [...(base?.items ?? []).filter((i) => inherit!.tools.includes(i.tool)), ...(own.items ?? [])],
    };
  });
}

/** The catalog shipped with the product, frameworks oldest first; a workbook's catalog sheet may complete or override it. */
export const BUILTIN_CATALOG: Catalog = validateCatalog({
  issues: issues as IssueInfo[],
  frameworks: resolve([fw2565, fw2566, fw2567, fw2568] as FrameworkFile[]),
});
