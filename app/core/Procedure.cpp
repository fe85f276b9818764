#include "core/Procedure.h"

namespace motcua {

ComponentCase componentCase(const Component& component)
{
    const QString& name = component.name;
    if (component.required || !name.endsWith(u')'))
        return {QString(), name};
    // The last balanced "( ... )" group that closes the name, preceded by a space.
    int depth = 0;
    for (qsizetype i = name.size() - 1; i >= 0; --i) {
        if (name.at(i) == u')') {
            ++depth;
        } else if (name.at(i) == u'(' && --depth == 0) {
            if (i < 2 || name.at(i - 1) != u' ')
                break;
            const QString label = name.mid(i + 1, name.size() - i - 2).trimmed();
            const QString paper = name.left(i - 1).trimmed();
            if (label.isEmpty() || paper.isEmpty())
                break;
            return {label, paper};
        }
    }
    return {QString(), name};
}

} // namespace motcua
