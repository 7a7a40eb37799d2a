-- When the server recorded each presence transition, next to when it occurred: a timeout occurs at
-- the device's deadline and is recorded by the first sweep after it, so the difference is the
-- detection delay. Rows from before this migration have none.
alter table presence_transition add column recorded_at timestamp(6) with time zone;
