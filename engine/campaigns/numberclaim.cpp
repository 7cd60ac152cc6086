#include "engine/campaigns/numberclaim.h"

bool NumberClaim::allowed(State from, State to)
{
    using S = State;
    switch (from) {
    case S::Claimed: return to == S::Arming || to == S::Released;
    // An arm that failed (or lost a race) leaves the number where it was.
    case S::Arming: return to == S::Armed || to == S::Claimed || to == S::Released;
    case S::Armed: return to == S::Dialling || to == S::Released;
    // Released only when the voice funnel says the Originate never left.
    case S::Dialling: return to == S::Finished || to == S::Released;
    case S::Finished:
    case S::Released: return false;
    }
    return false;
}

QString NumberClaim::name(State state)
{
    switch (state) {
    case State::Claimed: return QStringLiteral("claimed");
    case State::Arming: return QStringLiteral("arming");
    case State::Armed: return QStringLiteral("armed");
    case State::Dialling: return QStringLiteral("dialling");
    case State::Finished: return QStringLiteral("finished");
    case State::Released: return QStringLiteral("released");
    }
    return {};
}

bool NumberClaim::moveTo(State next)
{
    if (!allowed(m_state, next))
        return false;
    m_state = next;
    return true;
}
