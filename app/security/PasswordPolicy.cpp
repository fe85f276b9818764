#include "security/PasswordPolicy.h"

#include "core/Logging.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <openssl/crypto.h>

namespace motcua {

namespace {

// The copies made of a password while checking it are wiped before they are freed.
void wipe(QString& s)
{
    if (!s.isEmpty())
        OPENSSL_cleanse(s.data(), static_cast<size_t>(s.size()) * sizeof(QChar));
}

int characterCount(const QString& text)
{
    QString normalised = text.normalized(QString::NormalizationForm_C);
    QList<uint> ucs4 = normalised.toUcs4();
    const int n = static_cast<int>(ucs4.size());
    wipe(normalised);
    if (!ucs4.isEmpty())
        OPENSSL_cleanse(ucs4.data(), static_cast<size_t>(ucs4.size()) * sizeof(uint));
    return n;
}

const QSet<QString>& commonPasswords()
{
    // Loaded once (a few thousand lines, ~40 KB), on the first password that is checked.
    static const QSet<QString> list = [] {
        initCoreResources();
        QSet<QString> out;
        QFile file(QStringLiteral(":/motcua/security/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcSecurity) << "the list of common passwords is missing";
            return out;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        out.reserve(lines.size());
        for (const QByteArray& line : lines) {
            const QByteArray word = line.trimmed();
            if (!word.isEmpty() && !word.startsWith('#'))
                out.insert(QString::fromUtf8(word));
        }
        return out;
    }();
    return list;
}

} // namespace

bool PasswordPolicy::isCommon(const QString& password)
{
    QString folded = password.normalized(QString::NormalizationForm_C).toLower();
    const bool common = commonPasswords().contains(folded);
    wipe(folded);
    return common;
}

Status PasswordPolicy::check(const QString& password, Role role)
{
    const int n = characterCount(password);
    const int minimum = minimumFor(role);
    if (n < minimum) {
        if (role == Role::Admin)
            return Error::badInput(QCoreApplication::translate(
                "motcua::PasswordPolicy", "An administrator's password must be at least %n characters long.", nullptr,
                minimum));
        return Error::badInput(QCoreApplication::translate(
            "motcua::PasswordPolicy", "The password must be at least %n characters long.", nullptr, minimum));
    }
    if (n > kMaximum)
        return Error::badInput(QCoreApplication::translate(
            "motcua::PasswordPolicy", "The password must be at most %n characters long.", nullptr, kMaximum));
    if (isCommon(password))
        return Error::badInput(QCoreApplication::translate(
            "motcua::PasswordPolicy",
            "This password is one of the most common ones and is tried first by attackers. Choose another."));
    return {};
}

} // namespace motcua
