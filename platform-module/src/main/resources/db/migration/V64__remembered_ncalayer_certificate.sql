-- The certificate of each clerk's last successful certification through NCALayer, so that the next one can start
-- without asking NCALayer for the key (one PIN/password dialog fewer per copy). Only the certificate is kept — the
-- bytes every copy the clerk signs embeds anyway — never a key or a password. The next successful NCALayer
-- certification replaces it; it is dropped once it no longer passes the certificate checks, and with the account.
CREATE TABLE remembered_certificate (
    username       varchar(100) PRIMARY KEY REFERENCES app_user (username) ON DELETE CASCADE,
    certificate    bytea        NOT NULL,
    remembered_at  timestamptz  NOT NULL
);
