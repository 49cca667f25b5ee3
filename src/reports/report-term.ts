/**
 * The periods a periodic report covers (kỳ báo cáo): the year, or its first six months. Both count
 * from 1 January; the year's figures close on 31 December, the six months' on 14 June, the day
 * Decree 09/2019/NĐ-CP (art. 12) closes the figures of every six-month report of the state's
 * administration.
 */
export const REPORT_TERMS = ['annual', 'six_months'] as const;
export type ReportTerm = (typeof REPORT_TERMS)[number];

/** The last day a term's figures count in a year (YYYY-MM-DD). */
export function termEnd(year: number, term: ReportTerm): string {
  return term === 'annual' ? `${year}-12-31` : `${year}-06-14`;
}

/** A term of a year as a report names it: "năm 2026", "6 tháng đầu năm 2026". */
export function termName(year: number, term: ReportTerm): string {
  return term === 'annual' ? `năm ${year}` : `6 tháng đầu năm ${year}`;
}

/** A term of a year in a file's name: "2026", "2026-6-thang". */
export function termSlug(year: number, term: ReportTerm): string {
  return term === 'annual' ? String(year) : `${year}-6-thang`;
}
