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

describe("what the readings never say", () => {
  const oit = (code: string, score: number | null): ItemAnalysis => ({
    code,
    tool: "OIT",
    text: "",
    score,
    status: null,
    issues: [3],
    indicator: 9,
    subIndicator: "9.1",
  });

  it("never calls disclosure complete while an item of the issue has no score", () => {
    const r = crossToolReadings([oit("o1", 100), oit("o2", 100), oit("o3", null)], classificationOptions());
    expect(r).toHaveLength(1);
    expect(r[0]).not.toMatch(/ครบถ้วน สอดคล้อง|ครบแล้ว/);
    expect(r[0]).toContain("ไม่มีคะแนนของ o3");
    expect(r[0]).toContain("ยังสรุปไม่ได้ว่าการเปิดเผยข้อมูลของประเด็นนี้ครบถ้วน");
    expect(crossToolReadings([oit("o1", 100), oit("o2", 100)], classificationOptions())[0]).toMatch(/ครบถ้วน/);
  });

  it("says which group is below the bar when only one is, even when they read alike", () => {
    expect(reading(96, 92)).toContain("คะแนนของผู้รับบริการยังต่ำกว่า 95");
    expect(reading(92, 96)).toContain("คะแนนของบุคลากรภายในยังต่ำกว่า 95");
    expect(reading(96, 92)).not.toContain("เห็นตรงกันว่าเรื่องนี้ยังต้องปรับปรุง");
    expect(reading(90, 92)).toContain("เห็นตรงกันว่าเรื่องนี้ยังต้องปรับปรุง");
  });

  it("compares at 2 decimals: 94.995 is not below 95", () => {
    expect(reading(94.995, 97)).toContain("รับรู้ไปในทางเดียวกันและอยู่ในระดับดี");
  });
});
