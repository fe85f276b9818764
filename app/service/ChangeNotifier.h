#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace motcua {

class ChangeWatch;
class Database;

// One place the pages learn that what they show changed: after every commit of this
// application's connection (a dossier received, a step, a setting saved) and, by polling
// PRAGMA data_version, after commits by other connections and processes (a sync pass writing
// the center's dossiers, a central decision or a pulled catalogue, `motcuactl` next to the app). Signals come from
// the event loop once the commit is over, one per area, however many rows it wrote.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(Database& db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    // How often other connections' commits are looked for (default 1000 ms; 0: never).
    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_poll.interval(); }

public Q_SLOTS:
    // Looks now and emits what changed.
    void check();

Q_SIGNALS:
    void dossiersChanged();
    void outboxChanged();
    void settingsChanged();
    // The procedure catalogue (an import, a pulled catalogue).
    void catalogueChanged();
    // The users (an administrator's change, accounts pulled from the center).
    void accountsChanged();
    // Every change, with the ChangeWatch::Area bits.
    void changed(int areas);

private:
    std::unique_ptr<ChangeWatch> m_watch;
    QTimer m_poll;
    bool m_checkQueued = false;
};

} // namespace motcua
