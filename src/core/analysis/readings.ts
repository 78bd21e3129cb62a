import type { ClassificationOptions, ItemAnalysis } from "../types";
import { belowBar, format2, mean } from "../text/round";

/** A gap this large between staff and service users means they do not see the issue the same way. */
const PERCEPTION_GAP = 5;

const codes = (items: ItemAnalysis[]): string => items.map((i) => i.code).join(", ");
const scored = (items: ItemAnalysis[]) => items.filter((i): i is ItemAnalysis & { score: number } => i.score !== null);

/**
 * Cross-tool reading of one issue: staff (IIT) against service users (EIT) on the same theme,
 * and what is disclosed (OIT) against how it is perceived.
 */
export function crossToolReadings(items: ItemAnalysis[], o: ClassificationOptions): string[] {
  const iit = scored(items.filter((i) => i.tool === "IIT"));
  const eit = scored(items.filter((i) => i.tool === "EIT"));
  const oit = scored(items.filter((i) => i.tool === "OIT"));
  const readings: string[] = [];
  const good = o.improveBelow;

  if (iit.length && eit.length) {
    const a = mean(iit.map((i) => i.score));
    const b = mean(eit.map((i) => i.score));
    const pair = `บุคลากรภายใน (IIT: ${codes(iit)} เฉลี่ย ${format2(a)}) และผู้รับบริการ (EIT: ${codes(eit)} เฉลี่ย ${format2(b)})`;
    if (Math.abs(a - b) < PERCEPTION_GAP) {
      readings.push(
        !belowBar(a, good) && !belowBar(b, good)
          ? `${pair} รับรู้ไปในทางเดียวกันและอยู่ในระดับดี: รักษามาตรฐานและเก็บหลักฐานการดำเนินงานไว้ต่อเนื่อง`
          : `${pair} เห็นตรงกันว่าเรื่องนี้ยังต้องปรับปรุง: แก้ที่กระบวนการทำงานจริง แล้วแจ้งผลให้ทั้งสองกลุ่มทราบ`,
      );
    } else if (a > b) {
      readings.push(`${pair} มองต่างกัน: ภายในเห็นว่าทำได้ดีกว่าที่ผู้รับบริการสัมผัส จึงควรตรวจสอบการให้บริการ ณ จุดบริการจริงและสื่อสารขั้นตอนให้ผู้รับบริการเข้าใจ`);
    } else {
      readings.push(`${pair} มองต่างกัน: ผู้รับบริการพอใจมากกว่าบุคลากรภายใน จึงควรสร้างความเข้าใจและความเชื่อมั่นภายในหน่วยงานในเรื่องนี้`);
    }
  }

  if (oit.length) {
    const perception = [...iit, ...eit];
    const missing = oit.filter((i) => belowBar(i.score, 100));
    const p = perception.length ? mean(perception.map((i) => i.score)) : undefined;
    const pText = p === undefined ? "" : ` (การรับรู้เฉลี่ย ${format2(p)})`;
    if (missing.length === 0) {
      readings.push(
        p === undefined || !belowBar(p, good)
          ? `การเปิดเผยข้อมูล (${codes(oit)}) ครบถ้วน${pText} สอดคล้องกับการรับรู้: รักษามาตรฐานการเผยแพร่ให้เป็นปัจจุบัน`
          : `เปิดเผยข้อมูล (${codes(oit)}) ครบแล้ว แต่การรับรู้ยังตามไม่ทัน${pText}: ต้องสื่อสารและประชาสัมพันธ์ข้อมูลที่มีอยู่ให้เข้าถึงง่ายขึ้น`,
      );
    } else {
      readings.push(
        p !== undefined && !belowBar(p, good)
          ? `การรับรู้อยู่ในระดับดี${pText} แต่ยังขาดการเปิดเผย ${codes(missing)}: ต้องเผยแพร่ข้อมูลให้ครบเพื่อยืนยันสิ่งที่ทำอยู่แล้ว`
          : `ยังขาดการเปิดเผย ${codes(missing)}${pText}: ต้องจัดทำและเผยแพร่ข้อมูลให้ครบ แล้วแจ้งให้บุคลากรและผู้รับบริการทราบ`,
      );
    }
  }

  if (readings.length === 0) {
    const single = scored(items);
    if (single.length) {
      const m = mean(single.map((i) => i.score));
      readings.push(
        !belowBar(m, good)
          ? `คะแนนข้อในประเด็นนี้ (${codes(single)}) เฉลี่ย ${format2(m)} อยู่ในระดับดี: รักษามาตรฐาน`
          : `คะแนนข้อในประเด็นนี้ (${codes(single)}) เฉลี่ย ${format2(m)} ยังต้องพัฒนา`,
      );
    } else {
      readings.push("ไม่มีคะแนนรายข้อของประเด็นนี้ในสมุดงาน: อ่านผลจากคะแนนตัวชี้วัดในหน้าสรุป");
    }
  }
  return readings;
}
