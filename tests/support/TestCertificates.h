#pragma once

#include <QString>

#include <optional>

namespace motcua::test {

// A throw-away CA and a server certificate for 127.0.0.1/localhost signed by it, made with the
// `openssl` command into `folder` (EC P-256, valid two days). Tests pin the CA.
struct TestCertificates
{
    QString caCertificate; // PEM
    QString caKey;
    QString serverCertificate; // PEM, leaf then CA
    QString serverKey;

    // `prefix` lets one folder hold several sets ("other-" for a wrong CA).
    static std::optional<TestCertificates> make(const QString& folder, QString* error,
                                                const QString& prefix = QString());
};

} // namespace motcua::test
