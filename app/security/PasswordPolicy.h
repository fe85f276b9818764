#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QString>

namespace motcua {

// What a new password must be (NIST SP 800-63B 5.1.1.2): long enough for the role, and not one
// of the passwords that attackers try first. The list of common ones ships as a resource
// (security/common-passwords.txt: frequent passwords worldwide and Vietnamese ones such as
// "matkhau" or "motcua123"); it is compared case-insensitively.
class PasswordPolicy
{
public:
    static constexpr int kMinimum = 8;
    // Administrators hold every account and the data key: a longer minimum.
    static constexpr int kAdminMinimum = 10;
    static constexpr int kMaximum = 1024;

    static int minimumFor(Role role) { return role == Role::Admin ? kAdminMinimum : kMinimum; }

    // Error::badInput with the reason, or success.
    static Status check(const QString& password, Role role);

    // True when `password` is on the list of common passwords.
    static bool isCommon(const QString& password);
};

} // namespace motcua
