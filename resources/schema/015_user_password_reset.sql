-- MotCua Desk schema, version 15: temporary passwords.
--
-- A password an administrator set for someone else (a reset, or a new account created with a
-- temporary password) is known to that administrator: the account must choose its own at the
-- next login before it can work (UserService::setPassword, LoginDialog).
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
