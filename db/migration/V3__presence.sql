-- Presence: each device's state (never seen, online, offline, stale) with the deadlines the sweep
-- compares against, its last heartbeat's values, and the history of every transition.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

alter table tenant add column clock_skew_threshold_s integer default 30 not null;

create table device_presence (
    device_id         uuid          not null primary key,
    tenant_id         uuid          not null,
    state             varchar(16)   not null,
    state_since       timestamp(6) with time zone not null,
    last_seen_at      timestamp(6) with time zone,
    -- when the device counts as offline, and then as stale, if nothing is heard before
    offline_at        timestamp(6) with time zone,
    stale_at          timestamp(6) with time zone,
    interval_s        integer,
    clock_skew_ms     bigint,
    skew_flagged      boolean       not null,
    uptime_s          bigint,
    battery_percent   integer,
    rssi_dbm          integer,
    wifi_bssid        varchar(17),
    metrics           varchar(2000),
    note              varchar(200),
    version           bigint        not null,
    constraint fk_device_presence_device foreign key (device_id) references device (id) on delete cascade,
    constraint ck_device_presence_state check (state in ('NEVER_SEEN', 'ONLINE', 'OFFLINE', 'STALE'))
);
create index ix_device_presence_offline on device_presence (state, offline_at);
create index ix_device_presence_stale on device_presence (state, stale_at);
create index ix_device_presence_tenant on device_presence (tenant_id, state);

insert into device_presence (device_id, tenant_id, state, state_since, skew_flagged, version)
select id, tenant_id, 'NEVER_SEEN', created_at, false, 0 from device;

create table presence_transition (
    id          uuid         not null primary key,
    tenant_id   uuid         not null,
    device_id   uuid         not null,
    from_state  varchar(16)  not null,
    to_state    varchar(16)  not null,
    reason      varchar(16)  not null,
    occurred_at timestamp(6) with time zone not null,
    constraint fk_presence_transition_device foreign key (device_id) references device (id) on delete cascade,
    constraint ck_presence_transition_reason check (reason in ('HEARTBEAT', 'TIMEOUT', 'REVOKED', 'RESET', 'MANUAL'))
);
create index ix_presence_transition_device on presence_transition (device_id, occurred_at);
create index ix_presence_transition_tenant on presence_transition (tenant_id, occurred_at);
