#include "editintegrationcommand.h"

namespace patchbay::ui {

bool EditIntegrationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditIntegrationCommand *>(other);
    if (m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || o->m_before.id != m_after.id)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace patchbay::ui
