#include "common/jsonfieldreader.h"

#include <QJsonArray>

#include <cmath>

JsonFieldReader::JsonFieldReader(const QJsonObject &data)
    : m_data(data)
{
}

bool JsonFieldReader::containsControlCharacters(const QString &text)
{
    for (QChar c : text) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format
            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

bool JsonFieldReader::fail(QLatin1String key, const QString &detail)
{
    if (m_error == ErrorCode::None) {
        m_error = ErrorCode::InvalidField;
        m_field = key;
        m_detail = detail;
    }
    return false;
}

std::optional<QString> JsonFieldReader::text(QLatin1String key, qsizetype maxLength, bool required)
{
    const QJsonValue value = m_data.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, QStringLiteral("\"%1\" is required").arg(key));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, QStringLiteral("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    const QString s = value.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("\"%1\" is longer than %2 characters").arg(key).arg(maxLength));
        return std::nullopt;
    }
    if (containsControlCharacters(s)) {
        fail(key, QStringLiteral("\"%1\" contains control characters").arg(key));
        return std::nullopt;
    }
    return s;
}

QString JsonFieldReader::requiredText(QLatin1String key, qsizetype maxLength)
{
    const auto s = text(key, maxLength, true);
    if (!s)
        return {};
    const QString trimmed = s->trimmed();
    if (trimmed.isEmpty())
        fail(key, QStringLiteral("\"%1\" must not be empty").arg(key));
    return trimmed;
}

QString JsonFieldReader::optionalText(QLatin1String key, qsizetype maxLength, const QString &fallback)
{
    const auto s = text(key, maxLength, false);
    return s ? s->trimmed() : fallback;
}

QString JsonFieldReader::requiredSecret(QLatin1String key, qsizetype maxLength)
{
    const auto s = text(key, maxLength, true);
    if (s && s->isEmpty())
        fail(key, QStringLiteral("\"%1\" must not be empty").arg(key));
    return s.value_or(QString());
}

double JsonFieldReader::requiredNumber(QLatin1String key, double min, double max)
{
    const QJsonValue value = m_data.value(key);
    if (!value.isDouble()) {
        fail(key, QStringLiteral("\"%1\" must be a number").arg(key));
        return min;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(key, QStringLiteral("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return min;
    }
    return d;
}

qint64 JsonFieldReader::requiredInteger(QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue value = m_data.value(key);
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
        fail(key, QStringLiteral("\"%1\" must be a whole number").arg(key));
        return min;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, QStringLiteral("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return min;
    }
    return qint64(d);
}

bool JsonFieldReader::optionalBool(QLatin1String key, bool fallback)
{
    const QJsonValue value = m_data.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("\"%1\" must be true or false").arg(key));
        return fallback;
    }
    return value.toBool();
}

QStringList JsonFieldReader::optionalTextList(QLatin1String key, qsizetype maxItems, qsizetype maxLength)
{
    const QJsonValue value = m_data.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray() || value.toArray().size() > maxItems) {
        fail(key, QStringLiteral("\"%1\" must be a list of at most %2 strings").arg(key).arg(maxItems));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().size() > maxLength
            || containsControlCharacters(item.toString())) {
            fail(key, QStringLiteral("\"%1\" must hold short strings").arg(key));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}
