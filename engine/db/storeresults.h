#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <algorithm>

// The failures every store reports the same way.
namespace StoreResults {

// A failure of one Result type passed on as another.
template <typename T, typename U>
Result<T> passOn(const Result<U> &failed)
{
    return Result<T>::failure(failed.error(), failed.detail(), failed.field());
}

// "there is no <what> with id N"
template <typename T>
Result<T> notFound(const QString &what, qint64 id)
{
    return Result<T>::failure(ErrorCode::NotFound, QStringLiteral("there is no %1 with id %2").arg(what).arg(id));
}

// "a <what> named "x" already exists", aimed at the form's name field.
template <typename T>
Result<T> nameTaken(const QString &what, const QString &name, const QString &field = QStringLiteral("name"))
{
    return Result<T>::failure(ErrorCode::Conflict,
                              QStringLiteral("a %1 named \"%2\" already exists").arg(what, name), field);
}

// Sorted by name without regard to case, the same on every backend (each
// collates differently, and these lists are short).
template <typename T>
void sortByName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) {
        const int folded = a.name.compare(b.name, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.name < b.name;
    });
}

} // namespace StoreResults
