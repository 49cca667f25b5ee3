import { Injectable } from '@nestjs/common';
import { AreasService } from '../areas/areas.service.js';
import type { Actor } from '../access/actor.js';
import { vietnamTimeAndDate } from '../calendar/working-days.js';
import { ChildrenService } from '../children/children.service.js';
import { AppException } from '../common/app.exception.js';
import { Clock } from '../common/clock.js';
import { FieldCipher } from '../common/field-cipher.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { renderPdf } from '../common/pdf.js';
import { ReferenceService } from '../reference/reference.service.js';
import { type CaseForm, type FormSources, FormNotReady } from './case-form-sources.js';
import { caseForm } from './case-forms.js';
import { CasesRepository } from './cases.repository.js';
import { type DecisionSources, isolationDecisionDocument } from './isolation-decision.js';
import type { PlanActionContent } from './plan-actions.js';
import type { CaseEvent } from './entities/case-event.entity.js';
import type { Case } from './entities/case.entity.js';
import { invalid } from './case-problems.js';
import { CaseViews } from './case-views.js';

/** The statutory forms and the isolation decision, filled from a case as PDFs to print and sign. */
@Injectable()
export class CaseDocuments {
  constructor(
    private readonly cases: CasesRepository,
    private readonly views: CaseViews,
    private readonly children: ChildrenService,
    private readonly areas: AreasService,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * A statutory form filled from the case for one of its children (the first unless `childId`
   * names another), as a PDF to print and sign (the read is audited). `number`: the child's place
   * in the case, from 1.
   */
  async form(
    id: string,
    form: CaseForm,
    actor: Actor,
    childId?: string,
  ): Promise<{ code: string; number: number; of: number; pdf: Buffer }> {
    const { kase, cut } = await this.views.readable(id, actor, 'case.form_printed', {
      form,
      childId,
    });
    refuseAnonymised(kase);
    const [events, childIds, [commune], abuseForms, serviceTypes, receivedBy] = await Promise.all([
      this.cases.events(id, cut?.lastEventId ?? null),
      cut ? new Map([[id, cut.childIds]]) : this.cases.childIds([id]),
      this.areas.requireCodes([kase.communeCode]),
      this.reference.codes('abuse-forms'),
      this.reference.codes('service-types'),
      kase.receivingOrganizationId
        ? this.organizations.require(kase.receivingOrganizationId)
        : null,
    ]);
    const last = (action: string) => {
      const event = events.filter((e) => e.action === action).at(-1);
      return event && event.content
        ? {
            id: Number(event.id),
            at: event.at,
            actorName: event.actorName,
            content: JSON.parse(this.cipher.decrypt(event.content)) as never,
          }
        : undefined;
    };
    const children = await this.children.ofCase(childIds.get(id)!);
    const index = childId ? children.findIndex((c) => c.id === childId) : 0;
    if (index < 0) throw invalid('childId', 'case:not-in-case', 'not one of the case’s children');
    const plan = last('plan');
    const approval = last('plan/approve');
    const organizations = await this.organizations.byIds(
      ((plan?.content as { actions: PlanActionContent[] } | undefined)?.actions ?? []).flatMap(
        (action) => (action.organizationId ? [action.organizationId] : []),
      ),
    );
    const sources: FormSources = {
      code: kase.code,
      communeName: commune.fullName,
      // A report the commune committee took in is its own; any other receiving point issues it.
      receivingPoint:
        receivedBy && receivedBy.type !== 'commune_committee' ? receivedBy.name : undefined,
      level: kase.level,
      child: children[index],
      concerns: kase.concerns.map((code) => abuseForms.get(code)?.name ?? code),
      serviceTypes: new Map([...serviceTypes].map(([code, item]) => [code, item.name])),
      organizations: new Map([...organizations].map(([orgId, org]) => [orgId, org.name])),
      intake: last('intake')!,
      initialAssessment: last('initial-assessment'),
      assessment: last('assessment'),
      plan,
      // The decision on the latest plan only: a plan redrafted since is a draft decision again.
      approval: approval && plan && approval.id > plan.id ? approval : undefined,
      review: last('reviews'),
      now: this.clock.now(),
    };
    try {
      const pdf = await renderPdf(caseForm(form, sources));
      return { code: kase.code, number: index + 1, of: children.length, pdf };
    } catch (error) {
      if (error instanceof FormNotReady) {
        throw new AppException('form-not-available', { form: error.form, step: error.step });
      }
      throw error;
    }
  }

  /**
   * The commune chair's latest isolation decision, with its extensions, as a PDF to print and sign
   * (the read is audited as a form printed). 409 when the case has none (an isolation recorded by
   * a social worker before decisions were asked for has none either).
   */
  async isolationDecision(id: string, actor: Actor): Promise<{ code: string; pdf: Buffer }> {
    const { kase, cut } = await this.views.readable(id, actor, 'case.form_printed', {
      form: 'isolation-decision',
    });
    refuseAnonymised(kase);
    const events = await this.cases.events(id, cut?.lastEventId ?? null);
    const decision = events.filter((e) => e.action === 'isolation').at(-1);
    if (!decision?.content) {
      throw new AppException('form-not-available', {
        form: 'isolation-decision',
        step: 'isolation',
      });
    }
    const facts = decision.facts.isolation as { startsAt: string; childIds: string[] };
    const [[commune], children] = await Promise.all([
      this.areas.requireCodes([kase.communeCode]),
      this.children.ofCase(facts.childIds),
    ]);
    const recorded = <C>(event: CaseEvent) => ({
      at: event.at,
      actorName: event.actorName,
      content: JSON.parse(this.cipher.decrypt(event.content!)) as C,
    });
    const sources: DecisionSources = {
      code: kase.code,
      communeName: commune.fullName,
      children,
      decision: recorded(decision),
      extensions: events
        .filter((e) => e.action === 'isolation/extend' && Number(e.id) > Number(decision.id))
        .map((e) => recorded(e)),
    };
    return { code: kase.code, pdf: await renderPdf(isolationDecisionDocument(sources)) };
  }
}

/** A form is filled from what the steps recorded: gone once the case is anonymised (410). */
function refuseAnonymised(kase: Case): void {
  if (kase.anonymisedAt) {
    throw new AppException('case-anonymised', { at: vietnamTimeAndDate(kase.anonymisedAt) });
  }
}
