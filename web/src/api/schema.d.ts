// Generated from the server's OpenAPI document by web/scripts/api-types.mjs: do not edit.
export interface paths {
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Issue a key for a system client (the key is shown once) */
        post: operations["ApiKeysController_create"];
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
        delete: operations["ApiKeysController_revoke"];
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
        get: operations["AreasController_oldCommune"];
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
        get: operations["AreasController_provinces"];
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
        get: operations["AreasController_communes"];
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
        get: operations["AuditController_list"];
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
        post: operations["AuthController_login"];
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
        post: operations["AuthController_logout"];
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
        get: operations["AuthController_me"];
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
        post: operations["AuthController_activate"];
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
        post: operations["AuthController_enroll"];
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
        post: operations["AuthController_changePassword"];
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
        /** A new token pair; the refresh token given is spent */
        post: operations["AuthController_refresh"];
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
        get: operations["CalendarController_year"];
        /** Replace a year's list as the government announced it (system_admin); deadlines already set keep theirs */
        put: operations["CalendarController_replace"];
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
        get: operations["CasesController_list"];
        put?: never;
        /** Intake of a report (Mẫu 01): a case in the commune where it happened */
        post: operations["CasesController_intake"];
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
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
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
        post: operations["CasesController_assessment"];
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
        post: operations["CasesController_assign"];
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
        post: operations["CasesController_proposeClosure"];
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
        post: operations["CasesController_approveClosure"];
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
        post: operations["CasesController_rejectClosure"];
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
         * Emergency protection measures, with a temporary isolation if any
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["CasesController_emergencyMeasures"];
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
         * @description A form whose step has not been taken yet: 409. Mẫu 05 before approval is a draft.
         */
        get: operations["CasesController_form"];
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
        post: operations["CasesController_initialAssessment"];
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
         * End a temporary isolation
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["CasesController_endIsolation"];
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
         * Extend a temporary isolation past its end, with the reason (the chair decides)
         * @description Not allowed in the case’s status: 409, the allowed actions in `detail`.
         */
        post: operations["CasesController_extendIsolation"];
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
        get: operations["CasesController_notes"];
        put?: never;
        /** Add a note (encrypted at rest), for the case team or restricted */
        post: operations["CasesController_addNote"];
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
        post: operations["CasesController_plan"];
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
        post: operations["CasesController_approvePlan"];
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
        post: operations["CasesController_rejectPlan"];
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
        get: operations["ReferralsController_ofCase"];
        put?: never;
        /** Refer a case to an organisation’s queue, sharing only the fields chosen */
        post: operations["ReferralsController_create"];
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
        post: operations["CasesController_reopen"];
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
        post: operations["CasesController_review"];
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
        get: operations["CasesController_timeline"];
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
        get: operations["ChildrenController_list"];
        put?: never;
        /** Add a child to the registry, in one of the caller’s communes */
        post: operations["ChildrenController_create"];
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
        get: operations["ChildrenController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a record; lists given replace the stored ones (end a circumstance with `until`) */
        patch: operations["ChildrenController_update"];
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
        get: operations["ChildrenController_duplicates"];
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
        get: operations["ChildrenController_history"];
        put?: never;
        post?: never;
        delete?: never;
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
        post: operations["ChildrenController_merge"];
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
        get: operations["ChildrenController_dataQuality"];
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
        get: operations["ChildrenController_communeDuplicates"];
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
        get: operations["ChildrenController_export"];
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
        /** Import children from an .xlsx or .csv file (as the template); runs as a job, see GET …/imports/:id */
        post: operations["ChildImportsController_start"];
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
        get: operations["ChildImportsController_status"];
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
        /** The import template: Vietnamese headers, an example, the codes */
        get: operations["ChildImportsController_template"];
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
        post: operations["ChildrenController_undoMerge"];
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
        get: operations["NotificationsController_list"];
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
        post: operations["NotificationsController_markRead"];
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
        get: operations["OrganizationsController_list"];
        put?: never;
        /** Create an organisation (system_admin) */
        post: operations["OrganizationsController_create"];
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
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or deactivate an organisation (system_admin) */
        patch: operations["OrganizationsController_update"];
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
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register a webhook for an organisation; the secret is shown once */
        post: operations["WebhooksController_create"];
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
        get: operations["ReferenceController_list"];
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
        get: operations["ReferralsController_get"];
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
        post: operations["ReferralsController_accept"];
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
        post: operations["ReferralsController_acknowledge"];
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
        post: operations["ReferralsController_cancel"];
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
        post: operations["ReferralsController_complete"];
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
        post: operations["ReferralsController_decline"];
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
        get: operations["ReferralsController_figures"];
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
        get: operations["ReferralsController_inbox"];
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
        get: operations["ReferralsController_outbox"];
        put?: never;
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
        get: operations["ReportsController_dashboard"];
        put?: never;
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
        get: operations["ReportsController_indicators"];
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
         * @description special-circumstances (under 16, `group` for one group), abused (children of the year’s intervention-level cases), injured-in-accidents, at-risk-of-dropout (risk factors).
         */
        get: operations["ReportsController_actionList"];
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
        /** The annual reports of the caller’s areas, newest year first, with their files */
        get: operations["ReportsController_periodicList"];
        put?: never;
        /** Make an area’s annual report now (a job): .xlsx and PDF, listed when ready */
        post: operations["ReportsController_periodicRequest"];
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
        /** A ready annual report’s spreadsheet or PDF (the read is audited) */
        get: operations["ReportsController_periodicFile"];
        put?: never;
        post?: never;
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
        get: operations["UsersController_list"];
        put?: never;
        /** Create an account (system_admin) */
        post: operations["UsersController_create"];
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
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change roles, areas, status or password; reset the second factor */
        patch: operations["UsersController_update"];
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
        get: operations["WebhooksController_delivery"];
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
        post: operations["WebhooksController_replay"];
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
        patch: operations["WebhooksController_update"];
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
        get: operations["WebhooksController_deliveries"];
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
        get: operations["HealthController_live"];
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
        get: operations["HealthController_ready"];
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
        AssessmentDto: {
            childSituation: string;
            conference?: components["schemas"]["ConferenceDto"];
            familySituation: string;
            /**
             * @description A change of level, if any
             * @enum {string}
             */
            level?: "prevention" | "support" | "intervention";
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
            actor: Record<string, never>;
            at: string;
            communeCode: Record<string, never> | null;
            details: Record<string, never>;
            entity: Record<string, never> | null;
            ip: Record<string, never> | null;
            provinceCode: Record<string, never> | null;
            requestId: Record<string, never> | null;
            seq: string;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        CaregiverDto: {
            /** @example Nguyễn Văn Bình */
            fullName: string;
            /** @example 001085012345 */
            personalId?: string;
            /** @example 0912345678 */
            phone?: string;
            /** @enum {string} */
            relation: "father" | "mother" | "guardian" | "other";
        };
        CaseDeadlinesDto: {
            emergencyActionDueAt: string;
            initialAssessmentDueAt: string;
            isolationEndsAt: string | null;
            planApprovalDueAt: string | null;
            planDueAt: string | null;
            reviewDueAt: string | null;
        };
        CaseDto: {
            allowedActions: ("initial-assessment" | "emergency-measures" | "assessment" | "plan" | "plan/approve" | "plan/reject" | "reviews" | "close" | "close/approve" | "close/reject" | "reopen" | "assign" | "notes" | "referrals" | "isolation/extend" | "isolation/end")[];
            assignedTo: string | null;
            /** @enum {string|null} */
            channel: "phone" | "in_person" | "third_party" | "online" | null;
            childIds: string[];
            closedAt: string | null;
            /** @example BVTE-00004-2026-0001 */
            code: string;
            communeCode: string;
            concerns: string[];
            createdAt: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            id: string;
            immediateDanger: boolean | null;
            isolation: components["schemas"]["IsolationStateDto"] | null;
            /** @enum {string|null} */
            level: "prevention" | "support" | "intervention" | null;
            location: components["schemas"]["CaseLocationDto"] | null;
            /** @description A step is past its deadline */
            overdue: boolean;
            provinceCode: string;
            receivedAt: string;
            reporter: components["schemas"]["ReporterDto"] | null;
            /** @description abuse-settings */
            settings: string[];
            /** @enum {string} */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
            summary: string;
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
            open: number | null;
            /** @description Open cases with a step past due */
            overdue: number | null;
        };
        CaseListItemDto: {
            allowedActions: ("initial-assessment" | "emergency-measures" | "assessment" | "plan" | "plan/approve" | "plan/reject" | "reviews" | "close" | "close/approve" | "close/reject" | "reopen" | "assign" | "notes" | "referrals" | "isolation/extend" | "isolation/end")[];
            assignedTo: string | null;
            /** @enum {string|null} */
            channel: "phone" | "in_person" | "third_party" | "online" | null;
            childIds: string[];
            closedAt: string | null;
            /** @example BVTE-00004-2026-0001 */
            code: string;
            communeCode: string;
            concerns: string[];
            createdAt: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            id: string;
            immediateDanger: boolean | null;
            isolation: components["schemas"]["IsolationStateDto"] | null;
            /** @enum {string|null} */
            level: "prevention" | "support" | "intervention" | null;
            /** @description A step is past its deadline */
            overdue: boolean;
            provinceCode: string;
            receivedAt: string;
            /** @description abuse-settings */
            settings: string[];
            /** @enum {string} */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @enum {string} */
            status: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed";
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
        CasePageDto: {
            items: components["schemas"]["CaseListItemDto"][];
            nextCursor: string | null;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
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
            ethnicityCode: string | null;
            fullName: string;
            id: string;
            /** @description Under 16 today */
            isChild: boolean;
            notes: string | null;
            personalId: string | null;
            provinceCode: string;
            riskFactors: components["schemas"]["RiskFactorDto"][];
            schoolStatus: string | null;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances: components["schemas"]["SpecialCircumstanceDto"][];
            updatedAt: string;
            version: number;
            village: string | null;
        };
        ChildHistoryEntryDto: {
            /** @example updated */
            action: string;
            /**
             * @example {
             *       "id": "uuid",
             *       "fullName": "Nguyễn Thị Lan"
             *     }
             */
            actor: Record<string, never>;
            at: string;
            /**
             * @example {
             *       "village": {
             *         "from": "Tổ 4",
             *         "to": "Tổ 5"
             *       }
             *     }
             */
            changes: Record<string, never>;
            /** @description The record changed: this one, or one merged into it */
            childId: string;
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
        CommuneDuplicatesDto: {
            /** @description The most likely first, up to `limit` */
            items: components["schemas"]["DuplicatePairDto"][];
            /** @description Candidate pairs found */
            total: number;
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
            heldAt: string;
            minutes: string;
            participants: string[];
        };
        ContactDto: {
            email: string | null;
            fullName: string;
            id: string;
            phone: string | null;
        };
        CreateApiKeyDto: {
            /** Format: date-time */
            expiresAt?: string;
            /** @example Tổng đài 111 — tiếp nhận tin báo */
            name: string;
            /** @description The system client’s organisation: its area is the key’s scope */
            organizationId: string;
            permissions: ("areas:read" | "reference:read" | "organizations:read" | "cases:intake")[];
        };
        CreateCaseDto: {
            /** @enum {string} */
            channel?: "phone" | "in_person" | "third_party" | "online";
            /** @description Children already in the registry */
            childIds?: string[];
            /**
             * @description Reference list abuse-forms
             * @example [
             *       "violence"
             *     ]
             */
            concerns: string[];
            /** @description Where it happened; without it, the first child’s commune */
            location?: components["schemas"]["CaseLocationDto"];
            /** @description Children not yet in the registry: each becomes a record (sex may be unknown, the date of birth estimated) */
            newChildren?: components["schemas"]["CreateChildDto"][];
            /** @example 2026-11-24T21:40:00+07:00 */
            receivedAt: string;
            reporter?: components["schemas"]["ReporterDto"];
            /**
             * @description Where it happened: reference list abuse-settings
             * @example [
             *       "family"
             *     ]
             */
            settings?: string[];
            /** @enum {string} */
            source: "hotline_111" | "police" | "health" | "school" | "commune" | "public" | "self" | "other";
            /** @description What was reported (encrypted at rest) */
            summary: string;
        };
        CreateChildDto: {
            address?: string;
            caregivers?: components["schemas"]["CaregiverDto"][];
            /**
             * @description A current commune; a pre-2025 code is mapped
             * @example 00004
             */
            communeCode: string;
            /** @example 2015-03-02 */
            dateOfBirth: string;
            /** @description The kind of disability, when there is one */
            disability?: string;
            /**
             * @default exact
             * @enum {string}
             */
            dobPrecision: "exact" | "year" | "estimated";
            /**
             * @description Reference list ethnicities (GSO 1979)
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
             * @description Reference list school-statuses
             * @example in_school
             */
            schoolStatus?: string;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances?: components["schemas"]["SpecialCircumstanceDto"][];
            /** @example Tổ dân phố 5 */
            village?: string;
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
            /** @enum {string} */
            type: "commune_committee" | "social_work_center" | "police" | "health_facility" | "school" | "justice_office" | "provincial_department" | "hotline" | "mass_organization" | "ministry";
        };
        CreateReferralDto: {
            /** @description Why the child needs the service; shared with the receiving side */
            reason: string;
            /**
             * @description A code of /reference/service-types
             * @example medical_care
             */
            serviceType: string;
            /** @description Beyond the children’s names, ages, sexes and communes and the case code, only these are shared */
            sharedFields?: ("dateOfBirth" | "personalId" | "ethnicity" | "address" | "caregivers" | "schooling" | "disability" | "specialCircumstances" | "riskFactors" | "concerns" | "immediateDanger" | "protectionLevel" | "reportSummary" | "location")[];
            /** @description The receiving organisation (police unit, health facility, school…) */
            toOrganizationId: string;
            /** @enum {string} */
            urgency: "emergency" | "urgent" | "routine";
        };
        CreateUserDto: {
            /** @description Province or commune codes; default: the organisation's area */
            areaCodes?: string[];
            /**
             * @description Notifications are also emailed here
             * @example an.nguyen@badinh.hanoi.gov.vn
             */
            email?: Record<string, never>;
            /** @example Nguyễn Văn An */
            fullName: string;
            organizationId: string;
            /** @description At least 10 characters, not a common password, not the username */
            password: string;
            /**
             * @description Work phone
             * @example 0243 823 4567
             */
            phone?: Record<string, never>;
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
            targets: components["schemas"]["TargetsDto"];
            year: number;
        };
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
            counts: Record<string, never>;
            items: components["schemas"]["DataQualityItemDto"][];
            nextCursor: string | null;
        };
        DataQualityItemDto: {
            child: components["schemas"]["ChildDto"];
            problems: ("missingPersonalId" | "malformedPersonalId" | "unknownSex" | "estimatedDateOfBirth" | "missingEthnicity" | "missingParentOrGuardian" | "specialCircumstancesPast16" | "pre2025CommuneCode")[];
        };
        DeadlineStatusDto: {
            doneAt: string | null;
            dueAt: string;
            escalatedAt: string | null;
            /** @enum {string} */
            kind: "initial_assessment" | "emergency_action" | "plan" | "plan_approval" | "isolation" | "review";
            /** @description null while open and not yet due */
            met: boolean | null;
            /** @enum {string} */
            state: "open" | "done" | "not_needed";
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
        DuplicateReasonDto: {
            /**
             * @description same_name, similar_name, different_given_name, same_date_of_birth, close_date_of_birth, same_birth_year, same_caregiver, same_commune, different_personal_ids, different_sex
             * @example same_date_of_birth
             */
            code: Record<string, never>;
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
            /** @description Temporary isolation, 15 days at most */
            isolation?: components["schemas"]["IsolationDto"];
            measures: string[];
        };
        HolidayDto: {
            /**
             * @description YYYY-MM-DD
             * @example 2027-02-08
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
            /** @description By sex, ageGroup, area, group, form, setting: each a map from code to value */
            breakdowns: {
                [key: string]: {
                    [key: string]: number | null;
                };
            };
            /** @example 0101 */
            code: string;
            /** @description Whether the code was checked against the Circular’s appendix */
            codeVerified: boolean;
            denominator?: number | null;
            /** @example Dân số trẻ em */
            name: string;
            /** @example Child population */
            nameEn: string;
            numerator?: number | null;
            /** @description When the precomputed figures were last rebuilt */
            refreshedAt: string;
            /**
             * @description I: children’s situation; III: abuse
             * @example I
             */
            set: string;
            /** @enum {string} */
            unit: "children" | "ratio";
            /** @description A count, or a fraction (0.0123) for a ratio; null when suppressed or undefined */
            value: number | null;
            /** @example 2026 */
            year: number;
        };
        InitialAssessmentDto: {
            /** @description Emergency measures already taken */
            emergencyMeasures?: string[];
            immediateDanger: boolean;
            /** @enum {string} */
            level: "prevention" | "support" | "intervention";
            notes?: string;
            ratings: components["schemas"]["RatingsDto"];
            /**
             * @description Where the harm happened, as the assessment found it; replaces the intake’s
             * @example [
             *       "family"
             *     ]
             */
            settings?: string[];
        };
        IsolationDto: {
            /** @description Where the child stays */
            placement: string;
            reason: string;
            startedAt: string;
        };
        IsolationEndDto: {
            /** @description Default: now */
            endedAt?: string;
            notes?: string;
        };
        IsolationExtendDto: {
            /** @description Why, and the competent authority’s decision */
            reason: string;
            /** @description The new end, later than the current one */
            until: string;
        };
        IsolationStateDto: {
            endedAt: string | null;
            endsAt: string;
            startedAt: string;
        };
        LoginDto: {
            /** @description The 6-digit TOTP code, or a recovery code */
            otp?: string;
            password: string;
            /** @example nguyenvana */
            username: string;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            refreshToken: string;
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
        MergeDto: {
            /** @description The record to merge into this one; it becomes a redirect */
            duplicateId: string;
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
            schoolStatus: string | null;
            /** @enum {string} */
            sex: "male" | "female" | "unknown";
            specialCircumstances: components["schemas"]["SpecialCircumstanceDto"][];
            updatedAt: string;
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
            author: Record<string, never>;
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
        Object: Record<string, never>;
        OrganizationDto: {
            active: boolean;
            communeCode: string | null;
            createdAt: string;
            id: string;
            name: string;
            parentId: string | null;
            provinceCode: string;
            /** @enum {string} */
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
            /** @example 2026 */
            year: number;
        };
        PlanActionDto: {
            description: string;
            dueAt: string;
            /** @description The organisation that delivers it */
            organizationId?: string;
            /** @description Reference list service-types */
            serviceType?: string;
        };
        PlanDto: {
            actions: components["schemas"]["PlanActionDto"][];
            goals: string[];
            /** @description When the plan is first reviewed (Mẫu 06) */
            reviewAt: string;
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
             * @description The child’s capacity to protect and recover
             * @enum {string}
             */
            selfProtection: "high" | "medium" | "low";
        };
        ReasonDto: {
            reason: string;
        };
        ReferenceItemDto: {
            /** @description List-specific facts (law article, code system, defaults) */
            attributes: Record<string, never>;
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
            from: Record<string, never>;
            id: string;
            outcome: string | null;
            /** @description A step is past due */
            overdue: boolean;
            /** @description Null on the receiving side once declined or cancelled */
            reason: string | null;
            sentAt: string;
            servicesDelivered: string[];
            serviceType: string;
            sharedFields: ("dateOfBirth" | "personalId" | "ethnicity" | "address" | "caregivers" | "schooling" | "disability" | "specialCircumstances" | "riskFactors" | "concerns" | "immediateDanger" | "protectionLevel" | "reportSummary" | "location")[];
            /** @enum {string} */
            status: "pending" | "acknowledged" | "accepted" | "declined" | "completed" | "cancelled";
            to: Record<string, never>;
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
        RefreshDto: {
            refreshToken: string;
        };
        ReplaceHolidaysDto: {
            /** @description The year's whole list; it replaces the stored one */
            days: components["schemas"]["HolidayDto"][];
        };
        ReporterDto: {
            /** @description The reporter asked not to be named */
            anonymous?: boolean;
            fullName?: string;
            /** @example 0912345678 */
            phone?: string;
            /** @example hàng xóm */
            relation?: string;
        };
        ReviewDto: {
            /**
             * @description A change of level, if any
             * @enum {string}
             */
            level?: "prevention" | "support" | "intervention";
            /** @description outcome continue: the next review (default: 30 days on) */
            nextReviewAt?: string;
            notes: string;
            /** @enum {string} */
            outcome: "continue" | "new_plan" | "propose_closure";
            ratings: components["schemas"]["RatingsDto"];
        };
        RiskFactorDto: {
            /**
             * @description Reference list risk-factors
             * @example domestic_violence
             */
            code: string;
            since?: string;
            until?: string;
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
             * @description Reference list special-circumstances (a group)
             * @example a
             */
            code: string;
            /** @example 2024-05-01 */
            since?: string;
            /**
             * @description A sub-group of that group
             * @example a.1
             */
            subCode?: string;
            /** @description When it ended (PATCH the entry with it) */
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
        };
        StepDeadlineDto: {
            dueAt: string;
            /** @enum {string} */
            kind: "initial_assessment" | "emergency_action" | "plan" | "plan_approval" | "isolation" | "review";
            met: boolean;
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
            actor: Record<string, never> | null;
            at: string;
            /** @description The deadlines this step answered */
            deadlines: components["schemas"]["StepDeadlineDto"][];
            facts: {
                [key: string]: unknown;
            };
            /** @enum {string|null} */
            fromStatus: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed" | null;
            /** @enum {string|null} */
            toStatus: "received" | "assessed" | "emergency" | "planning" | "plan_submitted" | "in_progress" | "closure_proposed" | "closed" | null;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
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
            /** @example 2015-03-02 */
            dateOfBirth?: string;
            /** @description The kind of disability, when there is one */
            disability?: string;
            /**
             * @default exact
             * @enum {string}
             */
            dobPrecision: "exact" | "year" | "estimated";
            /**
             * @description Reference list ethnicities (GSO 1979)
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
            riskFactors?: components["schemas"]["RiskFactorDto"][];
            /**
             * @description Reference list school-statuses
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
        UpdateUserDto: {
            /** @description false ends every session of the user at once */
            active?: boolean;
            /** @description Empty: the organisation's area */
            areaCodes?: string[];
            /**
             * @description Notifications are also emailed here
             * @example an.nguyen@badinh.hanoi.gov.vn
             */
            email?: Record<string, never>;
            fullName?: string;
            /** @description A new password set by the administrator; ends every session */
            password?: string;
            /**
             * @description Work phone
             * @example 0243 823 4567
             */
            phone?: Record<string, never>;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ApiKeysController_list: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission api-keys:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission api-keys:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_revoke: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission api-keys:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AreasController_oldCommune: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission areas:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AreasController_provinces: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission areas:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AreasController_communes: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission areas:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actorId?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description ISO 8601, inclusive */
                from?: string;
                limit?: number;
                /** @description ISO 8601, exclusive */
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission audit:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
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
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_activate: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_enroll: {
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
                    "application/json": components["schemas"]["MfaEnrollmentDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
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
        };
    };
    CalendarController_year: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reference:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarController_replace: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission calendar:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description `me` or a user id */
                assignedTo?: string;
                childId?: string;
                communeCode?: string;
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_intake: {
        parameters: {
            query?: never;
            header?: never;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:intake */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_get: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_assessment: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_assign: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_proposeClosure: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_approveClosure: {
        parameters: {
            query?: never;
            header?: {
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
                "application/json": components["schemas"]["ApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_rejectClosure: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_emergencyMeasures: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                form: "mau-01" | "mau-02" | "mau-03" | "mau-04" | "mau-05" | "mau-06";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_initialAssessment: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_endIsolation: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_extendIsolation: {
        parameters: {
            query?: never;
            header?: {
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
                "application/json": components["schemas"]["IsolationExtendDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_notes: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_addNote: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_plan: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_approvePlan: {
        parameters: {
            query?: never;
            header?: {
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
                "application/json": components["schemas"]["ApprovalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_rejectPlan: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_ofCase: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_create: {
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
                "application/json": components["schemas"]["CreateReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:send */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_reopen: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:approve */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_review: {
        parameters: {
            query?: never;
            header?: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:work */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_timeline: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission cases:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_list: {
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
                /** @description A current risk factor */
                riskFactor?: string;
                sex?: "male" | "female" | "unknown";
                /** @description A current special circumstance (group code) */
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_create: {
        parameters: {
            query?: never;
            header?: never;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_get: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_update: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:write */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_duplicates: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_history: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_merge: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:merge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_dataQuality: {
        parameters: {
            query: {
                /** @description A current commune in the caller’s areas */
                communeCode: string;
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
                    "application/json": components["schemas"]["DataQualityDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_communeDuplicates: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_export: {
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
                /** @description A current risk factor */
                riskFactor?: string;
                sex?: "male" | "female" | "unknown";
                /** @description A current special circumstance (group code) */
                specialCircumstance?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:export */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildImportsController_start: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:import */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildImportsController_status: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:import */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildImportsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:import */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChildrenController_undoMerge: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission children:merge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_list: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_markRead: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_list: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_get: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_update: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_list: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_create: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferenceController_list: {
        parameters: {
            query?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reference:read */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_get: {
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:receive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_acknowledge: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:receive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_cancel: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:send */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_complete: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:receive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
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
                    /** @description "<version>" */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:receive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_figures: {
        parameters: {
            query?: {
                communeCode?: string;
                /** @description Referrals sent on or after this day */
                from?: string;
                provinceCode?: string;
                /** @description Referrals sent on or before this day */
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:aggregate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_inbox: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:receive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_outbox: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission referrals:send */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_dashboard: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:aggregate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_indicators: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:aggregate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_actionList: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_periodicList: {
        parameters: {
            query?: {
                /** @description Opaque: the nextCursor of the previous page */
                cursor?: string;
                limit?: number;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:periodic */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_periodicRequest: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:periodic */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReportsController_periodicFile: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission reports:periodic */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_list: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission users:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission users:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_get: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission users:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UsersController_update: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission users:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_delivery: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_replay: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_update: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_deliveries: {
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
            /** @description Not signed in (problem+json) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requires the permission organizations:manage */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_live: {
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
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
}
