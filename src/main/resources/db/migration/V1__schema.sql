-- Accord schema. One script for H2 (MODE=PostgreSQL) and PostgreSQL: keep to the SQL both speak.
-- Every table carries id, version (optimistic locking), created_at and updated_at. Ids come from
-- one sequence, so an id is unique across tables and a citation can point at any fact by id.
-- Links between records are plain id columns with foreign keys; the application never relies on
-- lazy JPA associations. Column names avoid words H2 reserves (value, key).

create sequence accord_id_seq start with 1 increment by 50;

create table source (
    id               bigint primary key,
    version          integer not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    dossier_key      varchar(120) not null,
    publisher        varchar(1000) not null,
    title            varchar(1000) not null,
    url              varchar(2000),
    published_edtf   varchar(40),
    published_earliest date,
    published_latest date,
    language         varchar(35),
    constraint source_key_uq unique (dossier_key),
    constraint source_url_uq unique (url)
);
create index source_published_idx on source (published_earliest, published_latest);

create table process (
    id          bigint primary key,
    version     integer not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    dossier_key varchar(120),
    name        varchar(1000) not null,
    description varchar(20000),
    constraint process_key_uq unique (dossier_key)
);
create index process_name_idx on process (name);

create table actor (
    id              bigint primary key,
    version         integer not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    dossier_key     varchar(120),
    kind            varchar(40) not null,
    name            varchar(1000) not null,
    normalized_name varchar(1000) not null,
    country_code    varchar(3),
    description     varchar(20000),
    constraint actor_key_uq unique (dossier_key)
);
create index actor_kind_idx on actor (kind);
create index actor_name_idx on actor (name);
create index actor_normalized_name_idx on actor (normalized_name);
create index actor_country_idx on actor (country_code);

create table actor_name (
    id               bigint primary key,
    version          integer not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    actor_id         bigint not null references actor (id) on delete cascade,
    name             varchar(1000) not null,
    normalized_name  varchar(1000) not null,
    kind             varchar(40) not null,
    language         varchar(35),
    constraint actor_name_uq unique (actor_id, name, kind)
);
create index actor_name_actor_idx on actor_name (actor_id);
create index actor_name_normalized_idx on actor_name (normalized_name);

create table external_id (
    id         bigint primary key,
    version    integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    actor_id   bigint not null references actor (id) on delete cascade,
    scheme     varchar(32) not null,
    identifier varchar(200) not null,
    constraint external_id_uq unique (scheme, identifier)
);
create index external_id_actor_idx on external_id (actor_id);

create table affiliation (
    id              bigint primary key,
    version         integer not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    dossier_key     varchar(120),
    actor_id        bigint not null references actor (id),
    organization_id bigint not null references actor (id),
    position        varchar(1000) not null,
    start_edtf      varchar(40),
    start_earliest  date,
    start_latest    date,
    end_edtf        varchar(40),
    end_earliest    date,
    end_latest      date,
    constraint affiliation_key_uq unique (dossier_key)
);
create index affiliation_actor_idx on affiliation (actor_id);
create index affiliation_organization_idx on affiliation (organization_id);

create table place (
    id           bigint primary key,
    version      integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    dossier_key  varchar(120),
    name         varchar(1000) not null,
    kind         varchar(40) not null,
    country_code varchar(3),
    within_id    bigint references place (id),
    latitude     double precision,
    longitude    double precision,
    constraint place_key_uq unique (dossier_key)
);
create index place_within_idx on place (within_id);
create index place_name_idx on place (name);

create table event (
    id                  bigint primary key,
    version             integer not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    dossier_key         varchar(120),
    kind                varchar(40) not null,
    status              varchar(40) not null,
    title               varchar(1000) not null,
    summary             varchar(20000),
    start_edtf          varchar(40) not null,
    start_earliest      date not null,
    start_latest        date not null,
    end_edtf            varchar(40),
    end_earliest        date,
    end_latest          date,
    place_id            bigint references place (id),
    process_id          bigint references process (id),
    part_of_id          bigint references event (id),
    magnitude_amount    double precision,
    magnitude_unit      varchar(1000),
    magnitude_qualifier varchar(20),
    cameo_code          varchar(4),
    plover_category     varchar(40),
    plover_mode         varchar(40),
    constraint event_key_uq unique (dossier_key)
);
create index event_kind_idx on event (kind);
create index event_status_idx on event (status);
create index event_start_idx on event (start_earliest, id);
create index event_range_idx on event (start_earliest, start_latest);
create index event_place_idx on event (place_id);
create index event_process_idx on event (process_id);
create index event_part_of_idx on event (part_of_id);

create table event_relation (
    id            bigint primary key,
    version       integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    kind          varchar(20) not null,
    from_event_id bigint not null references event (id) on delete cascade,
    to_event_id   bigint not null references event (id) on delete cascade,
    constraint event_relation_uq unique (from_event_id, kind, to_event_id)
);
create index event_relation_to_idx on event_relation (to_event_id);

create table participation (
    id         bigint primary key,
    version    integer not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    event_id   bigint not null references event (id) on delete cascade,
    actor_id   bigint not null references actor (id),
    role       varchar(20) not null,
    attendance varchar(20) not null,
    constraint participation_uq unique (event_id, actor_id, role)
);
create index participation_actor_role_idx on participation (actor_id, role);

create table statement (
    id             bigint primary key,
    version        integer not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    dossier_key    varchar(120),
    kind           varchar(40) not null,
    summary        varchar(20000),
    date_edtf      varchar(40) not null,
    date_earliest  date not null,
    date_latest    date not null,
    event_id       bigint references event (id),
    responds_to_id bigint references statement (id),
    process_id     bigint references process (id),
    constraint statement_key_uq unique (dossier_key)
);
create index statement_kind_idx on statement (kind);
create index statement_date_idx on statement (date_earliest, id);
create index statement_event_idx on statement (event_id);
create index statement_responds_to_idx on statement (responds_to_id);
create index statement_process_idx on statement (process_id);

create table statement_author (
    id           bigint primary key,
    version      integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    statement_id bigint not null references statement (id) on delete cascade,
    actor_id     bigint not null references actor (id),
    constraint statement_author_uq unique (statement_id, actor_id)
);
create index statement_author_actor_idx on statement_author (actor_id);

create table quote (
    id           bigint primary key,
    version      integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    statement_id bigint not null references statement (id) on delete cascade,
    text         varchar(20000) not null,
    speaker_id   bigint references actor (id)
);
create index quote_statement_idx on quote (statement_id);
create index quote_speaker_idx on quote (speaker_id);

create table commitment (
    id                  bigint primary key,
    version             integer not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    dossier_key         varchar(120),
    kind                varchar(40) not null,
    description         varchar(20000) not null,
    status              varchar(40) not null,
    quantity_amount     double precision,
    quantity_unit       varchar(1000),
    quantity_qualifier  varchar(20),
    deadline_edtf       varchar(40),
    deadline_earliest   date,
    deadline_latest     date,
    made_at_event_id    bigint references event (id),
    statement_id        bigint references statement (id),
    process_id          bigint references process (id),
    constraint commitment_key_uq unique (dossier_key)
);
create index commitment_kind_idx on commitment (kind);
create index commitment_status_idx on commitment (status);
create index commitment_deadline_idx on commitment (deadline_latest);
create index commitment_made_at_idx on commitment (made_at_event_id);
create index commitment_statement_idx on commitment (statement_id);
create index commitment_process_idx on commitment (process_id);

create table commitment_party (
    id            bigint primary key,
    version       integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    commitment_id bigint not null references commitment (id) on delete cascade,
    actor_id      bigint not null references actor (id),
    side          varchar(20) not null,
    constraint commitment_party_uq unique (commitment_id, side, actor_id)
);
create index commitment_party_actor_idx on commitment_party (actor_id, side);

create table reciprocity (
    id            bigint primary key,
    version       integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    commitment_id bigint not null references commitment (id) on delete cascade,
    other_id      bigint not null references commitment (id) on delete cascade,
    constraint reciprocity_uq unique (commitment_id, other_id),
    constraint reciprocity_ordered_ck check (commitment_id < other_id)
);
create index reciprocity_other_idx on reciprocity (other_id);

create table fulfilment (
    id            bigint primary key,
    version       integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    commitment_id bigint not null references commitment (id) on delete cascade,
    event_id      bigint not null references event (id),
    constraint fulfilment_uq unique (commitment_id, event_id)
);
create index fulfilment_event_idx on fulfilment (event_id);

create table commitment_status_change (
    id            bigint primary key,
    version       integer not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    commitment_id bigint not null references commitment (id) on delete cascade,
    status        varchar(40) not null,
    date_edtf     varchar(40) not null,
    date_earliest date not null,
    date_latest   date not null,
    note          varchar(20000)
);
create index status_change_commitment_idx on commitment_status_change (commitment_id, date_earliest);

-- A citation ties any fact (subject_id: ids are unique across tables) to a source.
create table citation (
    id           bigint primary key,
    version      integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    source_id    bigint not null references source (id),
    subject_type varchar(40) not null,
    subject_id   bigint not null,
    excerpt      varchar(20000),
    locator      varchar(1000)
);
create index citation_subject_idx on citation (subject_id);
create index citation_source_idx on citation (source_id);
