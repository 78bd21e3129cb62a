import type { CatalogItem, ClassificationOptions, ItemStatus } from "../types";
import { format2 } from "../text/round";

const RESPONDENT: Record<CatalogItem["tool"], string> = {
  IIT: "บุคลากรภายใน",
  EIT: "ผู้รับบริการ",
  OIT: "การเปิดเผยข้อมูล",
};

/** The question without its answer prompt ("… มากน้อยเพียงใด", "… หรือไม่"). */
export function questionTopic(text: string): string {
  return text
    .replace(/\s*(?:มากน้อยเพียงใด|หรือไม่)\s*$/u, "")
    .replace(/^ในช่วง\s*1\s*ปีที่ผ่านมา\s*/u, "")
    .trim();
}

function evidenceNote(item: CatalogItem): string {
  return item.evidence && item.evidence.length ? ` (อ้างอิง ${item.evidence.join(", ")})` : "";
}

function label(item: CatalogItem): string {
  return item.textKnown ? `${item.code} “${questionTopic(item.text)}”` : item.code;
}

/**
 * One Thai sentence for an urgent or improve item: what the score says, who said it, and what the
 * question means: a knowledge or participation question read low means people do not know or have
 * not taken part (not that the thing is not done), a negatively worded one that the misconduct is
 * perceived, a yes/no one that some answered "no"; with the OIT evidence that backs it.
 */
export function findingSentence(item: CatalogItem, score: number, status: ItemStatus, options: ClassificationOptions): string {
  const who = RESPONDENT[item.tool];
  const s = format2(score);
  if (item.tool === "OIT") {
    // OIT items are judged 0 or 100: urgent means nothing acceptable was found.
    if (status === "urgent")
      return `${label(item)} ได้ 0 คะแนน: ผู้ประเมินไม่พบข้อมูลที่ครบถ้วนตามเกณฑ์บนเว็บไซต์ของหน่วยงาน ต้องจัดทำและเผยแพร่ให้ครบองค์ประกอบภายในรอบการประเมินถัดไป`;
    return `${label(item)} ได้ ${s} คะแนน: ข้อมูลที่เผยแพร่ยังไม่ครบทุกองค์ประกอบ ควรตรวจสอบและปรับปรุงให้ครบถ้วนและเป็นปัจจุบัน`;
  }
  const gap = status === "urgent" ? `ต่ำกว่าเกณฑ์ ${options.urgentBelow}` : `ยังไม่ถึง ${options.improveBelow}`;
  const said = `${who}ให้คะแนนข้อ ${label(item)} ${s} คะแนน (${gap})`;
  if (item.asks === "knowledge")
    return `${said} แปลว่ายังมี${who}บางส่วนไม่ทราบหรือไม่แน่ใจในเรื่องนี้ ไม่ได้แปลว่าหน่วยงานไม่ได้ทำ: ต้องชี้แจง สื่อสาร และอบรมให้${who}ทุกคนรู้เรื่องนี้อย่างทั่วถึง${evidenceNote(item)}`;
  if (item.asks === "participation")
    return `${said} แปลว่ายังมี${who}บางส่วนไม่เคยเข้าร่วมหรือไม่เคยใช้เรื่องนี้ด้วยตนเอง ไม่ได้แปลว่าหน่วยงานไม่ได้ทำ: ต้องเปิดโอกาส ชักชวน และแจ้งช่องทางให้${who}เข้ามามีส่วนร่วมหรือใช้งานจริง${evidenceNote(item)}`;
  if (item.reverse)
    return `${said}; ข้อนี้เป็นคำถามเชิงลบ คะแนนที่ไม่เต็มจึงหมายถึงมี${who}บางส่วนรับรู้ว่าพฤติกรรมดังกล่าวยังเกิดขึ้นอยู่ ต้องป้องกันและสร้างความเชื่อมั่นว่าหน่วยงานไม่ยอมรับการกระทำนี้${evidenceNote(item)}`;
  if (item.yesNo)
    return `${who}ตอบข้อ ${label(item)} ได้ ${s} คะแนน (${gap}) แปลว่ายังมี${who}บางส่วนตอบว่า “ไม่มี” หรือไม่ทราบ ต้องทำให้สิ่งนี้มีอยู่จริงและเป็นที่รู้จักมากขึ้น${evidenceNote(item)}`;
  return `${said} แสดงว่ายังมี${who}บางส่วนเห็นว่าเรื่องนี้ทำได้ไม่เต็มที่ ควรปรับปรุงและสื่อสารผลการปรับปรุงให้เห็นชัด${evidenceNote(item)}`;
}
