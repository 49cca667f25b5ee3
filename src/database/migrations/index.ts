import { Extensions1763900000000 } from './1763900000000-Extensions.js';
import { ReferenceSchema1795456639155 } from './1795456639155-ReferenceSchema.js';
import { ReferenceData1795456700000 } from './1795456700000-ReferenceData.js';
import { AccessAndAudit1795459307779 } from './1795459307779-AccessAndAudit.js';
import { AuditAppendOnly1795459307800 } from './1795459307800-AuditAppendOnly.js';
import { ChildRegistry1795460272038 } from './1795460272038-ChildRegistry.js';
import { ChildSearchAndHistory1795460272100 } from './1795460272100-ChildSearchAndHistory.js';
import { SessionSecondFactor1795461000000 } from './1795461000000-SessionSecondFactor.js';
import { ChildImportsAndMerges1795463769131 } from './1795463769131-ChildImportsAndMerges.js';
import { ListIndexesWithoutMerged1795466114215 } from './1795466114215-ListIndexesWithoutMerged.js';
import { NameSearchKeys1795470000000 } from './1795470000000-NameSearchKeys.js';
import { DropNameTrigramIndex1795470100000 } from './1795470100000-DropNameTrigramIndex.js';
import { ChildrenAutovacuumAfterImports1795470200000 } from './1795470200000-ChildrenAutovacuumAfterImports.js';
import { PublicHolidays1795477244974 } from './1795477244974-PublicHolidays.js';
import { CaseManagement1795479996821 } from './1795479996821-CaseManagement.js';
import { Referrals1795488816312 } from './1795488816312-Referrals.js';
import { Reports1796284867877 } from './1796284867877-Reports.js';
import { NationalOrganizations1796290000000 } from './1796290000000-NationalOrganizations.js';
import { IdempotencyKeys1796290308912 } from './1796290308912-IdempotencyKeys.js';
import { NameSearchLaterWordKeys1796300000000 } from './1796300000000-NameSearchLaterWordKeys.js';
import { OutboxNotify1796310000000 } from './1796310000000-OutboxNotify.js';
import { RateLimitWindows1796320000000 } from './1796320000000-RateLimitWindows.js';
import { PlanActionReferrals1796330000000 } from './1796330000000-PlanActionReferrals.js';
import { CaseReceivingPoints1796340000000 } from './1796340000000-CaseReceivingPoints.js';
import { OneDeadlineStore1796350000000 } from './1796350000000-OneDeadlineStore.js';
import { IsolationDecisions1796360000000 } from './1796360000000-IsolationDecisions.js';
import { CaseTransfers1796522772337 } from './1796522772337-CaseTransfers.js';
import { AuditSealer1796545304124 } from './1796545304124-AuditSealer.js';
import { AccessChangeNotify1796560000000 } from './1796560000000-AccessChangeNotify.js';
import { PopulationVerification1796576722852 } from './1796576722852-PopulationVerification.js';
import { PopulationChanges1796588107463 } from './1796588107463-PopulationChanges.js';
import { CorrectionRequests1796589438047 } from './1796589438047-CorrectionRequests.js';
import { Retention1796590000000 } from './1796590000000-Retention.js';
import { ProcessingRegister1796590940159 } from './1796590940159-ProcessingRegister.js';
import { CaseRetention1796592000000 } from './1796592000000-CaseRetention.js';
import { SealStoredValues1796593000000 } from './1796593000000-SealStoredValues.js';
import { ChildSupports1796616324552 } from './1796616324552-ChildSupports.js';
import { ImportKinds1796624009543 } from './1796624009543-ImportKinds.js';
import { SupportBreakdown1796624925237 } from './1796624925237-SupportBreakdown.js';
import { ChildInjuries1796625788963 } from './1796625788963-ChildInjuries.js';
import { ReportingCalendar1796635964809 } from './1796635964809-ReportingCalendar.js';
import { ChildFriendlyCommunes1796638083170 } from './1796638083170-ChildFriendlyCommunes.js';
import { CaseSanctions1796646767058 } from './1796646767058-CaseSanctions.js';
import { CalendarPlans1796647500000 } from './1796647500000-CalendarPlans.js';
import { AbuseCases1796648092152 } from './1796648092152-AbuseCases.js';
import { InjuryCodes1796648500000 } from './1796648500000-InjuryCodes.js';
import { SanctionViolators1796648600000 } from './1796648600000-SanctionViolators.js';
import { ReportTerms1796669017838 } from './1796669017838-ReportTerms.js';
import { CaseAbusers1796670292672 } from './1796670292672-CaseAbusers.js';
import { SanctionDetections1796689481645 } from './1796689481645-SanctionDetections.js';
import { SensitiveCategories1796591500000 } from './1796591500000-SensitiveCategories.js';

/** Every migration, in order. `npm run migration:generate` prints the line to add here. */
export const MIGRATIONS = [
  Extensions1763900000000,
  ReferenceSchema1795456639155,
  ReferenceData1795456700000,
  AccessAndAudit1795459307779,
  AuditAppendOnly1795459307800,
  ChildRegistry1795460272038,
  ChildSearchAndHistory1795460272100,
  SessionSecondFactor1795461000000,
  ChildImportsAndMerges1795463769131,
  ListIndexesWithoutMerged1795466114215,
  NameSearchKeys1795470000000,
  DropNameTrigramIndex1795470100000,
  ChildrenAutovacuumAfterImports1795470200000,
  PublicHolidays1795477244974,
  CaseManagement1795479996821,
  Referrals1795488816312,
  Reports1796284867877,
  NationalOrganizations1796290000000,
  IdempotencyKeys1796290308912,
  NameSearchLaterWordKeys1796300000000,
  OutboxNotify1796310000000,
  RateLimitWindows1796320000000,
  PlanActionReferrals1796330000000,
  CaseReceivingPoints1796340000000,
  OneDeadlineStore1796350000000,
  IsolationDecisions1796360000000,
  CaseTransfers1796522772337,
  AuditSealer1796545304124,
  AccessChangeNotify1796560000000,
  PopulationVerification1796576722852,
  PopulationChanges1796588107463,
  CorrectionRequests1796589438047,
  Retention1796590000000,
  ProcessingRegister1796590940159,
  SensitiveCategories1796591500000,
  CaseRetention1796592000000,
  SealStoredValues1796593000000,
  ChildSupports1796616324552,
  ImportKinds1796624009543,
  SupportBreakdown1796624925237,
  ChildInjuries1796625788963,
  ReportingCalendar1796635964809,
  ChildFriendlyCommunes1796638083170,
  CaseSanctions1796646767058,
  CalendarPlans1796647500000,
  AbuseCases1796648092152,
  InjuryCodes1796648500000,
  SanctionViolators1796648600000,
  ReportTerms1796669017838,
  CaseAbusers1796670292672,
  SanctionDetections1796689481645,
];
