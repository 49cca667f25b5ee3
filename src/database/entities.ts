import {
  AuditChainLink,
  AuditEvent,
  AuditHead,
  AuditSealState,
} from '../audit/entities/audit-event.entity.js';
import { ApiKey } from '../auth/entities/api-key.entity.js';
import { LoginThrottle } from '../auth/entities/login-throttle.entity.js';
import { RefreshToken } from '../auth/entities/refresh-token.entity.js';
import { Session } from '../auth/entities/session.entity.js';
import { PublicHoliday } from '../calendar/entities/public-holiday.entity.js';
import { CaseChild } from '../cases/entities/case-child.entity.js';
import { CaseCodeCounter } from '../cases/entities/case-code-counter.entity.js';
import { Deadline } from '../cases/entities/deadline.entity.js';
import { CaseEvent } from '../cases/entities/case-event.entity.js';
import { CaseNote } from '../cases/entities/case-note.entity.js';
import { CaseAbuser } from '../cases/entities/case-abuser.entity.js';
import { CaseSanction } from '../cases/entities/case-sanction.entity.js';
import { CaseHolding } from '../cases/entities/case-holding.entity.js';
import { CaseTransfer } from '../cases/entities/case-transfer.entity.js';
import { Case } from '../cases/entities/case.entity.js';
import { ChildHistory } from '../children/entities/child-history.entity.js';
import { ChildImport, ChildImportError } from '../children/entities/child-import.entity.js';
import { ChildMerge } from '../children/entities/child-merge.entity.js';
import { ChildVerification } from '../children/entities/child-verification.entity.js';
import { RetentionPolicy } from '../privacy/entities/retention-policy.entity.js';
import { ProcessingActivity } from '../privacy/entities/processing-activity.entity.js';
import { ChildSupport } from '../children/entities/child-support.entity.js';
import { ChildInjury } from '../children/entities/child-injury.entity.js';
import { CorrectionRequest } from '../children/entities/correction-request.entity.js';
import {
  PopulationChange,
  PopulationChangeRead,
} from '../population/entities/population-change.entity.js';
import {
  PopulationQuotaDay,
  VerificationRun,
} from '../population/entities/verification-run.entity.js';
import { Child } from '../children/entities/child.entity.js';
import { Notification } from '../notifications/entities/notification.entity.js';
import { Organization } from '../organizations/entities/organization.entity.js';
import { User } from '../users/entities/user.entity.js';
import { AreaCrosswalk } from '../areas/entities/area-crosswalk.entity.js';
import { Area } from '../areas/entities/area.entity.js';
import { HistoricalArea } from '../areas/entities/historical-area.entity.js';
import { OutboxMessage } from '../queue/entities/outbox-message.entity.js';
import { ReferenceItem } from '../reference/entities/reference-item.entity.js';
import {
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
} from '../notifications/entities/webhook.entity.js';
import { Referral } from '../referrals/entities/referral.entity.js';

/** Every entity, listed explicitly so the same list works from sources (tests) and from dist. */
import { IdempotencyRecord } from '../common/entities/idempotency-record.entity.js';
import { IndicatorDefinitionEntity } from '../reports/entities/indicator-definition.entity.js';
import { ChildFriendlyAssessment } from '../reports/entities/child-friendly-assessment.entity.js';
import { PeriodicReport } from '../reports/entities/periodic-report.entity.js';
import { PeriodicReportSubmission } from '../reports/entities/periodic-report-submission.entity.js';
import { ReportDeadline } from '../reports/entities/report-deadline.entity.js';
import {
  ReportAbuseCaseCell,
  ReportAbuseCell,
  ReportChildCell,
  ReportInjuryCell,
  ReportSanctionCell,
  ReportAbuserCell,
  ReportRefresh,
} from '../reports/entities/report-cells.entity.js';

export const ENTITIES = [
  Area,
  HistoricalArea,
  AreaCrosswalk,
  ReferenceItem,
  OutboxMessage,
  Organization,
  User,
  Session,
  RefreshToken,
  LoginThrottle,
  ApiKey,
  AuditEvent,
  AuditChainLink,
  AuditHead,
  AuditSealState,
  Child,
  ChildHistory,
  ChildImport,
  ChildImportError,
  ChildMerge,
  ChildVerification,
  CorrectionRequest,
  ChildSupport,
  ChildInjury,
  RetentionPolicy,
  ProcessingActivity,
  VerificationRun,
  PopulationQuotaDay,
  PopulationChange,
  PopulationChangeRead,
  PublicHoliday,
  Notification,
  Case,
  CaseChild,
  CaseEvent,
  Deadline,
  Referral,
  Webhook,
  WebhookDelivery,
  WebhookAttempt,
  CaseNote,
  CaseSanction,
  CaseAbuser,
  CaseTransfer,
  CaseHolding,
  CaseCodeCounter,
  IndicatorDefinitionEntity,
  ReportChildCell,
  ReportInjuryCell,
  ReportSanctionCell,
  ReportAbuserCell,
  ReportAbuseCaseCell,
  ReportAbuseCell,
  ReportRefresh,
  PeriodicReport,
  PeriodicReportSubmission,
  ChildFriendlyAssessment,
  ReportDeadline,
  IdempotencyRecord,
];
