<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>motcua</name>
    <message>
        <source>Usage: motcuactl calendar SUBCOMMAND [options]

Subcommands:
  due        the appointment date of a dossier received at a given time
  holidays   the holidays, compensatory days off and working weekend days of a year

motcuactl calendar SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid time &apos;%1&apos;: use ISO 8601, e.g. 2026-02-13T15:00 (Vietnam time) or 2026-02-13T08:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment date of a dossier received at --received, from a procedure&apos;s statutory time or from a time given directly. Give exactly one of --procedure, --working-days, --working-hours, --calendar-days. The answer is Vietnam time with its offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure code from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --procedure: counter (default), online or postal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of calendar days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the dossier was received, ISO 8601; without an offset it is Vietnam time (+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --procedure, --working-days, --working-hours, --calendar-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel needs --procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;: counter, online or postal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure %1 cannot be submitted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --%1 &apos;%2&apos;: a number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment could be computed for this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1
Rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated rows of a year&apos;s work calendar: holidays, compensatory days off, weekend working days. A year with no confirmed rows shows the proposal computed from the lunar calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year, e.g. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid year &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: confirmed calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PROPOSED from the lunar calendar, not confirmed by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcuactl catalogue SUBCOMMAND [options]

Subcommands:
  list [--department CODE]   the procedures in force today

motcuactl catalogue list --help shows its options.
To import a catalogue file: motcuactl import-catalogue FILE --user NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a procedure catalogue in the national catalogue&apos;s JSON shape (administrators only). The file is checked whole first: any error refuses it and leaves the database unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue imported, in force from %1: %2 departments (%3 new), %4 procedures (%5 new, %6 replaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the procedures in force today: code, name, department, time at the counter, fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this department&apos;s procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTER TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1). A new file gets the demo center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this user; the password comes from MOTCUA_PASSWORD or is asked on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcuactl %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without MOTCUA_PASSWORD and without a terminal the password cannot be asked: exit code 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 failure, 2 bad input, 3 refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes data: give the user with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set %1 or run the command on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;motcuactl %1 --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing subcommand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcuactl dossier SUBCOMMAND [options]

Subcommands:
  create FILE.json --user NAME   receive a dossier described by a JSON file
  show CODE                      print a dossier

motcuactl dossier SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original(s), %2 certified cop(ies), %3 photocop(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives a dossier described by a JSON file (the shape of `dossier show --json`): mints its code, computes the appointment and stores it. Prints the code and the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 received.
Appointment: %2
Rule: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a dossier: applicant, papers, fees, dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code, e.g. 000.00.00.H34-260213-0001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates or migrates the database; a new database gets the demo center.
With --admin, creates the first administrator (password from MOTCUA_PASSWORD or asked twice).
When an administrator already exists, --admin changes nothing and succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name needs --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator yet: run init --admin NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new administrator %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds dossiers by dossier code, ID number, phone number, or the applicant&apos;s name; diacritics are optional (&quot;dang van duc&quot; finds &quot;Đặng Văn Đức&quot;). Newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N dossiers (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the TEXT to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --limit &apos;%1&apos;: 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPLICANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROCEDURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPOINTMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcuactl users SUBCOMMAND [options]

Subcommands:
  add USERNAME --role clerk|supervisor|admin --name &quot;Full Name&quot; --user ADMIN
               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice
  list --user NAME

motcuactl users SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a local account (administrators only). The new account&apos;s password comes from MOTCUA_NEW_PASSWORD or is asked twice on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is required: clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the local accounts (supervisors and above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or migrate the database; --admin NAME creates the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a procedure catalogue file (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue list [--department CODE]: the procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar due ...: an appointment date; calendar holidays YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier create FILE.json; dossier show CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find dossiers by code, ID number, phone or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add USERNAME --role ROLE --name NAME; users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: motcuactl [--db PATH] [--json] COMMAND [options]

The command-line client of MotCua Desk.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motcuactl: unknown command &apos;%1&apos;. Try &apos;motcuactl --help&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed, result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is closed (%1): no further step is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier that is &quot;%1&quot; cannot become &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new dossier cannot start as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensatory day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day, moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1, at or after the procedure&apos;s %2 cutoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1, outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted swapped working days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long to fit in a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake desk for one-stop service centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to open first (intake, catalogue, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as this user; the password is read from MOTCUA_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as the demo administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the start-up time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptography failed while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptography failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashing a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password hash is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating a random salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) does not allow: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must be at least %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password must be at most %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The full name must be at most %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>add user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change another user&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable or disable user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last active administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can confirm the holidays of a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is outside the supported years %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holidays of %1 are empty; a year always has public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file must be an object with a &quot;rows&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday file has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the holiday file is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 is outside the supported years %3–%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;kind&quot;: &quot;%2&quot; is not one of holiday, compensatory, working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;name&quot;: the name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 repeats row %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can import holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue file, field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with a value and a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than zero, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a procedure needs its channels and processing times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: channel entry %2 has no processing time and was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is listed again with unit %1 where %2 gave %3; steps can only be added up in one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: channel %2 is given in %3 steps; their times were added up to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no channel has a processing time; no appointment date can be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers of one kind is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is not valid JSON: %1 at byte offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file must hold a JSON object with departments and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of department #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of procedure #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department with code %1 in the file&apos;s departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no department named %1 in the file&apos;s departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time in the form HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may import the procedure catalogue; %1 is signed in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo catalogue is missing from this build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not in the year %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working periods must be non-empty, each ending after it starts, in order and not overlapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend days must be distinct days 1 (Monday) to 7 (Sunday), leaving at least one working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department with code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure with code &quot;%1&quot; is in force on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database statement is not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering the fold() function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inner transaction is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier numbering settings are invalid (offline ranges from %1 for %2 workstations, blocks of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and %1; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center cannot be reached to lease dossier numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center leased dossier numbers %1–%2, which this workstation cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency code &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier has no time of receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier code must be taken inside the transaction that saves the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has used all its offline dossier numbers for today (%1–%2). Connect to the center to lease more numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier needs a code, a time of receipt and an appointment time before it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s procedure is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database schema scripts were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of MotCua Desk (schema %1; this version knows up to %2). Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema script %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the service center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing authority printed above the center&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name used in dated lines of printed forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National agency identifier that starts every dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address of the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone number of the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address where applicants look up a dossier; {code} is replaced by the dossier code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of this workstation within the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of workstations that share the fallback numbering range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First daily sequence number of the offline fallback range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence numbers leased per block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours of a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off each week (1 = Monday ... 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write working hours as HH:MM-HH:MM, comma-separated, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list distinct days 1 (Monday) to 7 (Sunday), comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter an http(s) address containing {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be one line of at most %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>use capital letters and digits separated by dots, e.g. 000.00.06.H56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose vi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AppContext</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo center failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CataloguePage</name>
    <message>
        <source>Procedure catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name or field (diacritics optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import procedure catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n department(s) (%2 new)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n procedure(s) (%1 new, %2 updated), in force from %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DossierService</name>
    <message>
        <source>receive dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one set of papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure %1 has no processing time for this channel in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of receipt is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the procedure code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (counter, online, postal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ISO 8601 date and time: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown applicant type &quot;%1&quot; (citizen, enterprise, state_agency, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of đồng is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierService::Private</name>
    <message>
        <source>the applicant&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a citizen ID number has exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s tax or registration number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Vietnamese phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every paper needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts of papers cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee &quot;%1&quot; differs from the catalogue: give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::FirstRunDialog</name>
    <message>
        <source>First start — MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Create the administrator account: it manages users, the procedure catalogue and the holiday calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::HolidayCalendarWidget</name>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off in lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed (lunar calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no name. Name every holiday and day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The calendar of %1 was confirmed: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: press “Confirm year” to store these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the lunar calendar: not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Log in — MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a dossier at the counter: applicant, procedure, papers and fees, then print the receipt with its appointment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any dossier by code, applicant or procedure and follow its processing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand results back to applicants and record when, and to whom, each result was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily figures per department: received, due today, overdue, and returned early, on time or late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the central portal: what is queued, what failed and why, and when this workstation last synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Intake desk for Vietnam&apos;s one-stop public administration centers: receive dossiers, track them across departments and return results, online or offline.&lt;/p&gt;&lt;p&gt;Center: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;&lt;p&gt;Uses the Qt libraries under the GNU LGPL version 3, SQLite (public domain) and OpenSSL (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SettingsPage</name>
    <message>
        <source>Center name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier lookup address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies at once and is remembered on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change the center&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save center details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off each week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s details were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in, or confirm the dialog&apos;s main button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the procedure catalogue (Catalogue page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
