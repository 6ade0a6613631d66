#include "commands.h"

#include "store/store.h"

namespace patchbay::cli {

namespace {

int audit(Context &ctx)
{
    const QString action = ctx.args().at(0);
    if (action != u"verify")
        return ctx.usageError(QCoreApplication::translate("patchbay::cli", "unknown action \"%1\"; expected verify").arg(action));
    auto store = Store::open(ctx.dataDir());
    if (!store)
        return ctx.fail(store.error().message);
    Result<Store::AuditCheck> check = (*store)->verifyAudit();
    if (!check)
        return ctx.fail(check.error().message);
    if (!check->intact) {
        ctx.out() << QCoreApplication::translate("patchbay::cli", "The audit trail in %1 is BROKEN at entry %2: %3.")
                         .arg((*store)->databasePath())
                         .arg(check->brokenAt)
                         .arg(check->reason)
                  << '\n';
        return ExitFailed;
    }
    ctx.out() << QCoreApplication::translate("patchbay::cli", "The audit trail in %1 is intact: %n entry(s), each chained to the one "
                             "before.", "", int(check->entries))
                     .arg((*store)->databasePath())
              << '\n';
    return ExitOk;
}

} // namespace

Command auditCommand()
{
    Command c;
    c.name = QStringLiteral("audit");
    c.synopsis = QStringLiteral("audit verify");
    c.summary = QCoreApplication::translate("patchbay::cli", "Check that the audit trail is complete and unchanged");
    c.details = QCoreApplication::translate("patchbay::cli", 
        "Every line of the audit trail (what data went where, and when) carries the SHA-256\n"
        "hash of its own content and of the line before it. verify walks the whole trail and\n"
        "reports the first line that is missing or was changed.\n\n"
        "Exit code: 0 intact, 1 broken or unreadable.");
    c.minArgs = 1;
    c.maxArgs = 1;
    c.run = audit;
    return c;
}

} // namespace patchbay::cli
