#!/bin/sh
# Runs once, when the db volume is first created (the postgres image's /docker-entrypoint-initdb.d).
# POSTGRES_USER (peerpath) owns the database and runs the migrations; the app serves requests as
# peerpath_app, which owns nothing: `node api/migrate.js` grants it what it needs after every
# migration run. See README, Security and Deploying with Docker.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set app_password="$POSTGRES_APP_PASSWORD" --set db="$POSTGRES_DB" <<'SQL'
CREATE ROLE peerpath_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO peerpath_app;
SQL
