import type { Catalog, Framework, IssueInfo } from "../types";
import issues from "./data/issues.json";
import fw2566 from "./data/framework-2566.json";
import fw2567 from "./data/framework-2567.json";
import fw2568 from "./data/framework-2568.json";
import { validateCatalog } from "./schema";

/** The catalog shipped with the product; a workbook's catalog sheet may complete or override it. */
export const BUILTIN_CATALOG: Catalog = validateCatalog({
  issues: issues as IssueInfo[],
  frameworks: [fw2566, fw2567, fw2568] as Framework[],
});
