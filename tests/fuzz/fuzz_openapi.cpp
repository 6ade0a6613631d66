// libFuzzer target: any bytes as an API description (JSON or YAML) must be read or refused with
// problems, and whatever was read must import (and infer a schema) without crashing, hanging or
// overflowing the stack: depth bombs, cyclic $refs, aliases, wrong types, bad UTF-8.

#include "importers/openapiimporter.h"
#include "importers/schemainference.h"
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
    const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("fuzz.yaml"));
    for (const Problem &p : r.problems)
        if (p.message.isEmpty())
            __builtin_trap();
    (void)SchemaInference::fromBody(*doc);
    return 0;
}
