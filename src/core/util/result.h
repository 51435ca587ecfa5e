// SPDX-FileCopyrightText: 2025 The cobot-kiosk developers
// SPDX-License-Identifier: MIT

#pragma once

#include <QString>

#include <optional>
#include <utility>

// What an operation that can fail gives back: its value, or why it failed, in words staff can read.
// The one error convention of the kiosk's code (no empty-string-means-success, no error out-parameters);
// [[nodiscard]], so a failure cannot be ignored by accident. Shaped like std::expected, which the
// compilers this project supports (GCC 12, clang 14 for fuzzing) do not all offer yet.
//
//     Result<qint64> enqueue(...);            return id;  or  return Failure(tr("disk full"));
//     Result<> write(...);                    return {};  or  return Failure(message);
//     if (const auto id = journal.enqueue(...); !id) log(id.error()); else use(*id);
struct Failure
{
    explicit Failure(QString message)
        : message(std::move(message))
    { }
    QString message;
};

template<typename T = void> class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_value(value)
    { }
    Result(T &&value)
        : m_value(std::move(value))
    { }
    Result(Failure failure)
        : m_error(std::move(failure.message))
    { }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }
    // Only when hasValue().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    template<typename U> T valueOr(U &&fallback) const
    {
        return m_value ? *m_value : T(std::forward<U>(fallback));
    }
    // Only when !hasValue().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Success carries nothing: `return {};` succeeds.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message))
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};
