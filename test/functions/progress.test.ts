import "../setup-custom-functions";
import * as ITA from "../../src/functions/functions";
import { overallProgress } from "../../src/core";
import { column, failure, NA, VALUE } from "./formula-errors";

// =ITA.PROGRESS(statuses, [percents]): the measures sheet's สถานะ and ร้อยละความก้าวหน้า columns →
// the o43 report's overall figure (overallProgress in src/core/progress/status.ts).

const DONE = "ดำเนินการแล้ว";
const DOING = "กำลังดำเนินการ";
const NOT_STARTED = "ยังไม่เริ่ม";
const CANCELLED = "ยกเลิก";

/** Five measures of a small อบต.'s plan: two done, one under way, one not started, one cancelled. */
const FIVE = [DONE, DOING, NOT_STARTED, CANCELLED, DONE];

describe("ITA.PROGRESS with statuses only", () => {
  it("is the share done of the measures not cancelled: 2 done of 4 → 50", () => {
    expect(ITA.progress(column(FIVE))).toBe(50);
    expect(ITA.progress(column(FIVE), null as unknown as unknown[][])).toBe(50); // percents omitted: Excel passes null
  });

  it("gives 2 decimals: 1 done of 3 → 33.33", () => {
    expect(ITA.progress(column([DONE, DOING, NOT_STARTED]))).toBe(33.33);
    expect(ITA.progress(column([DONE, DONE, NOT_STARTED]))).toBe(66.67);
  });

  it("reads the words staff type besides the drop-down's, with stray spaces", () => {
    expect(ITA.progress(column(["เสร็จแล้ว", " ดำเนินการ แล้ว ", "อยู่ระหว่างดำเนินการ", "Done"]))).toBe(75);
  });

  it("takes a row or a block, cell by cell", () => {
    expect(ITA.progress([FIVE])).toBe(50);
    expect(
      ITA.progress([
        [DONE, DOING],
        [CANCELLED, DONE],
      ]),
    ).toBe(66.67);
  });

  it("ignores empty rows after the table (a range selected past its end)", () => {
    expect(ITA.progress(column([...FIVE, "", "", "", ""]))).toBe(50);
    expect(ITA.progress(column([...FIVE, null, "  ", "\u200b"]))).toBe(50);
  });

  it("counts a blank status inside the table as a measure not yet reported (not done)", () => {
    // 2 done of 5: the blank row 3 is a measure nobody has reported on yet, not an empty row
    expect(ITA.progress(column([DONE, DOING, "", CANCELLED, DONE, NOT_STARTED]))).toBe(40);
    expect(ITA.progress(column(["", DONE]))).toBe(50);
  });

  it("all cancelled, or nothing at all → #N/A with a Thai message", () => {
    const cancelled = failure(() => ITA.progress(column([CANCELLED, "ยกเลิก", "", ""])));
    expect(cancelled.code).toBe(NA);
    expect(cancelled.message).toContain("ยกเลิก");
    expect(cancelled.message).toMatch(/\(.*cancelled.*\)$/);
    const empty = failure(() => ITA.progress(column(["", "", null])));
    expect(empty.code).toBe(NA);
    expect(empty.message).toContain("ไม่มีสถานะหรือร้อยละ");
  });

  it("an unknown status word → #VALUE! naming its row, the word and the four words to type", () => {
    const e = failure(() => ITA.progress(column([DONE, DOING, "ใกล้เสร็จ", DONE])));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("แถวที่ 3");
    expect(e.message).toContain("ใกล้เสร็จ");
    for (const word of [NOT_STARTED, DOING, DONE, CANCELLED]) expect(e.message).toContain(`"${word}"`);
    expect(e.message).toMatch(/^แถวที่ 3 ของช่วงสถานะ: /);
    expect(e.message).toMatch(/\(unknown status word\)$/);
    expect(failure(() => ITA.progress([[DONE, "ok"]])).message).toContain("ช่องที่ 2");
    expect(failure(() => ITA.progress([[DONE], ["x"]])).message).toContain("แถวที่ 2");
  });

  it("a header row caught in the range is an unknown word, not a measure", () => {
    expect(failure(() => ITA.progress(column(["สถานะ", DONE]))).message).toContain("แถวที่ 1");
  });
});

describe("ITA.PROGRESS with percents", () => {
  it("is the mean percent of the measures not cancelled, a blank read from the status: mean(100, 40, 0, 100) = 60", () => {
    expect(ITA.progress(column(FIVE), column([100, 40, "", "", ""]))).toBe(60);
    expect(overallProgress(["done", "inProgress", "notStarted", "cancelled", "done"], [100, 40, null, null, null])).toBe(60);
  });

  it("uses the percent staff typed, whatever the status", () => {
    expect(ITA.progress(column(FIVE), column([90, 40, 10, 50, 100]))).toBe(60); // (90 + 40 + 10 + 100) / 4
  });

  it("counts a measure under way with no percent as 0 (no figure for it: never more than staff said)", () => {
    expect(ITA.progress(column([DONE, DOING, NOT_STARTED]), column(["", "", ""]))).toBe(33.33);
  });

  it("reads Thai digits, text numbers and 80%", () => {
    expect(ITA.progress(column([DOING, DOING]), column(["๘๐", "60"]))).toBe(70);
    expect(ITA.progress(column([DOING, DONE]), column(["80%", ""]))).toBe(90);
    expect(ITA.progress(column([DOING]), column(["๕๒.๕ %"]))).toBe(52.5);
  });

  it("a blank status with a percent is a measure not yet reported, with that percent", () => {
    expect(ITA.progress(column([DONE, ""]), column(["", 30]))).toBe(65);
    // …and it is the last measure: the rows after it are skipped, the blank row 2 before it is not
    expect(ITA.progress(column([DONE, "", "", "", ""]), column(["", "", 30, "", ""]))).toBe(43.33); // (100 + 0 + 30) / 3
  });

  it("ignores empty rows after the table in both ranges", () => {
    expect(ITA.progress(column([...FIVE, "", "", ""]), column([100, 40, "", "", "", "", "", ""]))).toBe(60);
  });

  it("a percent outside 0–100 or not a number → #VALUE! naming its row", () => {
    const over = failure(() => ITA.progress(column([DONE, DOING]), column([100, 120])));
    expect(over.code).toBe(VALUE);
    expect(over.message).toMatch(/^แถวที่ 2 ของช่วงร้อยละ: 120 อยู่นอกช่วง 0–100/);
    const negative = failure(() => ITA.progress(column([DOING]), column(["-5"])));
    expect(negative.message).toContain("อยู่นอกช่วง 0–100");
    const text = failure(() => ITA.progress(column([DONE, DOING, NOT_STARTED]), column([100, 50, "ครึ่งหนึ่ง"])));
    expect(text.code).toBe(VALUE);
    expect(text.message).toContain("แถวที่ 3");
    expect(text.message).toContain('"ครึ่งหนึ่ง" ไม่ใช่ตัวเลขร้อยละ');
    expect(text.message).toMatch(/\(percent is not a number\)$/);
    // even for a cancelled measure: the cell is wrong wherever it is
    expect(failure(() => ITA.progress(column([CANCELLED]), column(["abc"]))).code).toBe(VALUE);
  });

  it("ranges of different sizes → #VALUE! with both sizes", () => {
    const e = failure(() => ITA.progress(column(FIVE), column([100, 40, ""])));
    expect(e.code).toBe(VALUE);
    expect(e.message).toContain("ช่วงสถานะ (5 แถว × 1 คอลัมน์)");
    expect(e.message).toContain("ช่วงร้อยละ (3 แถว × 1 คอลัมน์)");
    expect(e.message).toMatch(/\(ranges differ in size\)$/);
    expect(failure(() => ITA.progress([FIVE], column([1, 2, 3, 4, 5]))).code).toBe(VALUE);
  });

  it("all cancelled → #N/A; a measure under way without a percent counts 0, never more than staff said", () => {
    expect(failure(() => ITA.progress(column([CANCELLED, CANCELLED]), column([50, ""]))).code).toBe(NA);
    expect(ITA.progress(column([DOING, CANCELLED]), column(["", ""]))).toBe(0);
    // The blank last row is past the end of the table, not a measure.
    expect(ITA.progress(column([DONE, DOING, ""]), column(["", "", ""]))).toBe(50);
    expect(ITA.progress(column([DONE, DOING]), column(["", 50]))).toBe(75);
  });

  it("gives the same figure on every call (no memo across ranges)", () => {
    expect(ITA.progress(column(FIVE), column([100, 40, "", "", ""]))).toBe(60);
    expect(ITA.progress(column(FIVE), column([100, 80, "", "", ""]))).toBe(70);
  });
});
