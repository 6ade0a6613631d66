// libFuzzer target: any text as a formula must compile or be refused with a message, and a
// compiled formula must evaluate (to a value or an error) — never crash, hang or overflow the stack.

#include "expr/formula.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace patchbay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // formulas are short; longer inputs only slow the search down
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QStringList tables{QStringLiteral("countries")};
    Result<Formula> f = Formula::compile(text, &tables);
    if (!f) {
        if (f.error().message.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    static const Json record = Json::parse(R"({"CustomerName": "Sarah Johnson", "status": "active",
        "created": "2024-03-05T10:00:00Z", "address": {"city": "Oslo"}, "items": [{"price": 10}, {"price": 2.5}],
        "tags": ["x", "y"], "n": "42", "nothing": null})");
    static FormulaEnvironment env = [] {
        FormulaEnvironment e;
        e.lookupTables[QStringLiteral("countries")] = {{QStringLiteral("NO"), QStringLiteral("Norway")}};
        e.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        return e;
    }();
    Result<Json> v = f->evaluate(record, env);
    if (!v && v.error().message.isEmpty())
        __builtin_trap();
    return 0;
}
