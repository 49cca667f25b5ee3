/**
 * The statutory forms of Decree 56/2017 (Phụ lục, Mẫu số 01-06) filled from a case, as documents
 * for the PDF renderer (common/pdf.ts). Pure: what the forms say is tested without a PDF.
 *
 * Each form concerns one child: a case about several children prints each form once per child.
 *
 * The builders: case-forms-assessment.ts (Mẫu 01-03) and case-forms-plan.ts (Mẫu 04-06), each
 * naming the sources of its layouts; the parts they share: case-form-blocks.ts.
 */
import type { PrintDocument } from '../common/pdf.js';
import { formFrame } from './case-form-blocks.js';
import type { CaseForm, FormSources } from './case-form-sources.js';
import { assessmentForm, initialAssessmentForm, intakeReport } from './case-forms-assessment.js';
import { planApprovalForm, planForm, reviewForm } from './case-forms-plan.js';

/** The form for one child of the case, as a document; FormNotReady when its step is not taken. */
export function caseForm(form: CaseForm, s: FormSources): PrintDocument {
  const frame = formFrame(form, s);
  switch (form) {
    case 'mau-01':
      return intakeReport(s, frame);
    case 'mau-02':
      return initialAssessmentForm(s, frame);
    case 'mau-03':
      return assessmentForm(s, frame);
    case 'mau-04':
      return planForm(s, frame);
    case 'mau-05':
      return planApprovalForm(s, frame);
    case 'mau-06':
      return reviewForm(s, frame);
  }
}
