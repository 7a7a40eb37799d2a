-- Fleet presence over time: how many of a tenant's devices were in each presence at each sample
-- time (a bucket of muster.presence.sample-seconds). Written by a timer on every node; the unique key
-- makes a bucket count once however many nodes or overlapping timers sample it. Samples older than
-- 35 days are purged in batches.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create table fleet_presence_sample (
    id          uuid     not null primary key,
    tenant_id   uuid     not null,
    sampled_at  timestamp(6) with time zone not null,
    online      integer  not null,
    offline     integer  not null,
    stale       integer  not null,
    never_seen  integer  not null,
    constraint uk_fleet_presence_sample unique (tenant_id, sampled_at),
    constraint fk_fleet_presence_sample_tenant foreign key (tenant_id) references tenant (id) on delete cascade
);
-- the purge and "which tenants has this bucket already" look by time across tenants
create index ix_fleet_presence_sample_time on fleet_presence_sample (sampled_at);
