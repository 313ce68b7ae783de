-- account-security schema, version 1, for PostgreSQL 12 or later.
--
-- ${prefix} is the table prefix (Flyway placeholder syntax), for example as_.
-- Timestamps are timestamptz and keep microseconds. Identifiers compare in the "C" collation so
-- that paging by id follows code point order, whatever the database's default collation is.
-- Column sizes are in characters (code points), the unit PostgreSQL counts in.

CREATE TABLE ${prefix}users (
  id                       VARCHAR(64) COLLATE "C" NOT NULL,
  login_name               VARCHAR(254) NOT NULL,
  first_name               VARCHAR(400) NOT NULL,
  last_name                VARCHAR(400) NOT NULL,
  team_id                  VARCHAR(64),
  team_role                VARCHAR(16),
  password_hash            VARCHAR(1024) NOT NULL,
  pepper_key_id            VARCHAR(128),
  password_normalized      BOOLEAN NOT NULL,
  policy_version           INTEGER NOT NULL,
  password_changed_at      TIMESTAMPTZ NOT NULL,
  password_change_required BOOLEAN NOT NULL,
  totp_key_id              VARCHAR(128),
  totp_ciphertext          VARCHAR(1024),
  last_totp_step           BIGINT NOT NULL,
  pending_key_id           VARCHAR(128),
  pending_ciphertext       VARCHAR(1024),
  pending_expires_at       TIMESTAMPTZ,
  created_at               TIMESTAMPTZ NOT NULL,
  CONSTRAINT ${prefix}users_pkey PRIMARY KEY (id),
  CONSTRAINT ${prefix}users_login_name_key UNIQUE (login_name),
  CONSTRAINT ${prefix}users_team_check CHECK ((team_id IS NULL) = (team_role IS NULL)),
  CONSTRAINT ${prefix}users_totp_check CHECK ((totp_key_id IS NULL) = (totp_ciphertext IS NULL)),
  CONSTRAINT ${prefix}users_pending_check CHECK (
    (pending_key_id IS NULL) = (pending_ciphertext IS NULL)
    AND (pending_key_id IS NULL) = (pending_expires_at IS NULL))
);

-- Earlier passwords; a higher seq is a newer entry.
CREATE TABLE ${prefix}password_history (
  user_id                  VARCHAR(64) COLLATE "C" NOT NULL,
  seq                      INTEGER NOT NULL,
  password_hash            VARCHAR(1024) NOT NULL,
  pepper_key_id            VARCHAR(128),
  password_normalized      BOOLEAN NOT NULL,
  policy_version           INTEGER NOT NULL,
  password_changed_at      TIMESTAMPTZ NOT NULL,
  password_change_required BOOLEAN NOT NULL,
  CONSTRAINT ${prefix}password_history_pkey PRIMARY KEY (user_id, seq),
  CONSTRAINT ${prefix}password_history_user_fkey FOREIGN KEY (user_id)
    REFERENCES ${prefix}users (id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}recovery_codes (
  user_id                  VARCHAR(64) COLLATE "C" NOT NULL,
  slot                     INTEGER NOT NULL,
  code_hash                VARCHAR(512) NOT NULL,
  CONSTRAINT ${prefix}recovery_codes_pkey PRIMARY KEY (user_id, slot),
  CONSTRAINT ${prefix}recovery_codes_user_fkey FOREIGN KEY (user_id)
    REFERENCES ${prefix}users (id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}sessions (
  id                       VARCHAR(64) COLLATE "C" NOT NULL,
  token_hash               VARCHAR(64) NOT NULL,
  user_id                  VARCHAR(64) COLLATE "C" NOT NULL,
  created_at               TIMESTAMPTZ NOT NULL,
  last_seen_at             TIMESTAMPTZ NOT NULL,
  authenticated_at         TIMESTAMPTZ NOT NULL,
  two_factor_verified      BOOLEAN NOT NULL,
  ip_address               VARCHAR(100) NOT NULL,
  country_code             VARCHAR(8) NOT NULL,
  region                   VARCHAR(400) NOT NULL,
  city                     VARCHAR(400) NOT NULL,
  latitude                 DOUBLE PRECISION,
  longitude                DOUBLE PRECISION,
  address_kind             VARCHAR(32) NOT NULL,
  browser                  VARCHAR(512) NOT NULL,
  browser_version          VARCHAR(512) NOT NULL,
  os                       VARCHAR(512) NOT NULL,
  os_version               VARCHAR(512) NOT NULL,
  device_type              VARCHAR(16) NOT NULL,
  expires_at               TIMESTAMPTZ NOT NULL,
  CONSTRAINT ${prefix}sessions_pkey PRIMARY KEY (id),
  CONSTRAINT ${prefix}sessions_token_hash_key UNIQUE (token_hash)
);
CREATE INDEX ${prefix}sessions_user_idx ON ${prefix}sessions (user_id);

CREATE TABLE ${prefix}login_events (
  id                       VARCHAR(64) COLLATE "C" NOT NULL,
  user_id                  VARCHAR(64) COLLATE "C",
  occurred_at              TIMESTAMPTZ NOT NULL,
  outcome                  VARCHAR(32) NOT NULL,
  factor                   VARCHAR(32) NOT NULL,
  ip_address               VARCHAR(100) NOT NULL,
  country_code             VARCHAR(8) NOT NULL,
  region                   VARCHAR(400) NOT NULL,
  city                     VARCHAR(400) NOT NULL,
  latitude                 DOUBLE PRECISION,
  longitude                DOUBLE PRECISION,
  address_kind             VARCHAR(32) NOT NULL,
  browser                  VARCHAR(512) NOT NULL,
  browser_version          VARCHAR(512) NOT NULL,
  os                       VARCHAR(512) NOT NULL,
  os_version               VARCHAR(512) NOT NULL,
  device_type              VARCHAR(16) NOT NULL,
  session_id               VARCHAR(64) COLLATE "C",
  CONSTRAINT ${prefix}login_events_pkey PRIMARY KEY (id)
);
CREATE INDEX ${prefix}login_events_user_idx
  ON ${prefix}login_events (user_id, occurred_at DESC, id DESC);
CREATE INDEX ${prefix}login_events_time_idx ON ${prefix}login_events (occurred_at);

CREATE TABLE ${prefix}throttle (
  throttle_key             VARCHAR(200) NOT NULL,
  failures                 INTEGER NOT NULL,
  last_failure_at          TIMESTAMPTZ NOT NULL,
  CONSTRAINT ${prefix}throttle_pkey PRIMARY KEY (throttle_key)
);

-- sole is TRUE for a token issued to replace the user's others of its purpose, else NULL: the
-- unique key then allows one such token per user and purpose, and its index serves look-ups by
-- user and purpose.
CREATE TABLE ${prefix}one_time_tokens (
  token_hash               VARCHAR(64) NOT NULL,
  purpose                  VARCHAR(32) NOT NULL,
  user_id                  VARCHAR(64) COLLATE "C" NOT NULL,
  expires_at               TIMESTAMPTZ NOT NULL,
  attempts_left            INTEGER NOT NULL,
  sole                     BOOLEAN,
  CONSTRAINT ${prefix}one_time_tokens_pkey PRIMARY KEY (token_hash),
  CONSTRAINT ${prefix}one_time_tokens_sole_key UNIQUE (user_id, purpose, sole),
  CONSTRAINT ${prefix}one_time_tokens_attempts_check CHECK (attempts_left >= 0),
  CONSTRAINT ${prefix}one_time_tokens_sole_check CHECK (sole IS NULL OR sole = TRUE)
);
