#pragma once

#include <QString>
#include <QStringList>

namespace motcua {

// Channel through which a dossier is submitted (national KenhThucHien).
enum class Channel { Counter = 1, Online = 2, Postal = 3 };

// Kind of applicant (national LoaiDoiTuong).
enum class ApplicantType { Citizen = 1, Enterprise = 2, StateAgency = 3, OtherOrganisation = 4 };

// Unit of a procedure's statutory processing time.
enum class TimeUnit { WorkingDays, WorkingHours, CalendarDays };

// Roles of local accounts. Ordered: a higher role may do what a lower one may.
enum class Role { Clerk = 1, Supervisor = 2, Admin = 3 };

// Kinds of dated rows in the work calendar.
enum class DayKind { Holiday, Compensatory, Working };

// Stable text keys used in files, the database and JSON ("counter", "working_days", ...).
QString channelKey(Channel c);
bool channelFromKey(const QString& key, Channel* out);
QString timeUnitKey(TimeUnit u);
bool timeUnitFromKey(const QString& key, TimeUnit* out);
QString roleKey(Role r);
bool roleFromKey(const QString& key, Role* out);
QString dayKindKey(DayKind k);
bool dayKindFromKey(const QString& key, DayKind* out);
QString applicantTypeKey(ApplicantType t);
bool applicantTypeFromKey(const QString& key, ApplicantType* out);

// Translated names for display.
QString channelName(Channel c);
QString timeUnitName(TimeUnit u);
QString roleName(Role r);
QString applicantTypeName(ApplicantType t);

// Who performs an action: every change carries one, services check its role.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    // Set by UserService::login: the password was set by an administrator (a reset), so the
    // user must choose their own before working (LoginDialog asks for it).
    bool mustChangePassword = false;
    // A department officer: the codes of the departments whose queue and steps are theirs
    // (StationAccounts); empty for everyone else.
    QStringList departments = {};

    bool atLeast(Role r) const { return static_cast<int>(role) >= static_cast<int>(r); }
};

} // namespace motcua
