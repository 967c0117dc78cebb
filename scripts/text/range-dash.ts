/**
 * The dash of a range as OCR reads it, 一 (2023年9月一2025年12月, 1一2所): between a date or a digit and a digit
 * no 一 means one, so it is the dash. One character for one, so offsets hold.
 */
export const withRangeDashes = (text: string) => text.replace(/(?<=[年月日\d０-９])一(?=[\d０-９])/g, '—');
