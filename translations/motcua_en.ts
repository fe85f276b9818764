<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>motcua</name>
    <message>
        <source>Usage: motcuactl calendar SUBCOMMAND [options]

Subcommands:
  due        the appointment date of a dossier received at a given time
  holidays   the holidays, compensatory days off and working weekend days of a year

motcuactl calendar SUBCOMMAND --help shows the options of each.
</source>
        <translation>Usage: motcuactl calendar SUBCOMMAND [options]

Subcommands:
  due        the appointment date of a dossier received at a given time
  holidays   the holidays, compensatory days off and working weekend days of a year

motcuactl calendar SUBCOMMAND --help shows the options of each.
</translation>
    </message>
    <message>
        <source>Invalid time &apos;%1&apos;: use ISO 8601, e.g. 2026-02-13T15:00 (Vietnam time) or 2026-02-13T08:00Z.</source>
        <translation>Invalid time &apos;%1&apos;: use ISO 8601, e.g. 2026-02-13T15:00 (Vietnam time) or 2026-02-13T08:00Z.</translation>
    </message>
    <message>
        <source>The appointment date of a dossier received at --received, from a procedure&apos;s statutory time or from a time given directly. Give exactly one of --procedure, --working-days, --working-hours, --calendar-days. The answer is Vietnam time with its offset.</source>
        <translation>The appointment date of a dossier received at --received, from a procedure&apos;s statutory time or from a time given directly. Give exactly one of --procedure, --working-days, --working-hours, --calendar-days. The answer is Vietnam time with its offset.</translation>
    </message>
    <message>
        <source>Procedure code from the catalogue.</source>
        <translation>Procedure code from the catalogue.</translation>
    </message>
    <message>
        <source>With --procedure: counter (default), online or postal.</source>
        <translation>With --procedure: counter (default), online or postal.</translation>
    </message>
    <message>
        <source>Number of working days.</source>
        <translation>Number of working days.</translation>
    </message>
    <message>
        <source>Number of working hours.</source>
        <translation>Number of working hours.</translation>
    </message>
    <message>
        <source>Number of calendar days.</source>
        <translation>Number of calendar days.</translation>
    </message>
    <message>
        <source>When the dossier was received, ISO 8601; without an offset it is Vietnam time (+07:00).</source>
        <translation>When the dossier was received, ISO 8601; without an offset it is Vietnam time (+07:00).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>give exactly one of --procedure, --working-days, --working-hours, --calendar-days.</source>
        <translation>give exactly one of --procedure, --working-days, --working-hours, --calendar-days.</translation>
    </message>
    <message>
        <source>--channel needs --procedure.</source>
        <translation>--channel needs --procedure.</translation>
    </message>
    <message>
        <source>--received is required.</source>
        <translation>--received is required.</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;: counter, online or postal.</source>
        <translation>unknown channel &apos;%1&apos;: counter, online or postal.</translation>
    </message>
    <message>
        <source>Procedure %1 cannot be submitted %2.</source>
        <translation>Procedure %1 cannot be submitted %2.</translation>
    </message>
    <message>
        <source>Invalid --%1 &apos;%2&apos;: a number above 0.</source>
        <translation>Invalid --%1 &apos;%2&apos;: a number above 0.</translation>
    </message>
    <message>
        <source>No appointment could be computed for this time.</source>
        <translation>No appointment could be computed for this time.</translation>
    </message>
    <message>
        <source>Appointment: %1
Rule: %2</source>
        <translation>Appointment: %1
Rule: %2</translation>
    </message>
    <message>
        <source>The dated rows of a year&apos;s work calendar: holidays, compensatory days off, weekend working days. A year with no confirmed rows shows the proposal computed from the lunar calendar.</source>
        <translation>The dated rows of a year&apos;s work calendar: holidays, compensatory days off, weekend working days. A year with no confirmed rows shows the proposal computed from the lunar calendar.</translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation>The year, e.g. 2026.</translation>
    </message>
    <message>
        <source>give one YEAR.</source>
        <translation>give one YEAR.</translation>
    </message>
    <message>
        <source>Invalid year &apos;%1&apos;.</source>
        <translation>Invalid year &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: confirmed calendar</source>
        <translation>%1: confirmed calendar</translation>
    </message>
    <message>
        <source>%1: PROPOSED from the lunar calendar, not confirmed by an administrator</source>
        <translation>%1: PROPOSED from the lunar calendar, not confirmed by an administrator</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: motcuactl catalogue SUBCOMMAND [options]

Subcommands:
  list [--department CODE]   the procedures in force today

motcuactl catalogue list --help shows its options.
To import a catalogue file: motcuactl import-catalogue FILE --user NAME
</source>
        <translation>Usage: motcuactl catalogue SUBCOMMAND [options]

Subcommands:
  list [--department CODE]   the procedures in force today

motcuactl catalogue list --help shows its options.
To import a catalogue file: motcuactl import-catalogue FILE --user NAME
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Imports a procedure catalogue in the national catalogue&apos;s JSON shape (administrators only). The file is checked whole first: any error refuses it and leaves the database unchanged.</source>
        <translation>Imports a procedure catalogue in the national catalogue&apos;s JSON shape (administrators only). The file is checked whole first: any error refuses it and leaves the database unchanged.</translation>
    </message>
    <message>
        <source>The catalogue as JSON.</source>
        <translation>The catalogue as JSON.</translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation>give one FILE.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>Catalogue imported, in force from %1: %2 departments (%3 new), %4 procedures (%5 new, %6 replaced).</source>
        <translation>Catalogue imported, in force from %1: %2 departments (%3 new), %4 procedures (%5 new, %6 replaced).</translation>
    </message>
    <message>
        <source>Lists the procedures in force today: code, name, department, time at the counter, fees.</source>
        <translation>Lists the procedures in force today: code, name, department, time at the counter, fees.</translation>
    </message>
    <message>
        <source>Only this department&apos;s procedures.</source>
        <translation>Only this department&apos;s procedures.</translation>
    </message>
    <message>
        <source>catalogue list takes no arguments.</source>
        <translation>catalogue list takes no arguments.</translation>
    </message>
    <message>
        <source>not at the counter</source>
        <translation>not at the counter</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTMENT</translation>
    </message>
    <message>
        <source>COUNTER TIME</source>
        <translation>COUNTER TIME</translation>
    </message>
    <message>
        <source>FEES</source>
        <translation>FEES</translation>
    </message>
    <message>
        <source>The database file (default: %1). A new file gets the demo center.</source>
        <translation>The database file (default: %1). A new file gets the demo center.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Machine-readable JSON output.</translation>
    </message>
    <message>
        <source>Act as this user; the password comes from MOTCUA_PASSWORD or is asked on the terminal.</source>
        <translation>Act as this user; the password comes from MOTCUA_PASSWORD or is asked on the terminal.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Usage: motcuactl %1 [options]</source>
        <translation>Usage: motcuactl %1 [options]</translation>
    </message>
    <message>
        <source>Without MOTCUA_PASSWORD and without a terminal the password cannot be asked: exit code 2.
</source>
        <translation>Without MOTCUA_PASSWORD and without a terminal the password cannot be asked: exit code 2.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad input, 3 refused.
</source>
        <translation>Exit codes: 0 success, 1 failure, 2 bad input, 3 refused.
</translation>
    </message>
    <message>
        <source>This command changes data: give the user with --user NAME.</source>
        <translation>This command changes data: give the user with --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password: set %1 or run the command on a terminal.</source>
        <translation>No password: set %1 or run the command on a terminal.</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>No password was entered.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Try &apos;motcuactl %1 --help&apos;.
</source>
        <translation>Try &apos;motcuactl %1 --help&apos;.
</translation>
    </message>
    <message>
        <source>missing subcommand: %1.</source>
        <translation>missing subcommand: %1.</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: %2.</source>
        <translation>unknown subcommand &apos;%1&apos;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1 is not valid JSON (at byte %2): %3</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation>%1 must hold one JSON object.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source> — missing</source>
        <translation> — missing</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Receives a dossier described by a JSON file (the shape of `dossier show --json`): mints its code, computes the appointment and stores it. Prints the code and the appointment.</source>
        <translation>Receives a dossier described by a JSON file (the shape of `dossier show --json`): mints its code, computes the appointment and stores it. Prints the code and the appointment.</translation>
    </message>
    <message>
        <source>The dossier as JSON.</source>
        <translation>The dossier as JSON.</translation>
    </message>
    <message>
        <source>Dossier %1 received.
Appointment: %2
Rule: %3</source>
        <translation>Dossier %1 received.
Appointment: %2
Rule: %3</translation>
    </message>
    <message>
        <source>Prints a dossier: applicant, papers, fees, dates.</source>
        <translation>Prints a dossier: applicant, papers, fees, dates.</translation>
    </message>
    <message>
        <source>The dossier code, e.g. 000.00.00.H34-260213-0001.</source>
        <translation>The dossier code, e.g. 000.00.00.H34-260213-0001.</translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation>give one CODE.</translation>
    </message>
    <message>
        <source>Creates or migrates the database; a new database gets the demo center.
With --admin, creates the first administrator (password from MOTCUA_PASSWORD or asked twice).
When an administrator already exists, --admin changes nothing and succeeds.</source>
        <translation>Creates or migrates the database; a new database gets the demo center.
With --admin, creates the first administrator (password from MOTCUA_PASSWORD or asked twice).
When an administrator already exists, --admin changes nothing and succeeds.</translation>
    </message>
    <message>
        <source>Create the first administrator.</source>
        <translation>Create the first administrator.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>The administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init takes no arguments.</translation>
    </message>
    <message>
        <source>--name needs --admin.</source>
        <translation>--name needs --admin.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Database ready: %1</translation>
    </message>
    <message>
        <source>No administrator yet: run init --admin NAME.</source>
        <translation>No administrator yet: run init --admin NAME.</translation>
    </message>
    <message>
        <source>An administrator already exists; nothing to do.</source>
        <translation>An administrator already exists; nothing to do.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation>Password for the new administrator %1: </translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation>Administrator %1 created.</translation>
    </message>
    <message>
        <source>Finds dossiers by dossier code, ID number, phone number, or the applicant&apos;s name; diacritics are optional (&quot;dang van duc&quot; finds &quot;Đặng Văn Đức&quot;). Newest first.</source>
        <translation>Finds dossiers by dossier code, ID number, phone number, or the applicant&apos;s name; diacritics are optional (&quot;dang van duc&quot; finds &quot;Đặng Văn Đức&quot;). Newest first.</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>What to look for.</translation>
    </message>
    <message>
        <source>At most N dossiers (default 50).</source>
        <translation>At most N dossiers (default 50).</translation>
    </message>
    <message>
        <source>give the TEXT to look for.</source>
        <translation>give the TEXT to look for.</translation>
    </message>
    <message>
        <source>Invalid --limit &apos;%1&apos;: 1 to 10000.</source>
        <translation>Invalid --limit &apos;%1&apos;: 1 to 10000.</translation>
    </message>
    <message>
        <source>No dossier found.</source>
        <translation>No dossier found.</translation>
    </message>
    <message>
        <source>APPLICANT</source>
        <translation>APPLICANT</translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation>PROCEDURE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation>RECEIVED</translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation>APPOINTMENT</translation>
    </message>
    <message>
        <source>Adds a local account (administrators only). The new account&apos;s password comes from MOTCUA_NEW_PASSWORD or is asked twice on the terminal.</source>
        <translation>Adds a local account (administrators only). The new account&apos;s password comes from MOTCUA_NEW_PASSWORD or is asked twice on the terminal.</translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation>The new user name.</translation>
    </message>
    <message>
        <source>clerk, supervisor or admin.</source>
        <translation>clerk, supervisor or admin.</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>The user&apos;s full name.</translation>
    </message>
    <message>
        <source>give one USERNAME.</source>
        <translation>give one USERNAME.</translation>
    </message>
    <message>
        <source>--role is required: clerk, supervisor or admin.</source>
        <translation>--role is required: clerk, supervisor or admin.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: clerk, supervisor or admin.</source>
        <translation>unknown role &apos;%1&apos;: clerk, supervisor or admin.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is required.</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Password for the new user %1: </translation>
    </message>
    <message>
        <source>User %1 (%2) added.</source>
        <translation>User %1 (%2) added.</translation>
    </message>
    <message>
        <source>Lists the local accounts (supervisors and above).</source>
        <translation>Lists the local accounts (supervisors and above).</translation>
    </message>
    <message>
        <source>users list takes no arguments.</source>
        <translation>users list takes no arguments.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>FULL NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>LAST LOGIN</translation>
    </message>
    <message>
        <source>Create or migrate the database; --admin NAME creates the first administrator.</source>
        <translation>Create or migrate the database; --admin NAME creates the first administrator.</translation>
    </message>
    <message>
        <source>Import a procedure catalogue file (administrators).</source>
        <translation>Import a procedure catalogue file (administrators).</translation>
    </message>
    <message>
        <source>catalogue list [--department CODE]: the procedures.</source>
        <translation>catalogue list [--department CODE]: the procedures.</translation>
    </message>
    <message>
        <source>calendar due ...: an appointment date; calendar holidays YEAR.</source>
        <translation>calendar due ...: an appointment date; calendar holidays YEAR.</translation>
    </message>
    <message>
        <source>Find dossiers by code, ID number, phone or name.</source>
        <translation>Find dossiers by code, ID number, phone or name.</translation>
    </message>
    <message>
        <source>users add USERNAME --role ROLE --name NAME; users list.</source>
        <translation>users add USERNAME --role ROLE --name NAME; users list.</translation>
    </message>
    <message>
        <source>Usage: motcuactl [--db PATH] [--json] COMMAND [options]

The command-line client of MotCua Desk.

Commands:
</source>
        <translation>Usage: motcuactl [--db PATH] [--json] COMMAND [options]

The command-line client of MotCua Desk.

Commands:
</translation>
    </message>
    <message>
        <source>motcuactl: unknown command &apos;%1&apos;. Try &apos;motcuactl --help&apos;.
</source>
        <translation>motcuactl: unknown command &apos;%1&apos;. Try &apos;motcuactl --help&apos;.
</translation>
    </message>
    <message>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Transferred to department</source>
        <translation>Transferred to department</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Awaiting fees</source>
        <translation>Awaiting fees</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Processed, result ready</source>
        <translation>Processed, result ready</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>The dossier is closed (%1): no further step is possible.</source>
        <translation>The dossier is closed (%1): no further step is possible.</translation>
    </message>
    <message>
        <source>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A new dossier cannot start as &quot;%1&quot;.</source>
        <translation>A new dossier cannot start as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>State agency</source>
        <translation>State agency</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>compensatory day off</source>
        <translation>compensatory day off</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>%1 is not a working day, moved to %2</source>
        <translation>%1 is not a working day, moved to %2</translation>
    </message>
    <message>
        <source>received %1, at or after the procedure&apos;s %2 cutoff</source>
        <translation>received %1, at or after the procedure&apos;s %2 cutoff</translation>
    </message>
    <message>
        <source>received %1, outside working hours</source>
        <translation>received %1, outside working hours</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>%1 weekends</source>
        <translation>%1 weekends</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>counted swapped working days: %1</source>
        <translation>counted swapped working days: %1</translation>
    </message>
    <message>
        <source>The text is too long to fit in a QR code (%1 bytes).</source>
        <translation>The text is too long to fit in a QR code (%1 bytes).</translation>
    </message>
    <message>
        <source>Intake desk for one-stop service centers</source>
        <translation>Intake desk for one-stop service centers</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Database file to open.</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Save a picture of the main window and quit.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Interface language for this run: vi or en.</translation>
    </message>
    <message>
        <source>Page to open first (intake, catalogue, ...).</source>
        <translation>Page to open first (intake, catalogue, ...).</translation>
    </message>
    <message>
        <source>Log in as this user; the password is read from MOTCUA_PASSWORD.</source>
        <translation>Log in as this user; the password is read from MOTCUA_PASSWORD.</translation>
    </message>
    <message>
        <source>Log in as the demo administrator.</source>
        <translation>Log in as the demo administrator.</translation>
    </message>
    <message>
        <source>Print the start-up time.</source>
        <translation>Print the start-up time.</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Demo administrator</translation>
    </message>
    <message>
        <source>Cryptography failed while %1.</source>
        <translation>Cryptography failed while %1.</translation>
    </message>
    <message>
        <source>Cryptography failed while %1: %2</source>
        <translation>Cryptography failed while %1: %2</translation>
    </message>
    <message>
        <source>hashing a password</source>
        <translation>hashing a password</translation>
    </message>
    <message>
        <source>The stored password hash is invalid.</source>
        <translation>The stored password hash is invalid.</translation>
    </message>
    <message>
        <source>generating a random salt</source>
        <translation>generating a random salt</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow: %2.</source>
        <translation>Your role (%1) does not allow: %2.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</source>
        <translation>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</translation>
    </message>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation>
            <numerusform>The password must be at least %n character long.</numerusform>
            <numerusform>The password must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must be at most %n characters long.</source>
        <translation>
            <numerusform>The password must be at most %n character long.</numerusform>
            <numerusform>The password must be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation>Enter the user&apos;s full name.</translation>
    </message>
    <message numerus="yes">
        <source>The full name must be at most %n characters long.</source>
        <translation>
            <numerusform>The full name must be at most %n character long.</numerusform>
            <numerusform>The full name must be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>add user accounts</source>
        <translation>add user accounts</translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>view user accounts</source>
        <translation>view user accounts</translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation>change another user&apos;s password</translation>
    </message>
    <message>
        <source>enable or disable user accounts</source>
        <translation>enable or disable user accounts</translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation>The last active administrator cannot be disabled.</translation>
    </message>
    <message>
        <source>Only an administrator can confirm the holidays of a year.</source>
        <translation>Only an administrator can confirm the holidays of a year.</translation>
    </message>
    <message>
        <source>The year %1 is outside the supported years %2–%3.</source>
        <translation>The year %1 is outside the supported years %2–%3.</translation>
    </message>
    <message>
        <source>The holidays of %1 are empty; a year always has public holidays.</source>
        <translation>The holidays of %1 are empty; a year always has public holidays.</translation>
    </message>
    <message>
        <source>Only an administrator can change the working hours.</source>
        <translation>Only an administrator can change the working hours.</translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON: %1 (at byte %2).</source>
        <translation>The holiday file is not valid JSON: %1 (at byte %2).</translation>
    </message>
    <message>
        <source>The holiday file must be an object with a &quot;rows&quot; array.</source>
        <translation>The holiday file must be an object with a &quot;rows&quot; array.</translation>
    </message>
    <message>
        <source>The holiday file has no rows.</source>
        <translation>The holiday file has no rows.</translation>
    </message>
    <message>
        <source>Row %1 of the holiday file is not an object.</source>
        <translation>Row %1 of the holiday file is not an object.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>Row %1, field &quot;date&quot;: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 is outside the supported years %3–%4.</source>
        <translation>Row %1, field &quot;date&quot;: %2 is outside the supported years %3–%4.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;kind&quot;: &quot;%2&quot; is not one of holiday, compensatory, working.</source>
        <translation>Row %1, field &quot;kind&quot;: &quot;%2&quot; is not one of holiday, compensatory, working.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;name&quot;: the name must be text.</source>
        <translation>Row %1, field &quot;name&quot;: the name must be text.</translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 repeats row %3.</source>
        <translation>Row %1, field &quot;date&quot;: %2 repeats row %3.</translation>
    </message>
    <message>
        <source>Only an administrator can import holidays.</source>
        <translation>Only an administrator can import holidays.</translation>
    </message>
    <message>
        <source>Catalogue file, field &quot;%1&quot;: %2</source>
        <translation>Catalogue file, field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>missing or empty</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>must be a whole number, not %1</translation>
    </message>
    <message>
        <source>must not be negative (%1)</source>
        <translation>must not be negative (%1)</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>must be a list of texts</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation>unknown channel %1</translation>
    </message>
    <message>
        <source>must be an object with a value and a unit</source>
        <translation>must be an object with a value and a unit</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be greater than zero, not %1</source>
        <translation>must be greater than zero, not %1</translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation>unknown unit %1</translation>
    </message>
    <message>
        <source>missing: a procedure needs its channels and processing times</source>
        <translation>missing: a procedure needs its channels and processing times</translation>
    </message>
    <message>
        <source>%1: channel entry %2 has no processing time and was skipped</source>
        <translation>%1: channel entry %2 has no processing time and was skipped</translation>
    </message>
    <message>
        <source>the channel is listed again with unit %1 where %2 gave %3; steps can only be added up in one unit</source>
        <translation>the channel is listed again with unit %1 where %2 gave %3; steps can only be added up in one unit</translation>
    </message>
    <message>
        <source>%1: channel %2 is given in %3 steps; their times were added up to %4</source>
        <translation>%1: channel %2 is given in %3 steps; their times were added up to %4</translation>
    </message>
    <message>
        <source>%1: no channel has a processing time; no appointment date can be computed</source>
        <translation>%1: no channel has a processing time; no appointment date can be computed</translation>
    </message>
    <message>
        <source>%1 papers of one kind is not plausible</source>
        <translation>%1 papers of one kind is not plausible</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>The catalogue file is not valid JSON: %1 at byte offset %2</source>
        <translation>The catalogue file is not valid JSON: %1 at byte offset %2</translation>
    </message>
    <message>
        <source>The catalogue file must hold a JSON object with departments and procedures</source>
        <translation>The catalogue file must hold a JSON object with departments and procedures</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>missing or not a list</translation>
    </message>
    <message>
        <source>department #%1</source>
        <translation>department #%1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>department #%1 (%2)</source>
        <translation>department #%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <source>duplicate of department #%1</source>
        <translation>duplicate of department #%1</translation>
    </message>
    <message>
        <source>procedure #%1</source>
        <translation>procedure #%1</translation>
    </message>
    <message>
        <source>procedure #%1 (%2)</source>
        <translation>procedure #%1 (%2)</translation>
    </message>
    <message>
        <source>duplicate of procedure #%1</source>
        <translation>duplicate of procedure #%1</translation>
    </message>
    <message>
        <source>no department with code %1 in the file&apos;s departments</source>
        <translation>no department with code %1 in the file&apos;s departments</translation>
    </message>
    <message>
        <source>no department named %1 in the file&apos;s departments</source>
        <translation>no department named %1 in the file&apos;s departments</translation>
    </message>
    <message>
        <source>%1 is not a time in the form HH:MM</source>
        <translation>%1 is not a time in the form HH:MM</translation>
    </message>
    <message>
        <source>Only an administrator may import the procedure catalogue; %1 is signed in as %2.</source>
        <translation>Only an administrator may import the procedure catalogue; %1 is signed in as %2.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation>Cannot read the catalogue file %1: %2</translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build: %1</source>
        <translation>The demo catalogue is missing from this build: %1</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>reading the work calendar</source>
        <translation>reading the work calendar</translation>
    </message>
    <message>
        <source>The date %1 is not in the year %2.</source>
        <translation>The date %1 is not in the year %2.</translation>
    </message>
    <message>
        <source>The date %1 appears more than once.</source>
        <translation>The date %1 appears more than once.</translation>
    </message>
    <message>
        <source>saving the work calendar</source>
        <translation>saving the work calendar</translation>
    </message>
    <message>
        <source>reading the working hours</source>
        <translation>reading the working hours</translation>
    </message>
    <message>
        <source>Working periods must be non-empty, each ending after it starts, in order and not overlapping.</source>
        <translation>Working periods must be non-empty, each ending after it starts, in order and not overlapping.</translation>
    </message>
    <message>
        <source>Weekend days must be distinct days 1 (Monday) to 7 (Sunday), leaving at least one working day.</source>
        <translation>Weekend days must be distinct days 1 (Monday) to 7 (Sunday), leaving at least one working day.</translation>
    </message>
    <message>
        <source>saving the working hours</source>
        <translation>saving the working hours</translation>
    </message>
    <message>
        <source>No department with code &quot;%1&quot;.</source>
        <translation>No department with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No procedure with code &quot;%1&quot; is in force on %2.</source>
        <translation>No procedure with code &quot;%1&quot; is in force on %2.</translation>
    </message>
    <message>
        <source>No procedure with id %1.</source>
        <translation>No procedure with id %1.</translation>
    </message>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation>The request for dossier numbers is invalid.</translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation>All dossier numbers the center can lease for %1 on %2 are used.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>The database statement is not prepared.</source>
        <translation>The database statement is not prepared.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>registering the fold() function</source>
        <translation>registering the fold() function</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparing a query</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>The database reported an error while %1: %2</translation>
    </message>
    <message>
        <source>The transaction is already finished.</source>
        <translation>The transaction is already finished.</translation>
    </message>
    <message>
        <source>An inner transaction is still open.</source>
        <translation>An inner transaction is still open.</translation>
    </message>
    <message>
        <source>The dossier numbering settings are invalid (offline ranges from %1 for %2 workstations, blocks of %3).</source>
        <translation>The dossier numbering settings are invalid (offline ranges from %1 for %2 workstations, blocks of %3).</translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and %1; it is %2.</source>
        <translation>The workstation number must be between 1 and %1; it is %2.</translation>
    </message>
    <message>
        <source>The center cannot be reached to lease dossier numbers.</source>
        <translation>The center cannot be reached to lease dossier numbers.</translation>
    </message>
    <message>
        <source>The center leased dossier numbers %1–%2, which this workstation cannot use.</source>
        <translation>The center leased dossier numbers %1–%2, which this workstation cannot use.</translation>
    </message>
    <message>
        <source>The agency code &quot;%1&quot; is not valid.</source>
        <translation>The agency code &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <source>The dossier has no time of receipt.</source>
        <translation>The dossier has no time of receipt.</translation>
    </message>
    <message>
        <source>A dossier code must be taken inside the transaction that saves the dossier.</source>
        <translation>A dossier code must be taken inside the transaction that saves the dossier.</translation>
    </message>
    <message>
        <source>This workstation has used all its offline dossier numbers for today (%1–%2). Connect to the center to lease more numbers.</source>
        <translation>This workstation has used all its offline dossier numbers for today (%1–%2). Connect to the center to lease more numbers.</translation>
    </message>
    <message>
        <source>There is no department with code %1.</source>
        <translation>There is no department with code %1.</translation>
    </message>
    <message>
        <source>A dossier needs a code, a time of receipt and an appointment time before it is saved.</source>
        <translation>A dossier needs a code, a time of receipt and an appointment time before it is saved.</translation>
    </message>
    <message>
        <source>The dossier&apos;s procedure is not in the catalogue.</source>
        <translation>The dossier&apos;s procedure is not in the catalogue.</translation>
    </message>
    <message>
        <source>A dossier with code %1 already exists.</source>
        <translation>A dossier with code %1 already exists.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>The dossier no longer exists.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>No dossier has the code %1.</translation>
    </message>
    <message>
        <source>No database schema scripts were found in %1.</source>
        <translation>No database schema scripts were found in %1.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of MotCua Desk (schema %1; this version knows up to %2). Update the app.</source>
        <translation>This database was written by a newer version of MotCua Desk (schema %1; this version knows up to %2). Update the app.</translation>
    </message>
    <message>
        <source>Cannot read the schema script %1.</source>
        <translation>Cannot read the schema script %1.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Upgrading the database to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>Name of the service center</source>
        <translation>Name of the service center</translation>
    </message>
    <message>
        <source>Governing authority printed above the center&apos;s name</source>
        <translation>Governing authority printed above the center&apos;s name</translation>
    </message>
    <message>
        <source>Place name used in dated lines of printed forms</source>
        <translation>Place name used in dated lines of printed forms</translation>
    </message>
    <message>
        <source>National agency identifier that starts every dossier code</source>
        <translation>National agency identifier that starts every dossier code</translation>
    </message>
    <message>
        <source>Postal address of the center</source>
        <translation>Postal address of the center</translation>
    </message>
    <message>
        <source>Telephone number of the center</source>
        <translation>Telephone number of the center</translation>
    </message>
    <message>
        <source>Web address where applicants look up a dossier; {code} is replaced by the dossier code</source>
        <translation>Web address where applicants look up a dossier; {code} is replaced by the dossier code</translation>
    </message>
    <message>
        <source>Number of this workstation within the center</source>
        <translation>Number of this workstation within the center</translation>
    </message>
    <message>
        <source>Number of workstations that share the fallback numbering range</source>
        <translation>Number of workstations that share the fallback numbering range</translation>
    </message>
    <message>
        <source>First daily sequence number of the offline fallback range</source>
        <translation>First daily sequence number of the offline fallback range</translation>
    </message>
    <message>
        <source>Sequence numbers leased per block</source>
        <translation>Sequence numbers leased per block</translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation>Language of the user interface</translation>
    </message>
    <message>
        <source>Working hours of a working day</source>
        <translation>Working hours of a working day</translation>
    </message>
    <message>
        <source>Days off each week (1 = Monday ... 7 = Sunday)</source>
        <translation>Days off each week (1 = Monday ... 7 = Sunday)</translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation>Invalid value for %1: %2</translation>
    </message>
    <message>
        <source>write working hours as HH:MM-HH:MM, comma-separated, in order</source>
        <translation>write working hours as HH:MM-HH:MM, comma-separated, in order</translation>
    </message>
    <message>
        <source>list distinct days 1 (Monday) to 7 (Sunday), comma-separated</source>
        <translation>list distinct days 1 (Monday) to 7 (Sunday), comma-separated</translation>
    </message>
    <message>
        <source>enter an http(s) address containing {code}</source>
        <translation>enter an http(s) address containing {code}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation>Unknown setting: %1</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>must be one line of at most %n characters</source>
        <translation>
            <numerusform>must be one line of at most %n character</numerusform>
            <numerusform>must be one line of at most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>use capital letters and digits separated by dots, e.g. 000.00.06.H56</source>
        <translation>use capital letters and digits separated by dots, e.g. 000.00.06.H56</translation>
    </message>
    <message>
        <source>choose vi or en</source>
        <translation>choose vi or en</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>saving the settings</translation>
    </message>
    <message>
        <source>reading user accounts</source>
        <translation>reading user accounts</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>saving the user account</source>
        <translation>saving the user account</translation>
    </message>
    <message>
        <source>saving the password</source>
        <translation>saving the password</translation>
    </message>
    <message>
        <source>originals: %1, certified copies: %2, photocopies: %3</source>
        <translation>originals: %1, certified copies: %2, photocopies: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 working day</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1 working hour</translation>
    </message>
    <message>
        <source>1 calendar day</source>
        <translation>1 calendar day</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Usage: motcuactl dossier SUBCOMMAND [options]

Subcommands:
  create FILE.json --user NAME   receive a dossier described by a JSON file
  show CODE                      print a dossier
  print CODE --form NN --out F   render form 01, 02 or 03 to PDF

motcuactl dossier SUBCOMMAND --help shows the options of each.
</source>
        <translation>Usage: motcuactl dossier SUBCOMMAND [options]

Subcommands:
  create FILE.json --user NAME   receive a dossier described by a JSON file
  show CODE                      print a dossier
  print CODE --form NN --out F   render form 01, 02 or 03 to PDF

motcuactl dossier SUBCOMMAND --help shows the options of each.
</translation>
    </message>
    <message>
        <source>Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, 03 refusal. --keep also stores it with the dossier (needs --user).</source>
        <translation>Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, 03 refusal. --keep also stores it with the dossier (needs --user).</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>The dossier code.</translation>
    </message>
    <message>
        <source>The form: 01, 02 or 03 (default 01).</source>
        <translation>The form: 01, 02 or 03 (default 01).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>1 or 2 copies (default 1).</source>
        <translation>1 or 2 copies (default 1).</translation>
    </message>
    <message>
        <source>Keep the PDF with the dossier (needs --user).</source>
        <translation>Keep the PDF with the dossier (needs --user).</translation>
    </message>
    <message>
        <source>--form is 01, 02 or 03.</source>
        <translation>--form is 01, 02 or 03.</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf is required.</translation>
    </message>
    <message>
        <source>--copies is 1 or 2.</source>
        <translation>--copies is 1 or 2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Form %1 of %2 written to %3.</source>
        <translation>Form %1 of %2 written to %3.</translation>
    </message>
    <message>
        <source>Usage: motcuactl qr SUBCOMMAND [options]

Subcommands:
  parse TEXT     the applicant fields of a citizen ID card QR text (&apos;-&apos;: stdin)
  decode IMAGE   the text of the QR code in an image file

motcuactl qr SUBCOMMAND --help shows the options of each.
</source>
        <translation>Usage: motcuactl qr SUBCOMMAND [options]

Subcommands:
  parse TEXT     the applicant fields of a citizen ID card QR text (&apos;-&apos;: stdin)
  decode IMAGE   the text of the QR code in an image file

motcuactl qr SUBCOMMAND --help shows the options of each.
</translation>
    </message>
    <message>
        <source>Former ID number</source>
        <translation>Former ID number</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>garbled text was repaired: check the name</source>
        <translation>garbled text was repaired: check the name</translation>
    </message>
    <message>
        <source>Parses the text of a citizen ID card QR (what a scanner types) and prints the applicant&apos;s fields. Exits 2 with the reason when the text is not a valid card QR.</source>
        <translation>Parses the text of a citizen ID card QR (what a scanner types) and prints the applicant&apos;s fields. Exits 2 with the reason when the text is not a valid card QR.</translation>
    </message>
    <message>
        <source>The QR text, quoted; &apos;-&apos; reads the bytes from stdin.</source>
        <translation>The QR text, quoted; &apos;-&apos; reads the bytes from stdin.</translation>
    </message>
    <message>
        <source>give one TEXT (quote it: it holds &apos;|&apos;).</source>
        <translation>give one TEXT (quote it: it holds &apos;|&apos;).</translation>
    </message>
    <message>
        <source>Cannot read stdin.</source>
        <translation>Cannot read stdin.</translation>
    </message>
    <message>
        <source>Reads the QR code in an image file (PNG, JPEG, ...) and prints its text; with --json, also the applicant&apos;s fields when it is a citizen ID card QR.</source>
        <translation>Reads the QR code in an image file (PNG, JPEG, ...) and prints its text; with --json, also the applicant&apos;s fields when it is a citizen ID card QR.</translation>
    </message>
    <message>
        <source>The image file.</source>
        <translation>The image file.</translation>
    </message>
    <message>
        <source>give one IMAGE.</source>
        <translation>give one IMAGE.</translation>
    </message>
    <message>
        <source>Usage: motcuactl users SUBCOMMAND [options]

Subcommands:
  add USERNAME --role clerk|supervisor|admin --name &quot;Full Name&quot; --user ADMIN
               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice
  list --user NAME

motcuactl users SUBCOMMAND --help shows the options of each.
</source>
        <translation>Usage: motcuactl users SUBCOMMAND [options]

Subcommands:
  add USERNAME --role clerk|supervisor|admin --name &quot;Full Name&quot; --user ADMIN
               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice
  list --user NAME

motcuactl users SUBCOMMAND --help shows the options of each.
</translation>
    </message>
    <message>
        <source>dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F.</source>
        <translation>dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F.</translation>
    </message>
    <message>
        <source>qr parse TEXT: a citizen ID card QR&apos;s fields; qr decode IMAGE.</source>
        <translation>qr parse TEXT: a citizen ID card QR&apos;s fields; qr decode IMAGE.</translation>
    </message>
    <message>
        <source>Fill a new database with realistic dossiers (demos, benchmarks).</source>
        <translation>Fill a new database with realistic dossiers (demos, benchmarks).</translation>
    </message>
    <message>
        <source>
Global options (every command):
  --db PATH    the database file (default: the user&apos;s data directory); a new file gets the demo center
  --json       machine-readable JSON output
  --user NAME  act as this user (commands that change data); the password comes from
               MOTCUA_PASSWORD or is asked on the terminal without echo
  --help       help for a command: motcuactl COMMAND --help

Exit codes:
  0  success
  1  failure (database, file system, cryptography)
  2  bad input: usage error, invalid value or file, unknown code, duplicate; the reason is on stderr
  3  refused: wrong user name or password, or the user&apos;s role does not allow the command
</source>
        <translation>
Global options (every command):
  --db PATH    the database file (default: the user&apos;s data directory); a new file gets the demo center
  --json       machine-readable JSON output
  --user NAME  act as this user (commands that change data); the password comes from
               MOTCUA_PASSWORD or is asked on the terminal without echo
  --help       help for a command: motcuactl COMMAND --help

Exit codes:
  0  success
  1  failure (database, file system, cryptography)
  2  bad input: usage error, invalid value or file, unknown code, duplicate; the reason is on stderr
  3  refused: wrong user name or password, or the user&apos;s role does not allow the command
</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a date written as ddMMyyyy (8 digits).</source>
        <translation>The %1 &quot;%2&quot; is not a date written as ddMMyyyy (8 digits).</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a valid calendar date.</source>
        <translation>The %1 &quot;%2&quot; is not a valid calendar date.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card QR: the text is too long (%1 bytes).</source>
        <translation>This is not a citizen ID card QR: the text is too long (%1 bytes).</translation>
    </message>
    <message>
        <source>The QR text is not valid UTF-8 (byte %1). Set the scanner to UTF-8 and scan again.</source>
        <translation>The QR text is not valid UTF-8 (byte %1). Set the scanner to UTF-8 and scan again.</translation>
    </message>
    <message>
        <source>The QR text is empty.</source>
        <translation>The QR text is empty.</translation>
    </message>
    <message>
        <source>The QR text is garbled (UTF-8 read with another code page) and cannot be repaired exactly. Set the scanner to UTF-8 and scan again.</source>
        <translation>The QR text is garbled (UTF-8 read with another code page) and cannot be repaired exactly. Set the scanner to UTF-8 and scan again.</translation>
    </message>
    <message>
        <source>The QR text holds a control or invalid character at position %1.</source>
        <translation>The QR text holds a control or invalid character at position %1.</translation>
    </message>
    <message>
        <source>This is not a citizen ID card QR: it has no fields separated by &apos;|&apos;.</source>
        <translation>This is not a citizen ID card QR: it has no fields separated by &apos;|&apos;.</translation>
    </message>
    <message>
        <source>A citizen ID card QR has 6 or 7 fields separated by &apos;|&apos;; this text has %1.</source>
        <translation>A citizen ID card QR has 6 or 7 fields separated by &apos;|&apos;; this text has %1.</translation>
    </message>
    <message>
        <source>The ID number (first field) must hold digits only.</source>
        <translation>The ID number (first field) must hold digits only.</translation>
    </message>
    <message>
        <source>The ID number (first field) must have 12 digits; it has %1.</source>
        <translation>The ID number (first field) must have 12 digits; it has %1.</translation>
    </message>
    <message>
        <source>The former ID number (second field) must be empty or have 9 or 12 digits.</source>
        <translation>The former ID number (second field) must be empty or have 9 or 12 digits.</translation>
    </message>
    <message>
        <source>The full name (third field) is empty.</source>
        <translation>The full name (third field) is empty.</translation>
    </message>
    <message>
        <source>The full name (third field) is too long.</source>
        <translation>The full name (third field) is too long.</translation>
    </message>
    <message>
        <source>The full name (third field) holds characters that are not letters.</source>
        <translation>The full name (third field) holds characters that are not letters.</translation>
    </message>
    <message>
        <source>date of birth (fourth field)</source>
        <translation>date of birth (fourth field)</translation>
    </message>
    <message>
        <source>The gender (fifth field) must be &quot;%1&quot; or &quot;%2&quot;; it is &quot;%3&quot;.</source>
        <translation>The gender (fifth field) must be &quot;%1&quot; or &quot;%2&quot;; it is &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The address (sixth field) is empty.</source>
        <translation>The address (sixth field) is empty.</translation>
    </message>
    <message>
        <source>The address (sixth field) is too long.</source>
        <translation>The address (sixth field) is too long.</translation>
    </message>
    <message>
        <source>date of issue (seventh field)</source>
        <translation>date of issue (seventh field)</translation>
    </message>
    <message>
        <source>The date of issue is before the date of birth.</source>
        <translation>The date of issue is before the date of birth.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The date of issue is in the future.</source>
        <translation>The date of issue is in the future.</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>No QR code was found in the image. Try a sharper picture, closer to the code.</source>
        <translation>No QR code was found in the image. Try a sharper picture, closer to the code.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
    <message>
        <source>A barcode needs some text.</source>
        <translation>A barcode needs some text.</translation>
    </message>
    <message>
        <source>A Code 128 barcode holds printable ASCII only, not &quot;%1&quot;.</source>
        <translation>A Code 128 barcode holds printable ASCII only, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier %1 was not received (%2): it has no receipt (form 01).</source>
        <translation>The dossier %1 was not received (%2): it has no receipt (form 01).</translation>
    </message>
    <message>
        <source>No supplement was requested for the dossier %1 at intake.</source>
        <translation>No supplement was requested for the dossier %1 at intake.</translation>
    </message>
    <message>
        <source>The dossier %1 was not refused at intake.</source>
        <translation>The dossier %1 was not refused at intake.</translation>
    </message>
    <message>
        <source>Printing forms needs the graphical application object.</source>
        <translation>Printing forms needs the graphical application object.</translation>
    </message>
    <message>
        <source>A form is printed in one or two copies.</source>
        <translation>A form is printed in one or two copies.</translation>
    </message>
    <message>
        <source>The form has no dossier code.</source>
        <translation>The form has no dossier code.</translation>
    </message>
    <message>
        <source>Cannot start a PDF document.</source>
        <translation>Cannot start a PDF document.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Loading the demo center failed: %1</source>
        <translation>Loading the demo center failed: %1</translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation>Received at the counter</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Received online</translation>
    </message>
    <message>
        <source>Received by post</source>
        <translation>Received by post</translation>
    </message>
    <message>
        <source>Transferred to the department for processing</source>
        <translation>Transferred to the department for processing</translation>
    </message>
    <message>
        <source>Decided, result ready</source>
        <translation>Decided, result ready</translation>
    </message>
    <message>
        <source>Result returned to the applicant</source>
        <translation>Result returned to the applicant</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Refused at intake</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is required.</source>
        <translation>the applicant&apos;s name is required.</translation>
    </message>
    <message>
        <source>a citizen ID number has exactly 12 digits.</source>
        <translation>a citizen ID number has exactly 12 digits.</translation>
    </message>
    <message>
        <source>the organisation&apos;s tax or registration number is required.</source>
        <translation>the organisation&apos;s tax or registration number is required.</translation>
    </message>
    <message>
        <source>not a Vietnamese phone number.</source>
        <translation>not a Vietnamese phone number.</translation>
    </message>
    <message>
        <source>not an e-mail address.</source>
        <translation>not an e-mail address.</translation>
    </message>
    <message>
        <source>the date of birth is in the future.</source>
        <translation>the date of birth is in the future.</translation>
    </message>
    <message>
        <source>every paper needs a name.</source>
        <translation>every paper needs a name.</translation>
    </message>
    <message>
        <source>counts of papers cannot be negative.</source>
        <translation>counts of papers cannot be negative.</translation>
    </message>
    <message>
        <source>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</source>
        <translation>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</translation>
    </message>
    <message>
        <source>a fee cannot be negative.</source>
        <translation>a fee cannot be negative.</translation>
    </message>
    <message>
        <source>the fee &quot;%1&quot; differs from the catalogue: give a reason.</source>
        <translation>the fee &quot;%1&quot; differs from the catalogue: give a reason.</translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>receive dossiers</translation>
    </message>
    <message>
        <source>at least one set of papers.</source>
        <translation>at least one set of papers.</translation>
    </message>
    <message>
        <source>The procedure %1 has no processing time for this channel in the catalogue.</source>
        <translation>The procedure %1 has no processing time for this channel in the catalogue.</translation>
    </message>
    <message>
        <source>the time of receipt is in the future.</source>
        <translation>the time of receipt is in the future.</translation>
    </message>
    <message>
        <source>request supplements at intake</source>
        <translation>request supplements at intake</translation>
    </message>
    <message>
        <source>name at least one paper to add or complete.</source>
        <translation>name at least one paper to add or complete.</translation>
    </message>
    <message>
        <source>every paper asked for needs a name and a reason.</source>
        <translation>every paper asked for needs a name and a reason.</translation>
    </message>
    <message>
        <source>Supplement requested at intake: %1</source>
        <translation>Supplement requested at intake: %1</translation>
    </message>
    <message>
        <source>refuse dossiers</source>
        <translation>refuse dossiers</translation>
    </message>
    <message>
        <source>a refusal needs its reason (form 03).</source>
        <translation>a refusal needs its reason (form 03).</translation>
    </message>
    <message>
        <source>Refused at intake: %1</source>
        <translation>Refused at intake: %1</translation>
    </message>
    <message>
        <source>The dossier %1 was neither refused nor sent back for a supplement at intake.</source>
        <translation>The dossier %1 was neither refused nor sent back for a supplement at intake.</translation>
    </message>
    <message>
        <source>keep printed forms</source>
        <translation>keep printed forms</translation>
    </message>
    <message>
        <source>a form is 01 to 06.</source>
        <translation>a form is 01 to 06.</translation>
    </message>
    <message>
        <source>the document is not a PDF.</source>
        <translation>the document is not a PDF.</translation>
    </message>
    <message>
        <source>the procedure code is required.</source>
        <translation>the procedure code is required.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (counter, online, postal).</source>
        <translation>unknown channel &quot;%1&quot; (counter, online, postal).</translation>
    </message>
    <message>
        <source>a whole number is expected.</source>
        <translation>a whole number is expected.</translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;.</source>
        <translation>not an ISO 8601 date and time: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the applicant is required.</source>
        <translation>the applicant is required.</translation>
    </message>
    <message>
        <source>unknown applicant type &quot;%1&quot; (citizen, enterprise, state_agency, other).</source>
        <translation>unknown applicant type &quot;%1&quot; (citizen, enterprise, state_agency, other).</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &quot;%1&quot;.</source>
        <translation>not a date (YYYY-MM-DD): &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a whole number of đồng is expected.</source>
        <translation>a whole number of đồng is expected.</translation>
    </message>
    <message>
        <source>change the setting &quot;%1&quot;</source>
        <translation>change the setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No form %1 is kept with this dossier.</source>
        <translation>No form %1 is kept with this dossier.</translation>
    </message>
    <message>
        <source>The printed form could not be read back.</source>
        <translation>The printed form could not be read back.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>reading the procedures you use most</source>
        <translation>reading the procedures you use most</translation>
    </message>
    <message>
        <source>saving the unfinished dossier</source>
        <translation>saving the unfinished dossier</translation>
    </message>
    <message>
        <source>reading the unfinished dossier</source>
        <translation>reading the unfinished dossier</translation>
    </message>
    <message>
        <source>The unfinished dossier could not be read: %1</source>
        <translation>The unfinished dossier could not be read: %1</translation>
    </message>
    <message>
        <source>discarding the unfinished dossier</source>
        <translation>discarding the unfinished dossier</translation>
    </message>
    <message>
        <source>The unfinished dossier was saved by another version of the program (format %1).</source>
        <translation>The unfinished dossier was saved by another version of the program (format %1).</translation>
    </message>
    <message>
        <source><byte value="xd"/>seeding %1 / %2 dossiers (%3 %), %4 rows/s, %5 s left </source>
        <translation><byte value="xd"/>seeding %1 / %2 dossiers (%3 %), %4 rows/s, %5 s left </translation>
    </message>
    <message>
        <source>Fills a new database with realistic dossiers of the demo center: Vietnamese names, addresses across the province, every department and channel, histories and statuses consistent with the dates. The same seed gives the same data. The database must hold no dossiers yet.</source>
        <translation>Fills a new database with realistic dossiers of the demo center: Vietnamese names, addresses across the province, every department and channel, histories and statuses consistent with the dates. The same seed gives the same data. The database must hold no dossiers yet.</translation>
    </message>
    <message>
        <source>How many dossiers (default 100000).</source>
        <translation>How many dossiers (default 100000).</translation>
    </message>
    <message>
        <source>Years of history, ending now (default 10).</source>
        <translation>Years of history, ending now (default 10).</translation>
    </message>
    <message>
        <source>Seed of the random generator (default 1).</source>
        <translation>Seed of the random generator (default 1).</translation>
    </message>
    <message>
        <source>Dossiers per transaction (default 50000).</source>
        <translation>Dossiers per transaction (default 50000).</translation>
    </message>
    <message>
        <source>Keep portal outbox rows for dossiers of the last D days; 0: for every dossier (default 30).</source>
        <translation>Keep portal outbox rows for dossiers of the last D days; 0: for every dossier (default 30).</translation>
    </message>
    <message>
        <source>No progress display.</source>
        <translation>No progress display.</translation>
    </message>
    <message>
        <source>seed takes no arguments.</source>
        <translation>seed takes no arguments.</translation>
    </message>
    <message>
        <source>--dossiers: a number from 1 to 100000000.</source>
        <translation>--dossiers: a number from 1 to 100000000.</translation>
    </message>
    <message>
        <source>--years: a number from 1 to 50.</source>
        <translation>--years: a number from 1 to 50.</translation>
    </message>
    <message>
        <source>--seed: a non-negative whole number.</source>
        <translation>--seed: a non-negative whole number.</translation>
    </message>
    <message>
        <source>--batch: a number from 1000 to 10000000.</source>
        <translation>--batch: a number from 1000 to 10000000.</translation>
    </message>
    <message>
        <source>--outbox-days: a number from 0 to 36500.</source>
        <translation>--outbox-days: a number from 0 to 36500.</translation>
    </message>
    <message>
        <source>%1 dossiers received %2 – %3 (%4 open, %5 overdue), %6 history events, %7 papers, %8 fees, %9 outbox rows; %10 s.</source>
        <translation>%1 dossiers received %2 – %3 (%4 open, %5 overdue), %6 history events, %7 papers, %8 fees, %9 outbox rows; %10 s.</translation>
    </message>
    <message>
        <source>The number of dossiers must be between 1 and 100,000,000.</source>
        <translation>The number of dossiers must be between 1 and 100,000,000.</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and 50.</source>
        <translation>The number of years must be between 1 and 50.</translation>
    </message>
    <message>
        <source>The database already holds dossiers: generate into a new database.</source>
        <translation>The database already holds dossiers: generate into a new database.</translation>
    </message>
    <message>
        <source>The center&apos;s agency code is not set.</source>
        <translation>The center&apos;s agency code is not set.</translation>
    </message>
    <message>
        <source>writing generated dossiers</source>
        <translation>writing generated dossiers</translation>
    </message>
    <message>
        <source>The catalogue has no procedure with a processing time: import one first.</source>
        <translation>The catalogue has no procedure with a processing time: import one first.</translation>
    </message>
    <message>
        <source>%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 numbers a day has: give more years.</source>
        <translation>%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 numbers a day has: give more years.</translation>
    </message>
</context>
<context>
    <name>motcua::ApplicantForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male (Nam)</source>
        <translation>Male (Nam)</translation>
    </message>
    <message>
        <source>Female (Nữ)</source>
        <translation>Female (Nữ)</translation>
    </message>
    <message>
        <source>Applicant t&amp;ype</source>
        <translation>Applicant t&amp;ype</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;ddress</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Representati&amp;ve</source>
        <translation>Representati&amp;ve</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>Organisation &amp;name</translation>
    </message>
    <message>
        <source>&amp;ID number (12 digits)</source>
        <translation>&amp;ID number (12 digits)</translation>
    </message>
    <message>
        <source>Tax or reg&amp;istration number</source>
        <translation>Tax or reg&amp;istration number</translation>
    </message>
    <message>
        <source>12 digits, or scan the ID card</source>
        <translation>12 digits, or scan the ID card</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>The applicant&apos;s full name is required.</source>
        <translation>The applicant&apos;s full name is required.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>The organisation&apos;s name is required.</translation>
    </message>
    <message>
        <source>The ID number is required: type it or scan the ID card.</source>
        <translation>The ID number is required: type it or scan the ID card.</translation>
    </message>
    <message>
        <source>A citizen ID number has exactly 12 digits (%1 given).</source>
        <translation>A citizen ID number has exactly 12 digits (%1 given).</translation>
    </message>
    <message>
        <source>Not a date: type it as dd/mm/yyyy.</source>
        <translation>Not a date: type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation>The date of birth is before 1900.</translation>
    </message>
    <message>
        <source>The tax or registration number is required.</source>
        <translation>The tax or registration number is required.</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number (0… or +84…).</source>
        <translation>Not a Vietnamese phone number (0… or +84…).</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>motcua::CataloguePage</name>
    <message>
        <source>Procedure catalogue</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Search by code, name or field (diacritics optional)</source>
        <translation>Search by code, name or field (diacritics optional)</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Departments</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Time at counter</source>
        <translation>Time at counter</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>none stated</translation>
    </message>
    <message>
        <source>Import procedure catalogue</source>
        <translation>Import procedure catalogue</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>Catalogue files (*.json)</translation>
    </message>
    <message>
        <source>The catalogue %1 was not imported: %2</source>
        <translation>The catalogue %1 was not imported: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n department(s) (%2 new)</source>
        <translation>
            <numerusform>Imported %1: %n department (%2 new)</numerusform>
            <numerusform>Imported %1: %n departments (%2 new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n procedure(s) (%1 new, %2 updated), in force from %3.</source>
        <translation>
            <numerusform>and %n procedure (%1 new, %2 updated), in force from %3.</numerusform>
            <numerusform>and %n procedures (%1 new, %2 updated), in force from %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ComponentChecklistModel</name>
    <message>
        <source>Form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>The catalogue asks for %1</source>
        <translation>The catalogue asks for %1</translation>
    </message>
    <message>
        <source>Paper (ticked: provided)</source>
        <translation>Paper (ticked: provided)</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>Originals</translation>
    </message>
    <message>
        <source>Certified copies</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>(optional) %1</source>
        <translation>(optional) %1</translation>
    </message>
</context>
<context>
    <name>motcua::FeesEditor</name>
    <message>
        <source>No fee in the catalogue for this channel.</source>
        <translation>No fee in the catalogue for this channel.</translation>
    </message>
    <message>
        <source>Reason, required when the amount is changed</source>
        <translation>Reason, required when the amount is changed</translation>
    </message>
    <message>
        <source>Not an amount in đồng: type a whole number such as 25.000.</source>
        <translation>Not an amount in đồng: type a whole number such as 25.000.</translation>
    </message>
    <message>
        <source>The catalogue says %1: give a reason for changing it.</source>
        <translation>The catalogue says %1: give a reason for changing it.</translation>
    </message>
    <message>
        <source>The catalogue states no amount: give a reason for charging one.</source>
        <translation>The catalogue states no amount: give a reason for charging one.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>motcua::FirstRunDialog</name>
    <message>
        <source>First start — MotCua Desk</source>
        <translation>First start — MotCua Desk</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Create the administrator account: it manages users, the procedure catalogue and the holiday calendar.</source>
        <translation>This workstation has no accounts yet. Create the administrator account: it manages users, the procedure catalogue and the holiday calendar.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirm password:</translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <translation>%1–%2 characters</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>motcua::HolidayCalendarWidget</name>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation>Day off in lieu</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>Extra working day</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Proposed (lunar calendar)</source>
        <translation>Proposed (lunar calendar)</translation>
    </message>
    <message>
        <source>Edited, not confirmed</source>
        <translation>Edited, not confirmed</translation>
    </message>
    <message>
        <source>Row %1 has no name. Name every holiday and day off.</source>
        <translation>Row %1 has no name. Name every holiday and day off.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar of %1 was confirmed: %n row(s).</source>
        <translation>
            <numerusform>The calendar of %1 was confirmed: %n row.</numerusform>
            <numerusform>The calendar of %1 was confirmed: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation>Confirm year</translation>
    </message>
    <message>
        <source>Changed: press “Confirm year” to store these rows.</source>
        <translation>Changed: press “Confirm year” to store these rows.</translation>
    </message>
    <message>
        <source>Confirmed by an administrator.</source>
        <translation>Confirmed by an administrator.</translation>
    </message>
    <message>
        <source>Proposed from the lunar calendar: not confirmed yet.</source>
        <translation>Proposed from the lunar calendar: not confirmed yet.</translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar.</source>
        <translation>Only an administrator can change the calendar.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeDecisionPanel</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Request to supplement the dossier (form 02)</source>
        <translation>Request to supplement the dossier (form 02)</translation>
    </message>
    <message>
        <source>Say for each paper why it must be added or completed. Papers left without a reason are not listed on the form.</source>
        <translation>Say for each paper why it must be added or completed. Papers left without a reason are not listed on the form.</translation>
    </message>
    <message>
        <source>Record and print form 02</source>
        <translation>Record and print form 02</translation>
    </message>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Refuse the dossier (form 03)</translation>
    </message>
    <message>
        <source>The reason is printed on the refusal slip handed to the applicant.</source>
        <translation>The reason is printed on the refusal slip handed to the applicant.</translation>
    </message>
    <message>
        <source>Record and print form 03</source>
        <translation>Record and print form 03</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Reason for refusing</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>Not provided</translation>
    </message>
    <message>
        <source>Give a reason for at least one paper.</source>
        <translation>Give a reason for at least one paper.</translation>
    </message>
    <message>
        <source>The reason for refusing is required: it is printed on form 03.</source>
        <translation>The reason for refusing is required: it is printed on form 03.</translation>
    </message>
</context>
<context>
    <name>motcua::IntakePage</name>
    <message>
        <source>Supplement requested</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Paste QR text</source>
        <translation>Paste QR text</translation>
    </message>
    <message>
        <source>Fills the applicant from ID card QR text on the clipboard (Ctrl+Shift+V)</source>
        <translation>Fills the applicant from ID card QR text on the clipboard (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Decode &amp;QR from image…</source>
        <translation>Decode &amp;QR from image…</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Pr&amp;ocedure (F3)</source>
        <translation>Pr&amp;ocedure (F3)</translation>
    </message>
    <message>
        <source>Papers, fees and notes</source>
        <translation>Papers, fees and notes</translation>
    </message>
    <message>
        <source>P&amp;apers: Space ticks or unticks, a digit sets a count, F2 edits</source>
        <translation>P&amp;apers: Space ticks or unticks, a digit sets a count, F2 edits</translation>
    </message>
    <message>
        <source>Number of &amp;sets</source>
        <translation>Number of &amp;sets</translation>
    </message>
    <message>
        <source>Channe&amp;l</source>
        <translation>Channe&amp;l</translation>
    </message>
    <message>
        <source>Receipt &amp;copies</source>
        <translation>Receipt &amp;copies</translation>
    </message>
    <message>
        <source>F&amp;ees</source>
        <translation>F&amp;ees</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request s&amp;upplement…</source>
        <translation>Request s&amp;upplement…</translation>
    </message>
    <message>
        <source>&amp;Refuse…</source>
        <translation>&amp;Refuse…</translation>
    </message>
    <message>
        <source>Receive and print (Ctrl+Enter)</source>
        <translation>Receive and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt</source>
        <translation>Receive the dossier and print the receipt</translation>
    </message>
    <message>
        <source>New dossier (asks before discarding work)</source>
        <translation>New dossier (asks before discarding work)</translation>
    </message>
    <message>
        <source>Fill the applicant from QR text on the clipboard</source>
        <translation>Fill the applicant from QR text on the clipboard</translation>
    </message>
    <message>
        <source>Search procedures (intake page)</source>
        <translation>Search procedures (intake page)</translation>
    </message>
    <message>
        <source>Decode an ID card QR from an image file</source>
        <translation>Decode an ID card QR from an image file</translation>
    </message>
    <message>
        <source>Appointment: the catalogue gives no processing time for this channel.</source>
        <translation>Appointment: the catalogue gives no processing time for this channel.</translation>
    </message>
    <message>
        <source>Appointment: choose a procedure.</source>
        <translation>Appointment: choose a procedure.</translation>
    </message>
    <message>
        <source>Appointment: %1 (%2 %3)</source>
        <translation>Appointment: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Choose a procedure first (F3).</source>
        <translation>Choose a procedure first (F3).</translation>
    </message>
    <message numerus="yes">
        <source>Cannot receive: %n required paper(s) missing (%1). Request a supplement or refuse.</source>
        <translation>
            <numerusform>Cannot receive: %n required paper missing (%1). Request a supplement or refuse.</numerusform>
            <numerusform>Cannot receive: %n required papers missing (%1). Request a supplement or refuse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unfinished dossier could not be saved: %1</source>
        <translation>The unfinished dossier could not be saved: %1</translation>
    </message>
    <message>
        <source>The unfinished dossier saved at %1 was restored. Ctrl+N starts a new one.</source>
        <translation>The unfinished dossier saved at %1 was restored. Ctrl+N starts a new one.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Discard the unfinished dossier and start a new one?</source>
        <translation>Discard the unfinished dossier and start a new one?</translation>
    </message>
    <message>
        <source>That was not a readable ID card QR, so nothing was changed. %1</source>
        <translation>That was not a readable ID card QR, so nothing was changed. %1</translation>
    </message>
    <message>
        <source>Filled from the ID card: %1.</source>
        <translation>Filled from the ID card: %1.</translation>
    </message>
    <message>
        <source>The scanner sent the text in a wrong code page; it was repaired: check the name against the card.</source>
        <translation>The scanner sent the text in a wrong code page; it was repaired: check the name against the card.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read as an ID card QR.</source>
        <translation>The clipboard holds no text to read as an ID card QR.</translation>
    </message>
    <message>
        <source>Decode an ID card QR</source>
        <translation>Decode an ID card QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No ID card QR was read from the image: %1</source>
        <translation>No ID card QR was read from the image: %1</translation>
    </message>
    <message>
        <source>Choose the procedure: type a few words and press Enter.</source>
        <translation>Choose the procedure: type a few words and press Enter.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages beside them.</source>
        <translation>Some fields need attention: see the messages beside them.</translation>
    </message>
    <message>
        <source>The dossier was not received: %1</source>
        <translation>The dossier was not received: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>%1: %2 — %3, appointment %4</source>
        <translation>%1: %2 — %3, appointment %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Dossier %1 is stored, but form %2 could not be made or kept: %3</source>
        <translation>Dossier %1 is stored, but form %2 could not be made or kept: %3</translation>
    </message>
    <message>
        <source>Form %1 — %2</source>
        <translation>Form %1 — %2</translation>
    </message>
    <message>
        <source>Form %1 of dossier %2 was not printed: %3</source>
        <translation>Form %1 of dossier %2 was not printed: %3</translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Log in — MotCua Desk</source>
        <translation>Log in — MotCua Desk</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <source>Receive a dossier at the counter: applicant, procedure, papers and fees, then print the receipt with its appointment date.</source>
        <translation>Receive a dossier at the counter: applicant, procedure, papers and fees, then print the receipt with its appointment date.</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Find any dossier by code, applicant or procedure and follow its processing history.</source>
        <translation>Find any dossier by code, applicant or procedure and follow its processing history.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Return results</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Hand results back to applicants and record when, and to whom, each result was returned.</source>
        <translation>Hand results back to applicants and record when, and to whom, each result was returned.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Daily figures per department: received, due today, overdue, and returned early, on time or late.</source>
        <translation>Daily figures per department: received, due today, overdue, and returned early, on time or late.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The link to the central portal: what is queued, what failed and why, and when this workstation last synchronised.</source>
        <translation>The link to the central portal: what is queued, what failed and why, and when this workstation last synchronised.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About MotCua Desk</source>
        <translation>&amp;About MotCua Desk</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Queued: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>MotCua Desk — %1</source>
        <translation>MotCua Desk — %1</translation>
    </message>
    <message>
        <source>About MotCua Desk</source>
        <translation>About MotCua Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Intake desk for Vietnam&apos;s one-stop public administration centers: receive dossiers, track them across departments and return results, online or offline.&lt;/p&gt;&lt;p&gt;Center: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Uses the Qt libraries under the GNU LGPL version 3, SQLite (public domain) and OpenSSL (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Intake desk for Vietnam&apos;s one-stop public administration centers: receive dossiers, track them across departments and return results, online or offline.&lt;/p&gt;&lt;p&gt;Center: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Uses the Qt libraries under the GNU LGPL version 3, SQLite (public domain) and OpenSSL (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedurePicker</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, name, field or department — diacritics optional (F3)</source>
        <translation>Code, name, field or department — diacritics optional (F3)</translation>
    </message>
    <message>
        <source>No procedure chosen yet: type and press Enter.</source>
        <translation>No procedure chosen yet: type and press Enter.</translation>
    </message>
    <message>
        <source>Chosen: %1 — %2
%3</source>
        <translation>Chosen: %1 — %2
%3</translation>
    </message>
</context>
<context>
    <name>motcua::SettingsPage</name>
    <message>
        <source>Center name:</source>
        <translation>Center name:</translation>
    </message>
    <message>
        <source>Governing authority:</source>
        <translation>Governing authority:</translation>
    </message>
    <message>
        <source>Agency code:</source>
        <translation>Agency code:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Dossier lookup address:</source>
        <translation>Dossier lookup address:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>The change applies at once and is remembered on this workstation.</source>
        <translation>The change applies at once and is remembered on this workstation.</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Service center</translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s details.</source>
        <translation>Only an administrator can change the center&apos;s details.</translation>
    </message>
    <message>
        <source>Save center details</source>
        <translation>Save center details</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Working hours:</translation>
    </message>
    <message>
        <source>Days off each week:</source>
        <translation>Days off each week:</translation>
    </message>
    <message>
        <source>The center&apos;s details were saved.</source>
        <translation>The center&apos;s details were saved.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>motcua::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Log in, or confirm the dialog&apos;s main button</source>
        <translation>Log in, or confirm the dialog&apos;s main button</translation>
    </message>
    <message>
        <source>Search the procedure catalogue (Catalogue page)</source>
        <translation>Search the procedure catalogue (Catalogue page)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
