import { fiscalYearOf, parseDay, roundOf } from "../../../src/core/progress/dates";
import { timeframeEnd } from "../../../src/core/progress/due";
import { timeframeText, oitTimeframeText } from "../../../src/core/measures/timeframe";

describe("the report's day", () => {
  it("reads Buddhist-era and ISO dates, Thai digits and Thai month names", () => {
    expect(parseDay("2568-03-31")).toBe("2025-03-31");
    expect(parseDay("2025-03-31")).toBe("2025-03-31");
    expect(parseDay("๓๑/๓/๒๕๖๘")).toBe("2025-03-31");
    expect(parseDay("31/03/68")).toBe("2025-03-31");
    expect(parseDay("31 มี.ค. 2568")).toBe("2025-03-31");
    expect(parseDay("30 กันยายน 2568")).toBe("2025-09-30");
  });

  it("reads an Excel date serial, and a BE year typed into a Gregorian Excel", () => {
    expect(parseDay(45747)).toBe("2025-03-31");
    // 31/3/2568 typed where Excel reads the year as CE 2568.
    const serial2568 = (Date.UTC(2568, 2, 31) - Date.UTC(1899, 11, 30)) / 86400000;
    expect(parseDay(serial2568)).toBe("2025-03-31");
  });

  it("refuses what is not a day", () => {
    for (const bad of ["2568-02-30", "31/13/2568", "เมื่อวาน", "", "31 มี.ค.", "2568"]) expect(parseDay(bad)).toBeUndefined();
  });

  it("gives the fiscal year and the round: to 31 March the half-year, after it the year-end", () => {
    expect(fiscalYearOf("2025-03-31")).toBe(2568);
    expect(fiscalYearOf("2024-10-01")).toBe(2568);
    expect(fiscalYearOf("2025-09-30")).toBe(2568);
    expect(roundOf("2025-03-31")).toBe("halfYear");
    expect(roundOf("2024-12-15")).toBe("halfYear");
    expect(roundOf("2025-04-01")).toBe("yearEnd");
    expect(roundOf("2025-09-30")).toBe("yearEnd");
  });
});

describe("the end of a timeframe", () => {
  it("reads every timeframe the plan writes", () => {
    expect(timeframeEnd(timeframeText("ตลอดปีงบประมาณ", 2568), 2568)).toBe("2025-09-30");
    expect(timeframeEnd(timeframeText("ไตรมาส 1", 2568), 2568)).toBe("2024-12-31");
    expect(timeframeEnd(timeframeText("ไตรมาส 1–2", 2568), 2568)).toBe("2025-03-31");
    expect(timeframeEnd(timeframeText("ทุกไตรมาส", 2568), 2568)).toBe("2025-09-30");
    // The OIT close written after the span is not the measure's end.
    expect(timeframeEnd(oitTimeframeText("ตลอดปีงบประมาณ", 2568), 2568)).toBe("2025-03-31");
    expect(timeframeEnd(oitTimeframeText("ทุกเดือน", 2568), 2568)).toBe("2025-09-30");
  });

  it("reads what staff write", () => {
    expect(timeframeEnd("ต.ค. 67 - มี.ค. 68", 2568)).toBe("2025-03-31");
    expect(timeframeEnd("ภายใน 31 ธันวาคม 2567", 2568)).toBe("2024-12-31");
    expect(timeframeEnd("ตุลาคม – ธันวาคม", 2568)).toBe("2024-12-31");
    expect(timeframeEnd("ไตรมาสที่ 3", 2568)).toBe("2025-06-30");
    expect(timeframeEnd("มกราคม ๒๕๖๘", 2568)).toBe("2025-01-31");
  });

  it("gives no end for a text without one", () => {
    expect(timeframeEnd("เมื่อได้รับงบประมาณ", 2568)).toBeUndefined();
    expect(timeframeEnd("", 2568)).toBeUndefined();
  });
});
