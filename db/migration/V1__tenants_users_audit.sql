-- Foundation: tenants, users and their memberships, invitations, API keys, audit log.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table tenant (
    id                   uuid         not null primary key,
    slug                 varchar(40)  not null,
    name                 varchar(120) not null,
    contact_email        varchar(320) not null,
    status               varchar(16)  not null,
    heartbeat_interval_s integer      not null,
    offline_after_missed integer      not null,
    stale_after_h        integer      not null,
    retention_days       integer      not null,
    created_at           timestamp(6) with time zone not null,
    version              bigint       not null,
    constraint uk_tenant_slug unique (slug),
    constraint ck_tenant_status check (status in ('ACTIVE', 'SUSPENDED'))
);

create table user_account (
    id                  uuid         not null primary key,
    email               varchar(320) not null,
    display_name        varchar(120) not null,
    password_hash       varchar(60),
    platform_admin      boolean      not null,
    status              varchar(16)  not null,
    created_at          timestamp(6) with time zone not null,
    password_changed_at timestamp(6) with time zone,
    version             bigint       not null,
    constraint uk_user_account_email unique (email),
    constraint ck_user_account_status check (status in ('ACTIVE', 'DISABLED'))
);

create table membership (
    id         uuid        not null primary key,
    tenant_id  uuid        not null,
    user_id    uuid        not null,
    role       varchar(16) not null,
    created_at timestamp(6) with time zone not null,
    constraint uk_membership unique (tenant_id, user_id),
    constraint fk_membership_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint fk_membership_user foreign key (user_id) references user_account (id) on delete cascade,
    constraint ck_membership_role check (role in ('VIEWER', 'OPERATOR', 'ADMIN', 'OWNER'))
);
create index ix_membership_user on membership (user_id);

create table invitation (
    id          uuid         not null primary key,
    tenant_id   uuid         not null,
    email       varchar(320) not null,
    role        varchar(16)  not null,
    token_hash  varchar(64)  not null,
    invited_by  varchar(320) not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    accepted_at timestamp(6) with time zone,
    revoked_at  timestamp(6) with time zone,
    constraint uk_invitation_token unique (token_hash),
    constraint fk_invitation_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
create index ix_invitation_tenant on invitation (tenant_id, created_at);

create table api_key (
    id           uuid         not null primary key,
    tenant_id    uuid         not null,
    name         varchar(120) not null,
    scope        varchar(16)  not null,
    key_prefix   varchar(16)  not null,
    secret_hash  varchar(64)  not null,
    created_by   varchar(320) not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    constraint uk_api_key_prefix unique (key_prefix),
    constraint fk_api_key_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint ck_api_key_scope check (scope in ('READ_ONLY', 'ADMIN'))
);
create index ix_api_key_tenant on api_key (tenant_id);

-- the audit log outlives what it describes: no foreign keys
create table audit_entry (
    id             uuid          not null primary key,
    tenant_id      uuid,
    occurred_at    timestamp(6) with time zone not null,
    actor          varchar(320)  not null,
    actor_id       uuid,
    action         varchar(80)   not null,
    target_type    varchar(40)   not null,
    target_id      varchar(80),
    summary        varchar(1000),
    client_address varchar(64)
);
create index ix_audit_entry_tenant_time on audit_entry (tenant_id, occurred_at);
create index ix_audit_entry_time on audit_entry (occurred_at);
