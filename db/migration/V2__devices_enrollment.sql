-- The device registry and enrollment: devices with their credentials, tags and attributes, the
-- tenant's SSH host keys, enrollment codes, provisioning keys and the record of every enrollment.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table device (
    id                    uuid          not null primary key,
    tenant_id             uuid          not null,
    device_key            varchar(128)  not null,
    name                  varchar(100),
    name_key              varchar(100),
    sort_key              varchar(128)  not null,
    device_type           varchar(40),
    group_name            varchar(80),
    notes                 varchar(2000),
    status                varchar(16)   not null,
    secret_digest         varchar(64),
    credential_generation bigint        not null,
    credentials_issued_at timestamp(6) with time zone,
    enrolled_via          varchar(80),
    enrolled_at           timestamp(6) with time zone,
    hostname              varchar(253),
    os                    varchar(64),
    os_version            varchar(64),
    architecture          varchar(32),
    agent_version         varchar(32),
    mac                   varchar(17),
    lan_ip                varchar(45),
    public_ip             varchar(45),
    hardware_id           varchar(128),
    info_updated_at       timestamp(6) with time zone,
    ssh_key               varchar(16384),
    ssh_key_algorithm     varchar(16),
    ssh_key_bits          integer,
    ssh_key_fingerprint   varchar(64),
    ssh_key_comment       varchar(255),
    ssh_key_updated_at    timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null,
    constraint uk_device_key unique (tenant_id, device_key),
    -- names are unique per tenant, case-insensitively: name_key is the normalized, lower-case name
    constraint uk_device_name unique (tenant_id, name_key),
    constraint fk_device_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint ck_device_status check (status in ('ACTIVE', 'RESET', 'REVOKED'))
);
create index ix_device_sort on device (tenant_id, sort_key, id);
create index ix_device_created on device (tenant_id, created_at, id);

create table device_tag (
    device_id uuid         not null,
    tag_key   varchar(40)  not null,
    tag_value varchar(100) not null,
    constraint pk_device_tag primary key (device_id, tag_key),
    constraint fk_device_tag_device foreign key (device_id) references device (id) on delete cascade
);
create index ix_device_tag on device_tag (tag_key, tag_value);

create table device_attribute (
    device_id  uuid         not null,
    attr_name  varchar(40)  not null,
    attr_value varchar(500) not null,
    constraint pk_device_attribute primary key (device_id, attr_name),
    constraint fk_device_attribute_device foreign key (device_id) references device (id) on delete cascade
);

create table ssh_host_keys (
    id         uuid          not null primary key,
    tenant_id  uuid          not null,
    keys_text  varchar(65536) not null,
    updated_by varchar(320)  not null,
    updated_at timestamp(6) with time zone not null,
    constraint uk_ssh_host_keys_tenant unique (tenant_id),
    constraint fk_ssh_host_keys_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);

create table enrollment_code (
    id           uuid         not null primary key,
    tenant_id    uuid         not null,
    -- HMAC-SHA256 of the normalized code under the server's secret digest key; the code itself is never stored
    code_digest  varchar(64)  not null,
    max_uses     integer      not null,
    uses         integer      not null,
    expires_at   timestamp(6) with time zone not null,
    revoked_at   timestamp(6) with time zone,
    device_key   varchar(128),
    device_name  varchar(100),
    device_type  varchar(40),
    group_name   varchar(80),
    note         varchar(500),
    created_by   varchar(320) not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    constraint uk_enrollment_code_digest unique (code_digest),
    constraint fk_enrollment_code_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint ck_enrollment_code_uses check (uses >= 0 and uses <= max_uses)
);
create index ix_enrollment_code_tenant on enrollment_code (tenant_id, created_at);

create table enrollment_code_tag (
    code_id   uuid         not null,
    tag_key   varchar(40)  not null,
    tag_value varchar(100) not null,
    constraint pk_enrollment_code_tag primary key (code_id, tag_key),
    constraint fk_enrollment_code_tag_code foreign key (code_id) references enrollment_code (id) on delete cascade
);

create table provisioning_key (
    id           uuid         not null primary key,
    tenant_id    uuid         not null,
    name         varchar(120) not null,
    key_prefix   varchar(16)  not null,
    key_digest   varchar(64)  not null,
    -- a key's uses are the devices enrolled with it; max_uses is its device limit
    max_uses     integer      not null,
    uses         integer      not null,
    expires_at   timestamp(6) with time zone not null,
    revoked_at   timestamp(6) with time zone,
    device_type  varchar(40),
    group_name   varchar(80),
    created_by   varchar(320) not null,
    created_at   timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone,
    constraint uk_provisioning_key_digest unique (key_digest),
    constraint fk_provisioning_key_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint ck_provisioning_key_uses check (uses >= 0 and uses <= max_uses)
);
create index ix_provisioning_key_tenant on provisioning_key (tenant_id, created_at);

-- which device enrolled with which code or key; kept when the device is deleted (the key is a snapshot)
create table enrollment_record (
    id             uuid         not null primary key,
    tenant_id      uuid         not null,
    grant_id       uuid         not null,
    device_id      uuid         not null,
    device_key     varchar(128) not null,
    replaced       boolean      not null,
    client_address varchar(64),
    enrolled_at    timestamp(6) with time zone not null,
    constraint fk_enrollment_record_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
create index ix_enrollment_record_grant on enrollment_record (grant_id, enrolled_at);

-- a device's (or any other target's) history on its detail page
create index ix_audit_entry_target on audit_entry (tenant_id, target_type, target_id, occurred_at);
