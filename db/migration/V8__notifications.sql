-- Notification channels and the delivery of notifications to them. A channel belongs to a tenant
-- and subscribes to severities, alert types, device groups and alert changes (empty = all); an
-- escalation channel hears only reminders and escalations of alerts left unacknowledged. Its
-- secrets (a Slack webhook URL, a webhook's HMAC key) are stored sealed with AES-GCM under a key
-- derived from the server key (see docs/security.md), never in clear.
-- A delivery is one notification to one channel; its id is the idempotency key receivers see. Every
-- attempt is a row of its own. Deliveries that exhausted their attempts are DEAD: the dead letters.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table notification_channel (
    id             uuid          not null primary key,
    tenant_id      uuid          not null,
    name           varchar(100)  not null,
    name_key       varchar(100)  not null,
    kind           varchar(16)   not null,
    enabled        boolean       not null,
    recipients     varchar(2000),
    target_url     varchar(2000),
    sealed_target  varchar(4000),
    target_hint    varchar(200),
    sealed_secret  varchar(400),
    secret_hint    varchar(16),
    severities     varchar(100)  not null,
    alert_types    varchar(1000) not null,
    device_groups  varchar(2000) not null,
    alert_changes  varchar(100)  not null,
    escalation     boolean       not null,
    created_by     varchar(200)  not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint        not null,
    constraint uk_notification_channel_name unique (tenant_id, name_key),
    constraint fk_notification_channel_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint ck_notification_channel_kind check (kind in ('EMAIL', 'SLACK', 'WEBHOOK'))
);

create table notification_delivery (
    id            uuid          not null primary key,
    tenant_id     uuid          not null,
    channel_id    uuid          not null,
    alert_id      uuid,
    event         varchar(16)   not null,
    severity      varchar(16),
    alert_type    varchar(60),
    subject       varchar(300)  not null,
    text_body     varchar(8000) not null,
    payload       varchar(8000) not null,
    status        varchar(16)   not null,
    attempts      integer       not null,
    next_try_at   timestamp(6) with time zone,
    last_error    varchar(500),
    created_at    timestamp(6) with time zone not null,
    delivered_at  timestamp(6) with time zone,
    version       bigint        not null,
    constraint fk_notification_delivery_tenant foreign key (tenant_id) references tenant (id) on delete cascade,
    constraint fk_notification_delivery_channel foreign key (channel_id) references notification_channel (id) on delete cascade,
    constraint ck_notification_delivery_status check (status in ('QUEUED', 'WAITING', 'DELIVERED', 'DEAD'))
);
create index ix_notification_delivery_list on notification_delivery (tenant_id, created_at, id);
create index ix_notification_delivery_channel on notification_delivery (channel_id, created_at);
-- the retry sweep looks for due WAITING rows, and QUEUED ones past their rescue time, across tenants
create index ix_notification_delivery_due on notification_delivery (status, next_try_at);

create table notification_attempt (
    id            uuid          not null primary key,
    tenant_id     uuid          not null,
    delivery_id   uuid          not null,
    channel_id    uuid          not null,
    alert_id      uuid,
    attempt       integer       not null,
    attempted_at  timestamp(6) with time zone not null,
    outcome       varchar(16)   not null,
    error         varchar(500),
    next_try_at   timestamp(6) with time zone,
    millis        bigint        not null,
    constraint fk_notification_attempt_delivery foreign key (delivery_id) references notification_delivery (id) on delete cascade,
    constraint ck_notification_attempt_outcome check (outcome in ('DELIVERED', 'FAILED'))
);
create index ix_notification_attempt_delivery on notification_attempt (delivery_id, attempt);

-- Notices that reached at least one channel, kept for one storm window to count them: when a
-- tenant gets more than the threshold of one alert type and change within the window, the rest are
-- held and sent as one digest per channel. Insert-only while counting (no row is shared between
-- concurrent alert transactions), so counting never makes an alert change fail.
create table notification_notice (
    id           uuid          not null primary key,
    tenant_id    uuid          not null,
    alert_id     uuid          not null,
    alert_type   varchar(60)   not null,
    alert_change varchar(16)   not null,
    severity     varchar(16)   not null,
    device_name  varchar(100),
    group_name   varchar(80),
    noticed_at   timestamp(6) with time zone not null,
    held         boolean       not null,
    version      bigint        not null,
    constraint fk_notification_notice_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
create index ix_notification_notice_count on notification_notice (tenant_id, alert_type, alert_change, noticed_at);
create index ix_notification_notice_held on notification_notice (held, noticed_at);

-- Unacknowledged alerts of the reminded severities: re-notified every few minutes and escalated to
-- the escalation channels once, until acknowledged or resolved (then the row goes).
create table notification_reminder (
    alert_id     uuid          not null primary key,
    tenant_id    uuid          not null,
    alert_type   varchar(60)   not null,
    severity     varchar(16)   not null,
    device_id    uuid,
    device_name  varchar(100),
    group_name   varchar(80),
    message      varchar(500)  not null,
    opened_at    timestamp(6) with time zone not null,
    next_at      timestamp(6) with time zone not null,
    reminders    integer       not null,
    escalated    boolean       not null,
    version      bigint        not null,
    constraint fk_notification_reminder_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
create index ix_notification_reminder_due on notification_reminder (next_at);
