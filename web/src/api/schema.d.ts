// Generated from the server's OpenAPI document by web/scripts/api-types.mjs: do not edit.
export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API keys issued (never the keys themselves) */
        get: operations["listApiKeys"];
        put?: never;
        /** Issue a key for a system client (the key is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key; it stops working at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/historical/communes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a pre-2025 commune went in the 2025 merger (crosswalk) */
        get: operations["getHistoricalCommune"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 34 provinces in force since 01/07/2025 */
        get: operations["listProvinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/provinces/{code}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune-level units (phường, xã, đặc khu) of a province */
        get: operations["listCommunesOfProvince"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read or changed what, when and from where, in the caller’s areas */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Re-compute the whole log’s hash chain: intact or not, and the head to record
         * @description What `npm run audit:verify` does, over HTTP: every entry of every province is read in `seq` order and re-hashed; the answer names the first problems by `seq` and kind only.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; roles that need a second factor send `otp` (or enrol first) */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access and refresh tokens stop working */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user or API key: roles, permissions and areas */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm enrolment with a current code; sign-in then needs `otp` */
        post: operations["activateMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment (enrolment token or access token) */
        post: operations["startMfaEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one’s own password; every session ends, sign in again */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new token pair; the refresh token given (in the body, or the web app’s cookie) is spent */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/holidays/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's public holidays, days off in lieu and Saturdays worked (the working-day calendar of every deadline) */
        get: operations["getHolidays"];
        /** Replace a year's list as the government announced it (system_admin); deadlines already set keep theirs */
        put: operations["replaceHolidays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases in the caller’s areas, newest first */
        get: operations["listCases"];
        put?: never;
        /**
         * Intake of a report (Mẫu 01): a case in the commune where it happened
         * @description Commune staff and the 111 hotline’s system: in their areas, in the commune where it happened (`location`, else the first child’s). The staff of a receiving point (police, school, health facility): about a child living anywhere; the case goes to the commune where the first child lives, its `source` their organisation’s kind. The commune’s social workers and chair are notified at once.
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case, with its report (the read is audited) */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/abusers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The persons who abused the children: relationship, sex, minor or not (audited) */
        get: operations["listCaseAbusers"];
        put?: never;
        /** Record a person who abused the children: no name, what the statistics count */
        post: operations["createCaseAbuser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/abusers/{abuserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an abuser recorded by mistake (kept in the audit log) */
        delete: operations["deleteCaseAbuser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comprehensive assessment (Mẫu 03) and case conference
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["recordAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign the case to a social worker of its commune
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["assignCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose closing the case, with the reason
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["proposeClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the case
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["approveClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse the closure: the case returns to where it was
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["rejectClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/emergency-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Emergency protection measures; a temporary isolation proposed to the chair, who is notified
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["recordEmergencyMeasures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/forms/{form}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A statutory form (Decree 56/2017, Mẫu 01-06) filled from the case, as a PDF
         * @description Each form concerns one child: in a case about several children, one PDF per child, chosen by childId (default: the first of the case’s childIds; the file name then ends in the child’s number). A form whose step has not been taken yet: 409. Mẫu 05 before approval is a draft.
         */
        get: operations["getCaseForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/initial-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Initial assessment (Mẫu 02): ratings, immediate danger, protection level
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["recordInitialAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/isolation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The commune chair’s decision on a temporary isolation (Decree 56/2017 art. 32): 15 days at most
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["decideIsolation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/isolation/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The commune chair’s latest isolation decision, with its extensions, as a PDF
         * @description None yet (or only an isolation a social worker recorded before decisions were required): 409.
         */
        get: operations["getIsolationDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/isolation/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the temporary isolation ended (at its term, or on the chair’s revocation)
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["endIsolation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/isolation/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the temporary isolation (the chair, with the second factor): past 15 days in all only with the legal ground and the requesting authority
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["extendIsolation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notes the caller may read, oldest first (the read is audited) */
        get: operations["listCaseNotes"];
        put?: never;
        /** Add a note (encrypted at rest), for the case team or restricted */
        post: operations["addCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the support or intervention plan (Mẫu 04) for approval
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["submitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current plan’s actions: who answers for each, its due date, status and delay */
        get: operations["listPlanActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/actions/{actionId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A plan action in progress, done, or not done with the reason (while the plan is carried out)
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["updatePlanActionStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the plan (Mẫu 05)
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["approvePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the plan back for redrafting, with the reason
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["rejectPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referrals of a case, with their outcomes, newest first */
        get: operations["listCaseReferrals"];
        put?: never;
        /** Refer a case to an organisation’s queue, sharing only the fields chosen */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed case, with the reason: back to planning
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["reopenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review (Mẫu 06): continue, a new plan, or propose closure
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["recordReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The administrative violations of abuse and their sanctions, latest detected first (audited) */
        get: operations["listCaseSanctions"];
        put?: never;
        /** Record an administrative violation of abuse: when it was detected, who committed it, and its decision (number, day, fine) now or later */
        post: operations["createCaseSanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/sanctions/{sanctionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a sanction recorded by mistake (kept in the audit log) */
        delete: operations["deleteCaseSanction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/sanctions/{sanctionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the decision sanctioning a violation recorded as detected */
        post: operations["decideCaseSanction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step: who, when, and whether it met its deadline */
        get: operations["getCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask another commune, any province, to take the case over (where the child lives)
         * @description By the commune that holds the case. The case stays with it until the receiving commune accepts; its social workers and chair are notified. Refused: a closed case (transfer-case-closed), a second pending transfer (transfer-pending), the holding commune itself (transfer-same-commune), a code that is no current commune (unknown-area).
         */
        post: operations["transferCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the case: it becomes the receiving commune’s, with its code and deadlines
         * @description By the receiving commune. The case’s commune and province become the receiver’s; no one is assigned until the receiver assigns a worker; open deadlines keep their due times. The former commune reads the case as it was handed over, and nothing after.
         */
        post: operations["acceptCaseTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a pending transfer, with the reason (the sender) */
        post: operations["cancelCaseTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfer/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the case, with the reason: it stays with the sender */
        post: operations["declineCaseTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reports the caller recorded as a receiving point: code, commune and status only
         * @description Need-to-know: the staff of a receiving point (police, school, health facility) follow what became of their reports, not the case file. Newest first; the read is audited.
         */
        get: operations["listReportedCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transfers to (incoming) or from (outgoing) the caller’s communes, newest first
         * @description A pending one carries what the receiving commune decides on: the case’s level, status and children (names, dates of birth). The read is audited.
         */
        get: operations["listCaseTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find children in the caller’s areas (name with or without diacritics, personal ID, filters) */
        get: operations["listChildren"];
        put?: never;
        /** Add a child to the registry, in one of the caller’s communes */
        post: operations["createChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child; a record merged into another redirects (307) to it */
        get: operations["getChild"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a record; lists given replace the stored ones (end a circumstance with `until`) */
        patch: operations["updateChild"];
        trace?: never;
    };
    "/api/v1/children/{id}/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record’s requests to correct it, newest first */
        get: operations["listChildCorrectionRequests"];
        put?: never;
        /** Record a request from the child or a carer to correct the record */
        post: operations["createCorrectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records that may be the same child, with a score and the reasons */
        get: operations["listChildDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change: who, when, which fields from what to what */
        get: operations["getChildHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/injuries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accidents and injuries the child suffered, latest first */
        get: operations["listChildInjuries"];
        put?: never;
        /** Record an accident or injury: what, when, where and how it ended */
        post: operations["createChildInjury"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/injuries/{injuryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an injury recorded by mistake (kept in the audit log) */
        delete: operations["deleteChildInjury"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this record; the duplicate becomes a redirect (undoable) */
        post: operations["mergeChild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file for a request from the child or a carer: the record, its history, its checks and who read or changed it (.xlsx) */
        get: operations["getChildPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/supports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The help the child receives (allowances, cards, exemptions, gifts…), latest first */
        get: operations["listChildSupports"];
        put?: never;
        /** Record help the child receives: what, from whom, when, the amount and programme */
        post: operations["createChildSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/supports/{supportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a support recorded by mistake (kept in the audit log) */
        delete: operations["deleteChildSupport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record against the population database: its state, differences and checks */
        get: operations["getChildVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/{id}/verification/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the database’s values field by field, or keep ours with a note (the record is then disputed) */
        post: operations["resolveChildVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/correction-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commune’s requests to correct a child’s record, oldest first (open ones by default) */
        get: operations["listCorrectionRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/correction-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a request to correct a record: corrected, or refused, with what was said */
        post: operations["answerCorrectionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many children the list’s filters select (exact up to 10,000) */
        get: operations["countChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cleaning worklist of a commune: each record with its problems, and the counts */
        get: operations["getDataQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplicate pairs in a commune, the most likely first */
        get: operations["listCommuneDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as .xlsx, in the import template’s columns (streamed, audited) */
        get: operations["exportChildren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import children, or the support they receive (kind=supports), from an .xlsx or .csv file (as the template); runs as a job, see GET …/imports/:id */
        post: operations["startChildImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and per-row report of one of the caller’s imports */
        get: operations["getChildImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rejected row of one of the caller’s imports, as .xlsx (row, column, reason) */
        get: operations["getChildImportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/imports/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template of children or of supports: Vietnamese headers, an example, the codes */
        get: operations["getChildImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/merges/{mergeId}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge while the surviving record has not changed since */
        post: operations["undoChildMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/verification-worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The commune’s records the population database disagrees with, the database’s values beside ours */
        get: operations["getVerificationWorklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations, to address referrals and place users */
        get: operations["listOrganizations"];
        put?: never;
        /** Create an organisation (system_admin) */
        post: operations["createOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or deactivate an organisation (system_admin) */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhooks of an organisation */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a webhook for an organisation; the secret is shown once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commune’s births and moves from the population database, to act on or acted on */
        get: operations["listPopulationChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Do what the change asks: add the child, move the record here or to where the child went */
        post: operations["acceptPopulationChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a change without touching the registry, with why */
        post: operations["dismissPopulationChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read a commune’s births and moves online since the last read */
        post: operations["fetchPopulationChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the commune police’s list of births and moves for a commune */
        post: operations["importPopulationChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/changes/file-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The blank list of births and moves for the commune police (.xlsx) */
        get: operations["getPopulationChangesTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/verification-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file to check a commune’s records with the commune police (.xlsx): our values, columns for the answer */
        get: operations["getVerificationFile"];
        put?: never;
        /** Record the answers the commune police wrote in the exported file */
        post: operations["recordVerificationFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/verification-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commune’s runs, newest first */
        get: operations["listVerificationRuns"];
        put?: never;
        /** Check a commune’s children online against the national population database (a job; the run under way there if there is one) */
        post: operations["startVerificationRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/population/verification-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run’s progress */
        get: operations["getVerificationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The processing register: each processing activity of personal data */
        get: operations["listProcessingActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/register/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an activity’s text */
        patch: operations["updateProcessingActivity"];
        trace?: never;
    };
    "/api/v1/privacy/register/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The processing register as a spreadsheet, for the impact assessment (.xlsx) */
        get: operations["getProcessingRegisterFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The retention policies, each with what applying it now would do (a dry run) */
        get: operations["listRetentionPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Enable a policy or change it */
        patch: operations["updateRetentionPolicy"];
        trace?: never;
    };
    "/api/v1/privacy/retention/{kind}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply an enabled policy now rather than at the daily run (a job) */
        post: operations["runRetentionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A code list, whole: special-circumstances, abuse-forms, abuse-settings, ethnicities, organization-types, service-types, risk-factors, protection-levels, case-sources, case-channels, caregiver-relations, school-statuses, referral-urgencies */
        get: operations["getReferenceList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A referral: to the receiving organisation only what was shared (the read is audited)
         * @description Staff of the receiving organisation, or the sending side in the case’s area; anyone else: 404.
         */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The receiving organisation takes it on, naming who handles it
         * @description Not allowed in the referral’s status: 409, the allowed actions in `detail`.
         */
        post: operations["acceptReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The receiving organisation has seen it
         * @description Not allowed in the referral’s status: 409, the allowed actions in `detail`.
         */
        post: operations["acknowledgeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The sending side withdraws it, with a reason; sharing stops
         * @description Not allowed in the referral’s status: 409, the allowed actions in `detail`.
         */
        post: operations["cancelReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service is delivered: the outcome goes back to the case
         * @description Not allowed in the referral’s status: 409, the allowed actions in `detail`.
         */
        post: operations["completeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The receiving organisation declines it, with a reason; sharing stops
         * @description Not allowed in the referral’s status: 409, the allowed actions in `detail`.
         */
        post: operations["declineReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per receiving organisation and agency type: counts by status, time to each step, late share */
        get: operations["getReferralFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/handlers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may handle a referral the caller’s organisation accepts (assigneeId): its staff */
        get: operations["listReferralHandlers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s organisation’s queue: most urgent first, then oldest */
        get: operations["listReferralInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals sent from the caller’s organisation, newest first */
        get: operations["listReferralOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/child-friendly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which communes of the province meet the standard of a commune fit for children
         * @description Decision 06/2019/QĐ-TTg: the criteria (list `child-friendly-criteria`), each commune’s criteria met for the year and its recognition decision, and the counts.
         */
        get: operations["getChildFriendlyCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/child-friendly/{year}/{communeCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a commune’s criteria met for the year and its recognition (audited) */
        put: operations["assessChildFriendlyCommune"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The seeds’ targets beside the data; open cases, overdue steps, referrals
         * @description Registry and abuse figures are precomputed (`asOf` says when); cases and referrals are live.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The due dates of the periodic reports in a province (its own, else the plans’) */
        get: operations["listReportDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/deadlines/{report}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the province’s due date of a report (a day of every year; audited) */
        put: operations["setReportDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Circular 13/2021 indicators the data supports, for a year and an area
         * @description Counts and rates with their breakdowns, from figures precomputed by a scheduled job (`asOf`, `refreshedAt`). `format=xlsx`: the official tables. Counts under REPORT_SUPPRESSION_THRESHOLD are null for roles that see aggregates only, with a second count of a sex, age or area breakdown where the total would give one away.
         */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Children to act for, in the caller’s areas; `format=xlsx` to export (audited)
         * @description special-circumstances (under 16, `group` for one group), abused (children of the year’s intervention-level cases), injured-in-accidents (in the year, from the accidents register), at-risk-of-dropout (a risk factor).
         */
        get: operations["getActionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/periodic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The periodic reports (of the year, or of its first six months) of the caller’s areas, newest year first, with their files */
        get: operations["listPeriodicReports"];
        put?: never;
        /** Make an area’s report of the year or of its first six months now (a job): .xlsx and PDF, listed when ready */
        post: operations["requestPeriodicReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/periodic/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ready periodic report’s spreadsheet or PDF (the read is audited) */
        get: operations["getPeriodicReportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/periodic/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report’s submitted versions, with their reasons and files */
        get: operations["listReportSubmissions"];
        put?: never;
        /**
         * Submit the report as now made, with the second factor; again, a correction
         * @description Its files are copied as they are and never change. A commune submits its own report, a province its own. Submitting again, after the report was made again, is a correction: a new version, with its `reason`. Late when submitted on a day after the due date.
         */
        post: operations["submitPeriodicReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which communes of the province have submitted the report of the year (or of its first six months), on time or late */
        get: operations["getSubmissionOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/submissions/{id}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submitted version’s spreadsheet or PDF, as submitted (the read is audited) */
        get: operations["getReportSubmissionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/submissions/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remind the communes that have not submitted the report of the year or of its first six months (once a day each) */
        post: operations["remindCommunes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts, filtered by organisation, role or status */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (system_admin) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account, with its roles and areas */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change roles, areas, status or password; reset the second factor */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with every attempt */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post a delivered or dead-lettered event again */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a webhook’s address or events, or switch it off */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of a webhook, newest first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process runs */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the database and the queue answer, 503 otherwise */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AbuseFiguresDto: {
            children: number | null;
            intervenedOnTime: number | null;
            intervenedOnTimeRate: number | null;
        };
        AcceptReferralDto: {
            /** @description Who handles it: staff of the receiving organisation; default the caller */
            assigneeId?: string;
        };
        AgencyFiguresDto: {
            byStatus: {
                [key: string]: number | null;
            };
            medianHoursToAccept: number | null;
            /** @description Median hours to acknowledge */
            medianHoursToAcknowledge: number | null;
            medianHoursToComplete: number | null;
            /** @description Late share (0..1) */
            overdueShare: number | null;
            total: number | null;
        };
        AnswerCorrectionRequestDto: {
            /** @description What the requester was told */
            answer: string;
            /**
             * @description corrected: the record was edited (its history shows how); refused: it was not
             * @enum {string}
             */
            outcome: "corrected" | "refused";
        };
        AnswerFileBodyDto: {
            /**
             * Format: binary
             * @description The exported file with the police’s answers (.xlsx or .csv)
             */
            file: string;
        };
        AnswerFileResultDto: {
            mismatched: number;
            notFound: number;
            /** @description Rows not taken, with the reason */
            rejected: components["schemas"]["RejectedAnswerDto"][];
            /** @description Rows without a result yet */
            unanswered: number;
            verified: number;
        };
        ApiKeyDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            lastUsedAt: string | null;
            name: string;
            organizationId: string;
            permissions: string[];
            /** @description Identifies the key in logs; not secret */
            prefix: string;
            revokedAt: string | null;
        };
        ApiKeyListDto: {
            items: components["schemas"]["ApiKeyDto"][];
        };
        ApprovalDto: {
            /** @description The decision’s grounds or conditions */
            reason?: string;
        };
        AreaDto: {
            /** @example 00004 */
            code: string;
            /** @example Phường Ba Đình */
            fullName: string;
            /** @example Ba Đình */
            name: string;
            /** @example Ba Dinh */
            nameEn?: string | null;
            /** @example 01 */
            provinceCode?: string | null;
            /** @example Phường */
            unitType: string;
        };
        AreaListDto: {
            items: components["schemas"]["AreaDto"][];
        };
        AreaSubmissionDto: {
            /** @example 00004 */
            code: string;
            /** @description The newest version’s submission */
            correctedAt: string | null;
            /** @example 2026-11-25 */
            dueOn: string;
            /** @example Phường Ba Đình */
            name: string;
            reportId: string | null;
            /**
             * @description The report made
             * @enum {string|null}
             */
            reportState: "queued" | "ready" | "failed" | null;
            /**
             * @description on_time / late: submitted (its first version) by or after the due date; pending: not yet, the due date not passed; overdue: not submitted and the due date passed
             * @enum {string}
             */
            status: "on_time" | "late" | "pending" | "overdue";
            /** @description The first version’s submission */
            submittedAt: string | null;
            /** @description The newest version submitted */
            version: number | null;
        };
        AssessChildFriendlyDto: {
            /**
             * @description A code of the list `child-friendly-criteria` (GET /api/v1/reference/child-friendly-criteria). the criteria the commune met; every one: the standard
             * @example [
             *       "birth_registration",
             *       "immunisation"
             *     ]
             */
            criteriaMet: string[];
            /**
             * Format: date
             * @description The recognition decision’s day, with `decisionNumber`; not after today. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            decidedOn?: string;
            /**
             * @description The recognition decision’s number, with `decidedOn`; only when every criterion is met
             * @example 1234/QĐ-UBND
             */
            decisionNumber?: string;
        };
        AssessmentDto: {
            /** @description The reported abuse is confirmed (trẻ em bị xâm hại): the case is at intervention level */
            abuseConfirmed?: boolean;
            childSituation: string;
            /** @description Each child aged 7 or more on the day: heard, and what the child said */
            childViews?: components["schemas"]["ChildViewsDto"][];
            /** @description The case meeting’s minutes: a plan is submitted only when the latest assessment has them (record the assessment again, in planning, once the meeting was held) */
            conference?: components["schemas"]["ConferenceDto"];
            familySituation: string;
            /**
             * @description A change of level, if any, with levelReason. prevention: no plan (Law on Children art. 48, 52)
             * @enum {string}
             */
            level?: "prevention" | "support" | "intervention";
            /** @description Why the level changes: required when it does (encrypted at rest) */
            levelReason?: string;
            needs: string[];
        };
        AssignDto: {
            /** @description A social worker of the case’s commune */
            userId: string;
        };
        AuditEventDto: {
            /** @example auth.login */
            action: string;
            /**
             * @example {
             *       "type": "user",
             *       "id": null,
             *       "name": "nguyenvana"
             *     }
             */
            actor: {
                id?: string | null;
                name?: string | null;
                /** @enum {string} */
                type?: "user" | "api_key" | "system" | "anonymous";
            };
            at: string;
            communeCode: string | null;
            details: {
                [key: string]: unknown;
            };
            entity: {
                id?: string | null;
                type?: string;
            } | null;
            /**
             * @description The order entries were written in
             * @example 1532
             */
            id: string;
            ip: string | null;
            provinceCode: string | null;
            requestId: string | null;
            /**
             * @description Its place in the hash chain; null for a second or so, until the sealer links it
             * @example 1530
             */
            seq: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        AuditVerificationDto: {
            /**
             * @description Entries in the chain
             * @example 1532
             */
            entries: number;
            /** @description The last entry: recorded elsewhere from time to time, it shows a later removal of the newest entries, which the chain alone cannot */
            head: components["schemas"]["ChainHeadDto"];
            /** @description No entry altered, removed or re-chained */
            intact: boolean;
            /** @example 0 */
            problemCount: number;
            /** @description The first 20 */
            problems: components["schemas"]["ChainProblemDto"][];
            verifiedAt: string;
        };
        CaregiverDto: {
            /** @example Nguyễn Văn Bình */
            fullName: string;
            /** @example 001085012345 */
            personalId?: string;
            /** @example 0912345678 */
            phone?: string;
            /**
             * @description A code of the list `caregiver-relations` (GET /api/v1/reference/caregiver-relations)
             * @enum {string}
             */
            relation: "father" | "mother" | "guardian" | "other";
        };
        CaseAbuserDto: {
            /** @enum {string} */
            age: "minor" | "adult" | "unknown";
            caseId: string;
            id: string;
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy?: {
                fullName: string | null;
                id: string | null;
            };
            /** @description A code of the list `abuser-relationships` (GET /api/v1/reference/abuser-relationships) */
            relationship: string;
            /** @description The relationship’s name, in Vietnamese */
            relationshipName: string;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
        };
        CaseChildNameDto: {
            /** @example Nguyễn Văn An */
            fullName: string;
            id: string;
        };
        CaseDeadlinesDto: {
            emergencyActionDueAt: string;
            initialAssessmentDueAt: string;
            isolationEndsAt: string | null;
            planApprovalDueAt: string | null;
            /** @description While the plan waits for the chair: the working days left before its approval is due (0 on the last day) */
            planApprovalWorkingDaysLeft: number | null;
            planDueAt: string | null;
            reviewDueAt: string | null;
        };
        CaseDto: {
            /** @description Actions taken before the report */
            actionsTaken: string | null;
            allowedActions: ("initial-assessment" | "emergency-measures" | "assessment" | "plan" | "plan/approve" | "plan/reject" | "plan/actions/status" | "reviews" | "close" | "close/approve" | "close/reject" | "reopen" | "assign" | "notes" | "referrals" | "isolation" | "isolation/extend" | "isolation/end")[];
            /** @description When its retention policy anonymised the closed case: its report, forms and notes are gone */
            anonymisedAt: string | null;
            assignedTo: string | null;
            /** @description Who cares for the child now */
            caregiver: string | null;
            /**
             * @description A code of the list `case-channels` (GET /api/v1/reference/case-channels)
             * @enum {string|null}
             */
            channel: "phone" | "in_person" | "third_party" | "online" | null;
            /** @description Mẫu 01: the child’s condition */
            childCondition: string | null;
            childIds: string[];
            closedAt: string | null;
            /** @example BVTE-00004-2026-0001 */
            code: string;
            communeCode: string;
            concerns: string[];
            createdAt: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            familySituation: string | null;
            father: components["schemas"]["IntakeParentDto"] | null;
            guardian: components["schemas"]["IntakeParentDto"] | null;
            /** @description For a commune that handed the case over: when. What it reads is the case as it was then, its steps up to then; null for the commune that holds the case */
            heldUntil: string | null;
            /** @description The communes that held the case, in order */
            holdings: components["schemas"]["CaseHoldingDto"][];
            id: string;
            immediateDanger: boolean | null;
            isolation: components["schemas"]["IsolationStateDto"] | null;
            /** @enum {string|null} */
            level: "prevention" | "support" | "intervention" | null;
            /** @description Mẫu 01: the likely harm without help */
            likelyHarm: string | null;
            location: components["schemas"]["CaseLocationDto"] | null;
            mother: components["schemas"]["IntakeParentDto"] | null;
            /** @description A step is past its deadline */
            overdue: boolean;
            provinceCode: string;
            /** @description The caller’s commune handed the case over: it can only read it */
            readOnly: boolean;
            receivedAt: string;
            /** @description The organisation (receiving point) where the report was recorded */
            receivingOrganizationId: string | null;
            reporter: components["schemas"]["ReporterDto"] | null;
            /** @description abuse-settings */
            settings: string[];
            /**
             * @description A code of the list `case-sources` (GET /api/v1/reference/case-sources)
             * @enum {string}
             */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
            summary: string;
            /** @description The transfer waiting for the receiving commune, if any */
            transfer: components["schemas"]["CaseTransferDto"] | null;
            updatedAt: string;
            version: number;
        };
        CaseFiguresDto: {
            /** @description Open cases by protection level; `unassessed` before the initial assessment */
            byLevel: {
                [key: string]: number | null;
            };
            byStatus: {
                [key: string]: number | null;
            };
            /** @description Cases closed this year (Vietnam’s calendar) and not reopened */
            closedThisYear: number | null;
            open: number | null;
            /** @description Open cases with a step past due */
            overdue: number | null;
        };
        CaseHoldingDto: {
            /** @description Who accepted it for this commune; null for the first holder */
            acceptedBy: {
                fullName?: string | null;
                id?: string | null;
            } | null;
            communeCode: string;
            communeName: string;
            /** @description Who handed the case over to this commune; null for the first holder */
            handedOverBy: {
                fullName?: string | null;
                id?: string | null;
            } | null;
            /** @description The case’s receipt, or when the commune accepted it */
            heldFrom: string;
            /** @description null: the commune holds it */
            heldUntil: string | null;
            provinceCode: string;
            /** @description Why the case came here */
            reason: string | null;
        };
        CaseListItemDto: {
            allowedActions: ("initial-assessment" | "emergency-measures" | "assessment" | "plan" | "plan/approve" | "plan/reject" | "plan/actions/status" | "reviews" | "close" | "close/approve" | "close/reject" | "reopen" | "assign" | "notes" | "referrals" | "isolation" | "isolation/extend" | "isolation/end")[];
            /** @description When its retention policy anonymised the closed case: its report, forms and notes are gone */
            anonymisedAt: string | null;
            assignedTo: string | null;
            /**
             * @description A code of the list `case-channels` (GET /api/v1/reference/case-channels)
             * @enum {string|null}
             */
            channel: "phone" | "in_person" | "third_party" | "online" | null;
            childIds: string[];
            /** @description The case’s children, as childIds */
            children: components["schemas"]["CaseChildNameDto"][];
            closedAt: string | null;
            /** @example BVTE-00004-2026-0001 */
            code: string;
            communeCode: string;
            concerns: string[];
            createdAt: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            /** @description For a commune that handed the case over: when. What it reads is the case as it was then, its steps up to then; null for the commune that holds the case */
            heldUntil: string | null;
            id: string;
            immediateDanger: boolean | null;
            isolation: components["schemas"]["IsolationStateDto"] | null;
            /** @enum {string|null} */
            level: "prevention" | "support" | "intervention" | null;
            /** @description A step is past its deadline */
            overdue: boolean;
            provinceCode: string;
            /** @description The caller’s commune handed the case over: it can only read it */
            readOnly: boolean;
            receivedAt: string;
            /** @description The organisation (receiving point) where the report was recorded */
            receivingOrganizationId: string | null;
            /** @description abuse-settings */
            settings: string[];
            /**
             * @description A code of the list `case-sources` (GET /api/v1/reference/case-sources)
             * @enum {string}
             */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
            /** @description The transfer waiting for the receiving commune, if any */
            transfer: components["schemas"]["CaseTransferDto"] | null;
            updatedAt: string;
            version: number;
        };
        CaseLocationDto: {
            /** @example Tổ dân phố 5, phố Đội Cấn */
            address?: string;
            /**
             * @description The commune where it happened: it takes the case
             * @example 00004
             */
            communeCode: string;
            /** @example 01 */
            provinceCode: string;
        };
        CaseMeetingParticipantDto: {
            /** @example Trần Văn Bình */
            fullName: string;
            /**
             * @description Their agency or organisation; none for the family
             * @example Công an phường Ba Đình
             */
            organization?: string;
            /**
             * @description Their role: an office, or “mẹ của trẻ”
             * @example cán bộ điều tra
             */
            role: string;
        };
        CasePageDto: {
            items: components["schemas"]["CaseListItemDto"][];
            nextCursor: string | null;
        };
        CasePlanActionDto: {
            /** @description Where it can go */
            allowedStatuses: ("planned" | "in_progress" | "done" | "not_done")[];
            description: string;
            dueAt: string;
            /**
             * @description The plan’s step and the action’s number
             * @example 1234-1
             */
            id: string;
            /** @description Its number in the plan, from 1 */
            number: number;
            /** @description A referral made for it and not yet ended (completed, declined or cancelled): no other can be made for it meanwhile */
            openReferralId: string | null;
            organization: components["schemas"]["PlanActionOrganizationDto"] | null;
            /** @description Not done or in progress past its due time while the plan runs */
            overdue: boolean;
            /** @description Why it was not done */
            reason: string | null;
            /** @description The referral whose completion marked it done */
            referralId: string | null;
            /** @description null in plans submitted before it was asked for */
            responsiblePerson: string | null;
            /** @description A code of the list `service-types` (GET /api/v1/reference/service-types) */
            serviceType: string | null;
            /** @enum {string} */
            status: "planned" | "in_progress" | "done" | "not_done";
            /** @description When it last changed */
            statusAt: string | null;
        };
        CaseSanctionDto: {
            authority: string;
            caseId: string;
            /** Format: date */
            decidedOn: string | null;
            /** @description Null until it is decided */
            decisionNumber: string | null;
            /**
             * Format: date
             * @description The day the violation was detected
             */
            detectedOn: string;
            /** @description In đồng */
            fine: number | null;
            /** @description A code of the list `abuse-forms` (GET /api/v1/reference/abuse-forms) */
            form: string;
            /** @description The form’s name, in Vietnamese */
            formName: string;
            id: string;
            measures: string | null;
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy?: {
                fullName: string | null;
                id: string | null;
            };
            /** @enum {string} */
            violatorKind: "individual" | "organization";
            violators: number;
        };
        CaseTransferDto: {
            /** @example BVTE-00004-2026-0001 */
            caseCode: string;
            caseId: string;
            decidedAt: string | null;
            /** @description Who accepted, declined or cancelled it */
            decidedBy: {
                fullName?: string | null;
                id?: string | null;
            } | null;
            /** @description Why it was declined or cancelled */
            decisionReason: string | null;
            /** @description The commune handing the case over */
            from: components["schemas"]["TransferPlaceDto"];
            id: string;
            /** @description For the receiver */
            note: string | null;
            reason: string;
            requestedAt: string;
            requestedBy?: {
                fullName: string | null;
                id: string | null;
            };
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled";
            /** @description The receiving commune */
            to: components["schemas"]["TransferPlaceDto"];
        };
        ChainHeadDto: {
            /** @description SHA-256, hex */
            hash: string;
            /** @example 1532 */
            seq: string;
        };
        ChainProblemDto: {
            /** @example content does not match its hash */
            detail: string;
            /**
             * @description missing: entries before this link, or its own entry, are gone; altered: its entry does not match its hash; broken-link: it does not chain to the link before; unchained: an entry no link holds long after it was written (the sealer stopped, or it was slipped in); head-mismatch: a head published earlier is no longer in the chain
             * @enum {string}
             */
            problem: "missing" | "altered" | "broken-link" | "unchained" | "head-mismatch";
            /**
             * @description The link where it shows; null for an entry outside the chain
             * @example 3
             */
            seq: string | null;
        };
        ChangeCountsDto: {
            dismissed: number;
            done: number;
            open: number;
            /** @description The registry already agreed when they came */
            settled: number;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ChangePersonDto: {
            dateOfBirth: string;
            fullName: string;
            personalId: string;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
        };
        ChangePlaceDto: {
            code: string;
            /** @description Null for no current commune */
            name: string | null;
        };
        ChangeRecordDto: {
            /** @description Where the record lives now */
            commune: components["schemas"]["ChangePlaceDto"];
            id: string;
        };
        ChangesFileBodyDto: {
            /**
             * Format: binary
             * @description The commune police’s list of births and moves (.xlsx or .csv)
             */
            file: string;
        };
        ChangesPageDto: {
            counts: components["schemas"]["ChangeCountsDto"];
            items: components["schemas"]["PopulationChangeDto"][];
            nextCursor: string | null;
            /** @description The last day read online; the next read starts there */
            readTo: string | null;
        };
        ChangesReceivedDto: {
            /** @description The days read online, from */
            from: string | null;
            /** @description Of them, not received before */
            new: number;
            /** @description Of the new ones, those to act on */
            open: number;
            /** @description Changes read */
            received: number;
            /** @description Rows of a file not read, with why */
            rejected: components["schemas"]["RejectedAnswerDto"][];
            /** @description to */
            to: string | null;
        };
        ChildConsentDto: {
            /** @description The child agrees with the plan and with their information going to the organisations that carry it out */
            agrees: boolean;
            /** @description One of the case’s childIds */
            childId: string;
            /** @description What the child said about the plan */
            views?: string;
        };
        ChildCountDto: {
            /** @description False when there are more children than total */
            exact: boolean;
            /** @description The number of children, or the limit when there are more (exact is false) */
            total: number;
        };
        ChildDto: {
            address: string | null;
            /** @description Whole years today (Vietnam time) */
            age: number;
            caregivers: components["schemas"]["CaregiverDto"][];
            communeCode: string;
            createdAt: string;
            dateOfBirth: string;
            disability: string | null;
            /** @enum {string} */
            dobPrecision: "exact" | "year" | "estimated";
            /** @description A code of the list `ethnicities` (GET /api/v1/reference/ethnicities) */
            ethnicityCode: string | null;
            fullName: string;
            id: string;
            /** @description Under 16 today */
            isChild: boolean;
            notes: string | null;
            personalId: string | null;
            provinceCode: string;
            riskFactors: components["schemas"]["RiskFactorDto"][];
            /** @description A code of the list `school-statuses` (GET /api/v1/reference/school-statuses) */
            schoolStatus: string | null;
            /** @description Sensitive data left out (special circumstances and risks marked sensitive, the disability, the notes): in a list, or for a caller without children:sensitive */
            sensitiveWithheld: boolean;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances: components["schemas"]["SpecialCircumstanceDto"][];
            updatedAt: string;
            /**
             * @description Against the national population database (GET …/verification for the check)
             * @enum {string}
             */
            verificationStatus: "unchecked" | "verified" | "mismatch" | "not_found" | "disputed";
            version: number;
            village: string | null;
        };
        ChildFriendlyCommuneDto: {
            /** @description Assessed for the year */
            assessed: boolean;
            assessedByName: string | null;
            /** @example 00004 */
            code: string;
            /** @description A code of the list `child-friendly-criteria` (GET /api/v1/reference/child-friendly-criteria) */
            criteriaMet: string[];
            decidedOn: string | null;
            decisionNumber: string | null;
            /** @description Every criterion met */
            meetsStandard: boolean;
            /** @example Phường Ba Đình */
            name: string;
        };
        ChildFriendlyCountsDto: {
            assessed: number;
            communes: number;
            /** @description Meeting every criterion */
            meetingStandard: number;
            /** @description With a recognition decision */
            recognised: number;
        };
        ChildFriendlyOverviewDto: {
            /** @description Every current commune */
            communes: components["schemas"]["ChildFriendlyCommuneDto"][];
            counts: components["schemas"]["ChildFriendlyCountsDto"];
            /** @description The standard’s criteria, in order */
            criteria: components["schemas"]["CriterionDto"][];
            /** @example 2026 */
            year: number;
        };
        ChildHistoryEntryDto: {
            /** @example updated */
            action: string;
            /** @description Who made the change; nulls: the system */
            actor?: {
                fullName: string | null;
                id: string | null;
            };
            at: string;
            /**
             * @example {
             *       "village": {
             *         "from": "Tổ 4",
             *         "to": "Tổ 5"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
            /** @description The record changed: this one, or one merged into it */
            childId: string;
            /** @description Why: a verified field changed, or the population database’s value disputed */
            reason: string | null;
        };
        ChildImportDto: {
            created: number;
            createdAt: string;
            dryRun: boolean;
            /** @description The first 1,000 reasons, by row */
            errors: components["schemas"]["ImportRowErrorDto"][];
            /** @description Why the whole file was refused */
            failure: string | null;
            fileName: string;
            finishedAt: string | null;
            id: string;
            /** @enum {string} */
            kind: "children" | "supports";
            processed: number;
            rejected: number;
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Data rows; known once counted */
            total: number | null;
            /** @description Rows identical to the record they matched */
            unchanged: number;
            updated: number;
        };
        ChildInjuryDto: {
            childId: string;
            description: string | null;
            id: string;
            /** @description A code of the list `injury-kinds` (GET /api/v1/reference/injury-kinds) */
            kind: string;
            /** @description The kind’s name, in Vietnamese */
            kindName: string;
            occurredOn: string;
            /** @enum {string} */
            outcome: "recovered" | "lasting_harm" | "died" | "unknown";
            place: string | null;
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy?: {
                fullName: string | null;
                id: string | null;
            };
        };
        ChildPageDto: {
            items: components["schemas"]["ChildDto"][];
            nextCursor: string | null;
        };
        ChildrenFiguresDto: {
            inSpecialCircumstances: number | null;
            specialCircumstanceRate: number | null;
            supported: number | null;
            supportedRate: number | null;
            total: number | null;
        };
        ChildSupportDto: {
            amount: number | null;
            childId: string;
            /** @description null while it continues */
            endsOn: string | null;
            id: string;
            /** @description A code of the list `support-kinds` (GET /api/v1/reference/support-kinds) */
            kind: string;
            /** @description The kind’s name, in Vietnamese */
            kindName: string;
            programme: string | null;
            /** @enum {string} */
            provider: "state" | "organization" | "donor";
            providerName: string | null;
            recordedAt: string;
            /** @description Who recorded it */
            recordedBy?: {
                fullName: string | null;
                id: string | null;
            };
            startsOn: string;
        };
        ChildVerificationDto: {
            /** @description Newest first (the last 50) */
            checks: components["schemas"]["VerificationCheckDto"][];
            /** @description Where the record differs from the last check’s person (none when not found) */
            differences: components["schemas"]["FieldDifferenceDto"][];
            /** @enum {string} */
            status: "unchecked" | "verified" | "mismatch" | "not_found" | "disputed";
        };
        ChildViewsDto: {
            /** @description One of the case’s childIds */
            childId: string;
            /** @description The child was heard */
            heard: boolean;
            /** @description Why the child could not be heard (required when not) */
            reason?: string;
            /** @description What the child said (required when heard) */
            views?: string;
        };
        ClosureCriteriaDto: {
            /** @description Cognitively stable */
            cognitivelyStable: boolean;
            /** @description Emotionally stable */
            emotionallyStable: boolean;
            /** @description No longer at risk of abuse */
            noLongerAtRisk: boolean;
            /** @description Physically stable */
            physicallyStable: boolean;
            /** @description Psychologically stable */
            psychologicallyStable: boolean;
        };
        CommuneDuplicatesDto: {
            /** @description The most likely first, up to `limit` */
            items: components["schemas"]["DuplicatePairDto"][];
            /** @description Candidate pairs found */
            total: number;
        };
        CommuneQuery: {
            /** @example 00004 */
            communeCode: string;
        };
        CompleteReferralDto: {
            /** @description What was done and how the child is: reported back to the case */
            outcome: string;
            /**
             * @example [
             *       "Khám và điều trị vết thương"
             *     ]
             */
            servicesDelivered?: string[];
        };
        ConferenceDto: {
            /** @description What was agreed: the child’s needs, the help, who does what */
            agreed: string[];
            /**
             * Format: date-time
             * @description When the meeting was held. An ISO 8601 time with an offset (or Z), e.g. 2026-12-20T14:30:00+07:00
             * @example 2026-12-20T14:30:00+07:00
             */
            heldAt: string;
            /** @description What was discussed */
            minutes?: string;
            /** @description Who took part */
            participants: components["schemas"]["CaseMeetingParticipantDto"][];
            /** @example Trụ sở UBND phường */
            place?: string;
        };
        ContactDto: {
            email: string | null;
            fullName: string;
            id: string;
            phone: string | null;
        };
        CorrectionRequestDto: {
            answer: string | null;
            answeredAt: string | null;
            answeredBy?: {
                fullName: string | null;
                id: string | null;
            } | null;
            childId: string;
            /** @description The child’s name in the record now */
            childName: string;
            id: string;
            receivedOn: string;
            /** @description Who recorded it */
            recordedBy?: {
                fullName: string | null;
                id: string | null;
            };
            request: string;
            requester: string;
            /** @enum {string} */
            status: "open" | "corrected" | "refused";
        };
        CreateApiKeyDto: {
            /**
             * @description When the key stops working. A date YYYY-MM-DD (the end of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00
             * @example 2026-12-20
             */
            expiresAt?: string;
            /** @example Tổng đài 111 — tiếp nhận tin báo */
            name: string;
            /** @description The system client’s organisation: its area is the key’s scope */
            organizationId: string;
            permissions: ("areas:read" | "reference:read" | "organizations:read" | "cases:intake")[];
        };
        CreateCaseAbuserDto: {
            /**
             * @description minor: under 18; adult: 18 or over; unknown: not known
             * @enum {string}
             */
            age: "minor" | "adult" | "unknown";
            /**
             * @description A code of the list `abuser-relationships` (GET /api/v1/reference/abuser-relationships). Their relationship to the child
             * @example step_parent
             */
            relationship: string;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
        };
        CreateCaseDto: {
            /** @description Mẫu 01, A.2: Những hành động hỗ trợ, can thiệp đã thực hiện đối với trẻ em trước khi nhận được thông tin (actions already taken) */
            actionsTaken?: string;
            /**
             * @description Mẫu 01, A.2: who cares for the child now (người chăm sóc trẻ em), if known
             * @example Bà ngoại
             */
            caregiver?: string;
            /**
             * @description A code of the list `case-channels` (GET /api/v1/reference/case-channels)
             * @enum {string}
             */
            channel?: "phone" | "in_person" | "third_party" | "online";
            /** @description Mẫu 01, A.2: Tình trạng trẻ em (the child’s condition now) */
            childCondition?: string;
            /** @description Children already in the registry */
            childIds?: string[];
            /**
             * @description A code of the list `abuse-forms` (GET /api/v1/reference/abuse-forms)
             * @example [
             *       "violence"
             *     ]
             */
            concerns: string[];
            /** @description Mẫu 01, A.2: Hoàn cảnh gia đình (the family situation) */
            familySituation?: string;
            /** @description Mẫu 01, A.2: the father */
            father?: components["schemas"]["IntakeParentDto"];
            /** @description A guardian (người giám hộ), when the child has one besides or instead of parents */
            guardian?: components["schemas"]["IntakeParentDto"];
            /** @description The child is in immediate danger as reported: flagged on the case at once and in the notice to the commune; the initial assessment confirms or clears it */
            immediateDanger?: boolean;
            /** @description Mẫu 01, A.2: Phỏng đoán hậu quả xảy ra cho trẻ em nếu không có hỗ trợ, can thiệp (the likely harm without help) */
            likelyHarm?: string;
            /** @description Where it happened; without it, the first child’s commune */
            location?: components["schemas"]["CaseLocationDto"];
            /** @description Mẫu 01, A.2: the mother */
            mother?: components["schemas"]["IntakeParentDto"];
            /** @description Children not yet in the registry: each becomes a record (sex may be unknown, the date of birth estimated) */
            newChildren?: components["schemas"]["CreateChildDto"][];
            /**
             * Format: date-time
             * @description When the report was received. An ISO 8601 time with an offset (or Z), e.g. 2026-12-20T14:30:00+07:00
             * @example 2026-12-20T14:30:00+07:00
             */
            receivedAt: string;
            reporter?: components["schemas"]["ReporterDto"];
            /**
             * @description A code of the list `abuse-settings` (GET /api/v1/reference/abuse-settings). Where it happened
             * @example [
             *       "family"
             *     ]
             */
            settings?: string[];
            /**
             * @description A code of the list `case-sources` (GET /api/v1/reference/case-sources). Who passed the report on. Required, except from the staff of a receiving point (police, school, health facility), whose organisation sets it
             * @enum {string}
             */
            source?: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @description What was reported (encrypted at rest) */
            summary: string;
        };
        CreateCaseSanctionDto: {
            /**
             * @description Who decided it, or until then who drew up the violation record
             * @example Chủ tịch UBND xã Đông Hải
             */
            authority: string;
            /**
             * Format: date
             * @description The day it was decided, with `decisionNumber`: not after today
             * @example 2026-06-20
             */
            decidedOn?: string;
            /**
             * @description The decision’s number as written on it, with `decidedOn`; left out until decided
             * @example 12/QĐ-XPVPHC
             */
            decisionNumber?: string;
            /**
             * Format: date
             * @description The day the violation was detected, its violation record drawn up: not after today; left out, the decision’s day
             * @example 2026-06-15
             */
            detectedOn?: string;
            /**
             * @description The fine in đồng of those this row sanctions, all of them together (a decision recorded as two parts: each part’s); left out where it fined nothing, and before a decision
             * @example 5000000
             */
            fine?: number;
            /**
             * @description A code of the list `abuse-forms` (GET /api/v1/reference/abuse-forms). The act
             * @example violence
             */
            form: string;
            /** @description Other penalties and remedial measures decided (details of the abuser, sealed at rest) */
            measures?: string;
            /**
             * @description Persons or organisations
             * @enum {string}
             */
            violatorKind: "individual" | "organization";
            /**
             * @description How many persons or organisations committed it (the same act)
             * @default 1
             */
            violators: number;
        };
        CreateChildDto: {
            address?: string;
            caregivers?: components["schemas"]["CaregiverDto"][];
            /**
             * @description A current commune; a pre-2025 code is mapped
             * @example 00004
             */
            communeCode: string;
            /**
             * Format: date
             * @description Date of birth. When only the year is known: 1 January of it (2015-01-01) with dobPrecision year. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            dateOfBirth: string;
            /** @description The kind of disability, when there is one */
            disability?: string;
            /**
             * @default exact
             * @enum {string}
             */
            dobPrecision: "exact" | "year" | "estimated";
            /**
             * @description A code of the list `ethnicities` (GET /api/v1/reference/ethnicities). GSO 1979 codes
             * @example 01
             */
            ethnicityCode?: string;
            /** @example Nguyễn Văn An */
            fullName: string;
            notes?: string;
            /** @example 001215012345 */
            personalId?: string;
            /** @example 01 */
            provinceCode: string;
            riskFactors?: components["schemas"]["RiskFactorDto"][];
            /**
             * @description A code of the list `school-statuses` (GET /api/v1/reference/school-statuses)
             * @example in_school
             */
            schoolStatus?: string;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances?: components["schemas"]["SpecialCircumstanceDto"][];
            /** @example Tổ dân phố 5 */
            village?: string;
        };
        CreateChildInjuryDto: {
            /** @description What happened and the care given (health data) */
            description?: string;
            /**
             * @description A code of the list `injury-kinds` (GET /api/v1/reference/injury-kinds)
             * @example drowning
             */
            kind: string;
            /**
             * Format: date
             * @description The day it happened: not after today
             * @example 2026-06-14
             */
            occurredOn: string;
            /**
             * @description Recovered, with lasting harm, died, or not known yet
             * @enum {string}
             */
            outcome: "recovered" | "lasting_harm" | "died" | "unknown";
            /** @example Ao làng, thôn Đông */
            place?: string;
        };
        CreateChildSupportDto: {
            /**
             * @description In đồng: a month’s allowance, a scholarship, a gift’s value
             * @example 500000
             */
            amount?: number;
            /**
             * Format: date
             * @description The last day; left out while it continues. A one-off ends the day it starts.
             * @example 2026-12-31
             */
            endsOn?: string;
            /**
             * @description A code of the list `support-kinds` (GET /api/v1/reference/support-kinds)
             * @example social_allowance
             */
            kind: string;
            /** @example Chương trình đỡ đầu trẻ em có hoàn cảnh đặc biệt của thành phố */
            programme?: string;
            /**
             * @description Who gives it: the state, an organisation, or a donor (named in providerName)
             * @enum {string}
             */
            provider: "state" | "organization" | "donor";
            /**
             * @description Required for an organisation or a donor
             * @example Hội Chữ thập đỏ phường Ba Đình
             */
            providerName?: string;
            /**
             * Format: date
             * @description The first day (the day, for a one-off)
             * @example 2026-01-01
             */
            startsOn: string;
        };
        CreateCorrectionRequestDto: {
            /**
             * Format: date
             * @description The day the request was received
             * @example 2026-12-20
             */
            receivedOn: string;
            /** @example Tên đệm của cháu là "Thị", không phải "Thi" */
            request: string;
            /** @example Nguyễn Thị Hạnh, mẹ của trẻ */
            requester: string;
        };
        CreatedApiKeyDto: {
            createdAt: string;
            expiresAt: string | null;
            id: string;
            /** @description The key, shown only in this response: send it as X-API-Key */
            key: string;
            lastUsedAt: string | null;
            name: string;
            organizationId: string;
            permissions: string[];
            /** @description Identifies the key in logs; not secret */
            prefix: string;
            revokedAt: string | null;
        };
        CreateNoteDto: {
            text: string;
            /**
             * @description restricted: the assigned worker, the approvers and the author only
             * @default case_team
             * @enum {string}
             */
            visibility: "case_team" | "restricted";
        };
        CreateOrganizationDto: {
            /** @example 00004 */
            communeCode?: string;
            /** @example Công an xã Minh Châu */
            name: string;
            parentId?: string;
            /** @example 01 */
            provinceCode: string;
            /**
             * @description A code of the list `organization-types` (GET /api/v1/reference/organization-types)
             * @enum {string}
             */
            type: "commune_committee" | "social_work_center" | "police" | "health_facility" | "school" | "justice_office" | "provincial_department" | "hotline" | "mass_organization" | "ministry";
        };
        CreateReferralDto: {
            /**
             * @description The plan action the referral is made for (GET /cases/:id/plan/actions), still open: its completion marks the action done
             * @example 1234-1
             */
            planActionId?: string;
            /** @description Why the child needs the service; shared with the receiving side */
            reason: string;
            /**
             * @description A code of the list `service-types` (GET /api/v1/reference/service-types)
             * @example medical_care
             */
            serviceType: string;
            /** @description Beyond the children’s names, ages, sexes and communes and the case code, only these are shared */
            sharedFields?: ("dateOfBirth" | "personalId" | "ethnicity" | "address" | "caregivers" | "schooling" | "disability" | "specialCircumstances" | "riskFactors" | "concerns" | "immediateDanger" | "protectionLevel" | "reportSummary" | "location")[];
            /** @description The receiving organisation (police unit, health facility, school…) */
            toOrganizationId: string;
            /**
             * @description A code of the list `referral-urgencies` (GET /api/v1/reference/referral-urgencies)
             * @enum {string}
             */
            urgency: "emergency" | "urgent" | "routine";
        };
        CreateTransferDto: {
            /** @description For the receiving commune (encrypted at rest) */
            note?: string;
            /**
             * @description Why the case goes there, e.g. the child lives there (encrypted at rest)
             * @example Gia đình trẻ đã chuyển về sinh sống tại phường Thủ Dầu Một.
             */
            reason: string;
            /**
             * @description The receiving commune: a current commune of any province, where the child lives
             * @example 25747
             */
            toCommuneCode: string;
        };
        CreateUserDto: {
            /** @description Province or commune codes; default: the organisation's area */
            areaCodes?: string[];
            /**
             * Format: email
             * @description Notifications are also emailed here
             * @example an.nguyen@badinh.hanoi.gov.vn
             */
            email?: string | null;
            /** @example Nguyễn Văn An */
            fullName: string;
            organizationId: string;
            /** @description At least 10 characters, not a common password, not the username */
            password: string;
            /**
             * @description Work phone
             * @example 0243 823 4567
             */
            phone?: string | null;
            roles: ("system_admin" | "commune_officer" | "social_worker" | "case_approver" | "agency_staff" | "province_officer" | "statistician")[];
            /**
             * @description 3-64 of a-z 0-9 . _ -; stored in lower case
             * @example nguyenvana
             */
            username: string;
        };
        CreateWebhookDto: {
            /**
             * @description Event kinds to receive; empty or absent: all
             * @example [
             *       "referral_received",
             *       "referral_escalation"
             *     ]
             */
            events?: string[];
            /** @example https://he-thong.congan.example.vn/bvte-events */
            url: string;
        };
        CriterionDto: {
            /** @example birth_registration */
            code: string;
            /** @example Trẻ em được khai sinh đúng quy định */
            name: string;
        };
        CrosswalkDto: {
            /** @description Split between several current units: a person must choose */
            ambiguous: boolean;
            /** @description The current units the old one went into */
            currentUnits: components["schemas"]["AreaDto"][];
            /** @example 00001 */
            oldCode: string;
            /** @example Phường Phúc Xá */
            oldFullName: string;
        };
        DashboardDto: {
            abuse: components["schemas"]["AbuseFiguresDto"];
            /** @description When the precomputed registry and abuse figures were rebuilt; cases and referrals are live */
            asOf: string;
            cases: components["schemas"]["CaseFiguresDto"];
            children: components["schemas"]["ChildrenFiguresDto"];
            referrals: components["schemas"]["ReferralSummaryDto"];
            /**
             * @description Counts from 1 to this minus one are null for you (REPORT_SUPPRESSION_THRESHOLD), and so are rates taken from them; null when you see exact figures
             * @example 5
             */
            smallCountsBelow: number | null;
            targets: components["schemas"]["TargetsDto"];
            year: number;
        };
        /** @enum {string} */
        DataProblem: "missingPersonalId" | "malformedPersonalId" | "unknownSex" | "estimatedDateOfBirth" | "missingEthnicity" | "missingParentOrGuardian" | "specialCircumstancesPast16" | "pre2025CommuneCode";
        DataQualityDto: {
            /**
             * @description `children` (records in the commune) and the number with each problem
             * @example {
             *       "children": 120,
             *       "missingPersonalId": 3,
             *       "malformedPersonalId": 3,
             *       "unknownSex": 3,
             *       "estimatedDateOfBirth": 3,
             *       "missingEthnicity": 3,
             *       "missingParentOrGuardian": 3,
             *       "specialCircumstancesPast16": 3,
             *       "pre2025CommuneCode": 3
             *     }
             */
            counts: {
                [key: string]: number;
            };
            items: components["schemas"]["DataQualityItemDto"][];
            nextCursor: string | null;
        };
        DataQualityItemDto: {
            child: components["schemas"]["ChildDto"];
            problems: components["schemas"]["DataProblem"][];
        };
        DeadlineDto: {
            /** @example 25 */
            day: number;
            /** @example 11 */
            month: number;
            /** @description The province that set it; null: the plans’ date, for every province */
            provinceCode: string | null;
            /**
             * @description commune_plan: the commune’s annual plan; commune_six_months, province_six_months: the commune’s and the province’s reports of the first six months (their figures close on 14 June); commune_annual: the commune’s report of the year; department_annual: the departments’ and sectors’ reports to the department; province_annual: the province’s report of the year
             * @enum {string}
             */
            report: "commune_plan" | "commune_six_months" | "province_six_months" | "commune_annual" | "department_annual" | "province_annual";
            /** @description The plan or the province’s decision that sets it */
            source: string;
            /** @description Whether the report is made and submitted here (false: sent outside the system) */
            submittedHere: boolean;
            updatedAt: string;
        };
        DeadlineListDto: {
            items: components["schemas"]["DeadlineDto"][];
        };
        DeadlineStatusDto: {
            /** @description plan_action: the action (GET /cases/:id/plan/actions) */
            actionId: string | null;
            doneAt: string | null;
            dueAt: string;
            escalatedAt: string | null;
            /** @enum {string} */
            kind: "initial_assessment" | "emergency_action" | "plan" | "plan_approval" | "isolation" | "review" | "plan_action";
            /** @description null while open and not yet due */
            met: boolean | null;
            /**
             * @description not_done: a plan action that was not carried out
             * @enum {string}
             */
            state: "open" | "done" | "not_needed" | "not_done";
        };
        DecideCaseSanctionDto: {
            /** @description Who decided it, where not who drew up the record */
            authority?: string;
            /**
             * Format: date
             * @description The day it was decided: not before the violation’s detection nor after today
             * @example 2026-06-20
             */
            decidedOn: string;
            /**
             * @description The decision’s number as written on it
             * @example 12/QĐ-XPVPHC
             */
            decisionNumber: string;
            /**
             * @description The fine in đồng of those this row sanctions, all of them together (a decision recorded as two parts: each part’s); left out where it fined nothing, and before a decision
             * @example 5000000
             */
            fine?: number;
            /** @description Other penalties and remedial measures decided (details of the abuser, sealed at rest) */
            measures?: string;
        };
        DismissChangeDto: {
            /** @description Why nothing is done, kept with the change */
            note: string;
        };
        DueInProvinceDto: {
            /** @description Records the job would anonymise now */
            due: number;
            /** @description Records past the policy an open case still keeps */
            keptByCase: number;
            provinceCode: string;
        };
        DuplicateDto: {
            child: components["schemas"]["ChildDto"];
            reasons: components["schemas"]["DuplicateReasonDto"][];
            /**
             * @description 0 to 1; candidates score 0.6 or more
             * @example 0.85
             */
            score: number;
        };
        DuplicatePairDto: {
            child: components["schemas"]["ChildDto"];
            duplicate: components["schemas"]["ChildDto"];
            reasons: components["schemas"]["DuplicateReasonDto"][];
            score: number;
        };
        /** @enum {string} */
        DuplicateReasonCode: "same_name" | "similar_name" | "different_given_name" | "same_date_of_birth" | "close_date_of_birth" | "same_birth_year" | "same_caregiver" | "same_commune" | "different_personal_ids" | "different_sex";
        DuplicateReasonDto: {
            /** @example same_date_of_birth */
            code: components["schemas"]["DuplicateReasonCode"];
            /**
             * @description What it adds to the score (negative: lowers it)
             * @example 0.25
             */
            weight: number;
        };
        DurationDto: {
            /** @description How many referrals took the step */
            count: number;
            medianHours: number | null;
            p90Hours: number | null;
        };
        EmergencyMeasuresDto: {
            /** @description A temporary isolation proposed to the commune chair, who decides it: the chair is notified */
            isolation?: components["schemas"]["IsolationProposalDto"];
            measures: string[];
        };
        FieldDifferenceDto: {
            /** @enum {string} */
            field: "fullName" | "dateOfBirth" | "sex" | "personalId";
            ours: string | null;
            theirs: string | null;
        };
        HolidayDto: {
            /**
             * Format: date
             * @description The day. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            day: string;
            /**
             * @description day_off: a public holiday or a day off in its place; working_day: a weekend day worked in exchange for a bridge day (làm bù)
             * @enum {string}
             */
            kind: "day_off" | "working_day";
            /** @example Tết Nguyên đán */
            name: string;
        };
        HolidayYearDto: {
            days: components["schemas"]["HolidayDto"][];
            /** @example 2027 */
            year: number;
        };
        ImportRowErrorDto: {
            /** @description The column as the template heads it ("Mã xã"); null for the row as a whole */
            column: string | null;
            /** @description The column (API field name) */
            field: string | null;
            message: string;
            /** @description Row number in the spreadsheet (the header is row 1) */
            row: number;
        };
        IndicatorDto: {
            /**
             * @description The day the figures are as of
             * @example 2026-12-03
             */
            asOf: string;
            /** @description By sex, ageGroup, area, group, support, injury, form, setting, violator, relationship: each a map from code to value */
            breakdowns: {
                [key: string]: {
                    [key: string]: number | null;
                };
            };
            /** @example 0101 */
            code: string;
            /** @description Whether the code was checked against the Circular’s appendix */
            codeVerified: boolean;
            /** @description A ratio’s base, or the count of what an amount is the amount of */
            denominator?: number | null;
            /** @example Dân số trẻ em */
            name: string;
            /** @example Child population */
            nameEn: string;
            /** @description A ratio’s count, or an amount itself */
            numerator?: number | null;
            /** @description When the precomputed figures were last rebuilt */
            refreshedAt: string;
            /**
             * @description I: children’s situation; III: abuse
             * @example I
             */
            set: string;
            /**
             * @description children; ratio (a share); cases (abuse cases, violations detected, sanction decisions); violators (persons and organisations sanctioned); vnd (đồng); persons (abusers)
             * @enum {string}
             */
            unit: "children" | "ratio" | "cases" | "violators" | "vnd" | "persons";
            /** @description A count, a fraction (0.0123) for a ratio, an amount in đồng; null when suppressed or undefined */
            value: number | null;
            /** @example 2026 */
            year: number;
        };
        InitialAssessmentDto: {
            /** @description The reported abuse is confirmed (trẻ em bị xâm hại): the case is at intervention level */
            abuseConfirmed?: boolean;
            /** @description Emergency measures already taken */
            emergencyMeasures?: string[];
            immediateDanger: boolean;
            /**
             * @description intervention when abuseConfirmed (Law on Children art. 50)
             * @enum {string}
             */
            level: "prevention" | "support" | "intervention";
            notes?: string;
            ratings: components["schemas"]["RatingsDto"];
            /**
             * @description A code of the list `abuse-settings` (GET /api/v1/reference/abuse-settings). Where the harm happened, as the assessment found it; replaces the intake’s
             * @example [
             *       "family"
             *     ]
             */
            settings?: string[];
        };
        IntakeParentDto: {
            /**
             * @description Age in years, as the reporter gives it
             * @example 38
             */
            age?: number;
            /**
             * @description Year of birth, when known instead of the age
             * @example 1988
             */
            birthYear?: number;
            /** @example Trần Văn Bình */
            fullName?: string;
            /** @example lái xe */
            occupation?: string;
        };
        IsolationDecisionDto: {
            /** @description The children of the case it isolates. Default: every child of the case */
            childIds?: string[];
            /** @description How many days it lasts: 15 at most (Decree 56/2017 art. 32); more is refused naming the rule */
            days: number;
            /**
             * Format: date
             * @description The decision’s date (not in the future). A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            decidedOn: string;
            /**
             * @description Số quyết định, as issued
             * @example 15/QĐ-UBND
             */
            decisionNumber: string;
            /**
             * @description From whom or what the child is isolated (encrypted at rest)
             * @example Người cha, ông Nguyễn Văn B
             */
            isolatedFrom: string;
            /** @description The legal bases the decision cites (Căn cứ …), one a line. Default: the Law on Children 2016 (art. 50.2.b, 52.3) and Decree 56/2017 (art. 26.3, 32) */
            legalBases?: string[];
            /** @description Where the child stays: the safe place (encrypted at rest) */
            placement: string;
            /** @description Why (encrypted at rest) */
            reason: string;
            /**
             * Format: date-time
             * @description When the isolation starts (at the earliest when the report was received). An ISO 8601 time with an offset (or Z), e.g. 2026-12-20T14:30:00+07:00
             * @example 2026-12-20T14:30:00+07:00
             */
            startsAt: string;
        };
        IsolationDecisionSummaryDto: {
            /** @description The children it isolates */
            childIds: string[];
            /** @description The commune chair who decided (a user id) */
            decidedBy: string;
            /** Format: date */
            decidedOn: string;
            /** @example 15/QĐ-UBND */
            number: string;
        };
        IsolationEndDto: {
            /**
             * Format: date-time
             * @description Default: now. An ISO 8601 time with an offset (or Z), e.g. 2026-12-20T14:30:00+07:00
             * @example 2026-12-20T14:30:00+07:00
             */
            endedAt?: string;
            notes?: string;
        };
        IsolationExtendDto: {
            /**
             * @description The legal ground for continuing past 15 days in all: required then (Decree 56/2017 art. 32)
             * @example Công văn số 123/CAP-ĐTTH ngày 05/12/2026 đề nghị tiếp tục cách ly
             */
            legalGround?: string;
            /** @description Why (encrypted at rest) */
            reason: string;
            /**
             * @description The competent authority requiring the isolation to continue (the police, a court): required past 15 days in all
             * @example Công an phường Ba Đình
             */
            requestingAuthority?: string;
            /**
             * @description The new end, later than the current one. A date YYYY-MM-DD (the end of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00
             * @example 2026-12-20
             */
            until: string;
        };
        IsolationProposalDto: {
            /**
             * @description From whom or what the child would be isolated (encrypted at rest)
             * @example Người cha, ông Nguyễn Văn B
             */
            isolatedFrom: string;
            /** @description Where the child would stay (encrypted at rest) */
            placement: string;
            /** @description Why (encrypted at rest) */
            reason: string;
        };
        IsolationStateDto: {
            /** @description Days from the start to that end, extensions included */
            days: number;
            /** @description The commune chair’s decision (printed at GET /cases/:id/isolation/decision). null: an isolation a social worker recorded before the chair’s decision was required, kept as it was recorded (no decision to print) */
            decision: components["schemas"]["IsolationDecisionSummaryDto"] | null;
            endedAt: string | null;
            /** @description The end decided, as extended */
            endsAt: string;
            startedAt: string;
        };
        LoginDto: {
            /** @description The 6-digit TOTP code, or a recovery code */
            otp?: string;
            password: string;
            /**
             * @description Where the refresh token goes: in the answer (system clients) or, for the web app, in an HttpOnly cookie sent only to /auth/refresh, which no script can read
             * @default body
             * @enum {string}
             */
            refreshTokenIn: "body" | "cookie";
            /** @example nguyenvana */
            username: string;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            /** @description Absent when it was set as the web app’s cookie */
            refreshToken?: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["LoginUserDto"];
        };
        LoginUserDto: {
            fullName: string;
            id: string;
            organizationId: string;
            roles: string[];
            username: string;
        };
        MeDto: {
            /** @description Province (2-digit) and commune (5-digit) codes the caller works in */
            areaCodes: string[];
            fullName: string | null;
            id: string;
            /** @enum {string} */
            kind: "user" | "api_key";
            organizationId: string;
            permissions: string[];
            roles: string[];
            /** @description Username, or the key’s name */
            username: string;
        };
        MergeChoicesDto: {
            /** @enum {string} */
            address?: "survivor" | "duplicate";
            /** @enum {string} */
            caregivers?: "survivor" | "duplicate";
            /**
             * @description The commune with its province
             * @enum {string}
             */
            communeCode?: "survivor" | "duplicate";
            /**
             * @description The date of birth with its precision
             * @enum {string}
             */
            dateOfBirth?: "survivor" | "duplicate";
            /** @enum {string} */
            disability?: "survivor" | "duplicate";
            /** @enum {string} */
            ethnicityCode?: "survivor" | "duplicate";
            /** @enum {string} */
            fullName?: "survivor" | "duplicate";
            /** @enum {string} */
            notes?: "survivor" | "duplicate";
            /** @enum {string} */
            riskFactors?: "survivor" | "duplicate";
            /** @enum {string} */
            schoolStatus?: "survivor" | "duplicate";
            /** @enum {string} */
            sex?: "survivor" | "duplicate";
            /** @enum {string} */
            specialCircumstances?: "survivor" | "duplicate";
            /** @enum {string} */
            village?: "survivor" | "duplicate";
        };
        MergeDto: {
            /** @description The record to merge into this one; it becomes a redirect */
            duplicateId: string;
            /** @description The duplicate’s version the caller read (its ETag): refused (412) if it changed */
            duplicateVersion?: number;
            /** @description Which record’s value each field keeps, as it is (empty, or its list alone). A field left out keeps the survivor’s value, filled from the duplicate where empty; lists are joined. */
            values?: components["schemas"]["MergeChoicesDto"];
        };
        MergeResultDto: {
            address: string | null;
            /** @description Whole years today (Vietnam time) */
            age: number;
            caregivers: components["schemas"]["CaregiverDto"][];
            communeCode: string;
            createdAt: string;
            dateOfBirth: string;
            disability: string | null;
            /** @enum {string} */
            dobPrecision: "exact" | "year" | "estimated";
            /** @description A code of the list `ethnicities` (GET /api/v1/reference/ethnicities) */
            ethnicityCode: string | null;
            fullName: string;
            id: string;
            /** @description Under 16 today */
            isChild: boolean;
            mergedId: string;
            /** @description To undo: POST /children/merges/:mergeId/undo */
            mergeId: string;
            notes: string | null;
            personalId: string | null;
            provinceCode: string;
            riskFactors: components["schemas"]["RiskFactorDto"][];
            /** @description A code of the list `school-statuses` (GET /api/v1/reference/school-statuses) */
            schoolStatus: string | null;
            /** @description Sensitive data left out (special circumstances and risks marked sensitive, the disability, the notes): in a list, or for a caller without children:sensitive */
            sensitiveWithheld: boolean;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances: components["schemas"]["SpecialCircumstanceDto"][];
            updatedAt: string;
            /**
             * @description Against the national population database (GET …/verification for the check)
             * @enum {string}
             */
            verificationStatus: "unchecked" | "verified" | "mismatch" | "not_found" | "disputed";
            version: number;
            village: string | null;
        };
        MfaEnrollmentDto: {
            otpauthUrl: string;
            /** @description Each replaces a code once; shown only now */
            recoveryCodes: string[];
            /** @description Base32 TOTP secret */
            secret: string;
        };
        MfaEnrollmentRequiredDto: {
            /** @description Bearer token for /auth/mfa/enroll and /auth/mfa/activate only */
            enrollmentToken: string;
            /** @example true */
            mfaEnrollmentRequired: boolean;
        };
        NewWebhookDto: {
            active: boolean;
            createdAt: string;
            events: string[];
            id: string;
            organizationId: string;
            /** @description Signing secret (Standard Webhooks, `whsec_…`): shown once, here. Check `webhook-signature` with it. */
            secret: string;
            url: string;
        };
        NoteDto: {
            author?: {
                fullName: string | null;
                id: string | null;
            };
            createdAt: string;
            id: string;
            text: string;
            /** @enum {string} */
            visibility: "case_team" | "restricted";
        };
        NotificationDto: {
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            entityId: string;
            /** @example case */
            entityType: string;
            id: string;
            /** @example deadline_escalation */
            kind: string;
            /** @description In the language the client asked for */
            message: string;
            readAt: string | null;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        OrganizationDto: {
            active: boolean;
            communeCode: string | null;
            createdAt: string;
            id: string;
            name: string;
            parentId: string | null;
            provinceCode: string;
            /**
             * @description A code of the list `organization-types` (GET /api/v1/reference/organization-types)
             * @enum {string}
             */
            type: "commune_committee" | "social_work_center" | "police" | "health_facility" | "school" | "justice_office" | "provincial_department" | "hotline" | "mass_organization" | "ministry";
        };
        OrganizationPageDto: {
            items: components["schemas"]["OrganizationDto"][];
            nextCursor: string | null;
        };
        OrganizationRefDto: {
            id: string;
            name: string;
            type: string;
        };
        OtpDto: {
            /** @example 123456 */
            otp: string;
        };
        PeriodicReportDto: {
            /** @description The day the figures are as of */
            asOf: string | null;
            /** @example 00004 */
            communeCode: string | null;
            /**
             * @description Its due date by the reporting calendar
             * @example 2026-11-25
             */
            dueOn: string;
            generatedAt: string | null;
            id: string;
            /** @description Where to download it, once ready */
            links: {
                pdf?: string;
                xlsx?: string;
            } | null;
            /** @example 01 */
            provinceCode: string;
            requestedAt: string;
            /** @description Null: the scheduled run */
            requestedBy: string | null;
            /** @enum {string} */
            state: "queued" | "ready" | "failed";
            /** @description Its newest submitted version; null: not submitted */
            submission: components["schemas"]["SubmissionSummaryDto"] | null;
            /**
             * @description annual: the year’s report; six_months: that of its first six months
             * @enum {string}
             */
            term: "annual" | "six_months";
            /** @example 2026 */
            year: number;
        };
        PeriodicReportPageDto: {
            items: components["schemas"]["PeriodicReportDto"][];
            nextCursor: string | null;
        };
        PeriodicReportRequestDto: {
            /**
             * @description A commune’s report; without it, the province’s
             * @example 00004
             */
            communeCode?: string;
            /** @example 01 */
            provinceCode: string;
            /**
             * @description The year’s report (by default), or that of its first six months
             * @enum {string}
             */
            term?: "annual" | "six_months";
            /** @example 2026 */
            year: number;
        };
        PersonFieldsDto: {
            dateOfBirth: string;
            fullName: string;
            personalId: string | null;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
        };
        PlanActionDto: {
            description: string;
            /**
             * @description When it is due. A date YYYY-MM-DD (the end of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00
             * @example 2026-12-20
             */
            dueAt: string;
            /** @description The organisation responsible, when it is in the system (or organizationName) */
            organizationId?: string;
            /**
             * @description The organisation responsible, when it is not in the system (or the family)
             * @example Trường Tiểu học Kim Đồng
             */
            organizationName?: string;
            /**
             * @description Who answers for it
             * @example Cô Lê Thị Mai, giáo viên chủ nhiệm
             */
            responsiblePerson: string;
            /** @description A code of the list `service-types` (GET /api/v1/reference/service-types) */
            serviceType?: string;
        };
        PlanActionOrganizationDto: {
            /** @description null: not in the system */
            id: string | null;
            name: string;
        };
        PlanActionStatusDto: {
            /** @description Why it was not done: with not_done, and only with it */
            reason?: string;
            /** @enum {string} */
            status: "in_progress" | "done" | "not_done";
        };
        PlanApprovalDto: {
            /**
             * @description The decision’s number (số quyết định), as the commune’s register gives it
             * @example 15/QĐ-UBND
             */
            decisionNumber: string;
            /**
             * @description The legal bases (căn cứ), each printed as “Căn cứ …;”. Default: the Law on Children 2016, Decree 56/2017/NĐ-CP and the law on the organisation of local government in force on the day
             * @example [
             *       "Luật Trẻ em ngày 05 tháng 4 năm 2016"
             *     ]
             */
            legalBases?: string[];
            /** @description The decision’s grounds or conditions */
            reason?: string;
        };
        PlanDto: {
            actions: components["schemas"]["PlanActionDto"][];
            /** @description Each child aged 7 or more on the day: agrees or not, and what the child said */
            childConsents?: components["schemas"]["ChildConsentDto"][];
            goals: string[];
            /** @description Each child of the case: their parent or guardian asked (agrees or not), or why not (required for every child) */
            representativeConsents?: components["schemas"]["RepresentativeConsentDto"][];
            /**
             * @description When the plan is first reviewed (Mẫu 06). A date YYYY-MM-DD (the end of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00
             * @example 2026-12-20
             */
            reviewAt: string;
        };
        PopulationChangeDto: {
            /**
             * @description Null once acted on
             * @enum {string|null}
             */
            action: "add" | "move_here" | "move_away" | "check" | "none" | null;
            /** @description The record added or moved */
            childId: string | null;
            /** @description The day of the change */
            date: string;
            decidedAt: string | null;
            decidedBy?: {
                fullName: string | null;
                id: string | null;
            } | null;
            id: string;
            /** @enum {string} */
            kind: "birth" | "moved_in" | "moved_out";
            /** @description Why it was dismissed */
            note: string | null;
            /** @description Where the child came from or went */
            otherCommune: components["schemas"]["ChangePlaceDto"] | null;
            /** @description The child as the database holds them */
            person: components["schemas"]["ChangePersonDto"];
            receivedAt: string;
            /** @description The record that holds the child’s personal ID */
            record: components["schemas"]["ChangeRecordDto"] | null;
            /** @description For a child to add: the commune’s records without a personal ID of the same name and birth day */
            sameChild: components["schemas"]["SameChildDto"][];
            /** @enum {string} */
            source: "online" | "file";
            /** @enum {string} */
            status: "open" | "done" | "dismissed" | "settled";
        };
        /** @description RFC 9457 problem details, in Vietnamese by default and in English with Accept-Language: en */
        Problem: {
            /** @example Có 1 trường không hợp lệ. */
            detail: string;
            /** @description Field by field, when the input was refused */
            errors?: {
                /**
                 * @description The field’s path in the input
                 * @example sex
                 */
                field: string;
                /** @example Phải là một trong các giá trị: male, female. */
                message: string;
            }[];
            /** @description The request’s id (X-Request-Id), to find it in the log */
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Dữ liệu không hợp lệ */
            title: string;
            /**
             * @description What went wrong, stable: a client branches on it
             * @example /problems/validation-failed
             */
            type: string;
        };
        ProcessingActivityDto: {
            code: string;
            dataCategories: string;
            dataSubjects: string;
            legalBasis: string;
            name: string;
            purpose: string;
            recipients: string;
            retention: string;
            safeguards: string;
            sensitiveCategories: string;
            transfersAbroad: string;
            updatedAt: string;
        };
        RatingsDto: {
            /**
             * @description The abuser’s access to the child
             * @enum {string}
             */
            abuserAccess: "high" | "medium" | "low";
            /**
             * @description Obstacles to safety in the care environment
             * @enum {string}
             */
            careEnvironment: "high" | "medium" | "low";
            /**
             * @description Severity of harm
             * @enum {string}
             */
            harm: "high" | "medium" | "low";
            /**
             * @description The child’s capacity to protect themself and recover: high is good (Mẫu 06, 1.b)
             * @enum {string}
             */
            selfProtection: "high" | "medium" | "low";
        };
        ReasonDto: {
            reason: string;
        };
        ReferenceItemDto: {
            /** @description In use; false: withdrawn (served with `retired=true` only, to name old records) */
            active: boolean;
            /** @description List-specific facts (law article, code system, defaults) */
            attributes: {
                [key: string]: unknown;
            };
            /** @example a */
            code: string;
            /** @example Trẻ em mồ côi cả cha và mẹ */
            name: string;
            /** @example Children orphaned of both parents */
            nameEn?: string | null;
            /** @description The group a sub-group belongs to */
            parentCode?: string | null;
        };
        ReferenceListDto: {
            items: components["schemas"]["ReferenceItemDto"][];
        };
        ReferralDto: {
            acceptDueAt: string;
            acceptedAt: string | null;
            acknowledgedAt: string | null;
            acknowledgeDueAt: string;
            /** @description For the caller’s side */
            allowedActions: ("acknowledge" | "accept" | "decline" | "complete" | "cancel")[];
            assignee: components["schemas"]["ContactDto"] | null;
            cancelReason: string | null;
            /** @description Shared case fields */
            case: {
                [key: string]: unknown;
            };
            caseCode: string;
            /** @description Sending side only */
            caseId: string | null;
            /** @description With the shared child fields; empty once declined or cancelled */
            children: components["schemas"]["SharedChildDto"][];
            /** @description Declined, completed or cancelled */
            closedAt: string | null;
            /** @description Set when accepted */
            completeDueAt: string | null;
            declineReason: string | null;
            from: components["schemas"]["ReferralFromDto"];
            id: string;
            outcome: string | null;
            /** @description A step is past due */
            overdue: boolean;
            /** @description The plan action it was made for; sending side only */
            planActionId: string | null;
            /** @description Null on the receiving side once declined or cancelled */
            reason: string | null;
            sentAt: string;
            servicesDelivered: string[];
            serviceType: string;
            sharedFields: ("dateOfBirth" | "personalId" | "ethnicity" | "address" | "caregivers" | "schooling" | "disability" | "specialCircumstances" | "riskFactors" | "concerns" | "immediateDanger" | "protectionLevel" | "reportSummary" | "location")[];
            /** @enum {string} */
            status: "pending" | "acknowledged" | "accepted" | "declined" | "completed" | "cancelled";
            to: components["schemas"]["ReferralToDto"];
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "routine";
            version: number;
            /**
             * @description receiving: only what was shared; sending: the whole referral
             * @enum {string}
             */
            view: "sending" | "receiving";
        };
        ReferralFiguresDto: {
            asOf: string;
            byAgencyType: components["schemas"]["ReferralFiguresRowDto"][];
            byOrganization: components["schemas"]["ReferralFiguresRowDto"][];
        };
        ReferralFiguresRowDto: {
            agencyType?: string;
            byStatus: {
                [key: string]: number;
            };
            organization?: components["schemas"]["OrganizationRefDto"];
            /** @description Referrals with a step past due now or taken late */
            overdue: number;
            /** @description overdue / total (0..1) */
            overdueShare: number;
            toAccept: components["schemas"]["DurationDto"];
            toAcknowledge: components["schemas"]["DurationDto"];
            toComplete: components["schemas"]["DurationDto"];
            total: number;
        };
        ReferralFromDto: {
            organization: components["schemas"]["OrganizationRefDto"];
            worker: components["schemas"]["ContactDto"];
        };
        ReferralHandlersDto: {
            /** @description Active staff of the caller’s organisation, by name: who may be named assigneeId */
            items: components["schemas"]["ContactDto"][];
        };
        ReferralPageDto: {
            items: components["schemas"]["ReferralDto"][];
            nextCursor: string | null;
        };
        ReferralReasonDto: {
            reason: string;
        };
        ReferralSummaryDto: {
            /** @description By the receiving organisation’s type: counts, hours to each step, late share */
            byAgencyType: {
                [key: string]: components["schemas"]["AgencyFiguresDto"];
            };
            byStatus: {
                [key: string]: number | null;
            };
        };
        ReferralToDto: {
            organization: components["schemas"]["OrganizationRefDto"];
        };
        RefreshDto: {
            /** @description Absent when the web app’s cookie carries it */
            refreshToken?: string;
        };
        RejectedAnswerDto: {
            id: string | null;
            /** @description Why, in the language asked for */
            message: string;
            /** @description The row of the sheet (1 is the header) */
            row: number;
        };
        ReminderResultDto: {
            /** @description The communes reminded: not submitted yet, with someone to tell */
            communeCodes: string[];
            /** @description People told (the communes’ officers and chairs) */
            people: number;
        };
        ReplaceHolidaysDto: {
            /** @description The year's whole list; it replaces the stored one */
            days: components["schemas"]["HolidayDto"][];
        };
        ReportedCaseDto: {
            /** @example BVTE-00004-2026-0001 */
            code: string;
            /** @description The commune that handles it: where the child lives */
            communeCode: string;
            id: string;
            /** @description The province of the commune that handles it */
            provinceCode: string;
            receivedAt: string;
            /** @description When it was recorded */
            recordedAt: string;
            /**
             * @description A code of the list `case-sources` (GET /api/v1/reference/case-sources)
             * @enum {string}
             */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
        };
        ReportedCasePageDto: {
            items: components["schemas"]["ReportedCaseDto"][];
            nextCursor: string | null;
        };
        ReporterDto: {
            /**
             * @description Mẫu 01, A.3: Địa chỉ
             * @example Số 5 ngõ 12 phố Đội Cấn
             */
            address?: string;
            /** @description The reporter asked not to be named */
            anonymous?: boolean;
            fullName?: string;
            /** @example 0912345678 */
            phone?: string;
            /** @example hàng xóm */
            relation?: string;
        };
        ReportSubmissionDto: {
            /** @description The day its figures are as of */
            asOf: string;
            /** @example 00004 */
            communeCode: string | null;
            /**
             * @description The due date in force when submitted
             * @example 2026-11-25
             */
            dueOn: string;
            /** @description When the submitted report was made */
            generatedAt: string;
            id: string;
            /** @description Submitted on a day after the due date */
            late: boolean;
            /** @description The files as submitted, frozen */
            links: {
                pdf?: string;
                xlsx?: string;
            };
            /** @example 01 */
            provinceCode: string;
            /** @description A correction’s reason */
            reason: string | null;
            reportId: string;
            submittedAt: string;
            /** @example Lê Quang Hưng */
            submittedByName: string;
            /** @enum {string} */
            term: "annual" | "six_months";
            /**
             * @description 1 the first time; each correction the next
             * @example 1
             */
            version: number;
            /** @example 2026 */
            year: number;
        };
        ReportSubmissionListDto: {
            /** @description Oldest version first */
            items: components["schemas"]["ReportSubmissionDto"][];
        };
        RepresentativeConsentDto: {
            /** @description They agree with the plan and with the child’s information going to the organisations that carry it out (required when asked) */
            agrees?: boolean;
            /** @description The parent or guardian was asked */
            asked: boolean;
            /** @description One of the case’s childIds */
            childId: string;
            /**
             * @description Who (required when asked)
             * @example Nguyễn Thị Hoa
             */
            fullName?: string;
            /** @description Why they could not be asked (required when not) */
            reason?: string;
            /**
             * @description Their relation to the child (when asked)
             * @example Mẹ
             */
            relationship?: string;
            /** @description What they said about the plan */
            views?: string;
        };
        ResolveVerificationDto: {
            /** @description The fields to take from the population database (those that differ) */
            accept: ("fullName" | "dateOfBirth" | "sex" | "personalId")[];
            /** @description Why the record keeps its own values (required when a difference is not accepted, or the person was not found): kept in the history */
            note?: string;
        };
        RetentionPolicyDto: {
            byProvince: components["schemas"]["DueInProvinceDto"][];
            /** @description Records the job would anonymise now, in all */
            due: number;
            enabled: boolean;
            keepYears: number;
            /** @description Records past it an open case still keeps, in all */
            keptByCase: number;
            /** @enum {string} */
            kind: "child_record" | "closed_case";
            /** @description The last day of a record past it: child_record, born on or before it; closed_case, closed on or before it */
            lastDueDay: string;
            updatedAt: string;
        };
        RetentionRunDto: {
            /** @enum {string} */
            kind: "child_record" | "closed_case";
            /** @description The job is queued; it anonymises what is due then */
            queued: boolean;
        };
        ReviewDto: {
            /** @description propose_closure only when every criterion is met */
            criteria: components["schemas"]["ClosureCriteriaDto"];
            /**
             * @description A change of level, if any, with levelReason. prevention: no plan (Law on Children art. 48, 52)
             * @enum {string}
             */
            level?: "prevention" | "support" | "intervention";
            /** @description Why the level changes: required when it does (encrypted at rest) */
            levelReason?: string;
            /**
             * @description outcome continue: the next review (default: 30 days on). A date YYYY-MM-DD (the end of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00
             * @example 2026-12-20
             */
            nextReviewAt?: string;
            notes: string;
            /** @enum {string} */
            outcome: "continue" | "new_plan" | "propose_closure";
            ratings: components["schemas"]["RatingsDto"];
        };
        RiskFactorDto: {
            /**
             * @description A code of the list `risk-factors` (GET /api/v1/reference/risk-factors)
             * @example domestic_violence
             */
            code: string;
            /**
             * Format: date
             * @description Since when. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            since?: string;
            /**
             * Format: date
             * @description When it ended (PATCH the entry with it). A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            until?: string;
        };
        SameChildDto: {
            dateOfBirth: string;
            fullName: string;
            id: string;
        };
        SetDeadlineDto: {
            /** @example 20 */
            day: number;
            /** @example 11 */
            month: number;
            /** @example 01 */
            provinceCode: string;
            /**
             * @description The province’s document that sets the date
             * @example Kế hoạch số 123/KH-UBND ngày 10/01/2026 của UBND tỉnh
             */
            source?: string;
        };
        SharedChildDto: {
            /** @description Whole years when the referral was sent */
            age: number;
            communeCode: string;
            communeName: string;
            fullName: string;
            sex: string;
        };
        SpecialCircumstanceDto: {
            /**
             * @description A code of the list `special-circumstances` (GET /api/v1/reference/special-circumstances). A group
             * @example a
             */
            code: string;
            /**
             * Format: date
             * @description Since when. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            since?: string;
            /**
             * @description A code of the list `special-circumstances` (GET /api/v1/reference/special-circumstances). A sub-group of that group
             * @example a.1
             */
            subCode?: string;
            /**
             * Format: date
             * @description When it ended (PATCH the entry with it). A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            until?: string;
        };
        StartImportBodyDto: {
            /** @description Check every row and report, without writing anything */
            dryRun?: boolean;
            /**
             * Format: binary
             * @description .xlsx or .csv, as the template
             */
            file: string;
            /**
             * @description children (the default) or supports
             * @enum {string}
             */
            kind?: "children" | "supports";
        };
        StartVerificationDto: {
            /**
             * @description The commune whose children to check
             * @example 00004
             */
            communeCode: string;
            /**
             * @description Check again the children already checked today
             * @default false
             */
            force: boolean;
        };
        StepDeadlineDto: {
            dueAt: string;
            /** @enum {string} */
            kind: "initial_assessment" | "emergency_action" | "plan" | "plan_approval" | "isolation" | "review" | "plan_action";
            met: boolean;
        };
        SubmissionCountsDto: {
            communes: number;
            late: number;
            onTime: number;
            overdue: number;
            pending: number;
        };
        SubmissionOverviewDto: {
            /** @description Every current commune of the province */
            communes: components["schemas"]["AreaSubmissionDto"][];
            /** @description The communes by status */
            counts: components["schemas"]["SubmissionCountsDto"];
            /** @description The province’s own report */
            province: components["schemas"]["AreaSubmissionDto"];
            /** @enum {string} */
            term: "annual" | "six_months";
            /**
             * @description Today in Vietnam
             * @example 2026-12-07
             */
            today: string;
            /** @example 2026 */
            year: number;
        };
        SubmissionsQuery: {
            /** @example 01 */
            provinceCode: string;
            /**
             * @description The year’s reports, or those of its first six months
             * @default annual
             * @enum {string}
             */
            term: "annual" | "six_months";
            /** @example 2026 */
            year: number;
        };
        SubmissionSummaryDto: {
            /** @description The report as now made is the one submitted; false: made again since, to be submitted as a correction if its figures are to count */
            current: boolean;
            /** @description This version was submitted after its due date */
            late: boolean;
            submittedAt: string;
            /** @example Lê Quang Hưng */
            submittedByName: string;
            /** @example 1 */
            version: number;
        };
        SubmitReportDto: {
            /**
             * @description Why the report is submitted again (a correction); not given the first time
             * @example Bổ sung 2 trẻ em có hoàn cảnh đặc biệt được phát hiện sau khi đã nộp
             */
            reason?: string;
        };
        TargetsDto: {
            /** @example 1 */
            intervenedOnTimeRate: number;
            /**
             * @description At most 1.0% of children in special circumstances
             * @example 0.01
             */
            specialCircumstanceRate: number;
            /** @example 1 */
            supportedRate: number;
        };
        TimelineDto: {
            caseId: string;
            deadlines: components["schemas"]["DeadlineStatusDto"][];
            steps: components["schemas"]["TimelineStepDto"][];
        };
        TimelineStepDto: {
            /** @example initial-assessment */
            action: string;
            /** @description null: the system (a deadline job) */
            actor: {
                fullName?: string | null;
                id?: string | null;
            } | null;
            at: string;
            /** @description The deadlines this step answered */
            deadlines: components["schemas"]["StepDeadlineDto"][];
            facts: {
                [key: string]: unknown;
            };
            /** @enum {string|null} */
            fromStatus: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed" | null;
            /** @description Emergency measures proposing a temporary isolation: what the chair decides on */
            isolationProposal: components["schemas"]["IsolationProposalDto"] | null;
            /** @description Why: the reason given with a change of level, a rejection, a closure, a reopening */
            reason: string | null;
            /** @enum {string|null} */
            toStatus: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed" | null;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            /** @description Absent when it was set as the web app’s cookie */
            refreshToken?: string;
            /** @example Bearer */
            tokenType: string;
        };
        TransferCaseDto: {
            children: components["schemas"]["TransferChildDto"][];
            /** @enum {string|null} */
            level: "prevention" | "support" | "intervention" | null;
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
        };
        TransferChildDto: {
            dateOfBirth: string;
            /** @enum {string} */
            dobPrecision: "exact" | "year" | "estimated";
            fullName: string;
            id: string;
        };
        TransferListItemDto: {
            /** @description While the transfer is pending: what there is to decide on; null once decided */
            case: components["schemas"]["TransferCaseDto"] | null;
            /** @example BVTE-00004-2026-0001 */
            caseCode: string;
            caseId: string;
            decidedAt: string | null;
            /** @description Who accepted, declined or cancelled it */
            decidedBy: {
                fullName?: string | null;
                id?: string | null;
            } | null;
            /** @description Why it was declined or cancelled */
            decisionReason: string | null;
            /** @description The commune handing the case over */
            from: components["schemas"]["TransferPlaceDto"];
            id: string;
            /** @description For the receiver */
            note: string | null;
            reason: string;
            requestedAt: string;
            requestedBy?: {
                fullName: string | null;
                id: string | null;
            };
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "cancelled";
            /** @description The receiving commune */
            to: components["schemas"]["TransferPlaceDto"];
        };
        TransferPageDto: {
            items: components["schemas"]["TransferListItemDto"][];
            nextCursor: string | null;
        };
        TransferPlaceDto: {
            /** @example 00004 */
            communeCode: string;
            /** @example Phường Ba Đình */
            communeName: string;
            /** @example 01 */
            provinceCode: string;
        };
        UndoMergeResultDto: {
            restored: components["schemas"]["ChildDto"];
            survivor: components["schemas"]["ChildDto"];
        };
        UpdateChildDto: {
            address?: string;
            caregivers?: components["schemas"]["CaregiverDto"][];
            /**
             * @description A current commune; a pre-2025 code is mapped
             * @example 00004
             */
            communeCode?: string;
            /**
             * Format: date
             * @description Date of birth. When only the year is known: 1 January of it (2015-01-01) with dobPrecision year. A date YYYY-MM-DD, e.g. 2026-12-20
             * @example 2026-12-20
             */
            dateOfBirth?: string;
            /** @description The kind of disability, when there is one */
            disability?: string;
            /**
             * @default exact
             * @enum {string}
             */
            dobPrecision: "exact" | "year" | "estimated";
            /**
             * @description A code of the list `ethnicities` (GET /api/v1/reference/ethnicities). GSO 1979 codes
             * @example 01
             */
            ethnicityCode?: string;
            /** @example Nguyễn Văn An */
            fullName?: string;
            notes?: string;
            /** @example 001215012345 */
            personalId?: string;
            /** @example 01 */
            provinceCode?: string;
            /** @description Why a field the population database verified (name, date of birth, sex, personal ID) changes: required for such a change, kept in the history */
            reason?: string;
            riskFactors?: components["schemas"]["RiskFactorDto"][];
            /**
             * @description A code of the list `school-statuses` (GET /api/v1/reference/school-statuses)
             * @example in_school
             */
            schoolStatus?: string;
            /** @enum {string} */
            sex?: "male" | "female" | "unknown";
            specialCircumstances?: components["schemas"]["SpecialCircumstanceDto"][];
            /** @example Tổ dân phố 5 */
            village?: string;
        };
        UpdateOrganizationDto: {
            active?: boolean;
            name?: string;
        };
        UpdateProcessingActivityDto: {
            dataCategories?: string;
            dataSubjects?: string;
            legalBasis?: string;
            name?: string;
            purpose?: string;
            recipients?: string;
            retention?: string;
            safeguards?: string;
            sensitiveCategories?: string;
            transfersAbroad?: string;
        };
        UpdateRetentionPolicyDto: {
            /** @description Whether the daily job applies the policy */
            enabled?: boolean;
            /** @description child_record: years a record is kept after the child turns 16; closed_case: years a case is kept after it was closed */
            keepYears?: number;
        };
        UpdateUserDto: {
            /** @description false ends every session of the user at once */
            active?: boolean;
            /** @description Empty: the organisation's area */
            areaCodes?: string[];
            /**
             * Format: email
             * @description Notifications are also emailed here
             * @example an.nguyen@badinh.hanoi.gov.vn
             */
            email?: string | null;
            fullName?: string;
            /** @description A new password set by the administrator; ends every session */
            password?: string;
            /**
             * @description Work phone
             * @example 0243 823 4567
             */
            phone?: string | null;
            /** @description true removes the second factor: the user enrols again */
            resetMfa?: boolean;
            roles?: ("system_admin" | "commune_officer" | "social_worker" | "case_approver" | "agency_staff" | "province_officer" | "statistician")[];
        };
        UpdateWebhookDto: {
            active?: boolean;
            events?: string[];
            url?: string;
        };
        UserDto: {
            active: boolean;
            /** @description Empty: the organisation's area */
            areaCodes: string[];
            createdAt: string;
            email: string | null;
            fullName: string;
            id: string;
            lastLoginAt: string | null;
            mfaEnabled: boolean;
            organizationId: string;
            phone: string | null;
            roles: ("system_admin" | "commune_officer" | "social_worker" | "case_approver" | "agency_staff" | "province_officer" | "statistician")[];
            username: string;
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        VerificationCheckDto: {
            /** @description On whose behalf */
            actor?: {
                fullName: string | null;
                id: string | null;
            };
            checkedAt: string;
            /** @description The database’s fields; null: no such person */
            found: components["schemas"]["PersonFieldsDto"] | null;
            id: string;
            /** @enum {string} */
            method: "online" | "file";
            /** @enum {string} */
            outcome: "verified" | "mismatch" | "not_found";
            /** @description Our fields as sent */
            sent: components["schemas"]["PersonFieldsDto"];
        };
        VerificationCountsDto: {
            disputed: number;
            mismatch: number;
            notFound: number;
            unchecked: number;
            verified: number;
        };
        VerificationRunDto: {
            communeCode: string;
            createdAt: string;
            finishedAt: string | null;
            force: boolean;
            id: string;
            /** @description Why it waits or failed, in the language asked for */
            message: string | null;
            mismatched: number;
            notFound: number;
            processed: number;
            /** @description When a waiting run goes on */
            resumeAt: string | null;
            /** @description Who started it */
            startedBy?: {
                fullName: string | null;
                id: string | null;
            };
            /** @enum {string} */
            status: "queued" | "running" | "waiting" | "done" | "failed";
            /** @description Children to check; known once it starts */
            total: number | null;
            verified: number;
        };
        VerificationWorklistDto: {
            /** @description The commune’s records by state */
            counts: components["schemas"]["VerificationCountsDto"];
            items: components["schemas"]["WorklistItemDto"][];
            nextCursor: string | null;
        };
        WebhookAttemptDto: {
            at: string;
            attempt: number;
            durationMs: number;
            error: string | null;
            status: number | null;
        };
        WebhookDeliveryDto: {
            attempts: number;
            createdAt: string;
            deliveredAt: string | null;
            /** @description The `webhook-id` header: the same on every attempt */
            eventId: string;
            id: string;
            kind: string;
            /** @description On the single delivery only */
            log?: components["schemas"]["WebhookAttemptDto"][];
            nextAttemptAt: string | null;
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            state: "pending" | "delivered" | "dead";
            webhookId: string;
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        WebhookDto: {
            active: boolean;
            createdAt: string;
            events: string[];
            id: string;
            organizationId: string;
            url: string;
        };
        WorklistChildDto: {
            dateOfBirth: string;
            fullName: string;
            id: string;
            personalId: string | null;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            /** @enum {string} */
            verificationStatus: "unchecked" | "verified" | "mismatch" | "not_found" | "disputed";
            version: number;
            village: string | null;
        };
        WorklistItemDto: {
            check: components["schemas"]["VerificationCheckDto"];
            child: components["schemas"]["WorklistChildDto"];
            differences: components["schemas"]["FieldDifferenceDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission api-keys:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission api-keys:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission api-keys:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHistoricalCommune: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description GSO code: 2 digits for a province, 5 for a commune */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrosswalkDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission areas:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProvinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaListDto"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission areas:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunesOfProvince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description GSO code: 2 digits for a province, 5 for a commune */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaListDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission areas:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description From, inclusive. A date YYYY-MM-DD (the start of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00 */
                from?: string;
                limit?: number;
                /** @description Until, exclusive. A date YYYY-MM-DD (the start of that day, Vietnam time) or an ISO 8601 time with an offset, e.g. 2026-12-20 or 2026-12-20T14:30:00+07:00 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission audit:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerificationDto"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission audit:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"] | components["schemas"]["MfaEnrollmentRequiredDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong username or password, or the second factor is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked after too many failed sign-ins: wait */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    activateMfa: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OtpDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For a user, not an API key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startMfaEnrollment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrollmentDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For a user, not an API key */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOwnPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refresh token is not valid, spent or expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHolidays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reference:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceHolidays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceHolidaysDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayYearDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission calendar:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A day outside the year, given twice, or a working day that is not a weekend */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description `me` or a user id */
                assignedTo?: string;
                childId?: string;
                communeCode?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                /** @description Only cases whose temporary isolation a social worker proposed (emergency-measures with `isolation`) and the chair has not decided yet, none being in progress: the chair’s queue */
                isolationProposed?: boolean;
                level?: "prevention" | "support" | "intervention";
                limit?: number;
                /** @description Only cases with a step past its deadline */
                overdue?: boolean;
                status?: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:intake, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseAbusers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAbuserDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCaseAbuser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseAbuserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAbuserDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was anonymised */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A relationship not in the list */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCaseAbuser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                abuserId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveClosure: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:approve, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectClosure: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:approve, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordEmergencyMeasures: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyMeasuresDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseForm: {
        parameters: {
            query?: {
                /** @description One of the case’s childIds; default: the first of them */
                childId?: string;
            };
            header?: never;
            path: {
                form: "mau-01" | "mau-02" | "mau-03" | "mau-04" | "mau-05" | "mau-06";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The form’s step has not been taken yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was anonymised by its retention policy */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description childId is not one of the case’s children */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordInitialAssessment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InitialAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideIsolation: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IsolationDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A session signed in without the second factor, or an API key
             *
             *     Requires the permission cases:approve, in the record’s area
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than 15 days, naming the rule; or invalid fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIsolationDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision (PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case has no isolation decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was anonymised by its retention policy */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    endIsolation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IsolationEndDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendIsolation: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IsolationExtendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description A session signed in without the second factor, or an API key
             *
             *     Requires the permission cases:approve, in the record’s area
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Past 15 days without the legal ground or the requesting authority */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlanActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePlanActionDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePlanActionStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanActionStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such action in the current plan */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approvePlan: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:approve, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectPlan: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:approve, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseReferrals: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only those with a step past due */
                overdue?: boolean;
                status?: "pending" | "acknowledged" | "accepted" | "declined" | "completed" | "cancelled";
                urgency?: "emergency" | "urgent" | "routine";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:send, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenCase: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:approve, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseSanctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSanctionDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCaseSanction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseSanctionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSanctionDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case already records a decision of that number, or was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was anonymised */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A form of abuse not in the list, a day after today, a decision before its detection or half given, penalties without a decision */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCaseSanction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sanctionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideCaseSanction: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                sanctionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCaseSanctionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSanctionDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:work, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The violation is decided already, the decision is recorded, or the case was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case was anonymised */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A day after today or before the violation was detected */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transferCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTransferDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:transfer, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed, or a transfer is pending, or the case was handed over */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptCaseTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTransferDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:transfer, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The transfer is no longer pending (transfer-not-pending) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCaseTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTransferDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:transfer, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The transfer is no longer pending (transfer-not-pending) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineCaseTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTransferDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:transfer, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The transfer is no longer pending (transfer-not-pending) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportedCases: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportedCasePageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:reported, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseTransfers: {
        parameters: {
            query: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                /** @description incoming: to a commune in your areas; outgoing: from one */
                direction: "incoming" | "outgoing";
                limit?: number;
                status?: "pending" | "accepted" | "declined" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission cases:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildren: {
        parameters: {
            query?: {
                ageFrom?: number;
                ageTo?: number;
                communeCode?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                hasPersonalId?: boolean;
                /** @description Has a current special circumstance, of any group */
                inSpecialCircumstances?: boolean;
                limit?: number;
                provinceCode?: string;
                /** @description Name words, with or without diacritics, any order; or a personal ID */
                q?: string;
                /** @description A code of the list `risk-factors` (GET /api/v1/reference/risk-factors). A current one */
                riskFactor?: string;
                sex?: "male" | "female" | "unknown";
                /** @description A code of the list `special-circumstances` (GET /api/v1/reference/special-circumstances). A current one (group code) */
                specialCircumstance?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChildDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateChild: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag read: "<version>" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChildDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The personal ID belongs to another child, or the record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a registry rule (an unknown code, a date, an area outside the caller’s) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildCorrectionRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission personal-data:requests, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCorrectionRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCorrectionRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission personal-data:requests, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildHistoryEntryDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildInjuries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildInjuryDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChildInjury: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChildInjuryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildInjuryDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A kind not in the list, or a day after today */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChildInjury: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                injuryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeChild: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag of this record as read ("<version>"): refused (412) if it changed since */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResultDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:merge, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Different personal IDs, a record merged already, or an Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildPersonalData: {
        parameters: {
            query: {
                /** @description Who asked for the file (the child, or a carer and how related), kept in the audit log */
                requester: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The child’s personal data (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission personal-data:requests, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChildSupports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildSupportDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChildSupport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChildSupportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildSupportDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A kind not in the list, an end before the start, or no name for the giver */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteChildSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                supportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:write, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record was merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildVerificationDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveChildVerification: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read: "<version>" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveVerificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record is not on the worklist, or a value taken belongs to another child */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field that does not differ, or a value kept without a note */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCorrectionRequests: {
        parameters: {
            query: {
                communeCode: string;
                status?: "open" | "corrected" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission personal-data:requests, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerCorrectionRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerCorrectionRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission personal-data:requests, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countChildren: {
        parameters: {
            query?: {
                ageFrom?: number;
                ageTo?: number;
                communeCode?: string;
                hasPersonalId?: boolean;
                /** @description Has a current special circumstance, of any group */
                inSpecialCircumstances?: boolean;
                provinceCode?: string;
                /** @description Name words, with or without diacritics, any order; or a personal ID */
                q?: string;
                /** @description A code of the list `risk-factors` (GET /api/v1/reference/risk-factors). A current one */
                riskFactor?: string;
                sex?: "male" | "female" | "unknown";
                /** @description A code of the list `special-circumstances` (GET /api/v1/reference/special-circumstances). A current one (group code) */
                specialCircumstance?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildCountDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDataQuality: {
        parameters: {
            query: {
                /** @description A current commune in the caller’s areas */
                communeCode: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only the records with this problem (the counts stay those of the commune) */
                problem?: components["schemas"]["DataProblem"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataQualityDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommuneDuplicates: {
        parameters: {
            query: {
                communeCode: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneDuplicatesDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportChildren: {
        parameters: {
            query?: {
                ageFrom?: number;
                ageTo?: number;
                communeCode?: string;
                hasPersonalId?: boolean;
                /** @description Has a current special circumstance, of any group */
                inSpecialCircumstances?: boolean;
                provinceCode?: string;
                /** @description Name words, with or without diacritics, any order; or a personal ID */
                q?: string;
                /** @description Why the sensitive data is exported: kept in the audit log */
                reason?: string;
                /** @description A code of the list `risk-factors` (GET /api/v1/reference/risk-factors). A current one */
                riskFactor?: string;
                /** @description With the sensitive data (needs children:sensitive and a reason); without it, the disability and notes are blank and the sensitive circumstances and risks left out */
                sensitive?: boolean;
                sex?: "male" | "female" | "unknown";
                /** @description A code of the list `special-circumstances` (GET /api/v1/reference/special-circumstances). A current one (group code) */
                specialCircumstance?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The children (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description The sensitive data asked for, or filtered by, without children:sensitive
             *
             *     Requires the permission children:export, in the record’s area
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startChildImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StartImportBodyDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id?: string;
                    };
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:import, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an .xlsx or .csv file, unreadable, empty, or without the template’s columns */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildImportDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:import, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildImportReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:import, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildImportTemplate: {
        parameters: {
            query?: {
                /** @description children (the default) or supports */
                kind?: "children" | "supports";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:import, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    undoChildMerge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                mergeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndoMergeResultDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:merge, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVerificationWorklist: {
        parameters: {
            query: {
                communeCode: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description One state; default: mismatch and not_found (what is left to do) */
                status?: "mismatch" | "not_found" | "disputed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationWorklistDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only those not yet read */
                unread?: boolean;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganizations: {
        parameters: {
            query?: {
                active?: boolean;
                communeCode?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                provinceCode?: string;
                type?: "commune_committee" | "social_work_center" | "police" | "health_facility" | "school" | "justice_office" | "provincial_department" | "hotline" | "mass_organization" | "ministry";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganization: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown area */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewWebhookDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPopulationChanges: {
        parameters: {
            query: {
                communeCode: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Those to act on, or those acted on (done, dismissed) */
                status?: "open" | "decided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptPopulationChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationChangeDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change was already dealt with */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The commune the child went to is not known: dismiss it instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dismissPopulationChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopulationChangeDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change was already dealt with */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fetchPopulationChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommuneQuery"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesReceivedDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The system is not connected online to the population database */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The population database refused the request (the connection’s settings) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The population database cannot be reached now, or the day’s quota is spent */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importPopulationChanges: {
        parameters: {
            query: {
                communeCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ChangesFileBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesReceivedDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an .xlsx or .csv file, unreadable, or without the list’s columns */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPopulationChangesTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list’s headers (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVerificationFile: {
        parameters: {
            query: {
                /** @description Every record of the commune, the verified ones too (default: those not verified) */
                all?: boolean;
                communeCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records to check (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordVerificationFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AnswerFileBodyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerFileResultDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an .xlsx or .csv file, unreadable, or without the file’s columns */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVerificationRuns: {
        parameters: {
            query: {
                communeCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRunDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startVerificationRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartVerificationDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRunDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The system is not connected online to the population database */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVerificationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRunDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission children:verify, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProcessingActivities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingActivityDto"][];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProcessingActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProcessingActivityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingActivityDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProcessingRegisterFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The processing register (.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRetentionPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicyDto"][];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "child_record" | "closed_case";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRetentionPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicyDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runRetentionPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                kind: "child_record" | "closed_case";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission privacy:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The policy is disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferenceList: {
        parameters: {
            query?: {
                /** @description With the items withdrawn from use too (`active: false`), to name the codes kept in older records and their history; a form offers the active ones only */
                retired?: boolean;
            };
            header?: never;
            path: {
                list: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceListDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reference:read, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:send, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The ETag read ("<version>"); when sent, a stale one is refused (412) */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The record’s version, to send back in `If-Match` */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `If-Match` names another version than the current one: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferralFigures: {
        parameters: {
            query?: {
                communeCode?: string;
                /** @description Referrals sent on or after this day. A date YYYY-MM-DD, e.g. 2026-12-20 */
                from?: string;
                provinceCode?: string;
                /** @description Referrals sent on or before this day. A date YYYY-MM-DD, e.g. 2026-12-20 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralFiguresDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:aggregate, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown area, or a commune outside the province given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferralHandlers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralHandlersDto"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferralInbox: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only those with a step past due */
                overdue?: boolean;
                status?: "pending" | "acknowledged" | "accepted" | "declined" | "completed" | "cancelled";
                urgency?: "emergency" | "urgent" | "routine";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:receive, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferralOutbox: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only those with a step past due */
                overdue?: boolean;
                status?: "pending" | "acknowledged" | "accepted" | "declined" | "completed" | "cancelled";
                urgency?: "emergency" | "urgent" | "routine";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission referrals:send, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChildFriendlyCommunes: {
        parameters: {
            query: {
                provinceCode: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildFriendlyOverviewDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:oversee, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assessChildFriendlyCommune: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                communeCode: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessChildFriendlyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildFriendlyCommuneDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:oversee, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown criterion, a decision without its day, or one for a commune short of the standard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                /** @description A commune in your areas */
                communeCode?: string;
                /** @description A province in your areas */
                provinceCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:aggregate, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown area, or a commune outside the province given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportDeadlines: {
        parameters: {
            query: {
                provinceCode: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineListDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setReportDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report: "commune_plan" | "commune_six_months" | "province_six_months" | "commune_annual" | "department_annual" | "province_annual";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDeadlineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineListDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:oversee, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A day not in every year (31/4, 29/2) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicators: {
        parameters: {
            query?: {
                /** @description A commune in your areas */
                communeCode?: string;
                format?: "json" | "xlsx";
                /** @description A province in your areas */
                provinceCode?: string;
                /** @description Default: this year (figures as of today) */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["IndicatorDto"][];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:aggregate, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A year still to come, or an unknown area, or a commune outside the province given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActionList: {
        parameters: {
            query?: {
                /** @description A commune in your areas */
                communeCode?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                format?: "json" | "xlsx";
                /** @description special-circumstances: one group (or sub-group) instead of all */
                group?: string;
                limit?: number;
                /** @description A province in your areas */
                provinceCode?: string;
                /** @description Default: this year (figures as of today) */
                year?: number;
            };
            header?: never;
            path: {
                list: "special-circumstances" | "abused" | "injured-in-accidents" | "at-risk-of-dropout";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildPageDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ChildPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:lists, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A year still to come, or an unknown area, or a commune outside the province given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeriodicReports: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description Only the year’s reports, or only those of its first six months */
                term?: "annual" | "six_months";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReportPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPeriodicReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeriodicReportRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReportDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodicReportFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "xlsx" | "pdf";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (.xlsx or PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportSubmissions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubmissionListDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPeriodicReport: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
                /** @description The current 6-digit code of the user’s authenticator app (or one of their recovery codes), asked at the moment of the decision; each code is used once, sign-in included. Missing: 403 step-up-required; wrong, expired or used: 403 step-up-invalid; a user without a second factor, or an API key: 403 second-factor-required */
                "X-OTP": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubmissionDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:submit, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report is being made, or this making of it was submitted already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubmissionOverview: {
        parameters: {
            query: {
                provinceCode: string;
                /** @description The year’s reports, or those of its first six months */
                term?: "annual" | "six_months";
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionOverviewDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:oversee, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportSubmissionFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                format: "xlsx" | "pdf";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report as submitted (.xlsx or PDF) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:periodic, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    remindCommunes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionsQuery"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderResultDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission reports:oversee, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                organizationId?: string;
                role?: "system_admin" | "commune_officer" | "social_worker" | "case_approver" | "agency_staff" | "province_officer" | "statistician";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission users:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission users:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission users:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission users:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Roles that do not go together, areas outside the organisation, a weak password, or one’s own account */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique text (1–200 visible ASCII characters): the same key and body within 24 hours get the first answer again and change nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description In conflict with the current state (or an Idempotency-Key still running) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused by a rule (or an Idempotency-Key reused with another body) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the server accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                state?: "pending" | "delivered" | "dead";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description The input is malformed or invalid (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token or API key is not valid (any more) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the permission organizations:manage, in the record’s area */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this identifier in the caller’s reach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: wait the seconds of `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service the API needs is unavailable: retry after `Retry-After` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database and the queue answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: unknown;
                        };
                        /** @example ok */
                        status: string;
                    };
                };
            };
        };
    };
}
