-- roles.sql: PostgreSQL roles for one Bouncedesk database shared by bouncedesk-listener and consoles.
--
-- Run it as the database owner (the role that ran the migrations, e.g. `bouncedesk-cli db migrate`)
-- after every upgrade, since new tables need their grants too; it is safe to run again:
--   psql "postgresql://owner@db.example/bouncedesk" -v ON_ERROR_STOP=1 -f roles.sql
-- The roles are groups (NOLOGIN); give each person or service a login role of its own, e.g.
--   CREATE ROLE listener_prod LOGIN PASSWORD '...' IN ROLE bouncedesk_listener, bouncedesk_maintenance;
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE bouncedesk_reviewer;
--   CREATE ROLE bob LOGIN PASSWORD '...' IN ROLE bouncedesk_viewer;
-- Only the owner migrates the schema and changes which topics are trusted (trusted_topics).
--
--   bouncedesk_listener     the ingest path: stores SNS messages and the events in them, applies the
--                           suppression policy (adds suppressions, never removes them), keeps the hourly
--                           rollups, subscriptions and certificates.
--   bouncedesk_maintenance  `bouncedesk-cli maintain` (the weekly bouncedesk-report timer, which reads the
--                           listener's environment file): prunes old messages and events, writes audit_log
--                           (so, with the listener's INSERT on suppressions, it could add one by hand).
--   bouncedesk_reviewer     a console user: reads everything, marks complaints reviewed, adds, removes and
--                           annotates suppressions, resets bounce status; every change goes to audit_log.
--   bouncedesk_viewer       a console user who only reads.

SET client_min_messages = warning;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['bouncedesk_listener', 'bouncedesk_maintenance', 'bouncedesk_reviewer',
                             'bouncedesk_viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END
$$;

-- Start from nothing, so that running this again after a change takes privileges away too.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer,
    bouncedesk_viewer;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer,
    bouncedesk_viewer;
REVOKE CREATE ON SCHEMA public FROM bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer,
    bouncedesk_viewer;
GRANT USAGE ON SCHEMA public TO bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer, bouncedesk_viewer;

-- Everyone reads everything (the console's views, /healthz, the reports; the schema version on opening).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer,
    bouncedesk_viewer;

-- The ingest path (model/ingest/IngestWriter.cpp, model/policy/AddressPolicy.cpp, model/store/*Repository.cpp).
-- Inserts only into the message and event tables; suppressions only gain rows (ON CONFLICT DO NOTHING),
-- so there is no UPDATE or DELETE on them. address_state is read FOR UPDATE and upserted.
GRANT INSERT ON sns_messages, bounces, complaints, deliveries, sends, delivery_delays, other_events,
    feedback_facets, address_state_changes, suppressions TO bouncedesk_listener;
GRANT INSERT, UPDATE ON address_state, rate_hourly, subscriptions, certificates TO bouncedesk_listener;

-- Maintenance: what the listener does (it re-checks soft-bounce streaks), plus pruning old rows; rows of
-- the event tables go with their message (ON DELETE CASCADE, which runs as the table owner).
GRANT bouncedesk_listener TO bouncedesk_maintenance;
GRANT DELETE ON sns_messages, bounces, deliveries, sends, delivery_delays, other_events,
    address_state_changes TO bouncedesk_maintenance;
GRANT INSERT ON audit_log TO bouncedesk_maintenance;

-- Reviewers: the console's changes, as Database::checkMay checks them (model/store/Database.cpp):
-- ReviewComplaints, AddSuppressions, ChangeSuppressions (removal is an UPDATE that sets active = 0) and
-- ResetBounceStatus. Not TrustTopics: no INSERT or DELETE on trusted_topics.
GRANT UPDATE ON complaints TO bouncedesk_reviewer;
GRANT INSERT, UPDATE ON suppressions TO bouncedesk_reviewer;
GRANT UPDATE ON address_state TO bouncedesk_reviewer;
GRANT INSERT ON address_state_changes, audit_log TO bouncedesk_reviewer;

-- Identity columns draw from their own sequences without a grant; USAGE is given anyway for the roles
-- that insert, so a column created as serial by hand keeps working.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO bouncedesk_listener, bouncedesk_maintenance, bouncedesk_reviewer;

-- Tables a later migration creates are readable at once; their write grants come from running this again.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO bouncedesk_listener, bouncedesk_maintenance,
    bouncedesk_reviewer, bouncedesk_viewer;
