#include "scan/SaneSession.h"

#include "scan/ScannerBackend.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cmath>
#include <cstring>

namespace motcua {

SaneSession::SaneSession(SANE_Handle handle)
    : m_handle(handle)
{}

SaneSession::~SaneSession()
{
    if (m_handle)
        sane_close(m_handle);
}

Result<std::unique_ptr<SaneSession>> SaneSession::open(const QString& device)
{
    SANE_Handle handle = nullptr;
    const QByteArray name = device.toUtf8();
    const SANE_Status status = sane_open(name.constData(), &handle);
    // An unknown name (INVAL), or a device whose backend cannot reach it (IO_ERROR: unplugged,
    // switched off, a network scanner away) are the same thing to the clerk.
    if (status == SANE_STATUS_INVAL || status == SANE_STATUS_IO_ERROR) {
        return Error::notFound(
            QCoreApplication::translate("motcua::SaneSession",
                                        "There is no scanner called %1: check that it is plugged in and "
                                        "switched on, then refresh the list of scanners.")
                .arg(device));
    }
    if (status != SANE_STATUS_GOOD)
        return saneError(status);
    return std::unique_ptr<SaneSession>(new SaneSession(handle));
}

const SANE_Option_Descriptor* SaneSession::option(const char* name, int* index) const
{
    SANE_Int count = 0;
    if (sane_control_option(m_handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr) != SANE_STATUS_GOOD)
        return nullptr;
    for (SANE_Int i = 1; i < count; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(m_handle, i);
        if (!d || !d->name || std::strcmp(d->name, name) != 0)
            continue;
        if (!SANE_OPTION_IS_ACTIVE(d->cap))
            return nullptr;
        if (index)
            *index = i;
        return d;
    }
    return nullptr;
}

bool SaneSession::settable(const char* name) const
{
    const SANE_Option_Descriptor* d = option(name);
    return d && SANE_OPTION_IS_SETTABLE(d->cap);
}

QStringList SaneSession::stringList(const char* name) const
{
    const SANE_Option_Descriptor* d = option(name);
    QStringList values;
    if (!d || d->type != SANE_TYPE_STRING || d->constraint_type != SANE_CONSTRAINT_STRING_LIST)
        return values;
    for (const SANE_String_Const* s = d->constraint.string_list; s && *s; ++s)
        values.append(QString::fromUtf8(*s));
    return values;
}

std::optional<double> SaneSession::number(const char* name) const
{
    int index = 0;
    const SANE_Option_Descriptor* d = option(name, &index);
    if (!d || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED) ||
        d->size < static_cast<SANE_Int>(sizeof(SANE_Word)))
        return std::nullopt;
    // Arrays (gamma tables) are never asked for; read the whole value all the same.
    QByteArray buffer(d->size, '\0');
    if (sane_control_option(m_handle, index, SANE_ACTION_GET_VALUE, buffer.data(), nullptr) != SANE_STATUS_GOOD)
        return std::nullopt;
    SANE_Word word = 0;
    std::memcpy(&word, buffer.constData(), sizeof word);
    return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(word) : static_cast<double>(word);
}

bool SaneSession::range(const char* name, double* min, double* max) const
{
    const SANE_Option_Descriptor* d = option(name);
    if (!d || d->constraint_type != SANE_CONSTRAINT_RANGE || !d->constraint.range)
        return false;
    const bool fixed = d->type == SANE_TYPE_FIXED;
    *min = fixed ? SANE_UNFIX(d->constraint.range->min) : d->constraint.range->min;
    *max = fixed ? SANE_UNFIX(d->constraint.range->max) : d->constraint.range->max;
    return true;
}

QList<double> SaneSession::wordList(const char* name) const
{
    const SANE_Option_Descriptor* d = option(name);
    QList<double> values;
    if (!d || d->constraint_type != SANE_CONSTRAINT_WORD_LIST || !d->constraint.word_list)
        return values;
    // The first word is the number of words that follow.
    const SANE_Int n = d->constraint.word_list[0];
    for (SANE_Int i = 1; i <= n; ++i) {
        const SANE_Word w = d->constraint.word_list[i];
        values.append(d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : static_cast<double>(w));
    }
    return values;
}

SANE_Status SaneSession::setString(const char* name, const QString& value)
{
    int index = 0;
    const SANE_Option_Descriptor* d = option(name, &index);
    if (!d || d->type != SANE_TYPE_STRING || !SANE_OPTION_IS_SETTABLE(d->cap))
        return SANE_STATUS_UNSUPPORTED;
    QByteArray buffer = value.toUtf8();
    if (buffer.size() >= d->size)
        return SANE_STATUS_INVAL;
    buffer.resize(d->size, '\0');
    return sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, buffer.data(), nullptr);
}

SANE_Status SaneSession::setNumber(const char* name, double value)
{
    int index = 0;
    const SANE_Option_Descriptor* d = option(name, &index);
    if (!d || !SANE_OPTION_IS_SETTABLE(d->cap))
        return SANE_STATUS_UNSUPPORTED;
    SANE_Word word = 0;
    if (d->type == SANE_TYPE_FIXED)
        word = SANE_FIX(value);
    else if (d->type == SANE_TYPE_INT)
        word = static_cast<SANE_Word>(std::lround(value));
    else
        return SANE_STATUS_UNSUPPORTED;
    return sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &word, nullptr);
}

SANE_Status SaneSession::setBool(const char* name, bool value)
{
    int index = 0;
    const SANE_Option_Descriptor* d = option(name, &index);
    if (!d || d->type != SANE_TYPE_BOOL || !SANE_OPTION_IS_SETTABLE(d->cap))
        return SANE_STATUS_UNSUPPORTED;
    SANE_Word word = value ? SANE_TRUE : SANE_FALSE;
    return sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &word, nullptr);
}

SANE_Status SaneSession::setFromText(const QString& name, const QString& value)
{
    const QByteArray key = name.toUtf8();
    const SANE_Option_Descriptor* d = option(key.constData());
    if (!d)
        return SANE_STATUS_UNSUPPORTED;
    switch (d->type) {
    case SANE_TYPE_STRING:
        return setString(key.constData(), value);
    case SANE_TYPE_BOOL: {
        const QString v = value.trimmed().toLower();
        return setBool(key.constData(), v == QLatin1String("yes") || v == QLatin1String("true") || v == u'1');
    }
    case SANE_TYPE_INT:
    case SANE_TYPE_FIXED: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        return ok ? setNumber(key.constData(), number) : SANE_STATUS_INVAL;
    }
    default:
        return SANE_STATUS_UNSUPPORTED;
    }
}

Error saneError(SANE_Status status)
{
    switch (status) {
    case SANE_STATUS_JAMMED:
        return Error::conflict(QCoreApplication::translate(
            "motcua::SaneSession", "The paper is jammed in the scanner. Open the scanner, take the paper out, "
                                   "then scan the remaining pages again."));
    case SANE_STATUS_NO_DOCS:
        return Error::conflict(QCoreApplication::translate(
            "motcua::SaneSession", "There is no paper in the feeder. Put the papers in the feeder and scan again."));
    case SANE_STATUS_COVER_OPEN:
        return Error::conflict(QCoreApplication::translate("motcua::SaneSession",
                                                           "The scanner's cover is open. Close it and scan again."));
    case SANE_STATUS_DEVICE_BUSY:
        return Error::conflict(QCoreApplication::translate(
            "motcua::SaneSession", "The scanner is busy, perhaps used by another program. Try again in a moment."));
    case SANE_STATUS_IO_ERROR:
        return Error::storage(QCoreApplication::translate(
            "motcua::SaneSession", "The scanner stopped answering. Check that it is plugged in and switched on, "
                                   "then scan again."));
    case SANE_STATUS_NO_MEM:
        return Error::storage(QCoreApplication::translate(
            "motcua::SaneSession", "There is not enough memory to scan. Lower the resolution or scan fewer pages."));
    case SANE_STATUS_ACCESS_DENIED:
        return Error::forbidden(QCoreApplication::translate(
            "motcua::SaneSession", "This computer account may not use the scanner. Ask the administrator to "
                                   "give it access."));
    case SANE_STATUS_INVAL:
        return Error::badInput(QCoreApplication::translate(
            "motcua::SaneSession", "The scanner refused these settings. Choose another resolution, mode or source."));
    case SANE_STATUS_UNSUPPORTED:
        return Error::badInput(QCoreApplication::translate(
            "motcua::SaneSession", "The scanner cannot do this. Choose another mode or source."));
    case SANE_STATUS_CANCELLED:
        return Error::conflict(scanCancelledMessage());
    default:
        break;
    }
    return Error::storage(QCoreApplication::translate("motcua::SaneSession", "The scanner reported an error: %1")
                              .arg(QString::fromUtf8(sane_strstatus(status))));
}

} // namespace motcua
