import { eitPartIn } from "../../../src/core/reader/eit-parts";
import { columnHeader } from "../../../src/core/reader/columns";
import { classifyLabel, LabelContext } from "../../../src/core/reader/labels";
import { Grid } from "../../../src/core/reader/grid";
import { BUILTIN_CATALOG } from "../../../src/core/catalog/builtin";

describe("the EIT parts, one rule for headers and labels", () => {
  it.each([
    ["EIT (เข้าตอบเอง)", { part: "public" }],
    ["Public", { part: "public" }],
    ["สำนักงาน ป.ป.ช. จัดเก็บ", { part: "survey" }],
    ["EIT ส่วนที่ 2", { partNumber: 2 }],
    ["เข้าตอบเอง / ป.ป.ช. จัดเก็บ", {}],
    ["EIT", {}],
  ])("%s", (text, part) => {
    expect(eitPartIn(text)).toEqual(part);
    const grid = new Grid({ name: "s", values: [[text]] });
    const header = columnHeader(grid, 0, 0, 0);
    expect({ ...(header.part ? { part: header.part } : {}), ...(header.partNumber ? { partNumber: header.partNumber } : {}) }).toEqual(
      part,
    );
    const label = classifyLabel(
      new Grid({ name: "s", values: [[text.startsWith("EIT") ? text : `EIT ${text}`]] }),
      0,
      0,
      new LabelContext(BUILTIN_CATALOG),
    );
    const tool =
      "part" in part
        ? part.part === "public"
          ? "EIT_PUBLIC"
          : "EIT_SURVEY"
        : "partNumber" in part
          ? part.partNumber === 1
            ? "EIT_PUBLIC"
            : "EIT_SURVEY"
          : "EIT";
    expect(label?.target).toEqual({ kind: "tool", tool });
  });
});
