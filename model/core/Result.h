// Result<T>: a value or an error the caller decides how to present; model code never shows UI.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Bouncedesk::Model {

struct Error {
    // Kind tells callers how to react: an Unavailable error is ours and worth a retry (HTTP 503),
    // Invalid input is the sender's and permanent (HTTP 4xx).
    enum class Kind { Invalid, Unavailable, Conflict, Refused, Internal };
    Kind kind = Kind::Internal;
    QString message;
    // A short stable reason for metrics and tests, e.g. "signature" or "cert-url"; may be empty.
    QString code;

    static Error invalid(QString m, QString c = {}) { return {Kind::Invalid, std::move(m), std::move(c)}; }
    static Error unavailable(QString m, QString c = {}) { return {Kind::Unavailable, std::move(m), std::move(c)}; }
    static Error conflict(QString m, QString c = {}) { return {Kind::Conflict, std::move(m), std::move(c)}; }
    static Error refused(QString m, QString c = {}) { return {Kind::Refused, std::move(m), std::move(c)}; }
    static Error internal(QString m, QString c = {}) { return {Kind::Internal, std::move(m), std::move(c)}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    const QString &errorText() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &errorText() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace Bouncedesk::Model
