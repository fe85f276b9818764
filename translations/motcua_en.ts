<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>motcua::AccountBeforeLogin</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished">Wrong user name or password.</translation>
    </message>
    <message>
        <source>The account sent by the center is not signed by it; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AccountLookup</name>
    <message>
        <source>The center&apos;s address or certificate kept for logins cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center did not answer: %1</source>
        <translation type="unfinished">The center did not answer: %1</translation>
    </message>
    <message>
        <source>The center&apos;s answer is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center has no account of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center refused this workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center answered with another account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AccountSync</name>
    <message>
        <source>The center sent an incomplete account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account sent by the center is not signed by it; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AesGcm</name>
    <message>
        <source>encrypting</source>
        <translation>encrypting</translation>
    </message>
    <message>
        <source>decrypting</source>
        <translation>decrypting</translation>
    </message>
    <message>
        <source>generating random bytes</source>
        <translation>generating random bytes</translation>
    </message>
    <message>
        <source>The data failed its integrity check: it was changed or the key is wrong.</source>
        <translation>The data failed its integrity check: it was changed or the key is wrong.</translation>
    </message>
</context>
<context>
    <name>motcua::AppContext</name>
    <message>
        <source>Log in as an administrator to encrypt the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Cannot create the folder %1 for the database.</translation>
    </message>
    <message>
        <source>Cannot move the database %1 to %2.</source>
        <translation>Cannot move the database %1 to %2.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a MotCua Desk database. Check the path, or restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path; to create a new one there, run: motcuactl init --db &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not encrypted, but its key file %2 says it was. It is not opened: call the administrator to restore the database from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo center failed: %1</source>
        <translation>Loading the demo center failed: %1</translation>
    </message>
    <message>
        <source>The queued attachment names no stored file.</source>
        <translation>The queued attachment names no stored file.</translation>
    </message>
    <message>
        <source>The queued attachment does not match the stored file.</source>
        <translation>The queued attachment does not match the stored file.</translation>
    </message>
    <message>
        <source>The portal is not reachable.</source>
        <translation>The portal is not reachable.</translation>
    </message>
    <message>
        <source>Wrong user name or password. An account created at another counter cannot be used here until the center answers: %1</source>
        <translation type="unfinished"></translation>
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
    <name>motcua::AttachCommand</name>
    <message>
        <source>Usage: motcuactl dossier result attach CODE FILE... --user NAME

Attaches the dossier&apos;s result (a scan or a file: PDF or image) once processing is complete.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches files as the result of a dossier whose processing is complete (scanned or imported at return). They are stored encrypted like papers and synced with the dossier (the service-quality index counts electronic and digitized results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches files to a paper of a dossier. They are stored encrypted under the data key, which the user&apos;s password unlocks. Refused when free disk space is below attachments.minFreeMB.</source>
        <translation>Attaches files to a paper of a dossier. They are stored encrypted under the data key, which the user&apos;s password unlocks. Refused when free disk space is below attachments.minFreeMB.</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>The dossier code.</translation>
    </message>
    <message>
        <source>Files to attach.</source>
        <translation>Files to attach.</translation>
    </message>
    <message>
        <source>The paper: its number in `dossier show`, or `other`.</source>
        <translation>The paper: its number in `dossier show`, or `other`.</translation>
    </message>
    <message>
        <source>Number of pages of each file (scans).</source>
        <translation>Number of pages of each file (scans).</translation>
    </message>
    <message>
        <source>give a CODE and at least one FILE.</source>
        <translation>give a CODE and at least one FILE.</translation>
    </message>
    <message>
        <source>--component is required: a paper number or `other`.</source>
        <translation>--component is required: a paper number or `other`.</translation>
    </message>
    <message>
        <source>invalid --component &apos;%1&apos;: a paper number (1, 2, ...) or `other`.</source>
        <translation>invalid --component &apos;%1&apos;: a paper number (1, 2, ...) or `other`.</translation>
    </message>
    <message>
        <source>invalid --pages &apos;%1&apos;.</source>
        <translation>invalid --pages &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>The file %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Attached %1 (%2) as the result of %3: attachment %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2) to %3: attachment %4.</source>
        <translation>Attached %1 (%2) to %3: attachment %4.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachFetchCommand</name>
    <message>
        <source>Lists the files of a dossier that are kept at the center and not yet on this workstation, or fetches them (SHA-256 prefixes, or --all). A fetched file is checked against its SHA-256 and stored encrypted like a scan; a fetch that fails stores nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>The dossier code.</translation>
    </message>
    <message>
        <source>Files to fetch: the start of their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every file kept at the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the center for pieces of N KiB (1 to 1024; default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a dossier CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--piece-kib takes a number from 1 to 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has no file kept at the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: going on from the %2 received before (of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 (%2) from the center: attachment %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentRepository</name>
    <message>
        <source>No attachment has the number %1.</source>
        <translation>No attachment has the number %1.</translation>
    </message>
    <message>
        <source>No dossier has the code %1.</source>
        <translation>No dossier has the code %1.</translation>
    </message>
    <message>
        <source>No kept scan has the id %1.</source>
        <translation>No kept scan has the id %1.</translation>
    </message>
    <message>
        <source>saving the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stored files&apos; fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the kept scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the kept scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the unfinished dossier&apos;s scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attaching the kept scan to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the scans no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the dossier&apos;s paper</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentService</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Attachments are locked: log in again with your password to open or add them.</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 of the file.</source>
        <translation>Cannot compute the SHA-256 of the file.</translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation>Other papers</translation>
    </message>
    <message>
        <source>Not a SHA-256: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has no result yet: a result file is attached once processing is complete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>The attachment needs a file name.</translation>
    </message>
    <message numerus="yes">
        <source>The file name is longer than %n characters.</source>
        <translation>
            <numerusform>The file name is longer than %n characters.</numerusform>
            <numerusform>The file name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>The file %1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>The page count cannot be negative.</source>
        <translation>The page count cannot be negative.</translation>
    </message>
    <message>
        <source>Dossier %1 has no paper with the id %2.</source>
        <translation>Dossier %1 has no paper with the id %2.</translation>
    </message>
    <message>
        <source>The file %1 came from the center damaged (its SHA-256 does not match): nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan is empty.</source>
        <translation>The scan is empty.</translation>
    </message>
    <message>
        <source>The scan is larger than %1 MB.</source>
        <translation>The scan is larger than %1 MB.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentStore</name>
    <message>
        <source>Cannot write the attachment file %1: %2</source>
        <translation>Cannot write the attachment file %1: %2</translation>
    </message>
    <message>
        <source>Attachment %1 failed its integrity check (%2): the file on disk was changed or damaged. Restore it from a backup or attach it again.</source>
        <translation>Attachment %1 failed its integrity check (%2): the file on disk was changed or damaged. Restore it from a backup or attach it again.</translation>
    </message>
    <message>
        <source>Disk space for attachments is running low: %1 free, new scans stop below %2.</source>
        <translation>Disk space for attachments is running low: %1 free, new scans stop below %2.</translation>
    </message>
    <message>
        <source>Not enough disk space for attachments: %1 free, at least %2 must stay free. New scans and files are refused until space is freed.</source>
        <translation>Not enough disk space for attachments: %1 free, at least %2 must stay free. New scans and files are refused until space is freed.</translation>
    </message>
    <message>
        <source>Cannot create the attachment folder %1.</source>
        <translation>Cannot create the attachment folder %1.</translation>
    </message>
    <message>
        <source>Invalid attachment name.</source>
        <translation>Invalid attachment name.</translation>
    </message>
    <message>
        <source>The file of attachment %1 is missing from %2.</source>
        <translation>The file of attachment %1 is missing from %2.</translation>
    </message>
    <message>
        <source>Cannot read the attachment file %1: %2</source>
        <translation>Cannot read the attachment file %1: %2</translation>
    </message>
    <message>
        <source>not an attachment file</source>
        <translation>not an attachment file</translation>
    </message>
    <message>
        <source>unknown format version</source>
        <translation>unknown format version</translation>
    </message>
    <message>
        <source>authentication tag mismatch</source>
        <translation>authentication tag mismatch</translation>
    </message>
    <message>
        <source>content does not match its SHA-256</source>
        <translation>content does not match its SHA-256</translation>
    </message>
    <message>
        <source>Cannot remove the attachment file %1.</source>
        <translation>Cannot remove the attachment file %1.</translation>
    </message>
</context>
<context>
    <name>motcua::AttachmentViewer</name>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Fit the page to the width (Ctrl+0)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
</context>
<context>
    <name>motcua::AuditCommand</name>
    <message>
        <source>Usage: motcuactl audit verify --user ADMIN

Checks that no audit row was changed, removed or added since it was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit trail&apos;s chain (administrators): exit 0 when intact, 1 naming the first row that was changed, removed or slipped in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may check the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1 (%2): that row or the one before it was changed, removed or added after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::BarcodeReader</name>
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
</context>
<context>
    <name>motcua::BulkDossierLoad</name>
    <message>
        <source>reading the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the database&apos;s indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording what the portal has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CalendarCommands</name>
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
</context>
<context>
    <name>motcua::CalendarRepository</name>
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
        <source>reading the holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CalendarService</name>
    <message>
        <source>The year %1 is outside the supported years %2–%3.</source>
        <translation>The year %1 is outside the supported years %2–%3.</translation>
    </message>
    <message>
        <source>Only an administrator can confirm the holidays of a year.</source>
        <translation>Only an administrator can confirm the holidays of a year.</translation>
    </message>
    <message>
        <source>The holidays of %1 are empty; a year always has public holidays.</source>
        <translation>The holidays of %1 are empty; a year always has public holidays.</translation>
    </message>
    <message>
        <source>The name of %1 %2</source>
        <translation type="unfinished"></translation>
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
        <source>Row %1, field &quot;name&quot;: the name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, field &quot;date&quot;: %2 repeats row %3.</source>
        <translation>Row %1, field &quot;date&quot;: %2 repeats row %3.</translation>
    </message>
    <message>
        <source>Only an administrator can import holidays.</source>
        <translation>Only an administrator can import holidays.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueCommands</name>
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
        <source>NAME</source>
        <translation>NAME</translation>
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
</context>
<context>
    <name>motcua::CatalogueImporter</name>
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
    <name>motcua::CataloguePull</name>
    <message>
        <source>MATTHC or TENTTHC is missing.</source>
        <translation>MATTHC or TENTTHC is missing.</translation>
    </message>
    <message>
        <source>COQUANTHUCHIEN names no implementing department.</source>
        <translation>COQUANTHUCHIEN names no implementing department.</translation>
    </message>
    <message>
        <source>the answer holds no procedure.</source>
        <translation>the answer holds no procedure.</translation>
    </message>
    <message>
        <source>the answer is about another procedure (%1).</source>
        <translation>the answer is about another procedure (%1).</translation>
    </message>
    <message>
        <source>the procedure has no name.</source>
        <translation>the procedure has no name.</translation>
    </message>
    <message>
        <source>The portal&apos;s list of procedures (LayDanhSachTTHC) is not a list.</source>
        <translation>The portal&apos;s list of procedures (LayDanhSachTTHC) is not a list.</translation>
    </message>
    <message>
        <source>The procedure %1 could not be fetched (LayThuTuc): %2</source>
        <translation>The procedure %1 could not be fetched (LayThuTuc): %2</translation>
    </message>
    <message>
        <source>The portal&apos;s answer for procedure %1 (LayThuTuc) cannot be used: %2 The catalogue was left unchanged.</source>
        <translation>The portal&apos;s answer for procedure %1 (LayThuTuc) cannot be used: %2 The catalogue was left unchanged.</translation>
    </message>
    <message>
        <source>The procedures from the portal were refused by the catalogue import: %1 The catalogue was left unchanged.</source>
        <translation>The procedures from the portal were refused by the catalogue import: %1 The catalogue was left unchanged.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueRepository</name>
    <message>
        <source>recording the catalogue version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a procedure&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a procedure&apos;s components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department with code &quot;%1&quot;.</source>
        <translation>No department with code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reading the catalogue versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a procedure&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a procedure&apos;s components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure with code &quot;%1&quot; is in force on %2.</source>
        <translation>No procedure with code &quot;%1&quot; is in force on %2.</translation>
    </message>
    <message>
        <source>No procedure with id %1.</source>
        <translation>No procedure with id %1.</translation>
    </message>
</context>
<context>
    <name>motcua::CatalogueService</name>
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
</context>
<context>
    <name>motcua::CenterAccountRepository</name>
    <message>
        <source>There is no such user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the center&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the center&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the account the center signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the user&apos;s departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the user&apos;s departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the account for the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accounts waiting for the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording that the center has the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving an account from the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the account&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the account&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the account&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterAccounts</name>
    <message>
        <source>%1: %2 (accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a password verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to %1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center has no account named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center has no account of that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterAuth</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins; try again in %1 minutes.</source>
        <translation>Too many failed sign-ins; try again in %1 minutes.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled already. Revoke it first (motcua-center revoke --station %1).</source>
        <translation>Station %1 is enrolled already. Revoke it first (motcua-center revoke --station %1).</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, used or expired. Ask the center&apos;s administrator for a new one.</source>
        <translation>The enrolment code is wrong, used or expired. Ask the center&apos;s administrator for a new one.</translation>
    </message>
    <message>
        <source>Station %1 is enrolled already.</source>
        <translation>Station %1 is enrolled already.</translation>
    </message>
    <message>
        <source>Station %1 is not enrolled.</source>
        <translation>Station %1 is not enrolled.</translation>
    </message>
    <message>
        <source>An administrator needs a name and a password of at least 10 characters.</source>
        <translation>An administrator needs a name and a password of at least 10 characters.</translation>
    </message>
    <message>
        <source>The bundle is not signed by a workstation enrolled at this center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not enrolled at the center, or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterCommands</name>
    <message>
        <source>Joins this workstation to its center&apos;s server (motcua-center) with the one-time code the center&apos;s administrator printed (motcua-center enrol --station N). The center gives the station its number and its own credential, kept sealed under the data key. Needs an administrator.</source>
        <translation>Joins this workstation to its center&apos;s server (motcua-center) with the one-time code the center&apos;s administrator printed (motcua-center enrol --station N). The center gives the station its number and its own credential, kept sealed under the data key. Needs an administrator.</translation>
    </message>
    <message>
        <source>The center&apos;s https:// address.</source>
        <translation>The center&apos;s https:// address.</translation>
    </message>
    <message>
        <source>One-time code.</source>
        <translation>One-time code.</translation>
    </message>
    <message>
        <source>The center&apos;s CA or certificate (PEM) to trust.</source>
        <translation>The center&apos;s CA or certificate (PEM) to trust.</translation>
    </message>
    <message>
        <source>This workstation&apos;s name at the center.</source>
        <translation>This workstation&apos;s name at the center.</translation>
    </message>
    <message>
        <source>give the center&apos;s URL.</source>
        <translation>give the center&apos;s URL.</translation>
    </message>
    <message>
        <source>--code CODE and --ca FILE are required.</source>
        <translation>--code CODE and --ca FILE are required.</translation>
    </message>
    <message>
        <source>the center&apos;s URL must be an https:// address.</source>
        <translation>the center&apos;s URL must be an https:// address.</translation>
    </message>
    <message>
        <source>Only an administrator can join the workstation to a center.</source>
        <translation>Only an administrator can join the workstation to a center.</translation>
    </message>
    <message>
        <source>Joined %1 as station %2.</source>
        <translation>Joined %1 as station %2.</translation>
    </message>
    <message>
        <source>center join URL --code CODE --ca FILE: join the center&apos;s server with a one-time code. center refeed: pull every dossier of the center again at the next sync pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the center&apos;s feed back to its start: the next sync pass pulls every dossier of the center again, so copies pulled by an older version of this workstation get everything their record carries (forms 02 to 04 included). Nothing is doubled. Needs an administrator; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>center refeed takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can have the center&apos;s feed pulled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sync pass pulls every dossier of the center again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pulled from the center yet: the next sync pass pulls every dossier of the center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterConfig</name>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>&quot;%1&quot; must be a number from %2 to %3.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Cannot read the configuration file %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected &quot;key = value&quot;.</source>
        <translation>%1, line %2: expected &quot;key = value&quot;.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>&quot;listen&quot; must be ADDR:PORT, for example 0.0.0.0:8443.</source>
        <translation>&quot;listen&quot; must be ADDR:PORT, for example 0.0.0.0:8443.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterDatabase</name>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>Cannot connect to PostgreSQL: %1</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center; nothing was changed.</source>
        <translation>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center; nothing was changed.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center.</source>
        <translation>The database&apos;s schema is version %1, newer than this motcua-center knows (%2). Install the newer motcua-center.</translation>
    </message>
    <message>
        <source>The database&apos;s schema is version %1; this motcua-center needs %2. Run &quot;motcua-center init&quot; first.</source>
        <translation>The database&apos;s schema is version %1; this motcua-center needs %2. Run &quot;motcua-center init&quot; first.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFeed</name>
    <message>
        <source>Dossier %1 was changed at the center in the meantime: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;TuMoc&quot; is not a cursor of this center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;SoLuong&quot; must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center could not read its dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation&apos;s record has an older status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: the step names an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is now &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the online submission %1 was already decided at another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: the code is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: only an acceptance gives an online submission a new code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterFeedPull</name>
    <message numerus="yes">
        <source>%n dossier(s) of the center name a procedure this workstation does not know.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileBar</name>
    <message>
        <source>&amp;Download from the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is kept at the center: fetch it to this workstation (stored encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Attachments are locked: log in again with your password to open or add them.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileFetch</name>
    <message>
        <source>The center cannot be reached (%1): the file was not fetched. Try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file came from the center damaged (its SHA-256 does not match): nothing was stored. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is not connected to a center: files kept at the center cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center holds no complete copy of this file: it cannot be fetched. It may still be on its way from the workstation that scanned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not send files (it is not a center): the file cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center refused to send the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was stopped: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments are locked: log in again with your password to open or add them.</source>
        <translation>Attachments are locked: log in again with your password to open or add them.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterFileRepository</name>
    <message>
        <source>Dossier %1 has no file %2 waiting at the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the center&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the center&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the center&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoin</name>
    <message>
        <source>The center&apos;s address must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The center did not answer: %1</source>
        <translation>The center did not answer: %1</translation>
    </message>
    <message>
        <source>The center refused the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s answer is incomplete; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: the center&apos;s credential is sealed under the data key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoinBox</name>
    <message>
        <source>Center&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has not joined a center&apos;s server. An administrator joins it with the one-time code the center&apos;s administrator prints (motcua-center enrol --station N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 at %2 as station %3. Dossiers, history and files go to the center&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterJoinDialog</name>
    <message>
        <source>Join the center&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Center&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center&apos;s &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s administrator prints the code with &quot;motcua-center enrol --station N&quot;; it works once, for a short time. The center gives this workstation its station number and its own credential, kept encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of the center&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The center&apos;s address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 as station %2.</source>
        <translation>Joined %1 as station %2.</translation>
    </message>
    <message>
        <source>Asking %1 to join…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterMain</name>
    <message>
        <source>&quot;agency&quot; (the center&apos;s unit code, madonvi) is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;certificate&quot; and &quot;key&quot; (PEM files) are required: the center speaks HTTPS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate %1 (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the private key %1; is it readable by the motcua-center user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 is not a PEM key of the certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override one setting of the file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes an enrolment code stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: vi (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: refuse the account everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account: allow the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema is at version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration, the certificate and the database are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--station N is required, from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes must be from 1 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code for station %1, valid %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station	sequence	MAC	reported at (UTC)	reports	alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT station %1: %2, kept sequence %3, reported sequence %4, %5 time(s), last at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 can sign in to the center&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account needs --user NAME and one of --disable, --enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is disabled at every workstation after its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;national_url&quot; is not set: nothing to pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing dossier(s) will be tried again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay takes status or retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay is not configured (national_url is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending	%1	(%2 dossiers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent	%1	last at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING %1	attempts %2	next %3	%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk center server: the workstations&apos; protocol on PostgreSQL for one center&apos;s counters.

Commands:
  init                  create or migrate the database schema
  check                 validate the configuration, the certificate and the database
  serve                 serve the workstations over HTTPS (the systemd unit runs this)
  enrol --station N     print a one-time code for workstation N to join with
  revoke --station N    refuse workstation N from now on
  stations              list the enrolled workstations
  audit-heads           the workstations&apos; audit trail heads and the alerts about them
  admin --user NAME     add a center administrator (password from $MOTCUA_CENTER_PASSWORD or stdin)
  account --user NAME --disable|--enable
                        refuse (or allow again) a user account at every workstation
  pull-online           pull the online submissions once (online_url, else national_url)
  relay status          what waits to be sent to the national system, and what fails
  relay retry           try every failing dossier again now

Workstations join with: motcuactl center join URL --code CODE --ca FILE --user ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online or relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: init, check, serve, enrol, revoke, stations, audit-heads, admin, account, pull-online or relay (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterOnlinePull</name>
    <message>
        <source>The national portal&apos;s reply is malformed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national portal refused: error %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national portal cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;national_url&quot; must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;national_ca&quot; must name a readable CA certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;national_ca&quot; holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file from the national portal does not match its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterRelay</name>
    <message>
        <source>The national system refused the new session too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to the national system refused (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the national system within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national system answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the national system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national system&apos;s answer was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national system&apos;s answer is not a reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterRelayMap</name>
    <message>
        <source>Relay to the national system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured (national_url is empty): nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1 (%2 dossiers). Sent: %3. Last sent: %4 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Next attempt (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterServer</name>
    <message>
        <source>Field &quot;code&quot; is missing.</source>
        <translation>Field &quot;code&quot; is missing.</translation>
    </message>
    <message>
        <source>This workstation is enrolled as station %1; &quot;May&quot; must be %1.</source>
        <translation>This workstation is enrolled as station %1; &quot;May&quot; must be %1.</translation>
    </message>
    <message>
        <source>%1 — center&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields &quot;station&quot;, &quot;key&quot; and &quot;username&quot; are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This center keeps no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CenterStore</name>
    <message>
        <source>The center could not store the file.</source>
        <translation>The center could not store the file.</translation>
    </message>
    <message>
        <source>The status must be a number from 1 to 10.</source>
        <translation>The status must be a number from 1 to 10.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>No dossier with this code.</translation>
    </message>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation>The request for dossier numbers is invalid.</translation>
    </message>
    <message>
        <source>Field &quot;MaYeuCau&quot; was used before for another agency or day.</source>
        <translation>Field &quot;MaYeuCau&quot; was used before for another agency or day.</translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation>All dossier numbers the center can lease for %1 on %2 are used.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match; upload it again from the start.</source>
        <translation>The file&apos;s SHA-256 does not match; upload it again from the start.</translation>
    </message>
</context>
<context>
    <name>motcua::CenterWorkers</name>
    <message>
        <source>The bundle is not signed by a workstation enrolled at this center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ChangeWatch</name>
    <message>
        <source>looking for changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CitizenIdQr</name>
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
</context>
<context>
    <name>motcua::CliContext</name>
    <message>
        <source>The database is encrypted: give the user with --user NAME, whose password opens it.</source>
        <translation type="unfinished"></translation>
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
        <source>This command shows personal data: give the user with --user NAME.</source>
        <translation type="unfinished"></translation>
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
        <source>Your password was set by an administrator: log in to the app and choose your own first.</source>
        <translation>Your password was set by an administrator: log in to the app and choose your own first.</translation>
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
</context>
<context>
    <name>motcua::Code128</name>
    <message>
        <source>A barcode needs some text.</source>
        <translation>A barcode needs some text.</translation>
    </message>
    <message>
        <source>A Code 128 barcode holds printable ASCII only, not &quot;%1&quot;.</source>
        <translation>A Code 128 barcode holds printable ASCII only, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The barcode could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CodeLeaseAuthority</name>
    <message>
        <source>The request for dossier numbers is invalid.</source>
        <translation>The request for dossier numbers is invalid.</translation>
    </message>
    <message>
        <source>All dossier numbers the center can lease for %1 on %2 are used.</source>
        <translation>All dossier numbers the center can lease for %1 on %2 are used.</translation>
    </message>
    <message>
        <source>reading the numbers left to lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leasing a block of dossier numbers</source>
        <translation type="unfinished"></translation>
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
        <source>Photocopies</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <source>(optional) %1</source>
        <translation>(optional) %1</translation>
    </message>
    <message>
        <source>If this case applies: %1</source>
        <translation>If this case applies: %1</translation>
    </message>
    <message>
        <source>%1
These papers are needed only in this case; the applicant brings those of the case that applies. Ticking the heading ticks them all.</source>
        <translation>%1
These papers are needed only in this case; the applicant brings those of the case that applies. Ticking the heading ticks them all.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>Certified
copies</source>
        <translation>Certified
copies</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardPage</name>
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
        <source>Results returned</source>
        <translation>Results returned</translation>
    </message>
    <message>
        <source>Due later today</source>
        <translation>Due later today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Awaiting a supplement</source>
        <translation>Awaiting a supplement</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The dashboard and the periodic report are for supervisors and administrators. Your role (%1) does not include them.</source>
        <translation>The dashboard and the periodic report are for supervisors and administrators. Your role (%1) does not include them.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the figures again (F5). They also refresh by themselves when dossiers change.</source>
        <translation>Read the figures again (F5). They also refresh by themselves when dossiers change.</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>Per department in the period: processed and pending (click a bar to list)</source>
        <translation>Per department in the period: processed and pending (click a bar to list)</translation>
    </message>
    <message>
        <source>Per day in the period</source>
        <translation>Per day in the period</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Processed</translation>
    </message>
    <message>
        <source>Center-wide: all workstations of the center, from the portal</source>
        <translation>Center-wide: all workstations of the center, from the portal</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <source>Read in %1 ms</source>
        <translation>Read in %1 ms</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>all departments</translation>
    </message>
    <message>
        <source>Today, %1 — this workstation, %2</source>
        <translation>Today, %1 — this workstation, %2</translation>
    </message>
    <message>
        <source>Pending, not yet due</source>
        <translation>Pending, not yet due</translation>
    </message>
    <message>
        <source>Pending, overdue</source>
        <translation>Pending, overdue</translation>
    </message>
    <message>
        <source>Received %1 (counter %2, online %3, post %4) · returned %5 · due later today %6 · overdue %7 · awaiting a supplement %8</source>
        <translation>Received %1 (counter %2, online %3, post %4) · returned %5 · due later today %6 · overdue %7 · awaiting a supplement %8</translation>
    </message>
    <message>
        <source>Not available: no portal is configured for this workstation (Settings). The numbers above are this workstation&apos;s own.</source>
        <translation>Not available: no portal is configured for this workstation (Settings). The numbers above are this workstation&apos;s own.</translation>
    </message>
    <message>
        <source>Asking the portal for the center&apos;s figures…</source>
        <translation>Asking the portal for the center&apos;s figures…</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached. Last figures received at %1: %2</source>
        <translation>Offline: the portal cannot be reached. Last figures received at %1: %2</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached, so the center&apos;s figures are not available. The numbers above are this workstation&apos;s own.</source>
        <translation>Offline: the portal cannot be reached, so the center&apos;s figures are not available. The numbers above are this workstation&apos;s own.</translation>
    </message>
    <message>
        <source>The portal did not give new figures (%1). Last figures received at %2: %3</source>
        <translation>The portal did not give new figures (%1). Last figures received at %2: %3</translation>
    </message>
    <message>
        <source>The portal did not give the center&apos;s figures: %1</source>
        <translation>The portal did not give the center&apos;s figures: %1</translation>
    </message>
    <message>
        <source>%1 — received from the portal at %2</source>
        <translation>%1 — received from the portal at %2</translation>
    </message>
    <message>
        <source>&amp;Report of the period</source>
        <translation>&amp;Report of the period</translation>
    </message>
    <message>
        <source>Service &amp;quality index (Decision 766)</source>
        <translation>Service &amp;quality index (Decision 766)</translation>
    </message>
    <message>
        <source>Online dossiers awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the acceptance deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1 — the whole center (every counter&apos;s dossiers held here), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: no server is configured. The numbers above count every counter&apos;s dossiers this workstation received from the center at its last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the center&apos;s server cannot be reached. The numbers above count every counter&apos;s dossiers as of this workstation&apos;s last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center-wide: all workstations of the center, as counted by the center&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the center&apos;s server for its figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the center&apos;s server cannot be reached. Last figures received at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s server did not give new figures (%1). Last figures received at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s server did not give its figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — received from the center&apos;s server at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DashboardTile</name>
    <message>
        <source>%1 — click to list these dossiers</source>
        <translation>%1 — click to list these dossiers</translation>
    </message>
    <message>
        <source>this workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Database</name>
    <message>
        <source>(Technical detail: %1)</source>
        <translation>(Technical detail: %1)</translation>
    </message>
    <message>
        <source>The database is busy with another program of this workstation (a second window of the app or a command). Nothing was saved: wait a moment and try again; if this keeps happening, close the other program or restart the app.</source>
        <translation>The database is busy with another program of this workstation (a second window of the app or a command). Nothing was saved: wait a moment and try again; if this keeps happening, close the other program or restart the app.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space on the disk (delete or move old files, empty the trash), then try again: what was saved before is kept.</source>
        <translation>The disk is full, so nothing was saved. Free some space on the disk (delete or move old files, empty the trash), then try again: what was saved before is kept.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error), so nothing was saved. Check that the disk or drive is connected and working, then try again; if it keeps happening, call the administrator.</source>
        <translation>The disk could not be read or written (input/output error), so nothing was saved. Check that the disk or drive is connected and working, then try again; if it keeps happening, call the administrator.</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop entering work on this workstation and call the administrator to restore it from the latest backup; nothing more is written to it.</source>
        <translation>The database file is damaged. Stop entering work on this workstation and call the administrator to restore it from the latest backup; nothing more is written to it.</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that its folder exists and that this user may read and write it, or call the administrator.</source>
        <translation>The database file cannot be opened. Check that its folder exists and that this user may read and write it, or call the administrator.</translation>
    </message>
    <message>
        <source>The database may not be written by this user, so nothing was saved. Call the administrator to give this user write access to the database folder.</source>
        <translation>The database may not be written by this user, so nothing was saved. Call the administrator to give this user write access to the database folder.</translation>
    </message>
    <message>
        <source>The data breaks a rule of the database (a duplicate or missing record), so nothing was saved. Check what was entered and try again.</source>
        <translation>The data breaks a rule of the database (a duplicate or missing record), so nothing was saved. Check what was entered and try again.</translation>
    </message>
    <message>
        <source>The computer ran out of memory, so nothing was saved. Close other programs and try again.</source>
        <translation>The computer ran out of memory, so nothing was saved. Close other programs and try again.</translation>
    </message>
    <message>
        <source>The database reported an error (code %1), so nothing was saved. Try again; if it keeps happening, call the administrator.</source>
        <translation>The database reported an error (code %1), so nothing was saved. Try again; if it keeps happening, call the administrator.</translation>
    </message>
    <message>
        <source>The database statement is not prepared.</source>
        <translation>The database statement is not prepared.</translation>
    </message>
    <message>
        <source>The database key is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the encrypted copy</source>
        <translation type="unfinished"></translation>
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
        <source>merging the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseEncryption</name>
    <message>
        <source>Only a plain database file can be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another program; it is encrypted at a later administrator login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted copy of the database differs from the original; the original is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the database %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving the write-ahead log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the rows of the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseGuard</name>
    <message>
        <source>Another program briefly disturbed the database file, so the app opened it again. Every saved record is kept; you can carry on working.</source>
        <translation>Another program briefly disturbed the database file, so the app opened it again. Every saved record is kept; you can carry on working.</translation>
    </message>
    <message>
        <source>Another program disturbed the database file and the app could not open it again. Save nothing more, close the app and start it again; saved records are kept.</source>
        <translation>Another program disturbed the database file and the app could not open it again. Save nothing more, close the app and start it again; saved records are kept.</translation>
    </message>
</context>
<context>
    <name>motcua::DepartmentQueue</name>
    <message>
        <source>A department officer sees only the queue of their own departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the counter&apos;s step, not a department officer&apos;s: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is not with your department: a department officer records only their department&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DepartmentQueueRepository</name>
    <message>
        <source>reading the department&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierActionPanel</name>
    <message>
        <source>To &amp;department:</source>
        <translation>To &amp;department:</translation>
    </message>
    <message>
        <source>Remove the paper</source>
        <translation>Remove the paper</translation>
    </message>
    <message>
        <source>New &amp;appointment:</source>
        <translation>New &amp;appointment:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>This step is recorded in its own dialog.</source>
        <translation>This step is recorded in its own dialog.</translation>
    </message>
    <message>
        <source>%1: done. The dossier is now &quot;%2&quot;.</source>
        <translation>%1: done. The dossier is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Not handed in</translation>
    </message>
    <message>
        <source>Not signed or stamped</source>
        <translation>Not signed or stamped</translation>
    </message>
    <message>
        <source>Copy not certified</source>
        <translation>Copy not certified</translation>
    </message>
    <message>
        <source>Details do not match</source>
        <translation>Details do not match</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>&amp;Papers to add or complete:</source>
        <translation>&amp;Papers to add or complete:</translation>
    </message>
    <message>
        <source>Paper (tick the ones missing or faulty)</source>
        <translation>Paper (tick the ones missing or faulty)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Space ticks a paper; type or pick its reason (F2). The request (form 02) is printed when you confirm.</source>
        <translation>Space ticks a paper; type or pick its reason (F2). The request (form 02) is printed when you confirm.</translation>
    </message>
    <message>
        <source>Add a paper not on the list</source>
        <translation>Add a paper not on the list</translation>
    </message>
    <message>
        <source>Tick at least one paper that is missing or faulty.</source>
        <translation>Tick at least one paper that is missing or faulty.</translation>
    </message>
    <message>
        <source>Say why &quot;%1&quot; is asked for: type or pick its reason.</source>
        <translation>Say why &quot;%1&quot; is asked for: type or pick its reason.</translation>
    </message>
    <message>
        <source>The request is recorded, but form 02 could not be made: %1</source>
        <translation>The request is recorded, but form 02 could not be made: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DossierCodeAllocator</name>
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
        <source>reading the blocks of dossier numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking a dossier number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a block of dossier numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossierCommands</name>
    <message>
        <source>Usage: motcuactl dossier SUBCOMMAND [options]

Subcommands:
  create FILE.json --user NAME   receive a dossier described by a JSON file
  show CODE                      print a dossier
  print CODE --form NN --out F   render form 01 to 05 to PDF
  timeline CODE                  history, hand-overs and due date
  transfer CODE --to DEPT        hand over to a department
  receive CODE                   the department takes it up
  take-back CODE                 undo one&apos;s own transfer not yet received
  request-supplement CODE --item &quot;PAPER: REASON&quot;...
  supplement-received CODE       the papers arrived (clock runs again)
  awaiting-fees CODE             fees or taxes to pay
  complete CODE                  decided, result ready
  back-to-counter CODE           a department hands it back to the counter
  receive-back CODE              the counter signs for what came back
  return CODE --collector NAME --id-number N --paper TEXT...
  withdraw CODE --reason TEXT    the applicant withdraws
  stop CODE --reason TEXT        stop processing (supervisors)
  apologize CODE --new-appointment TIME --reason TEXT  form 04 (supervisors)
  result attach CODE FILE...     the result&apos;s scan or file (processed dossiers)
Steps that change a dossier need --user NAME.

motcuactl dossier SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
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
        <source>originals: %1, certified copies: %2, photocopies: %3</source>
        <translation>originals: %1, certified copies: %2, photocopies: %3</translation>
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
        <source>Paper %1</source>
        <translation>Paper %1</translation>
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
        <source>Attachment %1</source>
        <translation>Attachment %1</translation>
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
        <source>give one FILE.</source>
        <translation>give one FILE.</translation>
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
</context>
<context>
    <name>motcua::DossierExportRepository</name>
    <message>
        <source>reading the dossier list</source>
        <translation>reading the dossier list</translation>
    </message>
</context>
<context>
    <name>motcua::DossierFields</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>motcua::DossierFilterBar</name>
    <message>
        <source>Search: applicant name (diacritics optional), dossier code, ID number or phone</source>
        <translation>Search: applicant name (diacritics optional), dossier code, ID number or phone</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partment:</translation>
    </message>
    <message>
        <source>Pro&amp;cedure:</source>
        <translation>Pro&amp;cedure:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Received by me</source>
        <translation>Received by me</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open (not yet processed)</source>
        <translation>Open (not yet processed)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Type a name without diacritics (&quot;nguyen van an&quot;), a dossier code, an ID number or a phone.</source>
        <translation>Type a name without diacritics (&quot;nguyen van an&quot;), a dossier code, an ID number or a phone.</translation>
    </message>
    <message>
        <source>Searching by dossier code.</source>
        <translation>Searching by dossier code.</translation>
    </message>
    <message>
        <source>Searching by ID number.</source>
        <translation>Searching by ID number.</translation>
    </message>
    <message>
        <source>Searching by phone number (or tax number).</source>
        <translation>Searching by phone number (or tax number).</translation>
    </message>
    <message>
        <source>Searching by ID or registration number.</source>
        <translation>Searching by ID or registration number.</translation>
    </message>
    <message>
        <source>Searching by applicant name; the state, department, date and due filters still apply.</source>
        <translation>Searching by applicant name; the state, department, date and due filters still apply.</translation>
    </message>
    <message>
        <source>Searching by the end of a dossier code (the number on the receipt).</source>
        <translation>Searching by the end of a dossier code (the number on the receipt).</translation>
    </message>
</context>
<context>
    <name>motcua::DossierForms</name>
    <message>
        <source>The dossier %1 was not received (%2): it has no receipt (form 01).</source>
        <translation>The dossier %1 was not received (%2): it has no receipt (form 01).</translation>
    </message>
    <message>
        <source>No supplement was requested for the dossier %1.</source>
        <translation>No supplement was requested for the dossier %1.</translation>
    </message>
    <message>
        <source>The dossier %1 was not refused at intake.</source>
        <translation>The dossier %1 was not refused at intake.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierGenerator</name>
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
</context>
<context>
    <name>motcua::DossierGeneratorRows</name>
    <message>
        <source>writing generated dossiers</source>
        <translation>writing generated dossiers</translation>
    </message>
    <message>
        <source>The catalogue has no procedure with a processing time: import one first.</source>
        <translation>The catalogue has no procedure with a processing time: import one first.</translation>
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
        <source>Processing stopped</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 numbers a day has: give more years.</source>
        <translation>%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 numbers a day has: give more years.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListCommand</name>
    <message>
        <source>The dossiers received in a period as a list: code, procedure code, department code and name, channel, national status code, received, appointment, finished and returned (ISO 8601 with offset), as the periodic report counts them. --personal adds the applicant&apos;s name, ID number, phone and address: supervisors only, written to the audit log.</source>
        <translation>The dossiers received in a period as a list: code, procedure code, department code and name, channel, national status code, received, appointment, finished and returned (ISO 8601 with offset), as the periodic report counts them. --personal adds the applicant&apos;s name, ID number, phone and address: supervisors only, written to the audit log.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>First day of the period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Last day of the period, included (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Only this department (its code).</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: from the --out file name, else csv).</source>
        <translation>csv, json or xlsx (default: from the --out file name, else csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Add the applicant&apos;s columns (supervisors only; audited).</source>
        <translation>Add the applicant&apos;s columns (supervisors only; audited).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD), the first on or before the last.</source>
        <translation>--from and --to are required dates (YYYY-MM-DD), the first on or before the last.</translation>
    </message>
    <message>
        <source>--format is csv, json or xlsx.</source>
        <translation>--format is csv, json or xlsx.</translation>
    </message>
    <message>
        <source>give --format: the file name does not say which.</source>
        <translation>give --format: the file name does not say which.</translation>
    </message>
    <message>
        <source>--out FILE is required for XLSX.</source>
        <translation>--out FILE is required for XLSX.</translation>
    </message>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>No department has the code &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 dossiers written to %2.</source>
        <translation>%1 dossiers written to %2.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListExport</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Cannot create a temporary folder for the workbook.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Cannot start the workbook.</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Writing the workbook failed: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Cannot read the workbook back: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListExportDialog</name>
    <message>
        <source>Export the dossier list</source>
        <translation>Export the dossier list</translation>
    </message>
    <message>
        <source>The dossiers of the list&apos;s current filter, with code, procedure, department, channel, national status and the received, appointment, finished and returned times.</source>
        <translation>The dossiers of the list&apos;s current filter, with code, procedure, department, channel, national status and the received, appointment, finished and returned times.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Include the applicants&apos; personal data (name, ID number, phone, address)</source>
        <translation>Include the applicants&apos; personal data (name, ID number, phone, address)</translation>
    </message>
    <message>
        <source>Supervisors only. The export is written to the audit log.</source>
        <translation>Supervisors only. The export is written to the audit log.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators can export personal data.</source>
        <translation>Only supervisors and administrators can export personal data.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Save the dossier list</source>
        <translation>Save the dossier list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder.</source>
        <translation>The file could not be written: %1. Choose another folder.</translation>
    </message>
    <message numerus="yes">
        <source>The %n dossier(s) the list shows for the search and the current filter, with code, procedure, department, channel, national status and the received, appointment, finished and returned times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DossierListModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
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
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>motcua::DossierListService</name>
    <message>
        <source>Only supervisors and administrators can export the applicants&apos; personal data.</source>
        <translation>Only supervisors and administrators can export the applicants&apos; personal data.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierRepository</name>
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
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the procedure&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the dossier&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s result files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the list of dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the day&apos;s dossiers</source>
        <translation type="unfinished">counting the day&apos;s dossiers</translation>
    </message>
</context>
<context>
    <name>motcua::DossierService</name>
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
        <source>Received at the counter</source>
        <translation>Received at the counter</translation>
    </message>
    <message>
        <source>request supplements at intake</source>
        <translation>request supplements at intake</translation>
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
</context>
<context>
    <name>motcua::DossierServiceJson</name>
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
</context>
<context>
    <name>motcua::DossierState</name>
    <message>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
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
        <source>Only a transfer still waiting to be received can be taken back; this dossier is &quot;%1&quot;.</source>
        <translation>Only a transfer still waiting to be received can be taken back; this dossier is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A new dossier cannot start as &quot;%1&quot;.</source>
        <translation>A new dossier cannot start as &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierViewDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Open in viewer</translation>
    </message>
    <message>
        <source>Printed forms:</source>
        <translation>Printed forms:</translation>
    </message>
    <message>
        <source>Scanned papers:</source>
        <translation>Scanned papers:</translation>
    </message>
    <message>
        <source>&amp;Papers and forms</source>
        <translation>&amp;Papers and forms</translation>
    </message>
    <message>
        <source>Print apology letter (04)</source>
        <translation>Print apology letter (04)</translation>
    </message>
    <message>
        <source>Print control slip (05)</source>
        <translation>Print control slip (05)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>clock paused for a supplement</source>
        <translation>clock paused for a supplement</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#b00020&quot;&gt;overdue by %1 working days&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#b00020&quot;&gt;overdue by %1 working days&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#a05200&quot;&gt;due today&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#a05200&quot;&gt;due today&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <source>on its way to %1</source>
        <translation>on its way to %1</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Where it is:</source>
        <translation>Where it is:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <source>Processing ended:</source>
        <translation>Processing ended:</translation>
    </message>
    <message>
        <source>Returned:</source>
        <translation>Returned:</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Sets:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Papers:</source>
        <translation>Papers:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Form %1 — printed %2 by %3</source>
        <translation>Form %1 — printed %2 by %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No processing step is open to you for this dossier.</source>
        <translation>No processing step is open to you for this dossier.</translation>
    </message>
    <message>
        <source>The result was handed to %1.</source>
        <translation>The result was handed to %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n page(s)), added %3 by %4</source>
        <translation>
            <numerusform>%1 — %2 (%n page), added %3 by %4</numerusform>
            <numerusform>%1 — %2 (%n pages), added %3 by %4</numerusform>
        </translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>This scan is not a readable PDF.</translation>
    </message>
    <message>
        <source>Reprint receipt (01)</source>
        <translation>Reprint receipt (01)</translation>
    </message>
    <message>
        <source>Prints the receipt kept with the dossier straight to the default printer (%1)</source>
        <translation>Prints the receipt kept with the dossier straight to the default printer (%1)</translation>
    </message>
    <message>
        <source>%1 (%2), possible until %3</source>
        <translation>%1 (%2), possible until %3</translation>
    </message>
    <message>
        <source>The receipt (form 01) of %1 was sent to the printer.</source>
        <translation>The receipt (form 01) of %1 was sent to the printer.</translation>
    </message>
    <message>
        <source>%1 (user name: %2)</source>
        <translation>%1 (user name: %2)</translation>
    </message>
    <message>
        <source>Attach &amp;result file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result&apos;s scan or file (PDF or image), once processing is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read from the ID card&apos;s QR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result file %1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — kept at the center, not on this workstation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was fetched from the center and is stored on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counter</source>
        <translation type="unfinished">the counter</translation>
    </message>
    <message>
        <source>on its way back to the counter from %1, not yet received there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) found</source>
        <translation>
            <numerusform>%n dossier(s) found</numerusform>
            <numerusform>%n dossier(s) found</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 dossiers shown, more as you scroll</source>
        <translation>%1 dossiers shown, more as you scroll</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier(s)</numerusform>
            <numerusform>%n dossier(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xport list…</translation>
    </message>
</context>
<context>
    <name>motcua::DraftRepository</name>
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
        <source>discarding the unfinished dossier</source>
        <translation>discarding the unfinished dossier</translation>
    </message>
</context>
<context>
    <name>motcua::ErrorText</name>
    <message>
        <source>the disk is full. Free some space (delete or move old files, empty the trash) or choose another disk, then try again</source>
        <translation>the disk is full. Free some space (delete or move old files, empty the trash) or choose another disk, then try again</translation>
    </message>
    <message>
        <source>this user may not write there. Choose another folder, for example Documents</source>
        <translation>this user may not write there. Choose another folder, for example Documents</translation>
    </message>
    <message>
        <source>the disk or USB drive is read-only. Choose another place or unlock the drive</source>
        <translation>the disk or USB drive is read-only. Choose another place or unlock the drive</translation>
    </message>
    <message>
        <source>the folder or file does not exist. Choose another place</source>
        <translation>the folder or file does not exist. Choose another place</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error). Check that the disk or USB drive is connected and working</source>
        <translation>the disk could not be read or written (input/output error). Check that the disk or USB drive is connected and working</translation>
    </message>
    <message>
        <source>this is a folder, not a file. Give a file name</source>
        <translation>this is a folder, not a file. Give a file name</translation>
    </message>
</context>
<context>
    <name>motcua::FaultInjector</name>
    <message>
        <source>A fault is NAME[:RATE][@SERVICE] with NAME one of none, http500, http503, delay, drop, malformed, exists, expired; RATE a probability such as 0.3 or a count such as 3.</source>
        <translation>A fault is NAME[:RATE][@SERVICE] with NAME one of none, http500, http503, delay, drop, malformed, exists, expired; RATE a probability such as 0.3 or a count such as 3.</translation>
    </message>
</context>
<context>
    <name>motcua::FeedRepository</name>
    <message>
        <source>applying the center&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settling a step the center refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting the center feed</source>
        <translation type="unfinished"></translation>
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
    <name>motcua::FetchParts</name>
    <message>
        <source>Cannot read the part of a file already fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot repair the part of a file already fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the part of the file fetched so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::FieldReader</name>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Field &quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Field &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a date in the form yyyyMMddHHmmss.</source>
        <translation>Field &quot;%1&quot; is not a date in the form yyyyMMddHHmmss.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>Field &quot;%1&quot; must be a number from %2 to %3.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be &quot;True&quot; or &quot;False&quot;.</source>
        <translation>Field &quot;%1&quot; must be &quot;True&quot; or &quot;False&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::FileChooser</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>This folder holds the app&apos;s own database and cannot be used for other files. Choose another folder, for example Documents.</source>
        <translation>This folder holds the app&apos;s own database and cannot be used for other files. Choose another folder, for example Documents.</translation>
    </message>
</context>
<context>
    <name>motcua::FileImporter</name>
    <message>
        <source>%1 has more than %2 pages: split it first.</source>
        <translation>%1 has more than %2 pages: split it first.</translation>
    </message>
    <message>
        <source>%1 is protected by a password and cannot be imported.</source>
        <translation>%1 is protected by a password and cannot be imported.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 is not a readable PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be read.</source>
        <translation>Page %1 of %2 could not be read.</translation>
    </message>
    <message>
        <source>%1 has no pages.</source>
        <translation>%1 has no pages.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or TIFF file that can be read.</source>
        <translation>%1 is not a PDF, JPEG, PNG or TIFF file that can be read.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Scanned papers (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scanned papers (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
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
    <name>motcua::FormCanvas</name>
    <message>
        <source>Printing forms needs the graphical application object.</source>
        <translation>Printing forms needs the graphical application object.</translation>
    </message>
    <message>
        <source>Cannot start a PDF document.</source>
        <translation>Cannot start a PDF document.</translation>
    </message>
</context>
<context>
    <name>motcua::FormRenderer</name>
    <message>
        <source>A form is printed in one or two copies.</source>
        <translation>A form is printed in one or two copies.</translation>
    </message>
    <message>
        <source>The form has no dossier code.</source>
        <translation>The form has no dossier code.</translation>
    </message>
</context>
<context>
    <name>motcua::GlobalSearch</name>
    <message>
        <source>Find a dossier from any page</source>
        <translation>Find a dossier from any page</translation>
    </message>
    <message>
        <source>Find a dossier (%1)</source>
        <translation>Find a dossier (%1)</translation>
    </message>
    <message>
        <source>Name without diacritics, ID number, phone, dossier code or its end as on the receipt (&quot;5002&quot;, &quot;261207-5002&quot;). Enter searches.</source>
        <translation>Name without diacritics, ID number, phone, dossier code or its end as on the receipt (&quot;5002&quot;, &quot;261207-5002&quot;). Enter searches.</translation>
    </message>
    <message>
        <source>No dossier matches &quot;%1&quot;.</source>
        <translation>No dossier matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Dossiers matching &quot;%1&quot;</source>
        <translation>Dossiers matching &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The %1 newest matches. Type more of the code or the name to narrow them.</source>
        <translation>The %1 newest matches. Type more of the code or the name to narrow them.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) match. Enter opens the chosen one.</source>
        <translation>
            <numerusform>%n dossier(s) match. Enter opens the chosen one.</numerusform>
            <numerusform>%n dossier(s) match. Enter opens the chosen one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
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
    <name>motcua::HttpsTransport</name>
    <message>
        <source>its server refused the connection (the server is not running, or the address or port is wrong). Work goes on offline and is sent later; if this lasts, call the administrator</source>
        <translation>its server refused the connection (the server is not running, or the address or port is wrong). Work goes on offline and is sent later; if this lasts, call the administrator</translation>
    </message>
    <message>
        <source>its address could not be found (check the network cable or Wi-Fi and the portal&apos;s address). Work goes on offline and is sent later</source>
        <translation>its address could not be found (check the network cable or Wi-Fi and the portal&apos;s address). Work goes on offline and is sent later</translation>
    </message>
    <message>
        <source>its server closed the connection. It is tried again by itself</source>
        <translation>its server closed the connection. It is tried again by itself</translation>
    </message>
    <message>
        <source>the connection took too long. It is tried again by itself</source>
        <translation>the connection took too long. It is tried again by itself</translation>
    </message>
    <message>
        <source>the network is not available (check the network cable or Wi-Fi). Work goes on offline and is sent later</source>
        <translation>the network is not available (check the network cable or Wi-Fi). Work goes on offline and is sent later</translation>
    </message>
    <message>
        <source>the network&apos;s proxy did not let the connection through; call the administrator</source>
        <translation>the network&apos;s proxy did not let the connection through; call the administrator</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>the secure connection could not be set up</translation>
    </message>
    <message>
        <source>this computer has run out of network resources; restart the app</source>
        <translation>this computer has run out of network resources; restart the app</translation>
    </message>
    <message>
        <source>the connection failed (code %1). It is tried again by itself</source>
        <translation>the connection failed (code %1). It is tried again by itself</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>the certificate has expired</translation>
    </message>
    <message>
        <source>the certificate is not valid yet (check this computer&apos;s date)</source>
        <translation>the certificate is not valid yet (check this computer&apos;s date)</translation>
    </message>
    <message>
        <source>the certificate is for another address</source>
        <translation>the certificate is for another address</translation>
    </message>
    <message>
        <source>the certificate is not signed by the configured authority</source>
        <translation>the certificate is not signed by the configured authority</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <source>the certificate was refused (code %1)</source>
        <translation>the certificate was refused (code %1)</translation>
    </message>
    <message>
        <source>No request was sent to the portal.</source>
        <translation>No request was sent to the portal.</translation>
    </message>
    <message>
        <source>The portal presented a certificate whose key is not the pinned one; sync is stopped.</source>
        <translation>The portal presented a certificate whose key is not the pinned one; sync is stopped.</translation>
    </message>
    <message>
        <source>The portal&apos;s certificate is not trusted (%1); sync is stopped.</source>
        <translation>The portal&apos;s certificate is not trusted (%1); sync is stopped.</translation>
    </message>
    <message>
        <source>The portal did not answer within %1 s.</source>
        <translation>The portal did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was cut off: %1</source>
        <translation>The portal&apos;s answer was cut off: %1</translation>
    </message>
    <message>
        <source>not a valid HTTP answer</source>
        <translation>not a valid HTTP answer</translation>
    </message>
    <message>
        <source>The portal cannot be reached: %1</source>
        <translation>The portal cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>motcua::InitCommand</name>
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
</context>
<context>
    <name>motcua::IntakeAssistant</name>
    <message>
        <source>The unfinished dossier could not be read: %1</source>
        <translation>The unfinished dossier could not be read: %1</translation>
    </message>
    <message>
        <source>The unfinished dossier was saved by another version of the program (format %1).</source>
        <translation>The unfinished dossier was saved by another version of the program (format %1).</translation>
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
    <name>motcua::IntakeOutput</name>
    <message>
        <source>The printer %1 did not accept the document: check that it is on and has paper, or print from the preview.</source>
        <translation>The printer %1 did not accept the document: check that it is on and has paper, or print from the preview.</translation>
    </message>
    <message>
        <source>No default printer is set up on this computer, so %1 was not printed. Open the preview to choose another printer, or save the PDF and print it elsewhere.</source>
        <translation>No default printer is set up on this computer, so %1 was not printed. Open the preview to choose another printer, or save the PDF and print it elsewhere.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>The printed form could not be read back.</source>
        <translation>The printed form could not be read back.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Form %1 — %2</source>
        <translation>Form %1 — %2</translation>
    </message>
    <message>
        <source>%1 - Form %2.pdf</source>
        <translation>%1 - Form %2.pdf</translation>
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
        <source>Form %1 of dossier %2 was not printed: %3</source>
        <translation>Form %1 of dossier %2 was not printed: %3</translation>
    </message>
    <message>
        <source>Scan or import the selected paper (intake page)</source>
        <translation>Scan or import the selected paper (intake page)</translation>
    </message>
    <message>
        <source>Receive the dossier and print the receipt straight to the default printer</source>
        <translation>Receive the dossier and print the receipt straight to the default printer</translation>
    </message>
    <message>
        <source>Ctrl+Enter shows the print preview; Ctrl+P prints straight to the default printer</source>
        <translation>Ctrl+Enter shows the print preview; Ctrl+P prints straight to the default printer</translation>
    </message>
    <message>
        <source>P&amp;apers handed in: Space ticks the selected ones (Shift+arrows, Ctrl+A select), a digit sets a count, F2 edits</source>
        <translation>P&amp;apers handed in: Space ticks the selected ones (Shift+arrows, Ctrl+A select), a digit sets a count, F2 edits</translation>
    </message>
    <message>
        <source>Tick required</source>
        <translation>Tick required</translation>
    </message>
    <message>
        <source>Ticks every required paper; the papers of a case are ticked under its heading</source>
        <translation>Ticks every required paper; the papers of a case are ticked under its heading</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
</context>
<context>
    <name>motcua::IntakeRepository</name>
    <message>
        <source>No form %1 is kept with this dossier.</source>
        <translation>No form %1 is kept with this dossier.</translation>
    </message>
    <message>
        <source>saving the papers asked for and the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the papers asked for and the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the kept forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::IntakeRules</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>record a time of receipt before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of receipt before today needs a reason (received_at_reason), kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::IntakeScans</name>
    <message>
        <source>New scans are refused: %1</source>
        <translation>New scans are refused: %1</translation>
    </message>
    <message>
        <source>Scan papers</source>
        <translation>Scan papers</translation>
    </message>
    <message>
        <source>The scans of dossier %1 were not all attached (they are kept here): %2</source>
        <translation>The scans of dossier %1 were not all attached (they are kept here): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s), %2, waiting for the dossier</source>
        <translation>
            <numerusform>%1 — %n page(s), %2, waiting for the dossier</numerusform>
            <numerusform>%1 — %n page(s), %2, waiting for the dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s), %3</source>
        <translation>
            <numerusform>%1: %2 — %n page(s), %3</numerusform>
            <numerusform>%1: %2 — %n page(s), %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ns</source>
        <translation>Sca&amp;ns</translation>
    </message>
    <message>
        <source>Sca&amp;ns (%1 waiting)</source>
        <translation>Sca&amp;ns (%1 waiting)</translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>This scan is not a readable PDF.</translation>
    </message>
    <message>
        <source>Scan or import… (F6)</source>
        <translation>Scan or import… (F6)</translation>
    </message>
    <message>
        <source>Scan the paper selected in the list above, or import its file</source>
        <translation>Scan the paper selected in the list above, or import its file</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This scan waits in memory only, since it could not be kept with the unfinished dossier: %1 Receive the dossier before closing the app.</source>
        <translation>This scan waits in memory only, since it could not be kept with the unfinished dossier: %1 Receive the dossier before closing the app.</translation>
    </message>
    <message>
        <source>A scan kept with the unfinished work could not be read: %1</source>
        <translation>A scan kept with the unfinished work could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) of dossier %1 are kept but not attached yet.</source>
        <translation>
            <numerusform>%n scan of dossier %1 is kept but not attached yet.</numerusform>
            <numerusform>%n scans of dossier %1 are kept but not attached yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: the scans are kept encrypted. Press Retry once the cause is fixed.</source>
        <translation>Nothing is lost: the scans are kept encrypted. Press Retry once the cause is fixed.</translation>
    </message>
    <message>
        <source>The scans of dossier %1 were still not attached: %2</source>
        <translation>The scans of dossier %1 were still not attached: %2</translation>
    </message>
    <message>
        <source>The scans of dossier %1 are attached.</source>
        <translation>The scans of dossier %1 are attached.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s), %3, not attached yet</source>
        <translation>
            <numerusform>%1: %2 — %n page, %3, not attached yet</numerusform>
            <numerusform>%1: %2 — %n pages, %3, not attached yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Attach the kept scans to their dossier again</source>
        <translation>Attach the kept scans to their dossier again</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) not attached to the last dossier were cleared from the scanner window.</source>
        <translation>
            <numerusform>%n scanned page(s) not attached to the last dossier were cleared from the scanner window.</numerusform>
            <numerusform>%n scanned page(s) not attached to the last dossier were cleared from the scanner window.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ns of dossier %1 (recorded)</source>
        <translation>Sca&amp;ns of dossier %1 (recorded)</translation>
    </message>
</context>
<context>
    <name>motcua::Journal</name>
    <message>
        <source>The audit row could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is sealed once the database is encrypted: it is still plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queueing the change for the portal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::KeyFile</name>
    <message>
        <source>The key file %1 of the database is damaged: restore it from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1 of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1 of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::KeyRing</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The stored copy of the data key is damaged.</source>
        <translation>The stored copy of the data key is damaged.</translation>
    </message>
    <message>
        <source>The stored copy of the data key belongs to another database.</source>
        <translation>The stored copy of the data key belongs to another database.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>Attachments are not set up yet: an administrator must log in first.</source>
        <translation>Attachments are not set up yet: an administrator must log in first.</translation>
    </message>
    <message>
        <source>Your account cannot open attachments yet: ask an administrator to set your password again.</source>
        <translation>Your account cannot open attachments yet: ask an administrator to set your password again.</translation>
    </message>
</context>
<context>
    <name>motcua::KeyWrapRepository</name>
    <message>
        <source>This database already has a data key.</source>
        <translation>This database already has a data key.</translation>
    </message>
    <message>
        <source>This account holds no copy of the data key.</source>
        <translation>This account holds no copy of the data key.</translation>
    </message>
    <message>
        <source>reading the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the account&apos;s copy of the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the account&apos;s copy of the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the account&apos;s copy of the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the copies of the data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accounts&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::LedgerCommand</name>
    <message>
        <source>Writes the dossier ledger (form 06) of the dossiers received from --from to --to (Vietnam dates, both included): a PDF, or a CSV file (UTF-8 with BOM) when FILE ends in .csv.</source>
        <translation>Writes the dossier ledger (form 06) of the dossiers received from --from to --to (Vietnam dates, both included): a PDF, or a CSV file (UTF-8 with BOM) when FILE ends in .csv.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>First day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Last day, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .csv.</source>
        <translation>The file to write: .pdf or .csv.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>unexpected argument %1.</translation>
    </message>
    <message>
        <source>--from and --to are dates: YYYY-MM-DD.</source>
        <translation>--from and --to are dates: YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to is before --from.</translation>
    </message>
    <message>
        <source>--out FILE.pdf or FILE.csv is required.</source>
        <translation>--out FILE.pdf or FILE.csv is required.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Ledger of %1 dossiers written to %2.</source>
        <translation>Ledger of %1 dossiers written to %2.</translation>
    </message>
</context>
<context>
    <name>motcua::LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Enter the password to continue, or log out so that someone else can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::LoginCounterFile</name>
    <message>
        <source>The record of wrong passwords %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the record of wrong passwords %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the record of wrong passwords %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Choose your password</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <source>%1, your password was set by an administrator. Choose your own password to continue; nobody else should know it.</source>
        <translation>%1, your password was set by an administrator. Choose your own password to continue; nobody else should know it.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>C&amp;onfirm password:</source>
        <translation>C&amp;onfirm password:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n characters</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Save and log in</source>
        <translation>Save and log in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
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
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>Queued: %1 (%2 failed)</source>
        <translation>Queued: %1 (%2 failed)</translation>
    </message>
    <message>
        <source>Loc&amp;k the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers submitted online: check the papers and accept, refuse or ask for a supplement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Migrations</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
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
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::NationalShape</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string, not %2: every value is sent as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required and may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written yyyyMMddHHmmss or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number written in digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of the national record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OfflineBundle</name>
    <message>
        <source>deriving the bundle keys</source>
        <translation>deriving the bundle keys</translation>
    </message>
    <message>
        <source>signing the bundle</source>
        <translation>signing the bundle</translation>
    </message>
    <message>
        <source>This is not a bundle of this center, it was changed, or the bundle secret is wrong.</source>
        <translation>This is not a bundle of this center, it was changed, or the bundle secret is wrong.</translation>
    </message>
    <message>
        <source>The bundle secret (sync.bundleSecret) needs at least %1 characters.</source>
        <translation>The bundle secret (sync.bundleSecret) needs at least %1 characters.</translation>
    </message>
    <message>
        <source>making random numbers for the bundle</source>
        <translation>making random numbers for the bundle</translation>
    </message>
    <message>
        <source>encrypting the bundle</source>
        <translation>encrypting the bundle</translation>
    </message>
</context>
<context>
    <name>motcua::OnlineCommands</name>
    <message>
        <source>Usage: motcuactl online SUBCOMMAND --user NAME

Dossiers submitted online, waiting for a clerk&apos;s decision.

  list                      waiting dossiers, late ones first, with their acceptance deadline
  show REF                  one waiting dossier: applicant, declared papers, files
  accept REF [--papers N,...] [--out FILE.pdf]
                            accept it: a code in the center&apos;s numbering and the receipt (form 01);
                            --papers numbers the papers found complete (default: all declared)
  supplement REF --papers N,... --reason TEXT [--out FILE.pdf]
                            ask for these papers (form 02)
  refuse REF --reason TEXT [--out FILE.pdf]
                            refuse it (form 03)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one online dossier reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--papers: &apos;%1&apos; is not a paper number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the decision&apos;s form to this PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Online dossier %1: %2, code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <source>Form %1 of %2 written to %3.</source>
        <translation>Form %1 of %2 written to %3.</translation>
    </message>
    <message>
        <source>Dossiers submitted online and waiting for a decision, late ones first, with the time each arrived and its acceptance deadline in working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online dossier is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One online dossier waiting for a decision: its applicant, declared papers and deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online dossier %1
Procedure: %2 %3
Applicant: %4 (%5)
Address: %6
Phone: %7  E-mail: %8
Arrived: %9
Deadline: %10
Papers declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts an online dossier: it gets a code in the center&apos;s numbering, its appointment from now, and the receipt (form 01), kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the papers found complete, e.g. 1,2,4 (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the applicant of an online dossier for papers (form 02, kept with the dossier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of the papers to add or complete, e.g. 2,3 (see online show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the papers are asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--papers and --reason are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--papers names no paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuses an online dossier with a reason (form 03, kept with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is refused (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxPage</name>
    <message>
        <source>Papers to add or complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refusal (printed on form 03):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (printed on form 02):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick at least one paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dossiers submitted online wait here until a clerk accepts, refuses or asks for a supplement, within %n working hour(s) of their submission. Late ones come first, in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared papers (tick those found complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request supplement (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — late</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n late</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No dossier selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the file is at the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is at the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is at the center: download it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scan is not a readable PDF.</source>
        <translation>This scan is not a readable PDF.</translation>
    </message>
    <message>
        <source>This workstation cannot download files from the center yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 as dossier %2, appointment %3. Print the receipt with Ctrl+P.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a supplement (form 02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement was requested for %1 (form 02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the dossier (form 03)</source>
        <translation>Refuse the dossier (form 03)</translation>
    </message>
    <message>
        <source>%1 was refused (form 03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was downloaded from the center and is kept here, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be downloaded from the center: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxRepository</name>
    <message>
        <source>The dossier declares %1 papers, but %2 were ticked or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier with code %1 already exists.</source>
        <translation>A dossier with code %1 already exists.</translation>
    </message>
    <message>
        <source>The online dossier %1 is no longer waiting: it was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossiers submitted online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the papers provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the decision on the online dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OnlineInboxService</name>
    <message>
        <source>Give the online dossier&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 was not submitted online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online dossier %1 is no longer waiting: it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive dossiers</source>
        <translation>receive dossiers</translation>
    </message>
    <message>
        <source>The dossier declares %1 papers, but %2 were ticked or left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</source>
        <translation>Required papers are missing: %1. Request a supplement or refuse the dossier instead of receiving it.</translation>
    </message>
    <message>
        <source>The procedure %1 has no processing time for this channel in the catalogue.</source>
        <translation>The procedure %1 has no processing time for this channel in the catalogue.</translation>
    </message>
    <message>
        <source>Accepted from the online inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request supplements at intake</source>
        <translation>request supplements at intake</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paper of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested from the online inbox: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Refused from the online inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OpenSslError</name>
    <message>
        <source>Cryptography failed while %1.</source>
        <translation>Cryptography failed while %1.</translation>
    </message>
    <message>
        <source>Cryptography failed while %1: %2</source>
        <translation>Cryptography failed while %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>History row</source>
        <translation>History row</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed, will retry</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <source>Procedure catalogue</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <source>Status decided centrally</source>
        <translation>Status decided centrally</translation>
    </message>
    <message>
        <source>Dossier number block</source>
        <translation>Dossier number block</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Waiting for the connection</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Waiting to be sent again</translation>
    </message>
    <message>
        <source>Kept here, safe, and sent by itself at the next try (%1).</source>
        <translation>Kept here, safe, and sent by itself at the next try (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxSender</name>
    <message>
        <source>The portal refused it (code %1): %2</source>
        <translation>The portal refused it (code %1): %2</translation>
    </message>
    <message>
        <source>The attachment store is not available to sync.</source>
        <translation>The attachment store is not available to sync.</translation>
    </message>
    <message>
        <source>The stored attachment does not match its SHA-256.</source>
        <translation>The stored attachment does not match its SHA-256.</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxStore</name>
    <message>
        <source>reading the synchronisation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the synchronisation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the synchronisation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the synchronisation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation queue holds item %1 of an unknown kind or state (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PageStripModel</name>
    <message>
        <source>%1 (blank)</source>
        <translation>%1 (blank)</translation>
    </message>
    <message>
        <source>Page %1: %2 × %3 px at %4 dpi, from %5</source>
        <translation>Page %1: %2 × %3 px at %4 dpi, from %5</translation>
    </message>
    <message>
        <source>Page %1, blank</source>
        <translation>Page %1, blank</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Move page %1</source>
        <translation>Move page %1</translation>
    </message>
    <message>
        <source>Turn page %1</source>
        <translation>Turn page %1</translation>
    </message>
    <message>
        <source>Crop page %1</source>
        <translation>Crop page %1</translation>
    </message>
    <message>
        <source>Delete page %1</source>
        <translation>Delete page %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n page(s)</source>
        <translation>
            <numerusform>Remove %n page(s)</numerusform>
            <numerusform>Remove %n page(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n blank page(s)</source>
        <translation>
            <numerusform>Drop %n blank page(s)</numerusform>
            <numerusform>Drop %n blank page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (dark)</source>
        <translation>%1 (dark)</translation>
    </message>
    <message>
        <source>Almost all of this page is dark: check that the scanner&apos;s lid was closed and the paper lay the right way. It is not dropped as blank.</source>
        <translation>Almost all of this page is dark: check that the scanner&apos;s lid was closed and the paper lay the right way. It is not dropped as blank.</translation>
    </message>
    <message>
        <source>Page %1, dark</source>
        <translation>Page %1, dark</translation>
    </message>
</context>
<context>
    <name>motcua::PasswordHasher</name>
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
</context>
<context>
    <name>motcua::PasswordPolicy</name>
    <message numerus="yes">
        <source>An administrator&apos;s password must be at least %n characters long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>This password is one of the most common ones and is tried first by attackers. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PdfAssembler</name>
    <message>
        <source>A page has no image.</source>
        <translation>A page has no image.</translation>
    </message>
    <message>
        <source>There are no pages to put in the PDF.</source>
        <translation>There are no pages to put in the PDF.</translation>
    </message>
    <message>
        <source>A page could not be encoded.</source>
        <translation>A page could not be encoded.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalBackend</name>
    <message>
        <source>The file&apos;s total size differs from the size given before.</source>
        <translation>The file&apos;s total size differs from the size given before.</translation>
    </message>
    <message>
        <source>A chunk may hold at most 4 MiB.</source>
        <translation>A chunk may hold at most 4 MiB.</translation>
    </message>
    <message>
        <source>The chunk does not start at the acknowledged offset.</source>
        <translation>The chunk does not start at the acknowledged offset.</translation>
    </message>
    <message>
        <source>The chunk runs past the file&apos;s total size.</source>
        <translation>The chunk runs past the file&apos;s total size.</translation>
    </message>
    <message>
        <source>The chunk holds no data.</source>
        <translation>The chunk holds no data.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalCatalogue</name>
    <message>
        <source>The demo catalogue is missing from the build.</source>
        <translation>The demo catalogue is missing from the build.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalCenterCounts</name>
    <message>
        <source>The portal&apos;s answer holds no figures for that day.</source>
        <translation>The portal&apos;s answer holds no figures for that day.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalClient</name>
    <message>
        <source>The portal answered HTTP %1.</source>
        <translation>The portal answered HTTP %1.</translation>
    </message>
    <message>
        <source>The portal&apos;s answer is not valid JSON.</source>
        <translation>The portal&apos;s answer is not valid JSON.</translation>
    </message>
    <message>
        <source>The portal refused the user name or password of this center (%1); check the portal settings.</source>
        <translation>The portal refused the user name or password of this center (%1); check the portal settings.</translation>
    </message>
    <message>
        <source>The portal&apos;s login answer has no session.</source>
        <translation>The portal&apos;s login answer has no session.</translation>
    </message>
    <message>
        <source>No request was sent to the portal.</source>
        <translation>No request was sent to the portal.</translation>
    </message>
    <message>
        <source>The portal ended the session twice in a row.</source>
        <translation>The portal ended the session twice in a row.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalConfig</name>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the portal&apos;s CA file %1.</source>
        <translation>Cannot read the portal&apos;s CA file %1.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>The file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>portal.pinSha256 must be the base64 SHA-256 of the portal&apos;s public key.</source>
        <translation>portal.pinSha256 must be the base64 SHA-256 of the portal&apos;s public key.</translation>
    </message>
    <message>
        <source>The center&apos;s server is set but its CA is not: set center.caFile, or join the center again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is set but not pinned: set portal.caFile (its CA) or portal.pinSha256 (its key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalFiles</name>
    <message>
        <source>The portal could not store the file.</source>
        <translation>The portal could not store the file.</translation>
    </message>
    <message>
        <source>Cannot create the folder for attachments.</source>
        <translation>Cannot create the folder for attachments.</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 does not match; upload it again from the start.</source>
        <translation>The file&apos;s SHA-256 does not match; upload it again from the start.</translation>
    </message>
    <message>
        <source>reading the file&apos;s upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking the file to the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the file&apos;s upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarding the file&apos;s upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalListener</name>
    <message>
        <source>Cannot listen on %1:%2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalMain</name>
    <message>
        <source>Reference portal server for MotCua Desk: the national one-stop portal&apos;s service shape over HTTPS, for tests and demos.</source>
        <translation>Reference portal server for MotCua Desk: the national one-stop portal&apos;s service shape over HTTPS, for tests and demos.</translation>
    </message>
    <message>
        <source>Address and port (port 0: any free port).</source>
        <translation>Address and port (port 0: any free port).</translation>
    </message>
    <message>
        <source>Server certificate (PEM).</source>
        <translation>Server certificate (PEM).</translation>
    </message>
    <message>
        <source>Private key (PEM).</source>
        <translation>Private key (PEM).</translation>
    </message>
    <message>
        <source>Portal database file.</source>
        <translation>Portal database file.</translation>
    </message>
    <message>
        <source>Inject a fault: NAME[:RATE][@SERVICE].</source>
        <translation>Inject a fault: NAME[:RATE][@SERVICE].</translation>
    </message>
    <message>
        <source>Milliseconds of the delay fault.</source>
        <translation>Milliseconds of the delay fault.</translation>
    </message>
    <message>
        <source>Login user name.</source>
        <translation>Login user name.</translation>
    </message>
    <message>
        <source>Login password (default: $MOTCUA_PORTAL_PASSWORD, else demo).</source>
        <translation>Login password (default: $MOTCUA_PORTAL_PASSWORD, else demo).</translation>
    </message>
    <message>
        <source>Enables the admin endpoints (default: $MOTCUA_PORTAL_ADMIN_SECRET).</source>
        <translation>Enables the admin endpoints (default: $MOTCUA_PORTAL_ADMIN_SECRET).</translation>
    </message>
    <message>
        <source>Session lifetime in seconds.</source>
        <translation>Session lifetime in seconds.</translation>
    </message>
    <message>
        <source>Seed of probabilistic faults.</source>
        <translation>Seed of probabilistic faults.</translation>
    </message>
    <message>
        <source>Catalogue file to serve (default: the demo center&apos;s).</source>
        <translation>Catalogue file to serve (default: the demo center&apos;s).</translation>
    </message>
    <message>
        <source>First dossier number of the stations&apos; offline ranges.</source>
        <translation>First dossier number of the stations&apos; offline ranges.</translation>
    </message>
    <message>
        <source>Stations sharing the offline ranges.</source>
        <translation>Stations sharing the offline ranges.</translation>
    </message>
    <message>
        <source>Import an offline bundle and exit.</source>
        <translation>Import an offline bundle and exit.</translation>
    </message>
    <message>
        <source>Secret that opens the centers&apos; offline bundles (default: $MOTCUA_BUNDLE_SECRET; none: only unprotected test bundles).</source>
        <translation>Secret that opens the centers&apos; offline bundles (default: $MOTCUA_BUNDLE_SECRET; none: only unprotected test bundles).</translation>
    </message>
    <message>
        <source>Language of the answers&apos; messages and of the page: vi (default, as the national portal) or en.</source>
        <translation>Language of the answers&apos; messages and of the page: vi (default, as the national portal) or en.</translation>
    </message>
    <message>
        <source>Acknowledge received bytes late, as a stock TCP stack does, instead of at once (to measure how a client copes with such a server).</source>
        <translation>Acknowledge received bytes late, as a stock TCP stack does, instead of at once (to measure how a client copes with such a server).</translation>
    </message>
    <message>
        <source>submit-online: the procedure (default: the catalogue&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit-online: how many files to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit-online: file a demo online submission, print its reference and exit (otherwise: serve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National endpoint: wrap every reply as {&quot;message&quot;: &quot;&lt;JSON&gt;&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National endpoint: send error_code as a number, not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National endpoint: require this OAuth2 bearer token on every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes vi or en.</source>
        <translation>--lang takes vi or en.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>A numeric option is not a valid number.</source>
        <translation>A numeric option is not a valid number.</translation>
    </message>
    <message>
        <source>Unknown command; the only one is submit-online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalogue file.</source>
        <translation>Cannot read the catalogue file.</translation>
    </message>
    <message>
        <source>--files takes a number from 0 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the bundle file.</source>
        <translation>Cannot read the bundle file.</translation>
    </message>
    <message>
        <source>--cert FILE and --key FILE are required (HTTPS only).</source>
        <translation>--cert FILE and --key FILE are required (HTTPS only).</translation>
    </message>
    <message>
        <source>--listen must be ADDR:PORT, for example 127.0.0.1:8443.</source>
        <translation>--listen must be ADDR:PORT, for example 127.0.0.1:8443.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalNational</name>
    <message>
        <source>The gateway&apos;s bearer token is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;username&quot; and &quot;password&quot; must be strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>The request is not a JSON object.</translation>
    </message>
    <message>
        <source>The session is unknown or expired; log in again.</source>
        <translation>The session is unknown or expired; log in again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>Unknown service &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;isUpdating&quot; must be the string &quot;True&quot; or &quot;False&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not stored; add it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; must be a non-empty list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mahoso&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the newest dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalOnline</name>
    <message>
        <source>The procedure &quot;%1&quot; is not in the portal&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the online dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the online dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the online dossier&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the online dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the online dossier&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalPage</name>
    <message>
        <source>Registered online</source>
        <translation>Registered online</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
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
        <source>Awaiting fees</source>
        <translation>Awaiting fees</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>%1 dossiers, %2 history rows, %3 attachments (%4 complete), %5 central decisions. Now: %6.</source>
        <translation>%1 dossiers, %2 history rows, %3 attachments (%4 complete), %5 central decisions. Now: %6.</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
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
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Counter status</source>
        <translation>Counter status</translation>
    </message>
    <message>
        <source>Central status</source>
        <translation>Central status</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Received at the national-shape endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalPuller</name>
    <message>
        <source>The portal has no dossier numbers left for today; using this station&apos;s range.</source>
        <translation>The portal has no dossier numbers left for today; using this station&apos;s range.</translation>
    </message>
    <message>
        <source>The portal leased an empty number block.</source>
        <translation>The portal leased an empty number block.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServer</name>
    <message>
        <source>Cannot read the certificate or the private key (PEM files).</source>
        <translation>Cannot read the certificate or the private key (PEM files).</translation>
    </message>
    <message>
        <source>The private key is not an RSA or EC key in PEM.</source>
        <translation>The private key is not an RSA or EC key in PEM.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>The request is not a JSON object.</translation>
    </message>
    <message>
        <source>Fields &quot;username&quot; and &quot;password&quot; are required.</source>
        <translation>Fields &quot;username&quot; and &quot;password&quot; are required.</translation>
    </message>
    <message>
        <source>The gateway&apos;s bearer token is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is unknown or expired; log in again.</source>
        <translation>The session is unknown or expired; log in again.</translation>
    </message>
    <message>
        <source>The session expired; log in again.</source>
        <translation>The session expired; log in again.</translation>
    </message>
    <message>
        <source>Field &quot;madonvi&quot; is missing.</source>
        <translation>Field &quot;madonvi&quot; is missing.</translation>
    </message>
    <message>
        <source>Only MC_TaiTep is sent to /mapi/tep, not &quot;%1&quot;.</source>
        <translation>Only MC_TaiTep is sent to /mapi/tep, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier already exists.</source>
        <translation>The dossier already exists.</translation>
    </message>
    <message>
        <source>Reference portal</source>
        <translation>Reference portal</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServerAdmin</name>
    <message>
        <source>Unknown fault.</source>
        <translation>Unknown fault.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>No dossier with this code.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServices</name>
    <message>
        <source>The portal could not store the request.</source>
        <translation>The portal could not store the request.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Field &quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <source>Field &quot;data&quot; is missing.</source>
        <translation>Field &quot;data&quot; is missing.</translation>
    </message>
    <message>
        <source>Field &quot;data&quot; must be an array of 1 to %1 objects.</source>
        <translation>Field &quot;data&quot; must be an array of 1 to %1 objects.</translation>
    </message>
    <message>
        <source>data[%1] is not an object.</source>
        <translation>data[%1] is not an object.</translation>
    </message>
    <message>
        <source>Field &quot;service&quot; is missing.</source>
        <translation>Field &quot;service&quot; is missing.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>Unknown service &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not a dossier code {agency}-{yyMMdd}-{NNNN}.</source>
        <translation>Field &quot;%1&quot; is not a dossier code {agency}-{yyMMdd}-{NNNN}.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: unknown procedure code %2.</source>
        <translation>Field &quot;%1&quot;: unknown procedure code %2.</translation>
    </message>
    <message>
        <source>Dossier %1 appears twice in one request.</source>
        <translation>Dossier %1 appears twice in one request.</translation>
    </message>
    <message>
        <source>Dossier %1 already exists.</source>
        <translation>Dossier %1 already exists.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on the portal.</source>
        <translation>Dossier %1 is not on the portal.</translation>
    </message>
    <message>
        <source>Dossier %1 is not on the portal; send it first.</source>
        <translation>Dossier %1 is not on the portal; send it first.</translation>
    </message>
    <message>
        <source>Unknown procedure code %1.</source>
        <translation>Unknown procedure code %1.</translation>
    </message>
    <message>
        <source>TrangSo or SoLuong is out of range.</source>
        <translation>TrangSo or SoLuong is out of range.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalServicesOnline</name>
    <message>
        <source>The portal could not read its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server takes no online submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure &quot;%1&quot; is not in the portal&apos;s catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online submission needs its applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</source>
        <translation>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ViTri&quot; is past the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalServicesOwn</name>
    <message>
        <source>The portal could not store the request.</source>
        <translation>The portal could not store the request.</translation>
    </message>
    <message>
        <source>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</source>
        <translation>Field &quot;MaTep&quot; must be a SHA-256 in lower-case hex.</translation>
    </message>
    <message>
        <source>A chunk may hold at most 4 MiB.</source>
        <translation>A chunk may hold at most 4 MiB.</translation>
    </message>
    <message>
        <source>Field &quot;DuLieu&quot; is not base64.</source>
        <translation>Field &quot;DuLieu&quot; is not base64.</translation>
    </message>
    <message>
        <source>No complete file %1 is stored for a dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;ViTri&quot; is past the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;Ngay&quot; must be a day yyMMdd.</source>
        <translation>Field &quot;Ngay&quot; must be a day yyMMdd.</translation>
    </message>
    <message>
        <source>Field &quot;Ngay&quot; must be a day yyyyMMdd.</source>
        <translation>Field &quot;Ngay&quot; must be a day yyyyMMdd.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be 64 lowercase hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a list of at most 64 objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new head is older than the one it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MAC of a head reported before has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report does not include the head it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of station %1 does not continue the head this center holds (sequence %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be opened: %1</source>
        <translation>The bundle cannot be opened: %1</translation>
    </message>
    <message>
        <source>not a bundle of format motcua-bundle version 1.</source>
        <translation>not a bundle of format motcua-bundle version 1.</translation>
    </message>
    <message>
        <source>A bundle cannot hold a bundle.</source>
        <translation>A bundle cannot hold a bundle.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalSessions</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>motcua::PortalSettingsBox</name>
    <message>
        <source>Central portal</source>
        <translation>Central portal</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>Portal &amp;address:</translation>
    </message>
    <message>
        <source>Center&apos;s &amp;account:</source>
        <translation>Center&apos;s &amp;account:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Pinned &amp;CA file:</source>
        <translation>Pinned &amp;CA file:</translation>
    </message>
    <message>
        <source>Pinned public &amp;key (SHA-256):</source>
        <translation>Pinned public &amp;key (SHA-256):</translation>
    </message>
    <message>
        <source>Offline &amp;bundle secret:</source>
        <translation>Offline &amp;bundle secret:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Save portal settings</source>
        <translation>Save portal settings</translation>
    </message>
    <message>
        <source>stored encrypted; leave empty to keep it</source>
        <translation>stored encrypted; leave empty to keep it</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Only a certificate that matches the pinned CA or key is accepted; a mismatch stops synchronisation with an alarm. The password and the bundle secret are stored encrypted and can only be read by a signed-in session.</source>
        <translation>Only a certificate that matches the pinned CA or key is accepted; a mismatch stops synchronisation with an alarm. The password and the bundle secret are stored encrypted and can only be read by a signed-in session.</translation>
    </message>
    <message>
        <source>Only an administrator can change the portal settings.</source>
        <translation>Only an administrator can change the portal settings.</translation>
    </message>
    <message>
        <source>Certificate of the portal&apos;s CA</source>
        <translation>Certificate of the portal&apos;s CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The portal&apos;s address must start with https://.</source>
        <translation>The portal&apos;s address must start with https://.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read or holds no PEM certificate.</source>
        <translation>The file %1 cannot be read or holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The public key pin must be the base64 SHA-256 of the portal&apos;s public key.</source>
        <translation>The public key pin must be the base64 SHA-256 of the portal&apos;s public key.</translation>
    </message>
    <message>
        <source>The portal settings were saved.</source>
        <translation>The portal settings were saved.</translation>
    </message>
    <message>
        <source>Choose the portal&apos;s CA file or enter its public key pin: without one the portal cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalStore</name>
    <message>
        <source>The status must be a number from 1 to 10.</source>
        <translation>The status must be a number from 1 to 10.</translation>
    </message>
    <message>
        <source>No dossier with this code.</source>
        <translation>No dossier with this code.</translation>
    </message>
    <message>
        <source>counting the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the dossier&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the newest dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PortalStoreWrites</name>
    <message>
        <source>Field &quot;MaYeuCau&quot; was used before for another agency or day.</source>
        <translation>Field &quot;MaYeuCau&quot; was used before for another agency or day.</translation>
    </message>
    <message>
        <source>The portal could not store the request.</source>
        <translation>The portal could not store the request.</translation>
    </message>
    <message>
        <source>reading the number requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the number request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PrintCommand</name>
    <message>
        <source>Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, 03 refusal, 04 apology and new appointment, 05 processing control slip. --keep also stores it with the dossier (needs --user).</source>
        <translation>Renders a form of a dossier to PDF: 01 receipt and appointment slip, 02 request to supplement, 03 refusal, 04 apology and new appointment, 05 processing control slip. --keep also stores it with the dossier (needs --user).</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>The dossier code.</translation>
    </message>
    <message>
        <source>The form: 01, 02, 03, 04 or 05 (default 01).</source>
        <translation>The form: 01, 02, 03, 04 or 05 (default 01).</translation>
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
        <source>give one CODE.</source>
        <translation>give one CODE.</translation>
    </message>
    <message>
        <source>--form is 01, 02, 03, 04 or 05.</source>
        <translation>--form is 01, 02, 03, 04 or 05.</translation>
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
    <message>
        <source>Procedure code, e.g. 1.000656 (F3)</source>
        <translation>Procedure code, e.g. 1.000656 (F3)</translation>
    </message>
    <message>
        <source>Search by procedure code</source>
        <translation>Search by procedure code</translation>
    </message>
    <message>
        <source>Empties the box to type the procedure&apos;s code from the national catalogue</source>
        <translation>Empties the box to type the procedure&apos;s code from the national catalogue</translation>
    </message>
    <message>
        <source>No procedure with code “%1” in this center&apos;s catalogue: it is not received here, or the code is mistyped. Check the code on the applicant&apos;s papers.</source>
        <translation>No procedure with code “%1” in this center&apos;s catalogue: it is not received here, or the code is mistyped. Check the code on the applicant&apos;s papers.</translation>
    </message>
    <message>
        <source>No procedure of this center&apos;s catalogue matches “%1”. The procedure may not be received at this center (a commune-level procedure, for example), or it is named differently: try fewer words, or search by its code.</source>
        <translation>No procedure of this center&apos;s catalogue matches “%1”. The procedure may not be received at this center (a commune-level procedure, for example), or it is named differently: try fewer words, or search by its code.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingCommands</name>
    <message>
        <source>the counter</source>
        <translation>the counter</translation>
    </message>
    <message>
        <source>Dossier %1: %2.
Appointment: %3
With: %4%5</source>
        <translation>Dossier %1: %2.
Appointment: %3
With: %4%5</translation>
    </message>
    <message>
        <source> (handed over, not yet received)</source>
        <translation> (handed over, not yet received)</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>The dossier code.</translation>
    </message>
    <message>
        <source>A note for the dossier&apos;s history.</source>
        <translation>A note for the dossier&apos;s history.</translation>
    </message>
    <message>
        <source>give one CODE.</source>
        <translation>give one CODE.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Why (required).</translation>
    </message>
    <message>
        <source>--reason TEXT is required.</source>
        <translation>--reason TEXT is required.</translation>
    </message>
    <message>
        <source>The department to hand the dossier to (its code, as `catalogue list` shows).</source>
        <translation>The department to hand the dossier to (its code, as `catalogue list` shows).</translation>
    </message>
    <message>
        <source>Hands the dossier from the counter or a department to a department; it waits there to be received.</source>
        <translation>Hands the dossier from the counter or a department to a department; it waits there to be received.</translation>
    </message>
    <message>
        <source>--to DEPT is required.</source>
        <translation>--to DEPT is required.</translation>
    </message>
    <message>
        <source>The department signs for the dossier handed to it and takes it up (processing); also takes a dossier up again after a supplement or fees.</source>
        <translation>The department signs for the dossier handed to it and takes it up (processing); also takes a dossier up again after a supplement or fees.</translation>
    </message>
    <message>
        <source>Takes back a transfer made by mistake: only the user who made it, within processing.takeBackMinutes (10 by default), and only while the department has not received it. The dossier returns to where it was.</source>
        <translation>Takes back a transfer made by mistake: only the user who made it, within processing.takeBackMinutes (10 by default), and only while the department has not received it. The dossier returns to where it was.</translation>
    </message>
    <message>
        <source>The counter signs for the dossier or result a department handed back.</source>
        <translation>The counter signs for the dossier or result a department handed back.</translation>
    </message>
    <message>
        <source>A department hands the dossier back to the counter (its state is unchanged).</source>
        <translation>A department hands the dossier back to the counter (its state is unchanged).</translation>
    </message>
    <message>
        <source>The papers asked for arrived: the clock runs again and the appointment moves by the paused working time.</source>
        <translation>The papers asked for arrived: the clock runs again and the appointment moves by the paused working time.</translation>
    </message>
    <message>
        <source>The applicant must pay fees or taxes before the dossier goes on.</source>
        <translation>The applicant must pay fees or taxes before the dossier goes on.</translation>
    </message>
    <message>
        <source>The dossier is decided and its result ready; a department hands the result to the counter.</source>
        <translation>The dossier is decided and its result ready; a department hands the result to the counter.</translation>
    </message>
    <message>
        <source>The applicant withdraws the dossier.</source>
        <translation>The applicant withdraws the dossier.</translation>
    </message>
    <message>
        <source>Stops processing the dossier (supervisors).</source>
        <translation>Stops processing the dossier (supervisors).</translation>
    </message>
    <message>
        <source>A paper to add or complete and why, as &quot;PAPER: REASON&quot; (repeat for several).</source>
        <translation>A paper to add or complete and why, as &quot;PAPER: REASON&quot; (repeat for several).</translation>
    </message>
    <message>
        <source>Asks the applicant for missing or incomplete papers; the clock is paused until they arrive.</source>
        <translation>Asks the applicant for missing or incomplete papers; the clock is paused until they arrive.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot;: write PAPER: REASON.</source>
        <translation>--item &quot;%1&quot;: write PAPER: REASON.</translation>
    </message>
    <message>
        <source>give at least one --item &quot;PAPER: REASON&quot;.</source>
        <translation>give at least one --item &quot;PAPER: REASON&quot;.</translation>
    </message>
    <message>
        <source>Who collects the result (full name).</source>
        <translation>Who collects the result (full name).</translation>
    </message>
    <message>
        <source>The collector&apos;s ID number (12 or 9 digits, or a passport number).</source>
        <translation>The collector&apos;s ID number (12 or 9 digits, or a passport number).</translation>
    </message>
    <message>
        <source>A result paper handed over (repeat for several).</source>
        <translation>A result paper handed over (repeat for several).</translation>
    </message>
    <message>
        <source>The fees of the dossier are paid.</source>
        <translation>The fees of the dossier are paid.</translation>
    </message>
    <message>
        <source>When it was collected (default now), ISO 8601.</source>
        <translation>When it was collected (default now), ISO 8601.</translation>
    </message>
    <message>
        <source>Hands the result to the applicant and records who collected it, when, which papers, and the fees.</source>
        <translation>Hands the result to the applicant and records who collected it, when, which papers, and the fees.</translation>
    </message>
    <message>
        <source>--collector NAME and --id-number N are required.</source>
        <translation>--collector NAME and --id-number N are required.</translation>
    </message>
    <message>
        <source>give at least one --paper TEXT.</source>
        <translation>give at least one --paper TEXT.</translation>
    </message>
    <message>
        <source>The new appointment, ISO 8601.</source>
        <translation>The new appointment, ISO 8601.</translation>
    </message>
    <message>
        <source>Why the dossier is late (required).</source>
        <translation>Why the dossier is late (required).</translation>
    </message>
    <message>
        <source>Also write the letter (form 04) to this PDF file.</source>
        <translation>Also write the letter (form 04) to this PDF file.</translation>
    </message>
    <message>
        <source>A late dossier: records the apology letter (form 04) with a new appointment and keeps the letter with the dossier (supervisors).</source>
        <translation>A late dossier: records the apology letter (form 04) with a new appointment and keeps the letter with the dossier (supervisors).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Prints a dossier&apos;s history: every step with who and when, the hand-overs, and the due date.</source>
        <translation>Prints a dossier&apos;s history: every step with who and when, the hand-overs, and the due date.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>Appointment: %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingFormRenderer</name>
    <message>
        <source>The form has no dossier code.</source>
        <translation>The form has no dossier code.</translation>
    </message>
    <message>
        <source>The ledger needs a date range.</source>
        <translation>The ledger needs a date range.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingForms</name>
    <message>
        <source>No apology letter (form 04) was issued for the dossier %1.</source>
        <translation>No apology letter (form 04) was issued for the dossier %1.</translation>
    </message>
    <message>
        <source>Form %1 is not a processing form (04, 05).</source>
        <translation>Form %1 is not a processing form (04, 05).</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingRepository</name>
    <message>
        <source>The hand-over was already received.</source>
        <translation>The hand-over was already received.</translation>
    </message>
    <message>
        <source>The result of this dossier was not returned.</source>
        <translation>The result of this dossier was not returned.</translation>
    </message>
    <message>
        <source>The dossier no longer exists.</source>
        <translation>The dossier no longer exists.</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the dossier&apos;s processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingService</name>
    <message>
        <source>transfer dossiers</source>
        <translation>transfer dossiers</translation>
    </message>
    <message>
        <source>take up dossiers</source>
        <translation>take up dossiers</translation>
    </message>
    <message>
        <source>request supplements</source>
        <translation>request supplements</translation>
    </message>
    <message>
        <source>record supplements</source>
        <translation>record supplements</translation>
    </message>
    <message>
        <source>ask for fees</source>
        <translation>ask for fees</translation>
    </message>
    <message>
        <source>complete dossiers</source>
        <translation>complete dossiers</translation>
    </message>
    <message>
        <source>return results</source>
        <translation>return results</translation>
    </message>
    <message>
        <source>withdraw dossiers</source>
        <translation>withdraw dossiers</translation>
    </message>
    <message>
        <source>stop processing</source>
        <translation>stop processing</translation>
    </message>
    <message>
        <source>hand dossiers back to the counter</source>
        <translation>hand dossiers back to the counter</translation>
    </message>
    <message>
        <source>receive dossiers back at the counter</source>
        <translation>receive dossiers back at the counter</translation>
    </message>
    <message>
        <source>issue apology letters with a new appointment</source>
        <translation>issue apology letters with a new appointment</translation>
    </message>
    <message>
        <source>take back transfers</source>
        <translation>take back transfers</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The dossier is on its way to %1: it must be received there before it is transferred again.</source>
        <translation>The dossier is on its way to %1: it must be received there before it is transferred again.</translation>
    </message>
    <message>
        <source>The dossier is at the counter, not with a department: transfer it to a department first.</source>
        <translation>The dossier is at the counter, not with a department: transfer it to a department first.</translation>
    </message>
    <message>
        <source>Only a dossier that a department has received can be handed back to the counter.</source>
        <translation>Only a dossier that a department has received can be handed back to the counter.</translation>
    </message>
    <message>
        <source>Nothing was handed back to the counter for this dossier.</source>
        <translation>Nothing was handed back to the counter for this dossier.</translation>
    </message>
    <message>
        <source>An apology letter is for a dossier still being processed; this one is &quot;%1&quot;.</source>
        <translation>An apology letter is for a dossier still being processed; this one is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier is not late: its appointment is %1.</source>
        <translation>The dossier is not late: its appointment is %1.</translation>
    </message>
    <message>
        <source>Only a transfer that the department has not yet received can be taken back.</source>
        <translation>Only a transfer that the department has not yet received can be taken back.</translation>
    </message>
    <message>
        <source>Only %1, who made the transfer, can take it back.</source>
        <translation>Only %1, who made the transfer, can take it back.</translation>
    </message>
    <message numerus="yes">
        <source>The transfer to %1 was made at %2: it can be taken back only within %n minute(s). Ask the department to hand the dossier back to the counter.</source>
        <translation>
            <numerusform>The transfer to %1 was made at %2: it can be taken back only within %n minute(s). Ask the department to hand the dossier back to the counter.</numerusform>
            <numerusform>The transfer to %1 was made at %2: it can be taken back only within %n minute(s). Ask the department to hand the dossier back to the counter.</numerusform>
        </translation>
    </message>
    <message>
        <source>the counter</source>
        <translation>the counter</translation>
    </message>
    <message>
        <source>name the department to transfer to.</source>
        <translation>name the department to transfer to.</translation>
    </message>
    <message>
        <source>The dossier is already with %1: choose another department.</source>
        <translation>The dossier is already with %1: choose another department.</translation>
    </message>
    <message>
        <source>The transfer&apos;s history row is missing: the transfer cannot be taken back.</source>
        <translation>The transfer&apos;s history row is missing: the transfer cannot be taken back.</translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation>Supplement requested: %1</translation>
    </message>
    <message>
        <source>%1; moved by %2 working hours of supplement pause (%3 – %4)</source>
        <translation>%1; moved by %2 working hours of supplement pause (%3 – %4)</translation>
    </message>
    <message>
        <source>the name of the person collecting is required.</source>
        <translation>the name of the person collecting is required.</translation>
    </message>
    <message>
        <source>an ID number has 12 digits (citizen ID), 9 digits (old ID card) or is a passport number.</source>
        <translation>an ID number has 12 digits (citizen ID), 9 digits (old ID card) or is a passport number.</translation>
    </message>
    <message>
        <source>name at least one result paper handed over.</source>
        <translation>name at least one result paper handed over.</translation>
    </message>
    <message>
        <source>The fees of this dossier are not settled: settle them before returning the result.</source>
        <translation>The fees of this dossier are not settled: settle them before returning the result.</translation>
    </message>
    <message>
        <source>the time of collection is in the future.</source>
        <translation>the time of collection is in the future.</translation>
    </message>
    <message>
        <source>the result was collected before it was ready.</source>
        <translation>the result was collected before it was ready.</translation>
    </message>
    <message>
        <source>Result returned: %1</source>
        <translation>Result returned: %1</translation>
    </message>
    <message>
        <source>say why the applicant withdraws the dossier.</source>
        <translation>say why the applicant withdraws the dossier.</translation>
    </message>
    <message>
        <source>say why processing stops.</source>
        <translation>say why processing stops.</translation>
    </message>
    <message>
        <source>say why the dossier is late (form 04).</source>
        <translation>say why the dossier is late (form 04).</translation>
    </message>
    <message>
        <source>the new appointment must be later than now and than the old appointment.</source>
        <translation>the new appointment must be later than now and than the old appointment.</translation>
    </message>
    <message>
        <source>Apology letter (form 04), new appointment %1: %2</source>
        <translation>Apology letter (form 04), new appointment %1: %2</translation>
    </message>
    <message>
        <source>New appointment by apology letter (form 04) of %1</source>
        <translation>New appointment by apology letter (form 04) of %1</translation>
    </message>
</context>
<context>
    <name>motcua::ProcessingServiceReads</name>
    <message>
        <source>Transfer to a department</source>
        <translation>Transfer to a department</translation>
    </message>
    <message>
        <source>Take up (department)</source>
        <translation>Take up (department)</translation>
    </message>
    <message>
        <source>Request a supplement</source>
        <translation>Request a supplement</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Ask for fees</source>
        <translation>Ask for fees</translation>
    </message>
    <message>
        <source>Complete (result ready)</source>
        <translation>Complete (result ready)</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Stop processing</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <source>Hand back to the counter</source>
        <translation>Hand back to the counter</translation>
    </message>
    <message>
        <source>Receive back at the counter</source>
        <translation>Receive back at the counter</translation>
    </message>
    <message>
        <source>Apology letter and new appointment</source>
        <translation>Apology letter and new appointment</translation>
    </message>
    <message>
        <source>Take back the transfer</source>
        <translation>Take back the transfer</translation>
    </message>
    <message>
        <source>The ledger needs a date range whose end is not before its start.</source>
        <translation>The ledger needs a date range whose end is not before its start.</translation>
    </message>
</context>
<context>
    <name>motcua::QrCode</name>
    <message>
        <source>The text is too long to fit in a QR code (%1 bytes).</source>
        <translation>The text is too long to fit in a QR code (%1 bytes).</translation>
    </message>
</context>
<context>
    <name>motcua::QrCommand</name>
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
        <source>ID number</source>
        <translation>ID number</translation>
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
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
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
</context>
<context>
    <name>motcua::QualityCommand</name>
    <message>
        <source>The national service-quality index (Decision 766) over a period, computed from this center&apos;s dossiers: each indicator its data decides, with its value, the national formula, its points and maximum. Indicators the center cannot know say &quot;no data&quot;. --json lists the dossiers behind each figure.</source>
        <translation>The national service-quality index (Decision 766) over a period, computed from this center&apos;s dossiers: each indicator its data decides, with its value, the national formula, its points and maximum. Indicators the center cannot know say &quot;no data&quot;. --json lists the dossiers behind each figure.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>First day of the period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Last day of the period, included (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Only this department (its code).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD).</source>
        <translation>--from and --to are required dates (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>No department has the code &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Service-quality index %1 – %2 (%3)</source>
        <translation>Service-quality index %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>INDICATOR</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>DOSSIERS</source>
        <translation>DOSSIERS</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>motcua::QualityDossiersDialog</name>
    <message>
        <source>Dossiers of indicator %1</source>
        <translation>Dossiers of indicator %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 – %4: %5 of %6 dossiers counted.</source>
        <translation>%1 %2, %3 – %4: %5 of %6 dossiers counted.</translation>
    </message>
    <message>
        <source>Only the dossiers counted</source>
        <translation>Only the dossiers counted</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>&amp;Open dossier</source>
        <translation>&amp;Open dossier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>motcua::QualityIndex</name>
    <message>
        <source>The definition of the service-quality index is invalid: %1</source>
        <translation>The definition of the service-quality index is invalid: %1</translation>
    </message>
    <message>
        <source>No dossier in the period.</source>
        <translation>No dossier in the period.</translation>
    </message>
    <message>
        <source>the decision and the source must be named.</source>
        <translation>the decision and the source must be named.</translation>
    </message>
    <message>
        <source>an indicator has no id or a repeated one.</source>
        <translation>an indicator has no id or a repeated one.</translation>
    </message>
    <message>
        <source>indicator %1 has the unknown kind &apos;%2&apos;.</source>
        <translation>indicator %1 has the unknown kind &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>indicator %1 needs a name, a formula, a maximum above 0 and full marks from 1 to 100 %.</source>
        <translation>indicator %1 needs a name, a formula, a maximum above 0 and full marks from 1 to 100 %.</translation>
    </message>
    <message>
        <source>it lists no indicator.</source>
        <translation>it lists no indicator.</translation>
    </message>
    <message>
        <source>Late share %1 % (the dossiers listed); complaints are not known here, so the indicator cannot be computed.</source>
        <translation>Late share %1 % (the dossiers listed); complaints are not known here, so the indicator cannot be computed.</translation>
    </message>
    <message>
        <source>No dossier in the period; complaints are not known here.</source>
        <translation>No dossier in the period; complaints are not known here.</translation>
    </message>
    <message>
        <source>The national system multiplies by its sync rate, which is not known here.</source>
        <translation>The national system multiplies by its sync rate, which is not known here.</translation>
    </message>
    <message>
        <source>%1 dossiers with fees. The app records fees paid in cash at the counter; payments through the national platform are not known here.</source>
        <translation>%1 dossiers with fees. The app records fees paid in cash at the counter; payments through the national platform are not known here.</translation>
    </message>
    <message>
        <source>Counted: dossiers with a result file scanned or imported here. The national system also needs the result&apos;s code and a download link on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paper handed in scanned or imported: %1 dossiers; a result file: %2; both: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the national system reads the synced flag HoSoCoThanhPhanSoHoa: at least one paper scanned or imported here. The app does not record reuse of a paper digitized before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app makes no population-database check. The identity was read from the chip ID card&apos;s QR for %1 of %2 dossiers; that is not a check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::QualityIndexSection</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Dossiers counted</source>
        <translation>Dossiers counted</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>&amp;List its dossiers…</source>
        <translation>&amp;List its dossiers…</translation>
    </message>
    <message>
        <source>The dossiers behind the selected figure; a click on its &quot;Dossiers counted&quot; cell does the same.</source>
        <translation>The dossiers behind the selected figure; a click on its &quot;Dossiers counted&quot; cell does the same.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Click to list these dossiers.</source>
        <translation>Click to list these dossiers.</translation>
    </message>
    <message>
        <source>%1 – %2 · points of the indicators computed here: %3 of %4</source>
        <translation>%1 – %2 · points of the indicators computed here: %3 of %4</translation>
    </message>
    <message>
        <source>Formulas: %1. Source: %2</source>
        <translation>Formulas: %1. Source: %2</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formula:</translation>
    </message>
</context>
<context>
    <name>motcua::QualityRepository</name>
    <message>
        <source>reading the service-quality figures</source>
        <translation>reading the service-quality figures</translation>
    </message>
</context>
<context>
    <name>motcua::QualityService</name>
    <message>
        <source>The period is invalid: the first day must be on or before the last day.</source>
        <translation>The period is invalid: the first day must be on or before the last day.</translation>
    </message>
</context>
<context>
    <name>motcua::ReportCommands</name>
    <message>
        <source>No department has the code &apos;%1&apos;.</source>
        <translation>No department has the code &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The periodic report on the results of handling administrative procedures (form 06 family): per department or field, dossiers received (carried over, online, counter and postal), processed (early, on time, late) and pending (not yet due, overdue) in a period. PDF and XLSX need --out; CSV and JSON go to standard output without it.</source>
        <translation>The periodic report on the results of handling administrative procedures (form 06 family): per department or field, dossiers received (carried over, online, counter and postal), processed (early, on time, late) and pending (not yet due, overdue) in a period. PDF and XLSX need --out; CSV and JSON go to standard output without it.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>First day of the period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>Last day of the period, included (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Rows per department or per field (default department).</source>
        <translation>Rows per department or per field (default department).</translation>
    </message>
    <message>
        <source>pdf, xlsx, csv or json (default: from the --out file name, else json).</source>
        <translation>pdf, xlsx, csv or json (default: from the --out file name, else json).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Only this department (its code).</source>
        <translation>Only this department (its code).</translation>
    </message>
    <message>
        <source>all: every dossier this workstation holds (on a workstation that follows a center, the whole center&apos;s); station: only those received here (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--from and --to are required dates (YYYY-MM-DD).</source>
        <translation>--from and --to are required dates (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--by is department or field.</source>
        <translation>--by is department or field.</translation>
    </message>
    <message>
        <source>--scope is all or station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is pdf, xlsx, csv or json.</source>
        <translation>--format is pdf, xlsx, csv or json.</translation>
    </message>
    <message>
        <source>give --format: the file name does not say which.</source>
        <translation>give --format: the file name does not say which.</translation>
    </message>
    <message>
        <source>--out FILE is required for PDF and XLSX.</source>
        <translation>--out FILE is required for PDF and XLSX.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Report %1 – %2 written to %3 (%4 received, %5 processed, %6 pending).</source>
        <translation>Report %1 – %2 written to %3 (%4 received, %5 processed, %6 pending).</translation>
    </message>
    <message>
        <source>The day&apos;s figures of the dashboard: received at the counter, online and by post, results returned, due that day, overdue and awaiting a supplement, in total and per department.</source>
        <translation>The day&apos;s figures of the dashboard: received at the counter, online and by post, results returned, due that day, overdue and awaiting a supplement, in total and per department.</translation>
    </message>
    <message>
        <source>The day (YYYY-MM-DD; default today).</source>
        <translation>The day (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <source>--date is a date (YYYY-MM-DD).</source>
        <translation>--date is a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Figures of %1 (as of %2):</source>
        <translation>Figures of %1 (as of %2):</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTMENT</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <source>ONLINE</source>
        <translation>ONLINE</translation>
    </message>
    <message>
        <source>POSTAL</source>
        <translation>POSTAL</translation>
    </message>
    <message>
        <source>RETURNED</source>
        <translation>RETURNED</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>DUE</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>SUPPLEMENT</source>
        <translation>SUPPLEMENT</translation>
    </message>
</context>
<context>
    <name>motcua::ReportExport</name>
    <message>
        <source>Unknown report format.</source>
        <translation>Unknown report format.</translation>
    </message>
</context>
<context>
    <name>motcua::ReportExportDialog</name>
    <message>
        <source>Export the periodic report</source>
        <translation>Export the periodic report</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Other dates</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>By field of procedures</source>
        <translation>By field of procedures</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved %1: %2 received, %3 processed, %4 pending.</source>
        <translation>Saved %1: %2 received, %3 processed, %4 pending.</translation>
    </message>
    <message>
        <source>The whole center (every counter&apos;s dossiers held here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the dossiers received at this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counting:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReportRepository</name>
    <message>
        <source>counting the day&apos;s dossiers</source>
        <translation>counting the day&apos;s dossiers</translation>
    </message>
    <message>
        <source>reading the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the report</source>
        <translation>preparing the report</translation>
    </message>
    <message>
        <source>counting dossiers per day</source>
        <translation>counting dossiers per day</translation>
    </message>
    <message>
        <source>reading the center&apos;s dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReportService</name>
    <message>
        <source>The report period is invalid: the first day must be on or before the last day.</source>
        <translation>The report period is invalid: the first day must be on or before the last day.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>The day is invalid.</source>
        <translation>The day is invalid.</translation>
    </message>
    <message>
        <source>The period is invalid: the first day must be on or before the last day.</source>
        <translation>The period is invalid: the first day must be on or before the last day.</translation>
    </message>
    <message>
        <source>Received on %1 (%2)</source>
        <translation>Received on %1 (%2)</translation>
    </message>
    <message>
        <source>Received on %1</source>
        <translation>Received on %1</translation>
    </message>
    <message>
        <source>Received from %1 to %2</source>
        <translation>Received from %1 to %2</translation>
    </message>
    <message>
        <source>Results returned on %1</source>
        <translation>Results returned on %1</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Due on %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Awaiting a supplement</source>
        <translation>Awaiting a supplement</translation>
    </message>
</context>
<context>
    <name>motcua::ReportXlsx</name>
    <message>
        <source>Cannot create a temporary folder for the workbook.</source>
        <translation>Cannot create a temporary folder for the workbook.</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Cannot start the workbook.</translation>
    </message>
    <message>
        <source>Writing the workbook failed: %1</source>
        <translation>Writing the workbook failed: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Cannot read the workbook back: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ResultFileImport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
</context>
<context>
    <name>motcua::RetentionRepository</name>
    <message>
        <source>removing old records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::RetentionService</name>
    <message>
        <source>remove old records (store purge)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReturnDialog</name>
    <message>
        <source>Return the result of %1</source>
        <translation>Return the result of %1</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>The applicant collects it in person</source>
        <translation>The applicant collects it in person</translation>
    </message>
    <message>
        <source>An ID number has 12 digits (citizen ID card), 9 digits (old ID card), or is a passport number such as B1234567.</source>
        <translation>An ID number has 12 digits (citizen ID card), 9 digits (old ID card), or is a passport number such as B1234567.</translation>
    </message>
    <message>
        <source>Result of the procedure</source>
        <translation>Result of the procedure</translation>
    </message>
    <message>
        <source>Fees settled (%1)</source>
        <translation>Fees settled (%1)</translation>
    </message>
    <message>
        <source>No fees due</source>
        <translation>No fees due</translation>
    </message>
    <message>
        <source>Collected by (&amp;name):</source>
        <translation>Collected by (&amp;name):</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Result &amp;papers handed over:</source>
        <translation>Result &amp;papers handed over:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Record the return (Ctrl+Enter)</source>
        <translation>Record the return (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the name of the person who collects the result.</source>
        <translation>Type the name of the person who collects the result.</translation>
    </message>
    <message>
        <source>Tick the result papers handed over.</source>
        <translation>Tick the result papers handed over.</translation>
    </message>
    <message>
        <source>optional: the result&apos;s scan or file (PDF or image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReturnsPage</name>
    <message>
        <source>Return results</source>
        <translation>Return results</translation>
    </message>
    <message>
        <source>Dossiers whose result is ready. Select one and press Enter to record who collected it.</source>
        <translation>Dossiers whose result is ready. Select one and press Enter to record who collected it.</translation>
    </message>
    <message>
        <source>Search: applicant name, dossier code, ID number or phone (Ctrl+F)</source>
        <translation>Search: applicant name, dossier code, ID number or phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>Return the result… (Ctrl+R)</source>
        <translation>Return the result… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation>Open the dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier ledger (form 06)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossier ledger (form 06)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>%1 results ready to return shown, more as you scroll</source>
        <translation>%1 results ready to return shown, more as you scroll</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) ready to return</source>
        <translation>
            <numerusform>%n result(s) ready to return</numerusform>
            <numerusform>%n result(s) ready to return</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the dossier whose result is handed back.</source>
        <translation>Select the dossier whose result is handed back.</translation>
    </message>
    <message>
        <source>Result of %1 handed to %2.</source>
        <translation>Result of %1 handed to %2.</translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>The end of the range is before its start.</translation>
    </message>
    <message>
        <source>Save the ledger as PDF</source>
        <translation>Save the ledger as PDF</translation>
    </message>
    <message>
        <source>Save the ledger as CSV</source>
        <translation>Save the ledger as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Ledger saved to %1.</source>
        <translation>Ledger saved to %1.</translation>
    </message>
</context>
<context>
    <name>motcua::RoleSignature</name>
    <message>
        <source>signing an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Your role (%1) does not allow: %2.</source>
        <translation>Your role (%1) does not allow: %2.</translation>
    </message>
</context>
<context>
    <name>motcua::SaneBackend</name>
    <message>
        <source>The scanner cannot scan in %1.</source>
        <translation>The scanner cannot scan in %1.</translation>
    </message>
    <message>
        <source>The scanner has no %1.</source>
        <translation>The scanner has no %1.</translation>
    </message>
    <message>
        <source>The scanner refused the option %1 = %2: %3</source>
        <translation>The scanner refused the option %1 = %2: %3</translation>
    </message>
    <message>
        <source>The scanner sent an image format MotCua Desk cannot read.</source>
        <translation>The scanner sent an image format MotCua Desk cannot read.</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>The scanner sent an empty page.</translation>
    </message>
</context>
<context>
    <name>motcua::SaneSession</name>
    <message>
        <source>There is no scanner called %1: check that it is plugged in and switched on, then refresh the list of scanners.</source>
        <translation>There is no scanner called %1: check that it is plugged in and switched on, then refresh the list of scanners.</translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner. Open the scanner, take the paper out, then scan the remaining pages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paper in the feeder. Put the papers in the feeder and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy, perhaps used by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check that it is plugged in and switched on, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to scan. Lower the resolution or scan fewer pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer account may not use the scanner. Ask the administrator to give it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner refused these settings. Choose another resolution, mode or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cannot do this. Choose another mode or source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reported an error: %1</source>
        <translation>The scanner reported an error: %1</translation>
    </message>
</context>
<context>
    <name>motcua::ScanCommand</name>
    <message>
        <source>Page %1 scanned.
</source>
        <translation>Page %1 scanned.
</translation>
    </message>
    <message>
        <source>Scans one page from the flatbed, or a batch from the feeder, into one PDF: blank borders and blank pages can be removed, and a grey A4 page at 200 dpi takes at most 150 KB. --list shows the scanners. Needs no database.</source>
        <translation>Scans one page from the flatbed, or a batch from the feeder, into one PDF: blank borders and blank pages can be removed, and a grey A4 page at 200 dpi takes at most 150 KB. --list shows the scanners. Needs no database.</translation>
    </message>
    <message>
        <source>List the scanners and exit.</source>
        <translation>List the scanners and exit.</translation>
    </message>
    <message>
        <source>The scanner, as --list names it.</source>
        <translation>The scanner, as --list names it.</translation>
    </message>
    <message>
        <source>Scan from the feeder, at most N pages (0: until it is empty).</source>
        <translation>Scan from the feeder, at most N pages (0: until it is empty).</translation>
    </message>
    <message>
        <source>150, 200 or 300 (default 200).</source>
        <translation>150, 200 or 300 (default 200).</translation>
    </message>
    <message>
        <source>grey, color or bw (default grey).</source>
        <translation>grey, color or bw (default grey).</translation>
    </message>
    <message>
        <source>flatbed, feeder or duplex (default: feeder with --pages, else flatbed).</source>
        <translation>flatbed, feeder or duplex (default: feeder with --pages, else flatbed).</translation>
    </message>
    <message>
        <source>Leave out blank pages.</source>
        <translation>Leave out blank pages.</translation>
    </message>
    <message>
        <source>Crop blank borders.</source>
        <translation>Crop blank borders.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>No scanner found.</source>
        <translation>No scanner found.</translation>
    </message>
    <message>
        <source>This build cannot drive scanners.</source>
        <translation>This build cannot drive scanners.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>--device NAME is required (see --list).</source>
        <translation>--device NAME is required (see --list).</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required.</source>
        <translation>--out FILE.pdf is required.</translation>
    </message>
    <message>
        <source>--dpi is 150, 200 or 300.</source>
        <translation>--dpi is 150, 200 or 300.</translation>
    </message>
    <message>
        <source>--mode is grey, color or bw.</source>
        <translation>--mode is grey, color or bw.</translation>
    </message>
    <message>
        <source>--pages is a number, 0 for the whole feeder.</source>
        <translation>--pages is a number, 0 for the whole feeder.</translation>
    </message>
    <message>
        <source>--source is flatbed, feeder or duplex.</source>
        <translation>--source is flatbed, feeder or duplex.</translation>
    </message>
    <message>
        <source>Every page was blank: nothing written.</source>
        <translation>Every page was blank: nothing written.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) left out.</source>
        <translation>
            <numerusform>%n blank page(s) left out.</numerusform>
            <numerusform>%n blank page(s) left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ScanPanel</name>
    <message>
        <source>This computer cannot drive scanners: import the scanned files (PDF, JPEG, PNG, TIFF) with the button or drop them here.</source>
        <translation>This computer cannot drive scanners: import the scanned files (PDF, JPEG, PNG, TIFF) with the button or drop them here.</translation>
    </message>
    <message>
        <source>Sc&amp;anner</source>
        <translation>Sc&amp;anner</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Look for scanners again</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Paper in</source>
        <translation>&amp;Paper in</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Drag a page, or Ctrl+Left / Ctrl+Right, to change the order; Delete removes it; Ctrl+R turns it. Files can be dropped here.</source>
        <translation>Drag a page, or Ctrl+Left / Ctrl+Right, to change the order; Delete removes it; Ctrl+R turns it. Files can be dropped here.</translation>
    </message>
    <message>
        <source>◀ Move</source>
        <translation>◀ Move</translation>
    </message>
    <message>
        <source>Move the page left (Ctrl+Left)</source>
        <translation>Move the page left (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Move ▶</source>
        <translation>Move ▶</translation>
    </message>
    <message>
        <source>Move the page right (Ctrl+Right)</source>
        <translation>Move the page right (Ctrl+Right)</translation>
    </message>
    <message>
        <source>↺ Turn left</source>
        <translation>↺ Turn left</translation>
    </message>
    <message>
        <source>↻ Turn right</source>
        <translation>↻ Turn right</translation>
    </message>
    <message>
        <source>Turn the page clockwise (Ctrl+R)</source>
        <translation>Turn the page clockwise (Ctrl+R)</translation>
    </message>
    <message>
        <source>Crop borders</source>
        <translation>Crop borders</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Delete page</translation>
    </message>
    <message>
        <source>A&amp;ttach to</source>
        <translation>A&amp;ttach to</translation>
    </message>
    <message>
        <source>Attach as one PDF</source>
        <translation>Attach as one PDF</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <source>No scanner found: plug one in and press Refresh</source>
        <translation>No scanner found: plug one in and press Refresh</translation>
    </message>
    <message>
        <source>Page %1: %p%</source>
        <translation>Page %1: %p%</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned</source>
        <translation>
            <numerusform>%n page(s) scanned</numerusform>
            <numerusform>%n page(s) scanned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan cancelled; the %n page(s) already scanned are kept.</source>
        <translation>
            <numerusform>Scan cancelled; the %n page(s) already scanned are kept.</numerusform>
            <numerusform>Scan cancelled; the %n page(s) already scanned are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%1 The %n page(s) scanned before are kept.</numerusform>
            <numerusform>%1 The %n page(s) scanned before are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported.</source>
        <translation>
            <numerusform>%n page(s) imported.</numerusform>
            <numerusform>%n page(s) imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scanned papers</source>
        <translation>Import scanned papers</translation>
    </message>
    <message>
        <source>No blank page found.</source>
        <translation>No blank page found.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) attached to %1.</source>
        <translation>
            <numerusform>%n page(s) attached to %1.</numerusform>
            <numerusform>%n page(s) attached to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop &amp;blank pages…</source>
        <translation>Drop &amp;blank pages…</translation>
    </message>
    <message>
        <source>Remove the pages with nothing on them, after asking; dark pages are kept</source>
        <translation>Remove the pages with nothing on them, after asking; dark pages are kept</translation>
    </message>
    <message>
        <source>↶ Undo</source>
        <translation>↶ Undo</translation>
    </message>
    <message numerus="yes">
        <source>%n dark page(s) (%1) are kept: check that the scanner&apos;s lid was closed.</source>
        <translation>
            <numerusform>%n dark page(s) (%1) are kept: check that the scanner&apos;s lid was closed.</numerusform>
            <numerusform>%n dark page(s) (%1) are kept: check that the scanner&apos;s lid was closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop blank pages</source>
        <translation>Drop blank pages</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n blank page(s): page(s) %1? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Remove %n blank page(s): page(s) %1? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Remove %n blank page(s): page(s) %1? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank page(s) dropped. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n blank page(s) dropped. Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>%n blank page(s) dropped. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Undone: %1.</translation>
    </message>
    <message>
        <source>Done again: %1.</source>
        <translation>Done again: %1.</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
</context>
<context>
    <name>motcua::ScanTypes</name>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Flatbed (one page)</source>
        <translation>Flatbed (one page)</translation>
    </message>
    <message>
        <source>Feeder</source>
        <translation>Feeder</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Feeder, both sides</translation>
    </message>
</context>
<context>
    <name>motcua::ScannerBackend</name>
    <message>
        <source>This build of MotCua Desk cannot drive scanners; import the scanned files instead.</source>
        <translation>This build of MotCua Desk cannot drive scanners; import the scanned files instead.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
</context>
<context>
    <name>motcua::SearchCommand</name>
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
        <source>CODE</source>
        <translation>CODE</translation>
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
</context>
<context>
    <name>motcua::SeedCommand</name>
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
</context>
<context>
    <name>motcua::Settings</name>
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
        <source>Minimum free disk space for attachments, in MB: below it new scans are refused</source>
        <translation>Minimum free disk space for attachments, in MB: below it new scans are refused</translation>
    </message>
    <message>
        <source>Minutes during which a clerk may take back their own transfer that the department has not yet received (0: never)</source>
        <translation>Minutes during which a clerk may take back their own transfer that the department has not yet received (0: never)</translation>
    </message>
    <message>
        <source>Working hours within which a dossier submitted online must be accepted, refused or sent back for a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes an account stays locked after five wrong passwords, unless an administrator unlocks it sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse after which the desk locks and asks for the password again (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after the portal acknowledged an item before its copy of the dossier is removed from the outbox (0: at the next purge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days an unfinished intake draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a kept scan (not attached to a dossier) is kept</source>
        <translation type="unfinished"></translation>
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
        <source>How the periodic report counts withdrawn dossiers: on_time (processed on time), by_date (processed, early, on time or late by their dates) or excluded</source>
        <translation>How the periodic report counts withdrawn dossiers: on_time (processed on time), by_date (processed, early, on time or late by their dates) or excluded</translation>
    </message>
    <message>
        <source>How the periodic report counts stopped dossiers: by_date (closed when stopped, early, on time or late by the stop date) or excluded</source>
        <translation>How the periodic report counts stopped dossiers: by_date (closed when stopped, early, on time or late by the stop date) or excluded</translation>
    </message>
    <message>
        <source>Address of the central portal (https://host:port)</source>
        <translation>Address of the central portal (https://host:port)</translation>
    </message>
    <message>
        <source>Account of this center on the portal</source>
        <translation>Account of this center on the portal</translation>
    </message>
    <message>
        <source>Password of the portal account</source>
        <translation>Password of the portal account</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority the portal&apos;s certificate must chain to</source>
        <translation>PEM file of the certificate authority the portal&apos;s certificate must chain to</translation>
    </message>
    <message>
        <source>Base64 SHA-256 of the portal&apos;s public key; when set, any other key is refused</source>
        <translation>Base64 SHA-256 of the portal&apos;s public key; when set, any other key is refused</translation>
    </message>
    <message>
        <source>Address of the center&apos;s server this workstation joined (https://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the certificate authority the center&apos;s certificate must chain to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s account at the center (given when it joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s credential at the center (given when it joined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the center&apos;s server this workstation joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between synchronisation passes while online</source>
        <translation>Seconds between synchronisation passes while online</translation>
    </message>
    <message>
        <source>Seconds to wait for the portal before a request counts as failed</source>
        <translation>Seconds to wait for the portal before a request counts as failed</translation>
    </message>
    <message>
        <source>Transfers to the portal at the same time</source>
        <translation>Transfers to the portal at the same time</translation>
    </message>
    <message>
        <source>First wait in seconds before retrying a failed transfer</source>
        <translation>First wait in seconds before retrying a failed transfer</translation>
    </message>
    <message>
        <source>Longest wait in seconds between retries</source>
        <translation>Longest wait in seconds between retries</translation>
    </message>
    <message>
        <source>Size in KiB of each piece of an attachment upload</source>
        <translation>Size in KiB of each piece of an attachment upload</translation>
    </message>
    <message>
        <source>History rows sent per request</source>
        <translation>History rows sent per request</translation>
    </message>
    <message>
        <source>Dossiers sent per request</source>
        <translation>Dossiers sent per request</translation>
    </message>
    <message>
        <source>Warn when an item waits longer than this many minutes</source>
        <translation>Warn when an item waits longer than this many minutes</translation>
    </message>
    <message>
        <source>Warn when the procedure catalogue is older than this many days</source>
        <translation>Warn when the procedure catalogue is older than this many days</translation>
    </message>
    <message>
        <source>Warn when the holiday calendar was last confirmed more than this many days ago</source>
        <translation>Warn when the holiday calendar was last confirmed more than this many days ago</translation>
    </message>
    <message>
        <source>Shared secret (at least 16 characters) that signs and encrypts offline bundles for the portal</source>
        <translation>Shared secret (at least 16 characters) that signs and encrypts offline bundles for the portal</translation>
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
        <source>choose one of: %1</source>
        <translation>choose one of: %1</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>saving the settings</translation>
    </message>
    <message>
        <source>Sign in to change the setting %1.</source>
        <translation>Sign in to change the setting %1.</translation>
    </message>
    <message>
        <source>The setting %1 is encrypted: sign in to unlock it (motcuactl: --user NAME).</source>
        <translation>The setting %1 is encrypted: sign in to unlock it (motcuactl: --user NAME).</translation>
    </message>
    <message>
        <source>The setting %1 cannot be decrypted; set it again.</source>
        <translation>The setting %1 cannot be decrypted; set it again.</translation>
    </message>
    <message>
        <source>Sign in to seal the secret settings.</source>
        <translation>Sign in to seal the secret settings.</translation>
    </message>
    <message>
        <source>Days the part of a file fetched from the center is kept when its download is not tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SettingsCommands</name>
    <message>
        <source>Usage: motcuactl settings SUBCOMMAND [options] --user ADMIN

Subcommands:
  list            every setting, its value and whether it is set
  get KEY         one setting&apos;s value
  set KEY VALUE   changes a setting (checked and audited)

Secret settings are stored sealed and never printed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may read or change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret, set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(secret, not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every setting (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints one setting&apos;s value (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting, e.g. center.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes one setting (administrators): checked as in the Settings page, secrets sealed, audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give KEY and VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 changed.</source>
        <translation type="unfinished"></translation>
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
    <name>motcua::SettingsService</name>
    <message>
        <source>change the setting &quot;%1&quot;</source>
        <translation>change the setting &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The setting %1 is kept encrypted: this session cannot unlock the data key, so it cannot be changed here.</source>
        <translation>The setting %1 is kept encrypted: this session cannot unlock the data key, so it cannot be changed here.</translation>
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
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Sync now (Sync page)</source>
        <translation>Sync now (Sync page)</translation>
    </message>
    <message>
        <source>Resolve sync conflicts (Sync page)</source>
        <translation>Resolve sync conflicts (Sync page)</translation>
    </message>
    <message>
        <source>Tick or untick the paper (Intake page, list of papers)</source>
        <translation>Tick or untick the paper (Intake page, list of papers)</translation>
    </message>
    <message>
        <source>0 … 9</source>
        <translation>0 … 9</translation>
    </message>
    <message>
        <source>Set the number of copies of the paper (Intake page, list of papers)</source>
        <translation>Set the number of copies of the paper (Intake page, list of papers)</translation>
    </message>
    <message>
        <source>Edit the paper&apos;s name or note (Intake page, list of papers)</source>
        <translation>Edit the paper&apos;s name or note (Intake page, list of papers)</translation>
    </message>
    <message>
        <source>Search on the page shown (Dossiers, Returns, Catalogue)</source>
        <translation>Search on the page shown (Dossiers, Returns, Catalogue)</translation>
    </message>
    <message>
        <source>From the search box into the list (Dossiers page)</source>
        <translation>From the search box into the list (Dossiers page)</translation>
    </message>
    <message>
        <source>Open the selected dossier (Dossiers page)</source>
        <translation>Open the selected dossier (Dossiers page)</translation>
    </message>
    <message>
        <source>Refresh the list or the figures (Dossiers, Dashboard pages)</source>
        <translation>Refresh the list or the figures (Dossiers, Dashboard pages)</translation>
    </message>
    <message>
        <source>Return the result to the applicant (Returns page)</source>
        <translation>Return the result to the applicant (Returns page)</translation>
    </message>
    <message>
        <source>Reprint the receipt (01) to the default printer (dossier view)</source>
        <translation>Reprint the receipt (01) to the default printer (dossier view)</translation>
    </message>
    <message>
        <source>%1 (dossier view)</source>
        <translation>%1 (dossier view)</translation>
    </message>
    <message>
        <source>Confirm the step (dossier view)</source>
        <translation>Confirm the step (dossier view)</translation>
    </message>
    <message>
        <source>Print the control slip, form 05 (dossier view)</source>
        <translation>Print the control slip, form 05 (dossier view)</translation>
    </message>
    <message>
        <source>Print the apology letter, form 04 (dossier view)</source>
        <translation>Print the apology letter, form 04 (dossier view)</translation>
    </message>
</context>
<context>
    <name>motcua::StationAccounts</name>
    <message>
        <source>Sign in again: the center&apos;s account key is sealed under the data key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s answer holds no usable account keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center&apos;s account key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s record on this workstation does not match what the center signed. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::StoreCommands</name>
    <message>
        <source>Usage: motcuactl store SUBCOMMAND [options]

Subcommands:
  verify --user NAME   decrypt and check every attachment; prints the bad ones, exit 1 if any
  sweep                remove files no attachment refers to (left by interrupted writes)
  compact              rewrite the database without its free pages (VACUUM), e.g. after an
                       upgrade dropped indexes
  purge --user ADMIN   remove what retention no longer keeps: sent dossiers&apos; copies in the
                       outbox, old drafts and kept scans (settings retention.*)

motcuactl store SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypts every attachment and checks it (authentication tag and SHA-256). Prints the ones that fail; exit code 1 when any does.</source>
        <translation>Decrypts every attachment and checks it (authentication tag and SHA-256). Prints the ones that fail; exit code 1 when any does.</translation>
    </message>
    <message>
        <source>store verify takes no arguments.</source>
        <translation>store verify takes no arguments.</translation>
    </message>
    <message>
        <source>Every attachment passed its integrity check.</source>
        <translation>Every attachment passed its integrity check.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DOSSIER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>Removes attachment files that no attachment refers to, and temporary files of writes that never finished (a crash or power cut between writing a file and saving its record).</source>
        <translation>Removes attachment files that no attachment refers to, and temporary files of writes that never finished (a crash or power cut between writing a file and saving its record).</translation>
    </message>
    <message>
        <source>store sweep takes no arguments.</source>
        <translation>store sweep takes no arguments.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced file(s).</source>
        <translation>
            <numerusform>Removed %n unreferenced file(s).</numerusform>
            <numerusform>Removed %n unreferenced file(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rewrites the database without its free pages (SQLite VACUUM), so the file shrinks to what its data needs. Pages freed by deleted rows or dropped indexes are otherwise kept and reused for new rows. Needs free disk space about the size of the database and takes about a minute at a million dossiers; other programs wait meanwhile.</source>
        <translation>Rewrites the database without its free pages (SQLite VACUUM), so the file shrinks to what its data needs. Pages freed by deleted rows or dropped indexes are otherwise kept and reused for new rows. Needs free disk space about the size of the database and takes about a minute at a million dossiers; other programs wait meanwhile.</translation>
    </message>
    <message>
        <source>store compact takes no arguments.</source>
        <translation>store compact takes no arguments.</translation>
    </message>
    <message>
        <source>Database compacted: %1 MB → %2 MB in %3 s.</source>
        <translation>Database compacted: %1 MB → %2 MB in %3 s.</translation>
    </message>
    <message>
        <source>store purge takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes what retention no longer keeps: the copy of each dossier in outbox rows the portal acknowledged more than retention.sentPayloadDays ago, intake drafts older than retention.draftDays and kept scans older than retention.keptScanDays, then their files, and the parts of downloads from the center not tried again for retention.fetchPartDays. Administrators only; audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emptied %1 sent outbox rows; removed %2 drafts, %3 kept scans, %4 files and %5 parts of downloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SupplementItems</name>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>Field &quot;%1&quot;: %2</translation>
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
        <source>the paper &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SyncCommands</name>
    <message>
        <source>Usage: motcuactl sync SUBCOMMAND [options]

Subcommands:
  now [--user NAME] [--portal URL] send pending items and pull from the portal, once
  status [--json]                  items per state, last success, warnings
  export FILE --user NAME          pending items as a signed, encrypted bundle file
  pause --user NAME                stop automatic synchronisation
  resume --user NAME               start it again
  retry --user NAME                retry failed items now

The portal&apos;s address, account and pinned certificate come from the settings
portal.url, portal.username, portal.password, portal.caFile and portal.pinSha256.
The password is stored encrypted under the data key: give --user NAME to unlock it.
</source>
        <translation>Usage: motcuactl sync SUBCOMMAND [options]

Subcommands:
  now [--user NAME] [--portal URL] send pending items and pull from the portal, once
  status [--json]                  items per state, last success, warnings
  export FILE --user NAME          pending items as a signed, encrypted bundle file
  pause --user NAME                stop automatic synchronisation
  resume --user NAME               start it again
  retry --user NAME                retry failed items now

The portal&apos;s address, account and pinned certificate come from the settings
portal.url, portal.username, portal.password, portal.caFile and portal.pinSha256.
The password is stored encrypted under the data key: give --user NAME to unlock it.
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Runs one synchronisation pass: sends queued dossiers, history rows and attachments, leases dossier numbers, pulls status changes and the catalogue. Retry waits are ignored. Exit 1 when the portal could not be reached or items failed.</source>
        <translation>Runs one synchronisation pass: sends queued dossiers, history rows and attachments, leases dossier numbers, pulls status changes and the catalogue. Retry waits are ignored. Exit 1 when the portal could not be reached or items failed.</translation>
    </message>
    <message>
        <source>Portal address for this run (https://...).</source>
        <translation>Portal address for this run (https://...).</translation>
    </message>
    <message>
        <source>PEM file of the CA to pin for this run.</source>
        <translation>PEM file of the CA to pin for this run.</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer.</source>
        <translation>Seconds to wait for each answer.</translation>
    </message>
    <message>
        <source>--portal and --ca are for administrators: give --user with an administrator&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with another portal address or CA (--portal, --ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--portal: an https:// address.</source>
        <translation>--portal: an https:// address.</translation>
    </message>
    <message>
        <source>--ca: a readable PEM certificate file.</source>
        <translation>--ca: a readable PEM certificate file.</translation>
    </message>
    <message>
        <source>--portal needs --ca FILE: no portal is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: seconds from 1 to 600.</source>
        <translation>--timeout: seconds from 1 to 600.</translation>
    </message>
    <message>
        <source>Center&apos;s dossiers: %1 of %2 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: %1</source>
        <translation>ALARM: %1</translation>
    </message>
    <message>
        <source>Sent %1 dossiers, %2 history rows, %3 attachments; %4 failed; %5 status changes received; %6 still pending.</source>
        <translation>Sent %1 dossiers, %2 history rows, %3 attachments; %4 failed; %5 status changes received; %6 still pending.</translation>
    </message>
    <message>
        <source>%1 dossiers of the center written here; %2 conflicts to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the outbox: items per state, the last successful exchange with the portal, retry waits per kind of work and warnings.</source>
        <translation>Shows the outbox: items per state, the last successful exchange with the portal, retry waits per kind of work and warnings.</translation>
    </message>
    <message>
        <source>Queued %1, in flight %2, failed %3, done %4.</source>
        <translation>Queued %1, in flight %2, failed %3, done %4.</translation>
    </message>
    <message>
        <source>Last success: %1. %2%3</source>
        <translation>Last success: %1. %2%3</translation>
    </message>
    <message>
        <source>Online.</source>
        <translation>Online.</translation>
    </message>
    <message>
        <source>Offline.</source>
        <translation>Offline.</translation>
    </message>
    <message>
        <source> Paused.</source>
        <translation> Paused.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Next retry</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Writes every pending item to FILE as a bundle signed and encrypted with the center&apos;s bundle secret (setting sync.bundleSecret), for the portal to import. Items stay queued: the portal ignores what it already has.</source>
        <translation>Writes every pending item to FILE as a bundle signed and encrypted with the center&apos;s bundle secret (setting sync.bundleSecret), for the portal to import. Items stay queued: the portal ignores what it already has.</translation>
    </message>
    <message>
        <source>The bundle file to write.</source>
        <translation>The bundle file to write.</translation>
    </message>
    <message>
        <source>give one FILE.</source>
        <translation>give one FILE.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 dossiers, %3 history rows, %4 attachments (%5 bytes).</source>
        <translation>Wrote %1: %2 dossiers, %3 history rows, %4 attachments (%5 bytes).</translation>
    </message>
    <message>
        <source>Stops automatic synchronisation; `sync now` still runs a pass.</source>
        <translation>Stops automatic synchronisation; `sync now` still runs a pass.</translation>
    </message>
    <message>
        <source>Synchronisation paused.</source>
        <translation>Synchronisation paused.</translation>
    </message>
    <message>
        <source>Starts automatic synchronisation again.</source>
        <translation>Starts automatic synchronisation again.</translation>
    </message>
    <message>
        <source>Synchronisation resumed.</source>
        <translation>Synchronisation resumed.</translation>
    </message>
    <message>
        <source>Makes every failed item due now and clears retry waits.</source>
        <translation>Makes every failed item due now and clears retry waits.</translation>
    </message>
    <message>
        <source>Failed items will be retried at the next pass.</source>
        <translation>Failed items will be retried at the next pass.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncConflictRepository</name>
    <message>
        <source>reading the dossier the portal decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking the portal&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the dossier&apos;s pending record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the synchronisation conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a synchronisation conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settling the synchronisation conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SyncConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>The portal decided these dossiers while a change made here was still waiting to be sent. Choose, for each, which status stands: the portal&apos;s decision, or the change made here (it is then sent to the portal).</source>
        <translation>The portal decided these dossiers while a change made here was still waiting to be sent. Choose, for each, which status stands: the portal&apos;s decision, or the change made here (it is then sent to the portal).</translation>
    </message>
    <message>
        <source>No conflicts are open: every dossier agrees with the portal.</source>
        <translation>No conflicts are open: every dossier agrees with the portal.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status here</source>
        <translation>Status here</translation>
    </message>
    <message>
        <source>Portal&apos;s status</source>
        <translation>Portal&apos;s status</translation>
    </message>
    <message>
        <source>Portal&apos;s note</source>
        <translation>Portal&apos;s note</translation>
    </message>
    <message>
        <source>Decided on the portal</source>
        <translation>Decided on the portal</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Accept &amp;portal</source>
        <translation>Accept &amp;portal</translation>
    </message>
    <message>
        <source>The dossier takes the portal&apos;s status; the change made here is not sent</source>
        <translation>The dossier takes the portal&apos;s status; the change made here is not sent</translation>
    </message>
    <message>
        <source>&amp;Keep local</source>
        <translation>&amp;Keep local</translation>
    </message>
    <message>
        <source>The dossier keeps the status set here; it is sent to the portal</source>
        <translation>The dossier keeps the status set here; it is sent to the portal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(dossier not found here)</source>
        <translation>(dossier not found here)</translation>
    </message>
    <message>
        <source>Dossier %1 now has the portal&apos;s status: %2.</source>
        <translation>Dossier %1 now has the portal&apos;s status: %2.</translation>
    </message>
    <message>
        <source>Dossier %1 keeps the status set here (%2); it will be sent to the portal.</source>
        <translation>Dossier %1 keeps the status set here (%2); it will be sent to the portal.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send everything waiting and fetch news from the portal now (F5)</source>
        <translation>Send everything waiting and fetch news from the portal now (F5)</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Retry the selected items, or every failed item when none is selected</source>
        <translation>Retry the selected items, or every failed item when none is selected</translation>
    </message>
    <message>
        <source>Export for USB…</source>
        <translation>Export for USB…</translation>
    </message>
    <message>
        <source>Write every pending item to a signed, encrypted file the portal can import</source>
        <translation>Write every pending item to a signed, encrypted file the portal can import</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>last success %1</translation>
    </message>
    <message>
        <source>never synchronised</source>
        <translation>never synchronised</translation>
    </message>
    <message>
        <source>next pass %1</source>
        <translation>next pass %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Queued %1 · Sending %2 · Failed %3 · Sent %4</source>
        <translation>Queued %1 · Sending %2 · Failed %3 · Sent %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failure(s) in a row, next try %2 — %3</source>
        <translation>
            <numerusform>%1: %n failure(s) in a row, next try %2 — %3</numerusform>
            <numerusform>%1: %n failure(s) in a row, next try %2 — %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be sent at once.</source>
        <translation>
            <numerusform>%n item(s) will be sent at once.</numerusform>
            <numerusform>%n item(s) will be sent at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export pending items</source>
        <translation>Export pending items</translation>
    </message>
    <message>
        <source>MotCua bundle (*.mcb)</source>
        <translation>MotCua bundle (*.mcb)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 dossiers, %3 history rows, %4 attachments. Take it to the portal; the items stay queued until the portal confirms them.</source>
        <translation>Wrote %1: %2 dossiers, %3 history rows, %4 attachments. Take it to the portal; the items stay queued until the portal confirms them.</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Resolve conflicts…</translation>
    </message>
    <message>
        <source>Choose, for each dossier changed both here and on the portal, which status stands (%1)</source>
        <translation>Choose, for each dossier changed both here and on the portal, which status stands (%1)</translation>
    </message>
    <message>
        <source>No central portal is set up yet: this workstation works on its own and keeps everything to send. An administrator enters the portal&apos;s address under Settings, Central portal.</source>
        <translation>No central portal is set up yet: this workstation works on its own and keeps everything to send. An administrator enters the portal&apos;s address under Settings, Central portal.</translation>
    </message>
    <message>
        <source>Offline: the portal cannot be reached just now. Work goes on; everything waits here and is sent by itself when the connection is back</source>
        <translation>Offline: the portal cannot be reached just now. Work goes on; everything waits here and is sent by itself when the connection is back</translation>
    </message>
    <message>
        <source>%1: waiting for the connection, next try %2</source>
        <translation>%1: waiting for the connection, next try %2</translation>
    </message>
</context>
<context>
    <name>motcua::SyncRunner</name>
    <message>
        <source>No portal or center is configured (settings portal.url, center.url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another synchronisation of this database is running.</source>
        <translation>Another synchronisation of this database is running.</translation>
    </message>
</context>
<context>
    <name>motcua::SyncService</name>
    <message>
        <source>The database is encrypted: sign in to read the portal settings (motcuactl: --user NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause synchronisation</source>
        <translation>pause synchronisation</translation>
    </message>
    <message>
        <source>resume synchronisation</source>
        <translation>resume synchronisation</translation>
    </message>
    <message>
        <source>retry sending</source>
        <translation>retry sending</translation>
    </message>
    <message numerus="yes">
        <source>The procedure catalogue is older than %n day(s): connect to the portal or import a new one.</source>
        <translation>
            <numerusform>The procedure catalogue is older than %n day(s): connect to the portal or import a new one.</numerusform>
            <numerusform>The procedure catalogue is older than %n day(s): connect to the portal or import a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The holiday calendar was last confirmed more than %n day(s) ago: appointment dates may be wrong.</source>
        <translation>
            <numerusform>The holiday calendar was last confirmed more than %n day(s) ago: appointment dates may be wrong.</numerusform>
            <numerusform>The holiday calendar was last confirmed more than %n day(s) ago: appointment dates may be wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some items have waited for the portal since %1 (more than %n minute(s)).</source>
        <translation>
            <numerusform>Some items have waited for the portal since %1 (more than %n minute(s)).</numerusform>
            <numerusform>Some items have waited for the portal since %1 (more than %n minute(s)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed and will be retried; see the last error.</source>
        <translation>
            <numerusform>%n item(s) failed and will be retried; see the last error.</numerusform>
            <numerusform>%n item(s) failed and will be retried; see the last error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) were changed both here and on the portal; both versions are kept.</source>
        <translation>
            <numerusform>%n dossier(s) were changed both here and on the portal; both versions are kept.</numerusform>
            <numerusform>%n dossier(s) were changed both here and on the portal; both versions are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>export pending items</source>
        <translation>export pending items</translation>
    </message>
    <message>
        <source>Cannot write the bundle file %1: %2</source>
        <translation>Cannot write the bundle file %1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::SyncServiceConflicts</name>
    <message>
        <source>unknown status %1</source>
        <translation>unknown status %1</translation>
    </message>
    <message>
        <source>This workstation&apos;s decision is void: online submission %1 was decided first at another counter, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of this workstation is void: online submission %2 was decided first at another counter, as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve synchronisation conflicts</source>
        <translation>resolve synchronisation conflicts</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>This conflict no longer exists.</translation>
    </message>
    <message>
        <source>The conflict of dossier %1 has already been resolved.</source>
        <translation>The conflict of dossier %1 has already been resolved.</translation>
    </message>
    <message>
        <source>Online submission %1 was decided first at another counter; the decision recorded here under %2 cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s record of the conflict of dossier %1 cannot be read.</source>
        <translation>The portal&apos;s record of the conflict of dossier %1 cannot be read.</translation>
    </message>
    <message>
        <source>Dossier %1 no longer exists on this workstation; the conflict cannot be resolved.</source>
        <translation>Dossier %1 no longer exists on this workstation; the conflict cannot be resolved.</translation>
    </message>
</context>
<context>
    <name>motcua::TextRules</name>
    <message>
        <source>contains an invisible control or text-direction character (U+%1) at position %2; retype it without that character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::Timeliness</name>
    <message>
        <source>Early</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>motcua::Types</name>
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
        <source>Administrator</source>
        <translation>Administrator</translation>
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
</context>
<context>
    <name>motcua::UserCommands</name>
    <message>
        <source>Usage: motcuactl users SUBCOMMAND [options]

Subcommands:
  add USERNAME --role clerk|supervisor|admin --name &quot;Full Name&quot; --user ADMIN
               the new password comes from MOTCUA_NEW_PASSWORD or is asked twice
  list --user NAME
  unlock USERNAME --user ADMIN   lift the lock left by repeated wrong passwords

motcuactl users SUBCOMMAND --help shows the options of each.
</source>
        <translation type="unfinished"></translation>
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
        <source>locked</source>
        <translation type="unfinished"></translation>
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
        <source>Lifts the lock that repeated wrong passwords put on an account (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UserDialog</name>
    <message>
        <source>Add user — MotCua Desk</source>
        <translation>Add user — MotCua Desk</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>The new account logs in on this workstation with the user name and password below.</source>
        <translation>The new account logs in on this workstation with the user name and password below.</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Edit user — MotCua Desk</source>
        <translation>Edit user — MotCua Desk</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>User name: %1. A new role applies from the user&apos;s next login.</source>
        <translation>User name: %1. A new role applies from the user&apos;s next login.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Reset password — MotCua Desk</source>
        <translation>Reset password — MotCua Desk</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>Give the user this temporary password in person. At the next login they must choose their own.</source>
        <translation>Give the user this temporary password in person. At the next login they must choose their own.</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Set temporary password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporary password:</translation>
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
            <numerusform>at least %n characters</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>The user must choose a new password at the first login</source>
        <translation>The user must choose a new password at the first login</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>&amp;Departments (a department officer works on their queue; none for the counter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account reaches the center at this workstation&apos;s next sync and then logs in at any workstation of the center with the user name and password below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UserRepository</name>
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
        <source>The user name %1 is already taken.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>saving the password</source>
        <translation>saving the password</translation>
    </message>
</context>
<context>
    <name>motcua::UserService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</source>
        <translation>The user name must be %1 to %2 characters long and use only letters A-Z, digits, dot, underscore or hyphen.</translation>
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
        <source>The full name %1</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. An administrator can unlock it; otherwise try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>This account is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>unlock user accounts</source>
        <translation type="unfinished"></translation>
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
        <source>Your role (%1) does not allow: %2.</source>
        <translation>Your role (%1) does not allow: %2.</translation>
    </message>
    <message>
        <source>edit user accounts</source>
        <translation>edit user accounts</translation>
    </message>
    <message>
        <source>The last active administrator must keep the administrator role.</source>
        <translation>The last active administrator must keep the administrator role.</translation>
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
        <source>A department code may not be empty or hold a comma.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Active, must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::UsersBox</name>
    <message>
        <source>E&amp;nable</source>
        <translation>E&amp;nable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Your session has not opened the attachment store, so accounts added or reset now cannot open scanned papers. Log out and log in again with your own password first.</source>
        <translation>Your session has not opened the attachment store, so accounts added or reset now cannot open scanned papers. Log out and log in again with your own password first.</translation>
    </message>
    <message>
        <source>User %1 added. They can log in now.</source>
        <translation>User %1 added. They can log in now.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <source>A temporary password was set for %1. At the next login they must choose their own.</source>
        <translation>A temporary password was set for %1. At the next login they must choose their own.</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer log in.</source>
        <translation>%1 is disabled and can no longer log in.</translation>
    </message>
    <message>
        <source>%1 is enabled and can log in again.</source>
        <translation>%1 is enabled and can log in again.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked and can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added. They can log in here now, and at the center&apos;s other workstations once this workstation&apos;s next sync has sent the account to the center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::WorkCalendar</name>
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
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
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
</context>
<context>
    <name>motcua::main</name>
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
        <source>dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F; dossier transfer|receive|complete|return|... CODE: the steps after intake.</source>
        <translation>dossier create FILE.json; dossier show CODE; dossier print CODE --form NN --out F; dossier transfer|receive|complete|return|... CODE: the steps after intake.</translation>
    </message>
    <message>
        <source>audit verify --user ADMIN: check that the audit trail was not altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach CODE --component ID FILE...: store files (encrypted) with a dossier&apos;s paper; attach fetch CODE [--all]: fetch the files kept at the center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store verify: check every attachment; store sweep: remove orphan files; store compact: shrink the database file; store purge: remove what retention no longer keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger --from DATE --to DATE --out FILE.pdf|.csv: the dossier ledger (form 06).</source>
        <translation>ledger --from DATE --to DATE --out FILE.pdf|.csv: the dossier ledger (form 06).</translation>
    </message>
    <message>
        <source>qr parse TEXT: a citizen ID card QR&apos;s fields; qr decode IMAGE.</source>
        <translation>qr parse TEXT: a citizen ID card QR&apos;s fields; qr decode IMAGE.</translation>
    </message>
    <message>
        <source>report --from DATE --to DATE --by department|field --format pdf|xlsx|csv|json --out FILE: the periodic report.</source>
        <translation>report --from DATE --to DATE --by department|field --format pdf|xlsx|csv|json --out FILE: the periodic report.</translation>
    </message>
    <message>
        <source>counts [--date DATE]: the day&apos;s figures of the dashboard.</source>
        <translation>counts [--date DATE]: the day&apos;s figures of the dashboard.</translation>
    </message>
    <message>
        <source>dossiers --from DATE --to DATE [--department CODE] --format csv|json|xlsx --out F --user NAME [--personal]: the period&apos;s dossiers as a list.</source>
        <translation>dossiers --from DATE --to DATE [--department CODE] --format csv|json|xlsx --out F --user NAME [--personal]: the period&apos;s dossiers as a list.</translation>
    </message>
    <message>
        <source>online list|show REF|accept REF|supplement REF|refuse REF --user NAME: dossiers submitted online, waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality --from DATE --to DATE [--department CODE]: the national service-quality index (Decision 766) from this center&apos;s dossiers.</source>
        <translation>quality --from DATE --to DATE [--department CODE]: the national service-quality index (Decision 766) from this center&apos;s dossiers.</translation>
    </message>
    <message>
        <source>scan --device NAME [--pages N] [--dpi D] [--mode grey|color|bw] --out F.pdf; scan --list.</source>
        <translation>scan --device NAME [--pages N] [--dpi D] [--mode grey|color|bw] --out F.pdf; scan --list.</translation>
    </message>
    <message>
        <source>Find dossiers by code, ID number, phone or name.</source>
        <translation>Find dossiers by code, ID number, phone or name.</translation>
    </message>
    <message>
        <source>Fill a new database with realistic dossiers (demos, benchmarks).</source>
        <translation>Fill a new database with realistic dossiers (demos, benchmarks).</translation>
    </message>
    <message>
        <source>settings list|get KEY|set KEY VALUE --user ADMIN: the settings, checked and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync now|status|export FILE|pause|resume|retry: the portal outbox.</source>
        <translation>sync now|status|export FILE|pause|resume|retry: the portal outbox.</translation>
    </message>
    <message>
        <source>users add USERNAME --role ROLE --name NAME; users list; users unlock USERNAME.</source>
        <translation type="unfinished"></translation>
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
        <source>Page to open first (intake, catalogue, ..., quality).</source>
        <translation type="unfinished"></translation>
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
        <source>Quit as soon as the main window is ready (with --timing: measure it).</source>
        <translation>Quit as soon as the main window is ready (with --timing: measure it).</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>%1 must choose a new password first.</source>
        <translation>%1 must choose a new password first.</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Demo administrator</translation>
    </message>
    <message>
        <source>center join URL --code CODE --ca FILE | refeed: join the center&apos;s server (motcua-center), or pull its dossiers again.</source>
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
  --lang CODE  the language of messages: vi (the default) or en; MOTCUA_LANG sets it too

Exit codes:
  0  success
  1  failure (database, file system, cryptography)
  2  bad input: usage error, invalid value or file, unknown code, duplicate; the reason is on stderr
  3  refused: wrong user name or password, or the user&apos;s role does not allow the command
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
