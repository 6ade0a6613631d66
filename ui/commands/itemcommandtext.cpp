#include "itemcommandtext.h"

#include <QCoreApplication>

namespace patchbay::ui {

QString itemCommandText(ItemVerb verb, const Connection &c)
{
    switch (verb) {
    case ItemVerb::Add: return QCoreApplication::translate("patchbay::ui::Commands", "Add connection “%1”").arg(c.name);
    case ItemVerb::Edit: return QCoreApplication::translate("patchbay::ui::Commands", "Edit connection “%1”").arg(c.name);
    case ItemVerb::Remove: return QCoreApplication::translate("patchbay::ui::Commands", "Remove connection “%1”").arg(c.name);
    }
    return {};
}

QString itemCommandText(ItemVerb verb, const Endpoint &e)
{
    switch (verb) {
    case ItemVerb::Add: return QCoreApplication::translate("patchbay::ui::Commands", "Add endpoint “%1”").arg(e.name);
    case ItemVerb::Edit: return QCoreApplication::translate("patchbay::ui::Commands", "Edit endpoint “%1”").arg(e.name);
    case ItemVerb::Remove: return QCoreApplication::translate("patchbay::ui::Commands", "Delete endpoint “%1”").arg(e.name);
    }
    return {};
}

QString itemCommandText(ItemVerb verb, const Integration &i)
{
    switch (verb) {
    case ItemVerb::Add: return QCoreApplication::translate("patchbay::ui::Commands", "Add integration “%1”").arg(i.name);
    case ItemVerb::Edit: return QCoreApplication::translate("patchbay::ui::Commands", "Edit integration “%1”").arg(i.name);
    case ItemVerb::Remove: return QCoreApplication::translate("patchbay::ui::Commands", "Delete integration “%1”").arg(i.name);
    }
    return {};
}

} // namespace patchbay::ui
