#pragma once

#include "common/errorcode.h"

#include <QCoreApplication>
#include <QString>

class ProtocolMessage;

// Turns the engine's stable error codes into translated sentences. Every
// place in the console that shows an error goes through here, so one code
// always reads the same.
class ErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    ErrorText() = delete;

    static QString forCode(ErrorCode code);
    // The translated sentence plus the engine's own detail, when it gave one.
    static QString forCode(ErrorCode code, const QString &detail);
    static QString forReply(const ProtocolMessage &reply);
};
