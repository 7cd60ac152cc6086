#pragma once

#include "common/errorcode.h"

#include <QString>

#include <optional>
#include <utility>

// A value or an error (stable code + human detail). Parsing and validation
// return this instead of throwing.
template <typename T>
class Result final
{
public:
    static Result success(T value) { return Result(std::move(value)); }
    static Result failure(ErrorCode code, QString detail, QString field = {})
    {
        Result r;
        r.m_error = code;
        r.m_detail = std::move(detail);
        r.m_field = std::move(field);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    ErrorCode error() const { return m_error; }
    const QString &detail() const { return m_detail; }
    // The request field the error is about, when there is one.
    const QString &field() const { return m_field; }

private:
    Result() = default;
    explicit Result(T value) : m_value(std::move(value)) { }

    std::optional<T> m_value;
    ErrorCode m_error = ErrorCode::None;
    QString m_detail;
    QString m_field;
};

// For operations with nothing to return.
struct Done final { };
