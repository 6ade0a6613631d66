// Google Benchmark: the mapping engine without I/O — compiling formulas, and the demo's
// reference mapping per record. Run: build/bench/bench/bench_formula (see README).

#include "expr/formula.h"
#include "expr/recordpipeline.h"
#include "project/projectfile.h"

#include <benchmark/benchmark.h>

using namespace patchbay;

static const Json &customer()
{
    static const Json c = Json::parse(R"({"id":2,"CustomerName":"Olga Johnson","email_address":"Olga.Johnson2@Company.example",
        "status":"active","created":"2020-07-20T23:10:58.000Z","updated_at":"2020-11-06T21:19:37.000Z",
        "address":{"city":"Reykjavík","zip":"101"}})");
    return c;
}

static void CompileFormula(benchmark::State &state)
{
    const QString text = QStringLiteral(R"(if(status = "active", concat(upper(left(CustomerName, 1)), lower(substring(CustomerName, 2))), "n/a"))");
    for (auto _ : state)
        benchmark::DoNotOptimize(Formula::compile(text));
}
BENCHMARK(CompileFormula);

static void EvaluateLower(benchmark::State &state)
{
    const Formula f = *Formula::compile(QStringLiteral("lower(email_address)"));
    const FormulaEnvironment env;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.evaluate(customer(), env));
}
BENCHMARK(EvaluateLower);

static void EvaluateFormatDate(benchmark::State &state)
{
    const Formula f = *Formula::compile(QStringLiteral(R"(formatDate(created, "yyyy-MM-dd", "Europe/Oslo"))"));
    const FormulaEnvironment env;
    for (auto _ : state)
        benchmark::DoNotOptimize(f.evaluate(customer(), env));
}
BENCHMARK(EvaluateFormatDate);

static void ReferenceMappingPerRecord(benchmark::State &state)
{
    const ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(*load.project, load.project->integrations[0], &problems);
    for (auto _ : state)
        benchmark::DoNotOptimize(pipeline.process(customer(), pipeline.environment()));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(ReferenceMappingPerRecord);

BENCHMARK_MAIN();
