// @generated automatically by Diesel CLI.

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
    refresh_tokens (id) {
        id -> Int8,
        user_id -> Int8,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
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
    }
}

diesel::joinable!(api_clients -> units (unit_id));
diesel::joinable!(audit_log -> api_clients (actor_client_id));
diesel::joinable!(audit_log -> units (unit_id));
diesel::joinable!(audit_log -> users (actor_user_id));
diesel::joinable!(organisations -> units (unit_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(users -> units (unit_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_clients,
    audit_log,
    login_attempts,
    organisations,
    refresh_tokens,
    server_secrets,
    unit_successions,
    units,
    users,
);
