#pragma once

#include <QStringList>

namespace motcua::cli {

// The steps after intake (ProcessingService), as `motcuactl dossier <step> CODE ... --user NAME`:
//   transfer CODE --to DEPT            receive CODE            receive-back CODE
//   take-back CODE (one's own transfer, not yet received, within processing.takeBackMinutes)
//   back-to-counter CODE               request-supplement CODE --item "PAPER: REASON"...
//   supplement-received CODE           awaiting-fees CODE      complete CODE
//   return CODE --collector NAME --id-number N --paper TEXT... [--fees-settled] [--at TIME]
//   withdraw CODE --reason TEXT        stop CODE --reason TEXT (supervisors)
//   apologize CODE --new-appointment TIME --reason TEXT [--out FILE.pdf] (supervisors; form 04)
// every one with [--note TEXT]; and `dossier timeline CODE` (events, hand-overs, due date).
class ProcessingCommands
{
public:
    static int transfer(const QStringList& arguments);
    static int receive(const QStringList& arguments);
    static int takeBack(const QStringList& arguments);
    static int receiveBack(const QStringList& arguments);
    static int backToCounter(const QStringList& arguments);
    static int requestSupplement(const QStringList& arguments);
    static int supplementReceived(const QStringList& arguments);
    static int awaitingFees(const QStringList& arguments);
    static int complete(const QStringList& arguments);
    static int returnResult(const QStringList& arguments);
    static int withdraw(const QStringList& arguments);
    static int stop(const QStringList& arguments);
    static int apologize(const QStringList& arguments);
    static int timeline(const QStringList& arguments);
};

} // namespace motcua::cli
