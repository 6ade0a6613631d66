// Import speed on a large spec: 5,000 operations over 2,500 paths, schemas shared through $refs
// (with a cycle), as JSON and as YAML — read (SpecDocument) and imported (OpenApiImporter).
// The issue's goal: a spec of several MB with thousands of operations in at most 2 s.

#include "importers/openapiimporter.h"
#include "importers/specdocument.h"
#include "project/projectfile.h"
#include "githubshape.h"
#include "stripeshape.h"

#include <QFile>

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <functional>

using namespace patchbay;

namespace {

Json bigSpec()
{
    Json doc = Json::parse(R"({"openapi": "3.0.3", "info": {"title": "Big", "version": "1"},
      "servers": [{"url": "https://big.example/api"}],
      "components": {"securitySchemes": {"t": {"type": "http", "scheme": "bearer"}}, "schemas": {}}, "paths": {}})");
    for (int s = 0; s < 200; ++s) {
        Json props = Json::object();
        for (int f = 0; f < 20; ++f)
            props["field" + std::to_string(f)] = Json{{"type", f % 3 ? "string" : "integer"}, {"description", "A field of the thing, described at some length as real specs do."}};
        props["owner"] = Json{{"$ref", "#/components/schemas/Thing" + std::to_string((s + 1) % 200)}};
        doc["components"]["schemas"]["Thing" + std::to_string(s)] = Json{{"type", "object"}, {"properties", props}};
    }
    for (int i = 0; i < 2500; ++i) {
        const std::string ref = "#/components/schemas/Thing" + std::to_string(i % 200);
        Json item = Json::object();
        item["parameters"] = Json::array({Json{{"name", "id"}, {"in", "path"}, {"required", true}, {"schema", Json{{"type", "string"}}}}});
        item["get"] = Json{{"operationId", "get" + std::to_string(i)}, {"tags", Json::array({"Group" + std::to_string(i % 40)})},
                           {"summary", "Get thing " + std::to_string(i)},
                           {"parameters", Json::array({Json{{"name", "page"}, {"in", "query"}, {"schema", Json{{"type", "integer"}}}}})},
                           {"responses", Json{{"200", Json{{"description", "ok"}, {"content", Json{{"application/json", Json{{"schema",
                               Json{{"type", "object"}, {"properties", Json{{"data", Json{{"type", "array"}, {"items", Json{{"$ref", ref}}}}}}}}}}}}}}}}}};
        item["put"] = Json{{"operationId", "put" + std::to_string(i)},
                           {"requestBody", Json{{"content", Json{{"application/json", Json{{"schema", Json{{"$ref", ref}}}}}}}}},
                           {"responses", Json{{"204", Json{{"description", "done"}}}}}};
        doc["paths"]["/things" + std::to_string(i) + "/{id}"] = item;
    }
    return doc;
}

QByteArray asYaml(const Json &j)
{
    // JSON is YAML; a block-style document is what people write, so emit one
    YAML::Emitter out;
    std::function<void(const Json &)> write = [&](const Json &v) {
        if (v.is_object()) {
            out << YAML::BeginMap;
            for (auto it = v.begin(); it != v.end(); ++it) {
                out << YAML::Key << it.key() << YAML::Value;
                write(*it);
            }
            out << YAML::EndMap;
        } else if (v.is_array()) {
            out << YAML::BeginSeq;
            for (const Json &e : v)
                write(e);
            out << YAML::EndSeq;
        } else if (v.is_string()) {
            out << YAML::DoubleQuoted << v.get<std::string>();
        } else {
            out << v.dump();
        }
    };
    write(j);
    return QByteArray(out.c_str());
}

const Json &spec()
{
    static const Json s = bigSpec();
    return s;
}

void importJson(benchmark::State &state)
{
    const QByteArray bytes = QByteArray::fromStdString(spec().dump(2));
    for (auto _ : state) {
        Problems problems;
        const std::optional<Json> doc = SpecDocument::parse(bytes, &problems);
        const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("big.json"));
        if (r.project.endpoints.size() != 5000)
            state.SkipWithError("wrong count");
        benchmark::DoNotOptimize(r);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["operations"] = 5000;
}

void importYaml(benchmark::State &state)
{
    const QByteArray bytes = asYaml(spec());
    for (auto _ : state) {
        Problems problems;
        const std::optional<Json> doc = SpecDocument::parse(bytes, &problems);
        const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("big.yaml"));
        if (r.project.endpoints.size() != 5000)
            state.SkipWithError("wrong count");
        benchmark::DoNotOptimize(r);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["operations"] = 5000;
}

/// A spec shaped like a vendor's (tests/support/stripeshape.h, githubshape.h): read, imported
/// and written as a project file.
void importShaped(benchmark::State &state, const Json &spec, qsizetype operations)
{
    const QByteArray bytes = QByteArray::fromStdString(spec.dump());
    qsizetype projectBytes = 0;
    for (auto _ : state) {
        Problems problems;
        const std::optional<Json> doc = SpecDocument::parse(bytes, &problems);
        const ImportResult r = OpenApiImporter::import(*doc, QStringLiteral("shaped.json"));
        if (r.project.endpoints.size() != operations)
            state.SkipWithError("wrong count");
        projectBytes = ProjectFile::serialize(r.project).size();
    }
    state.counters["spec_MB"] = double(bytes.size()) / 1e6;
    state.counters["project_MB"] = double(projectBytes) / 1e6;
}

void importStripeShaped(benchmark::State &state)
{
    importShaped(state, testing::stripeShapedSpec(), 452);
}

void importGitHubShaped(benchmark::State &state)
{
    importShaped(state, testing::gitHubShapedSpec(), 845);
}

} // namespace

BENCHMARK(importJson)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(importYaml)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(importStripeShaped)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(importGitHubShaped)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    // `bench_import --write-stripe-shaped FILE` (or --write-github-shaped) writes that spec for
    // trying it by hand (patchbay-cli import openapi FILE …) and does nothing else
    if (argc == 3 && (std::string(argv[1]) == "--write-stripe-shaped" || std::string(argv[1]) == "--write-github-shaped")) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        const Json spec = std::string(argv[1]) == "--write-stripe-shaped" ? testing::stripeShapedSpec() : testing::gitHubShapedSpec();
        if (!out.open(QIODevice::WriteOnly) || out.write(QByteArray::fromStdString(spec.dump(1))) < 0) {
            std::fprintf(stderr, "cannot write %s\n", argv[2]);
            return 1;
        }
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
