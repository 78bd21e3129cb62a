import type { ClassificationOptions, IndicatorAnalysis, ItemAnalysis } from "../types";
import { belowBar, format2, mean } from "../text/round";
import { TOOL_IN_TEXT } from "../vocabulary";
import { EIT_PART_GAP } from "./findings";

/** A gap this large between staff and service users means they do not see the issue the same way. */
const PERCEPTION_GAP = 5;

const codes = (items: ItemAnalysis[]): string => items.map((i) => i.code).join(", ");
const scored = (items: ItemAnalysis[]) => items.filter((i): i is ItemAnalysis & { score: number } => i.score !== null);

/** Staff (IIT) against service users (EIT) on the same theme: alike, apart, and who is below the bar. */
function staffAndUsers(iit: (ItemAnalysis & { score: number })[], eit: (ItemAnalysis & { score: number })[], good: number): string {
  const a = mean(iit.map((i) => i.score));
  const b = mean(eit.map((i) => i.score));
  const pair = `บุคลากรภายใน (IIT: ${codes(iit)} เฉลี่ย ${format2(a)}) และผู้รับบริการ (EIT: ${codes(eit)} เฉลี่ย ${format2(b)})`;
  const staffLow = belowBar(a, good);
  const usersLow = belowBar(b, good);
  if (Math.abs(a - b) < PERCEPTION_GAP) {
    if (!staffLow && !usersLow) return `${pair} รับรู้ไปในทางเดียวกันและอยู่ในระดับดี: รักษามาตรฐานและเก็บหลักฐานการดำเนินงานไว้ต่อเนื่อง`;
    if (staffLow && usersLow) return `${pair} เห็นตรงกันว่าเรื่องนี้ยังต้องปรับปรุง: ควรปรับปรุงขั้นตอนการปฏิบัติงานในเรื่องนี้ แล้วแจ้งผลการปรับปรุงให้ทั้งสองกลุ่มทราบ`;
    // Close, but only one group under the bar: say which.
    return staffLow
      ? `${pair} รับรู้ใกล้เคียงกัน แต่คะแนนของบุคลากรภายในยังต่ำกว่า ${good}: สร้างความเข้าใจและความเชื่อมั่นภายในหน่วยงานในเรื่องนี้ โดยรักษาสิ่งที่ผู้รับบริการเห็นว่าดีไว้`
      : `${pair} รับรู้ใกล้เคียงกัน แต่คะแนนของผู้รับบริการยังต่ำกว่า ${good}: ตรวจสอบการให้บริการ ณ จุดบริการและสื่อสารขั้นตอนให้ผู้รับบริการเข้าใจ`;
  }
  if (a > b) return `${pair} มองต่างกัน: ภายในเห็นว่าทำได้ดีกว่าที่ผู้รับบริการสัมผัส จึงควรตรวจสอบการให้บริการ ณ จุดบริการและสื่อสารขั้นตอนให้ผู้รับบริการเข้าใจ`;
  return `${pair} มองต่างกัน: ผู้รับบริการพอใจมากกว่าบุคลากรภายใน จึงควรสร้างความเข้าใจและความเชื่อมั่นภายในหน่วยงานในเรื่องนี้`;
}

/** What is disclosed (OIT) against how it is perceived; never "complete" while an item has no score. */
function disclosure(oitAll: ItemAnalysis[], perception: (ItemAnalysis & { score: number })[], good: number): string | undefined {
  const oit = scored(oitAll);
  if (!oit.length) return undefined;
  const unscored = oitAll.filter((i) => i.score === null);
  const missing = oit.filter((i) => belowBar(i.score, 100));
  const p = perception.length ? mean(perception.map((i) => i.score)) : undefined;
  const pText = p === undefined ? "" : ` (การรับรู้เฉลี่ย ${format2(p)})`;
  const perceivedWell = p === undefined || !belowBar(p, good);
  if (missing.length === 0 && unscored.length > 0)
    return `รายการ ${codes(oit)} เปิดเผยครบตามเกณฑ์${pText} แต่ไม่มีคะแนนของ ${codes(unscored)} ในสมุดงาน จึงยังสรุปไม่ได้ว่าการเปิดเผยข้อมูลของประเด็นนี้ครบถ้วน: เพิ่มคะแนนของรายการเหล่านั้น แล้วตรวจอีกครั้ง`;
  if (missing.length === 0)
    return perceivedWell
      ? `การเปิดเผยข้อมูล (${codes(oit)}) ครบถ้วน${pText} สอดคล้องกับการรับรู้: รักษามาตรฐานการเผยแพร่ให้เป็นปัจจุบัน`
      : `เปิดเผยข้อมูล (${codes(oit)}) ครบแล้ว แต่การรับรู้ยังตามไม่ทัน${pText}: ต้องสื่อสารและประชาสัมพันธ์ข้อมูลที่มีอยู่ให้เข้าถึงง่ายขึ้น`;
  return p !== undefined && perceivedWell
    ? `การรับรู้อยู่ในระดับดี${pText} แต่ยังขาดการเปิดเผย ${codes(missing)}: ต้องเผยแพร่ข้อมูลให้ครบเพื่อยืนยันสิ่งที่ทำอยู่แล้ว`
    : `ยังขาดการเปิดเผย ${codes(missing)}${pText}: ต้องจัดทำและเผยแพร่ข้อมูลให้ครบ แล้วแจ้งให้บุคลากรและผู้รับบริการทราบ`;
}

/** The two EIT parts of the questions, where the workbook gives both: which one is weak. */
function eitParts(eit: ItemAnalysis[], good: number): string | undefined {
  const both = eit.filter((i) => i.parts && i.parts.public !== null && i.parts.survey !== null);
  if (!both.length) return undefined;
  const pub = mean(both.map((i) => i.parts!.public!));
  const sur = mean(both.map((i) => i.parts!.survey!));
  const figures = `${TOOL_IN_TEXT.EIT_PUBLIC} เฉลี่ย ${format2(pub)} และ ${TOOL_IN_TEXT.EIT_SURVEY} เฉลี่ย ${format2(sur)} (${codes(both)})`;
  if (Math.abs(pub - sur) < EIT_PART_GAP)
    return belowBar(Math.min(pub, sur), good)
      ? `${figures} ใกล้เคียงกัน: ผู้รับบริการทั้งสองกลุ่มเห็นว่าเรื่องนี้ยังต้องพัฒนา`
      : `${figures} ใกล้เคียงกันและอยู่ในระดับดี`;
  const [low, high] = sur < pub ? [TOOL_IN_TEXT.EIT_SURVEY, TOOL_IN_TEXT.EIT_PUBLIC] : [TOOL_IN_TEXT.EIT_PUBLIC, TOOL_IN_TEXT.EIT_SURVEY];
  return `${figures}: จุดอ่อนของประเด็นนี้อยู่ที่ ${low} ซึ่งต่ำกว่า ${high} ${format2(Math.abs(pub - sur))} คะแนน มาตรการจึงควรมุ่งที่ผู้รับบริการกลุ่มนี้`;
}

/** An issue with no question scores, read from its indicators (summary-only workbooks). */
function fromIndicators(indicators: IndicatorAnalysis[], good: number): string {
  const parts = indicators.map((a) =>
    a.score !== null ? `ตัวชี้วัดที่ ${a.indicator} ${a.name} ${format2(a.score)}` : `${TOOL_IN_TEXT[a.tool]} ${format2(a.toolScore!)}`,
  );
  const low = indicators.filter((a) => belowBar(a.score ?? a.toolScore!, good));
  return low.length
    ? `ไม่มีคะแนนรายข้อของประเด็นนี้ในสมุดงาน อ่านได้จากคะแนนตัวชี้วัด (${parts.join(", ")}) ซึ่งยังต่ำกว่า ${good}: ตรวจสอบคะแนนรายข้อในระบบ ITAS เพื่อหาจุดที่ต้องแก้ไข`
    : `ไม่มีคะแนนรายข้อของประเด็นนี้ในสมุดงาน คะแนนตัวชี้วัด (${parts.join(", ")}) อยู่ในระดับดี: รักษามาตรฐาน`;
}

/**
 * Cross-tool reading of one issue: staff (IIT) against service users (EIT) on the same theme,
 * and what is disclosed (OIT) against how it is perceived; from its indicators when no question has a score.
 */
export function crossToolReadings(items: ItemAnalysis[], o: ClassificationOptions, indicators: IndicatorAnalysis[] = []): string[] {
  const iit = scored(items.filter((i) => i.tool === "IIT"));
  const eit = scored(items.filter((i) => i.tool === "EIT"));
  const readings: string[] = [];
  const good = o.improveBelow;

  if (iit.length && eit.length) readings.push(staffAndUsers(iit, eit, good));
  const parts = eitParts(eit, good);
  if (parts) readings.push(parts);
  const open = disclosure(
    items.filter((i) => i.tool === "OIT"),
    [...iit, ...eit],
    good,
  );
  if (open) readings.push(open);

  if (readings.length === 0) {
    const single = scored(items);
    if (single.length) {
      const m = mean(single.map((i) => i.score));
      readings.push(
        !belowBar(m, good)
          ? `คะแนนข้อในประเด็นนี้ (${codes(single)}) เฉลี่ย ${format2(m)} อยู่ในระดับดี: รักษามาตรฐาน`
          : `คะแนนข้อในประเด็นนี้ (${codes(single)}) เฉลี่ย ${format2(m)} ยังต้องพัฒนา`,
      );
    } else if (indicators.length) {
      readings.push(fromIndicators(indicators, good));
    } else {
      readings.push("ไม่มีคะแนนรายข้อของประเด็นนี้ในสมุดงาน: อ่านผลจากคะแนนตัวชี้วัดในหน้าสรุป");
    }
  }
  return readings;
}
