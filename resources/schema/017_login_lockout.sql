-- MotCua Desk schema, version 17: login throttling and lockout.
--
-- Each wrong password for an existing account is counted: after one, the next attempt waits a
-- delay that doubles with every failure; the fifth locks the account until an administrator
-- unlocks it or security.lockoutMinutes pass (UserService::login, LoginThrottle). A successful
-- login or an unlock clears the three columns.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at INTEGER;
ALTER TABLE users ADD COLUMN locked_at INTEGER;
