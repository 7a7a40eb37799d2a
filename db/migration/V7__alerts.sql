-- Alerts: what went wrong in a tenant's fleet, with its lifecycle (open, acknowledged, resolved),
-- its timeline, and the per-tenant and per-group settings of the rules on heartbeat values.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table alert (
    id                uuid          not null primary key,
    tenant_id         uuid          not null,
    device_id         uuid,
    device_name       varchar(100),
    device_group      varchar(100),
    type              varchar(40)   not null,
    source            varchar(16)   not null,
    severity          varchar(16)   not null,
    message           varchar(200)  not null,
    details           varchar(2000),
    status            varchar(16)   not null,
    -- "device id:type" while the alert is unresolved, null once resolved. H2 has no partial unique
    -- index; a unique constraint over a nullable column lets resolved alerts (null) pile up while
    -- two unresolved alerts of one device and type collide, on both databases.
    open_key          varchar(80),
    first_occurred_at timestamp(6) with time zone not null,
    last_occurred_at  timestamp(6) with time zone not null,
    occurrences       integer       not null,
    acknowledged_at   timestamp(6) with time zone,
    acknowledged_by   varchar(200),
    acknowledge_note  varchar(1000),
    resolved_at       timestamp(6) with time zone,
    resolved_by       varchar(200),
    resolve_note      varchar(1000),
    assignee_id       uuid,
    assignee_name     varchar(200),
    version           bigint        not null,
    constraint uk_alert_open_key unique (open_key),
    constraint fk_alert_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint fk_alert_device foreign key (device_id) references device (id) on delete cascade,
    constraint ck_alert_status check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    constraint ck_alert_severity check (severity in ('CRITICAL', 'MAJOR', 'MINOR', 'WARNING', 'INFO')),
    constraint ck_alert_source check (source in ('PRESENCE', 'RULE', 'DEVICE', 'MANUAL'))
);
-- the inbox: a tenant's alerts newest first, filtered by status
create index ix_alert_tenant_last on alert (tenant_id, last_occurred_at, id);
create index ix_alert_tenant_status on alert (tenant_id, status, severity);
create index ix_alert_device on alert (device_id, type);
-- retention purges resolved alerts by age across tenants
create index ix_alert_resolved on alert (status, resolved_at);

create table alert_entry (
    id          uuid          not null primary key,
    tenant_id   uuid          not null,
    alert_id    uuid          not null,
    at          timestamp(6) with time zone not null,
    kind        varchar(16)   not null,
    actor       varchar(200)  not null,
    note        varchar(1000),
    -- the presence transition that caused this entry: a redelivered event finds it and changes nothing
    source_ref  uuid,
    constraint uk_alert_entry_source unique (source_ref),
    constraint fk_alert_entry_alert foreign key (alert_id) references alert (id) on delete cascade,
    constraint ck_alert_entry_kind check (kind in ('OPENED', 'REPEATED', 'REOPENED', 'ACKNOWLEDGED', 'RESOLVED',
                                                   'ASSIGNED', 'NOTE'))
);
create index ix_alert_entry_alert on alert_entry (alert_id, at);

-- Rule settings of a tenant (group_key '') and overrides for one device group (group_key the
-- group's name in lower case). A null threshold or switch in an override means "as the tenant's".
create table alert_rule_settings (
    id                    uuid          not null primary key,
    tenant_id             uuid          not null,
    group_key             varchar(100)  not null,
    group_name            varchar(100),
    battery_enabled       boolean,
    battery_below_percent integer,
    signal_enabled        boolean,
    signal_below_dbm      integer,
    access_point_enabled  boolean,
    allowed_bssids        varchar(2000),
    clock_skew_enabled    boolean,
    clock_skew_above_s    integer,
    version               bigint        not null,
    constraint uk_alert_rule_settings unique (tenant_id, group_key),
    constraint fk_alert_rule_settings_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
