#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Moltdesk::Base {

// A failure, returned as a value (never thrown): callers such as the HTTP layer map `code` to a
// status in one place and show `message` to the user as is. Storage's names for it are
// Storage::Error / Storage::Result (storage/result.h), which add the SQL driver's text
// (Storage::sqlError).
struct Error
{
    enum class Code {
        InvalidArgument, // bad key, namespace, cursor, option...
        TooLarge,        // a configured size limit was exceeded
        NotFound,
        ReadOnly,        // a write attempted through the read-only SQL console
        Timeout,         // a console query ran past its time limit
        Io,              // file system failure (unwritable data dir, disk full...)
        Corrupt,         // the database file is not a usable SQLite database
        Database,        // any other SQLite error
    };

    Code code = Code::Database;
    QString message;

    static Error invalid(const QString &message) { return {Code::InvalidArgument, message}; }
    static Error tooLarge(const QString &message) { return {Code::TooLarge, message}; }
    static Error io(const QString &message) { return {Code::Io, message}; }
};

// A std::expected-like value-or-Error (std::expected is C++23; we build as C++20).
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }
    T *operator->() { return &std::get<0>(m_data); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Moltdesk::Base
