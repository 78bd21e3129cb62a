import { fiscalYearSpan, timeframeText } from "../../../src/core/measures/timeframe";

describe("timeframes in the Buddhist era", () => {
  it("results 2566 → measures in fiscal year 2567: 1 ต.ค. 2566 – 30 ก.ย. 2567", () => {
    expect(fiscalYearSpan(2567)).toBe("1 ต.ค. 2566 – 30 ก.ย. 2567");
    expect(timeframeText("ตลอดปีงบประมาณ", 2567)).toBe("1 ต.ค. 2566 – 30 ก.ย. 2567");
  });

  it("names quarters with their dates", () => {
    expect(timeframeText("ไตรมาส 1", 2568)).toBe("ไตรมาส 1 ปีงบประมาณ 2568 (1 ต.ค. 2567 – 31 ธ.ค. 2567)");
    expect(timeframeText("ไตรมาส ๒–๓", 2568)).toBe("ไตรมาส 2–3 ปีงบประมาณ 2568 (1 ม.ค. 2568 – 30 มิ.ย. 2568)");
    expect(timeframeText("ทุกไตรมาส", 2567)).toBe("ทุกไตรมาส (1 ต.ค. 2566 – 30 ก.ย. 2567)");
  });

  it("keeps free text staff typed", () => {
    expect(timeframeText("มีนาคม 2567", 2567)).toBe("มีนาคม 2567");
  });
});
