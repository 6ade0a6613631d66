#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace patchbay {

/// A failure as a value: a stable machine-readable code, a sentence for the user that says what
/// went wrong and how to fix it, and where (a file, a JSON path, a field), when that is known.
struct Error
{
    QString code;    ///< stable id, e.g. "store.newer-schema"; tests and scripts key on it
    QString message; ///< translated, complete sentence(s) for the user
    QString path;    ///< file or JSON path the error is about; may be empty

    /// "path: message", or just the message when there is no path.
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/// Either a T or an Error, in the spirit of std::expected (C++23), which GCC 12 lacks in C++20.
/// No exception crosses an API boundary of core/: failures come back as values.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
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

inline Error makeError(QString code, QString message, QString path = {})
{
    return Error{std::move(code), std::move(message), std::move(path)};
}

} // namespace patchbay
