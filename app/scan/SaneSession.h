#pragma once

#include "core/Result.h"
#include "scan/ScanTypes.h"

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// One open SANE device and its options, by name. Owns the handle (closed on destruction).
// SANE option indexes can change after a set (SANE_INFO_RELOAD_OPTIONS), so every access
// looks the option up again by its name.
class SaneSession
{
public:
    ~SaneSession();
    SaneSession(const SaneSession&) = delete;
    SaneSession& operator=(const SaneSession&) = delete;

    static Result<std::unique_ptr<SaneSession>> open(const QString& device);

    SANE_Handle handle() const { return m_handle; }

    // The active option called `name`, or null.
    const SANE_Option_Descriptor* option(const char* name, int* index = nullptr) const;
    bool settable(const char* name) const;
    // The values of a string-list option; empty when absent or inactive.
    QStringList stringList(const char* name) const;
    // A numeric option (int or fixed) as a double; nullopt when absent.
    std::optional<double> number(const char* name) const;
    // The range of a numeric option (its minimum and maximum); false when it has no range.
    bool range(const char* name, double* min, double* max) const;
    // Values of a numeric option with a word-list constraint; empty otherwise.
    QList<double> wordList(const char* name) const;

    // Setters return the device's status; the caller decides whether a refusal matters.
    SANE_Status setString(const char* name, const QString& value);
    SANE_Status setNumber(const char* name, double value);
    SANE_Status setBool(const char* name, bool value);
    // Sets an option of any type from text ("Grid", "300", "yes").
    SANE_Status setFromText(const QString& name, const QString& value);

private:
    explicit SaneSession(SANE_Handle handle);
    SANE_Handle m_handle = nullptr;
};

// A SANE status as the clerk should read it: what happened and what to do.
Error saneError(SANE_Status status);

} // namespace motcua
