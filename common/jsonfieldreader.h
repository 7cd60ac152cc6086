#pragma once

#include "common/errorcode.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads typed fields from a request's "data" and remembers the first problem,
// so a handler reads every field and then checks error() once.
class JsonFieldReader final
{
public:
    explicit JsonFieldReader(const QJsonObject &data);

    // Text fields refuse control characters and anything longer than maxLength.
    QString requiredText(QLatin1String key, qsizetype maxLength);
    QString optionalText(QLatin1String key, qsizetype maxLength, const QString &fallback = {});
    // Secrets may hold any printable character, but no control characters either.
    QString requiredSecret(QLatin1String key, qsizetype maxLength);
    double requiredNumber(QLatin1String key, double min, double max);
    qint64 requiredInteger(QLatin1String key, qint64 min, qint64 max);
    bool optionalBool(QLatin1String key, bool fallback);
    QStringList optionalTextList(QLatin1String key, qsizetype maxItems, qsizetype maxLength);

    bool ok() const { return m_error == ErrorCode::None; }
    ErrorCode error() const { return m_error; }
    const QString &detail() const { return m_detail; }
    const QString &field() const { return m_field; }

    static bool containsControlCharacters(const QString &text);

private:
    bool fail(QLatin1String key, const QString &detail);
    std::optional<QString> text(QLatin1String key, qsizetype maxLength, bool required);

    QJsonObject m_data;
    ErrorCode m_error = ErrorCode::None;
    QString m_detail;
    QString m_field;
};
