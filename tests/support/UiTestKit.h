#pragma once

// Small helpers the widget suites (tests/ui) share: finding a named child, typing text that
// QTest::keyClicks cannot, pictures for people to look at, and a dashboard tile's figure.
// Header-only: the suites link motcua_ui and nothing else.

#include "pages/DashboardTile.h"

#include <QApplication>
#include <QKeyEvent>
#include <QObject>
#include <QString>
#include <QWidget>

// The child named `name`, or null with a warning that names it.
template<typename T> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// QTest::keyClicks asserts on non-ASCII text: send key events that carry the text instead.
inline void typeText(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &release);
    }
}

// A picture of `w` as NAME.png in the folder MOTCUA_SHOT_DIR names, when it names one (run
// under xvfb for real fonts).
inline void shoot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

// The figure of the dashboard tile `key` ("received_counter", ...); -1 when there is none.
inline qint64 tileValue(QWidget* page, const char* key)
{
    auto* tile = page->findChild<motcua::DashboardTile*>(QStringLiteral("tile-") + QLatin1String(key));
    return tile ? tile->value() : -1;
}
