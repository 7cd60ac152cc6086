#pragma once

#include "common/errorcode.h"

#include <QJsonObject>
#include <QString>

// One storage-engine conversion (database.convertTable) as the database.progress
// events and database.status's "conversion" describe it.
struct DatabaseConversion final
{
    enum class State { Running, Finished, Failed };

    QString table;
    QString engine;          // the target: InnoDB or MyISAM
    State state = State::Running;
    double percent = 0;      // of the whole ALTER, 0-100, never going back
    int stage = 0;           // MariaDB's stage, 1..maxStage; 0 before it reports one
    int maxStage = 0;
    QString detail;          // the server's words for what it does now
    ErrorCode error = ErrorCode::None; // Failed: why
    QString errorMessage;

    QJsonObject toJson() const;
    static QString stateName(State state);
};
