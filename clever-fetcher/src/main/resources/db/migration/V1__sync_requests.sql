-- Every sync command the fetcher received, once: re-delivered commands are recognised by their id.
create table sync_request (
    command_id   varchar(64)  primary key,
    district_id  varchar(64),
    trigger      varchar(16)  not null,
    mode         varchar(16)  not null,
    requested_by varchar(255) not null,
    requested_at timestamptz  not null,
    received_at  timestamptz  not null
);

create index sync_request_district_idx on sync_request (district_id, received_at);
