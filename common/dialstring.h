#pragma once

#include "common/result.h"

#include <QString>

// An Asterisk dial string with ${EXTEN} where the phone number goes, as in
// the manual: SIP/${EXTEN}@provider, IAX2/provider/${EXTEN}, DAHDI/g1/${EXTEN},
// Local/${EXTEN}@context/n, PJSIP/${EXTEN}@endpoint.
class DialString final
{
public:
    static constexpr qsizetype MaxLength = 200;

    static Result<Done> validate(const QString &dialString);
    // Replaces every ${EXTEN} with the number (the number is digits, + * #).
    static QString expand(const QString &dialString, const QString &number);
};
