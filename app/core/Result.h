#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace motcua {

// Why an operation failed. `message` is user-readable and already translated
// (QCoreApplication::translate), so callers show it as is. `code` is stable for
// programs: the CLI maps BadInput to exit code 2, tests compare it.
struct Error
{
    enum Code {
        BadInput,  // the caller gave something invalid: a field, a file, a command line
        NotFound,  // a code, user or record that does not exist
        Forbidden, // the user's role does not allow this
        Conflict,  // the state does not allow this (illegal transition, duplicate)
        Storage,   // SQLite or file system failure
        Crypto,    // OpenSSL failure
        Internal,  // a bug: should never happen
    };
    Code code = Internal;
    QString message;

    static Error badInput(const QString& m) { return {BadInput, m}; }
    static Error notFound(const QString& m) { return {NotFound, m}; }
    static Error forbidden(const QString& m) { return {Forbidden, m}; }
    static Error conflict(const QString& m) { return {Conflict, m}; }
    static Error storage(const QString& m) { return {Storage, m}; }
    static Error crypto(const QString& m) { return {Crypto, m}; }
    static Error internal(const QString& m) { return {Internal, m}; }
};

// A value or an error; no exceptions cross Qt code. Use:
//   Result<Dossier> r = repo.byCode(code);
//   if (!r) return r.error();
//   use(*r);
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation with nothing to return.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace motcua
