-- 0002: settings of the installation that travel with the database file.
--
-- One row per setting, the value as text; the store knows each key, its
-- default and its rule, so a missing row means "the default". The first
-- setting is backup_keep: how many automatic backups are kept.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
