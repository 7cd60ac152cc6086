#pragma once

#include "common/result.h"
#include "common/voiceserver.h"

#include <QString>

// A voice server named on the command line, so that a demo or a provisioning
// script can bring up an engine with its nodes already registered:
//   NAME=ami://USER:SECRET@HOST:PORT[?md5=0][&channels=N]
// User and secret are percent-decoded. The server is stored enabled.
class VoiceServerSpec final
{
public:
    static Result<VoiceServer> parse(const QString &spec);
};
