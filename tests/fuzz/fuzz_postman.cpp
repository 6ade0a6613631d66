// libFuzzer target: any bytes as a Postman collection must be read or refused with problems;
// what was read — requests, auth, and the pm.test scripts read for assertions and captures —
// must import and export again (scripts written back) without crashing or hanging.

#include "importers/postman.h"
#include "importers/specdocument.h"

#include <cstddef>
#include <cstdint>

using namespace patchbay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    Problems problems;
    const std::optional<Json> doc =
        SpecDocument::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &problems);
    if (!doc) {
        if (problems.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const Postman::Import r = Postman::importCollection(*doc);
    for (const Problem &p : r.result.problems)
        if (p.message.isEmpty())
            __builtin_trap();
    if (r.result.ok())
        (void)Postman::exportCollection(r.result.project, QString());
    return 0;
}
