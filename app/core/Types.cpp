#include "core/Types.h"

#include <QCoreApplication>

namespace motcua {

namespace {
template<typename E, size_t N> bool fromKey(const QString& key, E* out, const std::pair<E, const char16_t*> (&table)[N])
{
    for (const auto& [value, text] : table) {
        if (key == QStringView(text)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template<typename E, size_t N> QString toKey(E value, const std::pair<E, const char16_t*> (&table)[N])
{
    for (const auto& [v, text] : table) {
        if (v == value)
            return QString::fromUtf16(text);
    }
    return {};
}

const std::pair<Channel, const char16_t*> kChannels[] = {
    {Channel::Counter, u"counter"}, {Channel::Online, u"online"}, {Channel::Postal, u"postal"}};
const std::pair<TimeUnit, const char16_t*> kUnits[] = {{TimeUnit::WorkingDays, u"working_days"},
                                                       {TimeUnit::WorkingHours, u"working_hours"},
                                                       {TimeUnit::CalendarDays, u"calendar_days"}};
const std::pair<Role, const char16_t*> kRoles[] = {
    {Role::Clerk, u"clerk"}, {Role::Supervisor, u"supervisor"}, {Role::Admin, u"admin"}};
const std::pair<DayKind, const char16_t*> kDayKinds[] = {
    {DayKind::Holiday, u"holiday"}, {DayKind::Compensatory, u"compensatory"}, {DayKind::Working, u"working"}};
const std::pair<ApplicantType, const char16_t*> kApplicantTypes[] = {{ApplicantType::Citizen, u"citizen"},
                                                                     {ApplicantType::Enterprise, u"enterprise"},
                                                                     {ApplicantType::StateAgency, u"state_agency"},
                                                                     {ApplicantType::OtherOrganisation, u"other"}};
} // namespace

QString channelKey(Channel c)
{
    return toKey(c, kChannels);
}
bool channelFromKey(const QString& key, Channel* out)
{
    return fromKey(key, out, kChannels);
}
QString timeUnitKey(TimeUnit u)
{
    return toKey(u, kUnits);
}
bool timeUnitFromKey(const QString& key, TimeUnit* out)
{
    return fromKey(key, out, kUnits);
}
QString roleKey(Role r)
{
    return toKey(r, kRoles);
}
bool roleFromKey(const QString& key, Role* out)
{
    return fromKey(key, out, kRoles);
}
QString dayKindKey(DayKind k)
{
    return toKey(k, kDayKinds);
}
bool dayKindFromKey(const QString& key, DayKind* out)
{
    return fromKey(key, out, kDayKinds);
}
QString applicantTypeKey(ApplicantType t)
{
    return toKey(t, kApplicantTypes);
}
bool applicantTypeFromKey(const QString& key, ApplicantType* out)
{
    return fromKey(key, out, kApplicantTypes);
}

QString channelName(Channel c)
{
    switch (c) {
    case Channel::Counter:
        return QCoreApplication::translate("motcua::Types", "At the counter");
    case Channel::Online:
        return QCoreApplication::translate("motcua::Types", "Online");
    case Channel::Postal:
        return QCoreApplication::translate("motcua::Types", "By post");
    }
    return {};
}

QString timeUnitName(TimeUnit u)
{
    switch (u) {
    case TimeUnit::WorkingDays:
        return QCoreApplication::translate("motcua::Types", "working days");
    case TimeUnit::WorkingHours:
        return QCoreApplication::translate("motcua::Types", "working hours");
    case TimeUnit::CalendarDays:
        return QCoreApplication::translate("motcua::Types", "calendar days");
    }
    return {};
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Clerk:
        return QCoreApplication::translate("motcua::Types", "Clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("motcua::Types", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("motcua::Types", "Administrator");
    }
    return {};
}

QString applicantTypeName(ApplicantType t)
{
    switch (t) {
    case ApplicantType::Citizen:
        return QCoreApplication::translate("motcua::Types", "Citizen");
    case ApplicantType::Enterprise:
        return QCoreApplication::translate("motcua::Types", "Enterprise");
    case ApplicantType::StateAgency:
        return QCoreApplication::translate("motcua::Types", "State agency");
    case ApplicantType::OtherOrganisation:
        return QCoreApplication::translate("motcua::Types", "Other organisation");
    }
    return {};
}

} // namespace motcua
