import { overallProgress, progressPercentOf, progressStatusOf } from "../../../src/core/progress/status";

describe("the status column", () => {
  it("reads the drop-down words and what staff type instead", () => {
    expect(progressStatusOf("ดำเนินการแล้ว")).toBe("done");
    expect(progressStatusOf(" เสร็จสิ้น ")).toBe("done");
    expect(progressStatusOf("อยู่ระหว่างดำเนินการ")).toBe("inProgress");
    expect(progressStatusOf("กำลัง ดำเนินการ")).toBe("inProgress");
    expect(progressStatusOf("ยังไม่เริ่ม")).toBe("notStarted");
    expect(progressStatusOf("ยกเลิก")).toBe("cancelled");
    expect(progressStatusOf("")).toBe("unreported");
    expect(progressStatusOf(null)).toBe("unreported");
    expect(progressStatusOf("เกือบเสร็จ")).toBeUndefined();
  });

  it("reads percentages in 0–100 only", () => {
    expect(progressPercentOf(80)).toBe(80);
    expect(progressPercentOf("๘๐")).toBe(80);
    expect(progressPercentOf("80 %")).toBe(80);
    expect(progressPercentOf("")).toBeNull();
    expect(progressPercentOf(120)).toBeUndefined();
    expect(progressPercentOf(-1)).toBeUndefined();
    expect(progressPercentOf("มาก")).toBeUndefined();
  });

  it("gives the share done of the measures not cancelled, or the mean of the percentages", () => {
    expect(overallProgress(["done", "inProgress", "notStarted", "cancelled", "done"])).toBe(50);
    expect(overallProgress(["done", "inProgress", "notStarted", "cancelled", "done"], [null, 40, null, null, null])).toBe(60);
    expect(overallProgress(["done", "done", "unreported"])).toBe(66.67);
    expect(overallProgress(["cancelled"])).toBeUndefined();
  });
});
