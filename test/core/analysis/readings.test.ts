// Cross-tool readings: staff (IIT) and service users (EIT) read alike when their means are less
// than 5 points apart (PERCEPTION_GAP), apart from 5 points on.
import { classificationOptions } from "../../../src/core/analysis/classify";
import { crossToolReadings } from "../../../src/core/analysis/readings";
import type { ItemAnalysis } from "../../../src/core/types";

const item = (code: string, tool: "IIT" | "EIT", score: number): ItemAnalysis => ({
  code,
  tool,
  text: "",
  score,
  status: null,
  issues: [1],
  indicator: tool === "IIT" ? 1 : 6,
});

const reading = (iit: number, eit: number) =>
  crossToolReadings([item("i1", "IIT", iit), item("e1", "EIT", eit)], classificationOptions())[0];

describe("staff against service users", () => {
  it.each([
    [90, 94.9, "เห็นตรงกัน"],
    [94.9, 90, "เห็นตรงกัน"],
    [90, 95, "มองต่างกัน"],
    [96, 90, "มองต่างกัน"],
  ])("IIT %d, EIT %d: %s", (iit, eit, verdict) => {
    expect(reading(iit, eit)).toContain(verdict);
  });

  it("says which side sees it better when they differ", () => {
    expect(reading(99, 80)).toContain("ภายในเห็นว่าทำได้ดีกว่าที่ผู้รับบริการสัมผัส");
    expect(reading(80, 99)).toContain("ผู้รับบริการพอใจมากกว่าบุคลากรภายใน");
  });

  it("reads alike and good when both are at the improve bar or above", () => {
    expect(reading(97, 98)).toContain("รับรู้ไปในทางเดียวกันและอยู่ในระดับดี");
  });
});
