/**
 * A text as the patterns read it, one character for one so that offsets hold: ASCII digits for full-width
 * ones (２０２５年), and the dash of a range where OCR read it as 一 (2023年9月一2025年12月, 1一2所: between a
 * date or a digit and a digit no 一 means one). What is published stays as written.
 */
import { halfWidthDigits } from './half-width.ts';

export const normalForm = (text: string) => halfWidthDigits(text).replace(/(?<=[年月日\d])一(?=\d)/g, '—');
