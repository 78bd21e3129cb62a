// The kit's own Thai words: labels of the signature block and placeholders staff fill in by hand.

export const SIGN = "ลงชื่อ";
export const POSITION = "ตำแหน่ง";
export const DATE = "วันที่";
/** A blank to write on, as printed forms leave one. */
export const BLANK = "..................................................";
export const SHORT_BLANK = "..........";
/** "วันที่ ...... เดือน ............ พ.ศ. ......" when the date is not yet known. */
export const BLANK_DATE = `${SHORT_BLANK} เดือน .............................. พ.ศ. ${SHORT_BLANK}`;
