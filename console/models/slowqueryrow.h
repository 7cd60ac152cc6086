#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A statement the database has been running for a while, or one waiting for
// a lock, as database.status lists it under "slowQueries".
struct SlowQueryRow final
{
    qint64 id = 0;       // the server's connection id or backend pid
    QString user;
    double seconds = 0;
    QString state;       // the server's own words
    bool waiting = false;
    QString query;

    static SlowQueryRow fromJson(const QJsonObject &object);
    static QList<SlowQueryRow> listFromJson(const QJsonArray &array);

    bool operator==(const SlowQueryRow &) const = default;
};
