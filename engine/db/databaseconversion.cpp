#include "engine/db/databaseconversion.h"

#include "common/protocol.h"

using namespace Protocol;

QString DatabaseConversion::stateName(State state)
{
    switch (state) {
    case State::Running:
        return ConversionState::Running;
    case State::Finished:
        return ConversionState::Finished;
    case State::Failed:
        return ConversionState::Failed;
    }
    return ConversionState::Running;
}

QJsonObject DatabaseConversion::toJson() const
{
    QJsonObject json{{Key::Table, table},
                     {Key::StorageEngine, engine},
                     {Key::State, stateName(state)},
                     {Key::Percent, percent},
                     {Key::Stage, stage},
                     {Key::MaxStage, maxStage},
                     {Key::Detail, detail}};
    if (state == State::Failed)
        json.insert(Key::Error, QJsonObject{{Key::Code, errorCodeName(error)},
                                            {Key::Message, errorMessage}});
    return json;
}
