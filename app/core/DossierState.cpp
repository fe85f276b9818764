#include "core/DossierState.h"

#include <QCoreApplication>

namespace motcua {

namespace {
struct StateInfo
{
    DossierState state;
    int national;
    const char16_t* key;
    const char* name; // translated through QCoreApplication::translate("motcua::DossierState", ...)
};

const StateInfo kStates[] = {
    {DossierState::Submitted, 1, u"submitted", QT_TRANSLATE_NOOP("motcua::DossierState", "Registered online")},
    {DossierState::Received, 2, u"received", QT_TRANSLATE_NOOP("motcua::DossierState", "Received")},
    {DossierState::Refused, 3, u"refused", QT_TRANSLATE_NOOP("motcua::DossierState", "Refused")},
    {DossierState::Transferred, 4, u"transferred",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Transferred to department")},
    {DossierState::Processing, 4, u"processing", QT_TRANSLATE_NOOP("motcua::DossierState", "Processing")},
    {DossierState::SupplementRequested, 5, u"supplement_requested",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Supplement requested")},
    {DossierState::SupplementReceived, 4, u"supplement_received",
     QT_TRANSLATE_NOOP("motcua::DossierState", "Supplement received")},
    {DossierState::AwaitingFees, 6, u"awaiting_fees", QT_TRANSLATE_NOOP("motcua::DossierState", "Awaiting fees")},
    {DossierState::Withdrawn, 7, u"withdrawn", QT_TRANSLATE_NOOP("motcua::DossierState", "Withdrawn")},
    {DossierState::Stopped, 8, u"stopped", QT_TRANSLATE_NOOP("motcua::DossierState", "Processing stopped")},
    {DossierState::Done, 9, u"done", QT_TRANSLATE_NOOP("motcua::DossierState", "Processed, result ready")},
    {DossierState::Returned, 10, u"returned", QT_TRANSLATE_NOOP("motcua::DossierState", "Result returned")},
};

const StateInfo& info(DossierState s)
{
    for (const auto& i : kStates) {
        if (i.state == s)
            return i;
    }
    return kStates[0];
}

// Legal moves. Intake creates the dossier (checkInitial); everything after goes here.
// Refused, Withdrawn, Stopped and Returned are final.
QList<DossierState> successors(DossierState s)
{
    using S = DossierState;
    switch (s) {
    case S::Submitted:
        return {S::Received, S::Refused, S::SupplementRequested, S::Withdrawn};
    case S::Received:
        return {S::Transferred, S::Processing, S::SupplementRequested, S::AwaitingFees, S::Withdrawn};
    case S::Transferred:
        return {S::Processing, S::Transferred, S::Withdrawn};
    case S::Processing:
        return {S::Transferred, S::SupplementRequested, S::AwaitingFees, S::Done, S::Stopped, S::Withdrawn};
    case S::SupplementRequested:
        return {S::SupplementReceived, S::Withdrawn, S::Stopped};
    case S::SupplementReceived:
        return {S::Processing, S::Transferred, S::Withdrawn};
    case S::AwaitingFees:
        return {S::Processing, S::Done, S::Withdrawn};
    case S::Done:
        return {S::Returned};
    case S::Refused:
    case S::Withdrawn:
    case S::Stopped:
    case S::Returned:
        return {};
    }
    return {};
}
} // namespace

int nationalCode(DossierState s)
{
    return info(s).national;
}
QString stateKey(DossierState s)
{
    return QString::fromUtf16(info(s).key);
}

bool stateFromKey(const QString& key, DossierState* out)
{
    for (const auto& i : kStates) {
        if (key == QStringView(i.key)) {
            *out = i.state;
            return true;
        }
    }
    return false;
}

QString stateName(DossierState s)
{
    return QCoreApplication::translate("motcua::DossierState", info(s).name);
}

bool isTerminal(DossierState s)
{
    return successors(s).isEmpty();
}
bool isClockPaused(DossierState s)
{
    return s == DossierState::SupplementRequested;
}

bool isProcessed(DossierState s)
{
    return s == DossierState::Done || s == DossierState::Returned || s == DossierState::Withdrawn;
}

QList<DossierState> allStates()
{
    QList<DossierState> out;
    for (const auto& i : kStates)
        out.append(i.state);
    return out;
}

QList<DossierState> nextStates(DossierState from)
{
    return successors(from);
}

Status checkTransition(DossierState from, DossierState to)
{
    if (successors(from).contains(to))
        return {};
    if (isTerminal(from)) {
        return Error::conflict(QCoreApplication::translate("motcua::DossierState",
                                                           "The dossier is closed (%1): no further step "
                                                           "is possible.")
                                   .arg(stateName(from)));
    }
    return Error::conflict(
        QCoreApplication::translate("motcua::DossierState", "A dossier that is \"%1\" cannot become \"%2\".")
            .arg(stateName(from), stateName(to)));
}

Status checkTakeBack(DossierState current, DossierState restored)
{
    if (current != DossierState::Transferred) {
        return Error::conflict(QCoreApplication::translate("motcua::DossierState",
                                                           "Only a transfer still waiting to be received "
                                                           "can be taken back; this dossier is \"%1\".")
                                   .arg(stateName(current)));
    }
    if (restored == DossierState::Transferred || !successors(restored).contains(DossierState::Transferred))
        return checkTransition(current, restored);
    return {};
}

Status checkInitial(DossierState to)
{
    using S = DossierState;
    if (to == S::Submitted || to == S::Received || to == S::Refused || to == S::SupplementRequested)
        return {};
    return Error::conflict(QCoreApplication::translate("motcua::DossierState", "A new dossier cannot start as \"%1\".")
                               .arg(stateName(to)));
}

} // namespace motcua
