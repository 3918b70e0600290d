// @generated automatically by Diesel CLI.

pub mod sql_types {
    #[derive(diesel::sql_types::SqlType)]
    #[diesel(postgres_type(name = "tsvector", schema = "pg_catalog"))]
    pub struct Tsvector;
}

diesel::table! {
    api_client_calls (client_id) {
        client_id -> Int8,
        last_called_at -> Timestamptz,
    }
}

diesel::table! {
    api_clients (id) {
        id -> Int8,
        client_id -> Text,
        name -> Text,
        secret_hash -> Text,
        role -> Text,
        unit_id -> Int8,
        disabled_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    attendance (session_id, mediator_id) {
        session_id -> Int8,
        course_id -> Int8,
        mediator_id -> Int8,
        status -> Text,
        minutes -> Int4,
        recorded_by -> Int8,
        recorded_at -> Timestamptz,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Int8,
        at -> Timestamptz,
        actor_user_id -> Nullable<Int8>,
        actor_client_id -> Nullable<Int8>,
        actor_name -> Text,
        action -> Text,
        entity -> Text,
        entity_id -> Text,
        unit_id -> Nullable<Int8>,
        address -> Nullable<Text>,
        details -> Jsonb,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
    }
}

diesel::table! {
    budget_lines (id) {
        id -> Int8,
        plan_id -> Int8,
        task_id -> Nullable<Int8>,
        source -> Text,
        title -> Text,
        allocated_vnd -> Int8,
        note -> Text,
        created_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    budget_spending (id) {
        id -> Int8,
        line_id -> Int8,
        spent_on -> Date,
        purpose -> Text,
        amount_vnd -> Int8,
        pay_claim_id -> Nullable<Int8>,
        recorded_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    budget_vouchers (id) {
        id -> Int8,
        spending_id -> Int8,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> Int8,
        sha256 -> Text,
        uploaded_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_counts (unit_id, state) {
        unit_id -> Int8,
        state -> Text,
        n -> Int8,
    }
}

diesel::table! {
    case_events (id) {
        id -> Int8,
        case_id -> Int8,
        action -> Text,
        state -> Text,
        occurred_on -> Date,
        note -> Text,
        by_user -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    case_mediators (case_id, mediator_id) {
        case_id -> Int8,
        mediator_id -> Int8,
    }
}

diesel::table! {
    case_parties (id) {
        id -> Int8,
        case_id -> Int8,
        kind -> Text,
        name -> Text,
        birth_year -> Nullable<Int4>,
        address -> Text,
        position -> Int4,
    }
}

diesel::table! {
    case_tallies (unit_id, month, kind, state) {
        unit_id -> Int8,
        month -> Date,
        kind -> Text,
        state -> Text,
        n -> Int8,
    }
}

diesel::table! {
    cases (id) {
        id -> Int8,
        unit_id -> Int8,
        team_id -> Int8,
        entry_year -> Int4,
        entry_no -> Int4,
        received_on -> Date,
        start_kind -> Text,
        proposed_by -> Text,
        kind -> Text,
        summary -> Text,
        invited -> Jsonb,
        public_session -> Bool,
        risk_of_violence -> Bool,
        signs_of_offence -> Bool,
        state -> Text,
        assigned_at -> Nullable<Timestamptz>,
        closed_on -> Nullable<Date>,
        outcome -> Text,
        created_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        success_record -> Nullable<Jsonb>,
        execution -> Nullable<Text>,
        assigned_on -> Nullable<Date>,
        version -> Int4,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
    }
}

diesel::table! {
    commendations (id) {
        id -> Int8,
        year -> Int4,
        unit_id -> Int8,
        nominee_kind -> Text,
        nominee_name -> Text,
        grounds -> Text,
        proposed_level -> Text,
        status -> Text,
        decision -> Nullable<Jsonb>,
        decision_note -> Text,
        nominated_by -> Int8,
        decided_by -> Nullable<Int8>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    course_certificates (course_id, mediator_id) {
        course_id -> Int8,
        mediator_id -> Int8,
        number -> Int4,
        minutes -> Int4,
        issued_on -> Date,
        issued_by -> Int8,
    }
}

diesel::table! {
    course_invitations (course_id, mediator_id) {
        course_id -> Int8,
        mediator_id -> Int8,
        invited_by -> Int8,
        invited_at -> Timestamptz,
    }
}

diesel::table! {
    course_sessions (id) {
        id -> Int8,
        course_id -> Int8,
        held_on -> Date,
        starts_at -> Time,
        ends_at -> Time,
        place -> Text,
        topic -> Text,
        trainers -> Jsonb,
    }
}

diesel::table! {
    course_units (course_id, unit_id) {
        course_id -> Int8,
        unit_id -> Int8,
    }
}

diesel::table! {
    use diesel::sql_types::*;
    use super::sql_types::Tsvector;

    courses (id) {
        id -> Int8,
        unit_id -> Int8,
        task_id -> Nullable<Int8>,
        organiser_id -> Nullable<Int8>,
        title -> Text,
        venue -> Text,
        starts_on -> Date,
        ends_on -> Date,
        capacity -> Nullable<Int4>,
        min_minutes -> Int4,
        created_by -> Int8,
        created_at -> Timestamptz,
        version -> Int4,
        search_key -> Text,
        search_vector -> Tsvector,
    }
}

diesel::table! {
    digest_runs (day) {
        day -> Date,
        started_at -> Timestamptz,
        users -> Int4,
        items -> Int4,
    }
}

diesel::table! {
    digests (user_id, day) {
        user_id -> Int8,
        day -> Date,
        items -> Jsonb,
        created_at -> Timestamptz,
        mailed_at -> Nullable<Timestamptz>,
        mail_attempts -> Int4,
    }
}

diesel::table! {
    evidence_files (id) {
        id -> Int8,
        update_id -> Int8,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> Int8,
        sha256 -> Text,
        uploaded_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    final_reviews (id) {
        id -> Int8,
        plan_id -> Int8,
        summary -> Text,
        lessons -> Text,
        proposals -> Text,
        assessments -> Jsonb,
        written_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    idempotency_keys (caller, key) {
        caller -> Text,
        key -> Text,
        route -> Text,
        request_hash -> Bytea,
        status -> Nullable<Int2>,
        content_type -> Nullable<Text>,
        response_body -> Nullable<Bytea>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    imports (id) {
        id -> Int8,
        unit_id -> Int8,
        file_name -> Text,
        rows -> Jsonb,
        errors -> Jsonb,
        status -> Text,
        total -> Int4,
        processed -> Int4,
        message -> Text,
        created_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    library_files (id) {
        id -> Int8,
        item_id -> Int8,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> Int8,
        sha256 -> Text,
        uploaded_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    use diesel::sql_types::*;
    use super::sql_types::Tsvector;

    library_items (id) {
        id -> Int8,
        unit_id -> Int8,
        task_id -> Nullable<Int8>,
        question_id -> Nullable<Int8>,
        kind -> Text,
        title -> Text,
        issuer -> Text,
        number -> Text,
        issued_on -> Nullable<Date>,
        effective_on -> Nullable<Date>,
        summary -> Text,
        tags -> Array<Nullable<Text>>,
        link -> Text,
        state -> Text,
        published_at -> Nullable<Timestamptz>,
        search_key -> Text,
        search_vector -> Tsvector,
        created_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    login_attempts (id) {
        id -> Int8,
        username -> Text,
        address -> Text,
        succeeded -> Bool,
        attempted_at -> Timestamptz,
    }
}

diesel::table! {
    material_deliveries (id) {
        id -> Int8,
        run_id -> Int8,
        unit_id -> Int8,
        team_id -> Nullable<Int8>,
        copies -> Int4,
        delivered_on -> Date,
        received_by -> Text,
        created_by -> Int8,
        created_at -> Timestamptz,
        confirmed_at -> Nullable<Timestamptz>,
        confirmed_by -> Nullable<Int8>,
    }
}

diesel::table! {
    material_runs (id) {
        id -> Int8,
        unit_id -> Int8,
        task_id -> Nullable<Int8>,
        title -> Text,
        edition -> Text,
        quantity -> Int4,
        cost_vnd -> Int8,
        printed_on -> Date,
        created_by -> Int8,
        created_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    mediation_teams (id) {
        id -> Int8,
        unit_id -> Int8,
        name -> Text,
        founded_by -> Nullable<Jsonb>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    mediator_events (id) {
        id -> Int8,
        mediator_id -> Int8,
        kind -> Text,
        occurred_on -> Date,
        details -> Jsonb,
        recorded_by -> Nullable<Int8>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    mediator_tallies (unit_id, since, until, sex, ethnicity, education) {
        unit_id -> Int8,
        since -> Date,
        until -> Date,
        sex -> Text,
        ethnicity -> Text,
        education -> Text,
        n -> Int8,
    }
}

diesel::table! {
    mediator_tally_keys (mediator_id) {
        mediator_id -> Int8,
        unit_id -> Int8,
        commune_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        province_id -> Nullable<Int8>,
        since -> Date,
        until -> Date,
        sex -> Text,
        ethnicity -> Text,
        education -> Text,
    }
}

diesel::table! {
    mediators (id) {
        id -> Int8,
        team_id -> Nullable<Int8>,
        full_name -> Text,
        search_key -> Text,
        sex -> Text,
        birth_year -> Int4,
        ethnicity -> Text,
        education -> Text,
        occupation -> Text,
        phone -> Text,
        is_leader -> Bool,
        left_on -> Nullable<Date>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    notifications (id) {
        id -> Int8,
        unit_id -> Int8,
        kind -> Text,
        case_id -> Nullable<Int8>,
        message -> Text,
        created_at -> Timestamptz,
        read_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    organisations (id) {
        id -> Int8,
        code -> Text,
        name -> Text,
        short_name -> Text,
        kind -> Text,
        unit_id -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    partner_support (id) {
        id -> Int8,
        unit_id -> Int8,
        kind -> Text,
        course_id -> Nullable<Int8>,
        supplied_on -> Date,
        description -> Text,
        quantity -> Int4,
        recorded_by -> Int8,
        organisation_id -> Nullable<Int8>,
        created_at -> Timestamptz,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
    }
}

diesel::table! {
    pay_claims (id) {
        id -> Int8,
        case_id -> Int8,
        rate_id -> Int8,
        amount_vnd -> Int8,
        claimed_by -> Int8,
        claimed_on -> Date,
        status -> Text,
        decided_by -> Nullable<Int8>,
        decided_on -> Nullable<Date>,
        reason -> Text,
        paid_on -> Nullable<Date>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
        unit_id -> Int8,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
    }
}

diesel::table! {
    pay_rates (id) {
        id -> Int8,
        unit_id -> Int8,
        amount_vnd -> Int8,
        effective_from -> Date,
        basis -> Text,
        created_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    pilot_models (id) {
        id -> Int8,
        unit_id -> Int8,
        year -> Int4,
        name -> Text,
        description -> Text,
        evaluation -> Nullable<Jsonb>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    pilot_replications (id) {
        id -> Int8,
        pilot_id -> Int8,
        unit_id -> Int8,
        decision -> Jsonb,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    plan_tasks (id) {
        id -> Int8,
        plan_id -> Int8,
        code -> Text,
        position -> Int4,
        title -> Text,
        description -> Text,
        schedule -> Jsonb,
        starts_on -> Nullable<Date>,
        due_on -> Nullable<Date>,
        status -> Text,
        progress -> Int4,
        concerns_wards -> Bool,
        origin_task_id -> Nullable<Int8>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    plans (id) {
        id -> Int8,
        unit_id -> Int8,
        parent_plan_id -> Nullable<Int8>,
        doc_number -> Text,
        doc_type -> Text,
        doc_issuer -> Text,
        issued_on -> Nullable<Date>,
        issued_place -> Text,
        signer_name -> Text,
        signer_title -> Text,
        title -> Text,
        period_start -> Date,
        period_end -> Date,
        purpose -> Text,
        requirements -> Text,
        funding -> Text,
        legal_basis -> Jsonb,
        duties -> Jsonb,
        status -> Text,
        seed_key -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
        copied_from_plan_id -> Nullable<Int8>,
    }
}

diesel::table! {
    programmes (id) {
        id -> Int8,
        decision -> Text,
        decided_on -> Date,
        name -> Text,
        first_year -> Int4,
        last_year -> Int4,
    }
}

diesel::table! {
    question_answers (id) {
        id -> Int8,
        question_id -> Int8,
        body -> Text,
        search_key -> Text,
        answered_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    question_files (id) {
        id -> Int8,
        question_id -> Int8,
        file_name -> Text,
        content_type -> Text,
        size_bytes -> Int8,
        sha256 -> Text,
        uploaded_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    use diesel::sql_types::*;
    use super::sql_types::Tsvector;

    questions (id) {
        id -> Int8,
        unit_id -> Int8,
        title -> Text,
        facts -> Text,
        search_key -> Text,
        status -> Text,
        asked_by -> Int8,
        closed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        version -> Int4,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
        search_vector -> Tsvector,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Int8,
        user_id -> Int8,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
        session_id -> Int8,
    }
}

diesel::table! {
    report_indicators (code) {
        code -> Text,
        position -> Int4,
        section_vi -> Text,
        section_en -> Text,
        label_vi -> Text,
        label_en -> Text,
        unit_vi -> Text,
        unit_en -> Text,
        measure -> Text,
        retired -> Bool,
    }
}

diesel::table! {
    report_period_rules (code, from_year) {
        code -> Text,
        from_year -> Int4,
        to_year -> Nullable<Int4>,
        position -> Int4,
        name_vi -> Text,
        name_en -> Text,
        starts -> Text,
        ends -> Text,
        actual_until -> Text,
        ward_due_days -> Int4,
        city_due_days -> Int4,
    }
}

diesel::table! {
    report_versions (report_id, number) {
        report_id -> Int8,
        number -> Int4,
        content -> Jsonb,
        submitted_by -> Int8,
        submitted_at -> Timestamptz,
        outcome -> Text,
        comment -> Text,
        reviewed_by -> Nullable<Int8>,
        reviewed_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    reports (id) {
        id -> Int8,
        unit_id -> Int8,
        period_code -> Text,
        year -> Int4,
        period -> Jsonb,
        status -> Text,
        number -> Text,
        commentary -> Text,
        estimates -> Jsonb,
        created_by -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    server_secrets (name) {
        name -> Text,
        value -> Bytea,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    sessions (id) {
        id -> Int8,
        user_id -> Int8,
        created_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    supervision_answers (id) {
        id -> Int8,
        supervision_id -> Int8,
        body -> Text,
        answered_by -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    supervisions (id) {
        id -> Int8,
        unit_id -> Int8,
        subject -> Text,
        team_id -> Nullable<Int8>,
        task_id -> Nullable<Int8>,
        supervised_on -> Date,
        findings -> Text,
        recommendations -> Text,
        recorded_by -> Int8,
        organisation_id -> Nullable<Int8>,
        status -> Text,
        created_at -> Timestamptz,
        version -> Int4,
        province_id -> Nullable<Int8>,
        district_id -> Nullable<Int8>,
        commune_id -> Nullable<Int8>,
    }
}

diesel::table! {
    task_parties (id) {
        id -> Int8,
        task_id -> Int8,
        role -> Text,
        organisation_id -> Nullable<Int8>,
        party_group -> Nullable<Text>,
        label -> Text,
        position -> Int4,
    }
}

diesel::table! {
    task_updates (id) {
        id -> Int8,
        task_id -> Int8,
        reported_on -> Date,
        body -> Text,
        figures -> Jsonb,
        status -> Text,
        progress -> Int4,
        author_user_id -> Int8,
        author_organisation_id -> Nullable<Int8>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    unit_successions (id) {
        id -> Int8,
        predecessor_id -> Int8,
        successor_id -> Int8,
        effective_on -> Date,
        basis -> Text,
    }
}

diesel::table! {
    units (id) {
        id -> Int8,
        code -> Text,
        name -> Text,
        short_name -> Text,
        level -> Text,
        kind -> Nullable<Text>,
        parent_id -> Nullable<Int8>,
        valid_from -> Nullable<Date>,
        valid_to -> Nullable<Date>,
        ethnic_minority_area -> Bool,
        seed_key -> Nullable<Text>,
        search_key -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
    }
}

diesel::table! {
    users (id) {
        id -> Int8,
        username -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        unit_id -> Int8,
        organisation_id -> Nullable<Int8>,
        disabled_at -> Nullable<Timestamptz>,
        password_changed_at -> Timestamptz,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        version -> Int4,
        email -> Nullable<Text>,
    }
}

diesel::joinable!(api_client_calls -> api_clients (client_id));
diesel::joinable!(api_clients -> units (unit_id));
diesel::joinable!(attendance -> users (recorded_by));
diesel::joinable!(audit_log -> api_clients (actor_client_id));
diesel::joinable!(audit_log -> units (unit_id));
diesel::joinable!(audit_log -> users (actor_user_id));
diesel::joinable!(budget_lines -> plans (plan_id));
diesel::joinable!(budget_lines -> users (created_by));
diesel::joinable!(budget_spending -> budget_lines (line_id));
diesel::joinable!(budget_spending -> pay_claims (pay_claim_id));
diesel::joinable!(budget_spending -> users (recorded_by));
diesel::joinable!(budget_vouchers -> budget_spending (spending_id));
diesel::joinable!(budget_vouchers -> users (uploaded_by));
diesel::joinable!(case_counts -> units (unit_id));
diesel::joinable!(case_events -> cases (case_id));
diesel::joinable!(case_events -> users (by_user));
diesel::joinable!(case_mediators -> cases (case_id));
diesel::joinable!(case_mediators -> mediators (mediator_id));
diesel::joinable!(case_parties -> cases (case_id));
diesel::joinable!(case_tallies -> units (unit_id));
diesel::joinable!(cases -> mediation_teams (team_id));
diesel::joinable!(cases -> users (created_by));
diesel::joinable!(commendations -> units (unit_id));
diesel::joinable!(course_certificates -> users (issued_by));
diesel::joinable!(course_invitations -> courses (course_id));
diesel::joinable!(course_invitations -> mediators (mediator_id));
diesel::joinable!(course_invitations -> users (invited_by));
diesel::joinable!(course_sessions -> courses (course_id));
diesel::joinable!(course_units -> courses (course_id));
diesel::joinable!(course_units -> units (unit_id));
diesel::joinable!(courses -> organisations (organiser_id));
diesel::joinable!(courses -> plan_tasks (task_id));
diesel::joinable!(courses -> units (unit_id));
diesel::joinable!(courses -> users (created_by));
diesel::joinable!(digests -> digest_runs (day));
diesel::joinable!(digests -> users (user_id));
diesel::joinable!(evidence_files -> task_updates (update_id));
diesel::joinable!(evidence_files -> users (uploaded_by));
diesel::joinable!(final_reviews -> plans (plan_id));
diesel::joinable!(final_reviews -> users (written_by));
diesel::joinable!(imports -> units (unit_id));
diesel::joinable!(imports -> users (created_by));
diesel::joinable!(library_files -> library_items (item_id));
diesel::joinable!(library_files -> users (uploaded_by));
diesel::joinable!(library_items -> plan_tasks (task_id));
diesel::joinable!(library_items -> questions (question_id));
diesel::joinable!(library_items -> units (unit_id));
diesel::joinable!(library_items -> users (created_by));
diesel::joinable!(material_deliveries -> material_runs (run_id));
diesel::joinable!(material_deliveries -> mediation_teams (team_id));
diesel::joinable!(material_deliveries -> units (unit_id));
diesel::joinable!(material_runs -> plan_tasks (task_id));
diesel::joinable!(material_runs -> units (unit_id));
diesel::joinable!(material_runs -> users (created_by));
diesel::joinable!(mediation_teams -> units (unit_id));
diesel::joinable!(mediator_events -> mediators (mediator_id));
diesel::joinable!(mediator_events -> users (recorded_by));
diesel::joinable!(mediator_tallies -> units (unit_id));
diesel::joinable!(mediators -> mediation_teams (team_id));
diesel::joinable!(notifications -> cases (case_id));
diesel::joinable!(notifications -> units (unit_id));
diesel::joinable!(organisations -> units (unit_id));
diesel::joinable!(partner_support -> courses (course_id));
diesel::joinable!(partner_support -> organisations (organisation_id));
diesel::joinable!(partner_support -> users (recorded_by));
diesel::joinable!(pay_claims -> cases (case_id));
diesel::joinable!(pay_claims -> pay_rates (rate_id));
diesel::joinable!(pay_rates -> units (unit_id));
diesel::joinable!(pilot_models -> units (unit_id));
diesel::joinable!(pilot_replications -> pilot_models (pilot_id));
diesel::joinable!(pilot_replications -> units (unit_id));
diesel::joinable!(plan_tasks -> plans (plan_id));
diesel::joinable!(plans -> units (unit_id));
diesel::joinable!(question_answers -> questions (question_id));
diesel::joinable!(question_answers -> users (answered_by));
diesel::joinable!(question_files -> questions (question_id));
diesel::joinable!(question_files -> users (uploaded_by));
diesel::joinable!(questions -> users (asked_by));
diesel::joinable!(refresh_tokens -> sessions (session_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(report_versions -> reports (report_id));
diesel::joinable!(reports -> units (unit_id));
diesel::joinable!(reports -> users (created_by));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(supervision_answers -> supervisions (supervision_id));
diesel::joinable!(supervision_answers -> users (answered_by));
diesel::joinable!(supervisions -> mediation_teams (team_id));
diesel::joinable!(supervisions -> organisations (organisation_id));
diesel::joinable!(supervisions -> plan_tasks (task_id));
diesel::joinable!(supervisions -> users (recorded_by));
diesel::joinable!(task_parties -> organisations (organisation_id));
diesel::joinable!(task_parties -> plan_tasks (task_id));
diesel::joinable!(task_updates -> organisations (author_organisation_id));
diesel::joinable!(task_updates -> plan_tasks (task_id));
diesel::joinable!(task_updates -> users (author_user_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(users -> units (unit_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_client_calls,
    api_clients,
    attendance,
    audit_log,
    budget_lines,
    budget_spending,
    budget_vouchers,
    case_counts,
    case_events,
    case_mediators,
    case_parties,
    case_tallies,
    cases,
    commendations,
    course_certificates,
    course_invitations,
    course_sessions,
    course_units,
    courses,
    digest_runs,
    digests,
    evidence_files,
    final_reviews,
    idempotency_keys,
    imports,
    library_files,
    library_items,
    login_attempts,
    material_deliveries,
    material_runs,
    mediation_teams,
    mediator_events,
    mediator_tallies,
    mediator_tally_keys,
    mediators,
    notifications,
    organisations,
    partner_support,
    pay_claims,
    pay_rates,
    pilot_models,
    pilot_replications,
    plan_tasks,
    plans,
    programmes,
    question_answers,
    question_files,
    questions,
    refresh_tokens,
    report_indicators,
    report_period_rules,
    report_versions,
    reports,
    server_secrets,
    sessions,
    supervision_answers,
    supervisions,
    task_parties,
    task_updates,
    unit_successions,
    units,
    users,
);
