// Mapping editor speed (#7): a mapping between two schemas of 2,000 fields each, every target
// field mapped (a fifth through a function), 100 sample records of 2,000 fields.
//  - openEditor: from constructing the editor to its first complete frame (grab()): trees,
//    wires and the preview's visible cells. Goal: at most 300 ms.
//  - previewAfterEdit: one formula changed, the preview recomputed and its table repainted.
//    Goal: at most 50 ms.
// Run with QT_QPA_PLATFORM=offscreen.

#include "qtbenchmain.h"

#include "importers/openapiimporter.h"
#include "stripeshape.h"
#include "ui/document.h"
#include "ui/mapping/mappingeditor.h"
#include "ui/mapping/previewmodel.h"

#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <chrono>

using namespace patchbay;

namespace {

constexpr int Fields = 2000;

Project bigProject()
{
    Project p;
    p.id = "bench";
    p.name = "Bench";
    Endpoint source;
    source.id = "source";
    source.name = "Source";
    Endpoint target = source;
    target.id = "target";
    target.name = "Target";
    target.method = "POST";
    // 200 objects of 9 fields each + their own 200 rows = 2,000 fields
    Json sourceSchema = {{"type", "object"}, {"properties", Json::object()}};
    Json targetSchema = sourceSchema;
    targetSchema["required"] = Json::array();
    Node map;
    map.id = "map";
    map.type = NodeType::Map;
    for (int g = 0; g < Fields / 10; ++g) {
        Json sourceGroup = {{"type", "object"}, {"properties", Json::object()}};
        for (int f = 0; f < 9; ++f)
            sourceGroup["properties"]["field" + std::to_string(f)] = {{"type", "string"}};
        const std::string name = "group" + std::to_string(g);
        sourceSchema["properties"][name] = sourceGroup;
        targetSchema["properties"]["Group" + std::to_string(g)] = sourceGroup;
        if (g % 10 == 0)
            targetSchema["required"].push_back("Group" + std::to_string(g));
        for (int f = 0; f < 9; ++f) {
            const QString from = QStringLiteral("group%1.field%2").arg(g).arg(f);
            const QString to = QStringLiteral("Group%1.field%2").arg(g).arg(f);
            map.fields.append(FieldMapping{to, f % 5 == 0 ? QStringLiteral("upper(%1)").arg(from) : from, false});
        }
    }
    source.recordSchema = sourceSchema;
    target.requestSchema = targetSchema;
    Json samples = Json::array();
    for (int r = 0; r < 100; ++r) {
        Json record = Json::object();
        for (int g = 0; g < Fields / 10; ++g)
            for (int f = 0; f < 9; ++f)
                record["group" + std::to_string(g)]["field" + std::to_string(f)] = "value " + std::to_string(r * 10 + f);
        samples.push_back(record);
    }
    source.samples = samples;
    p.endpoints = {source, target};
    Integration in;
    in.id = "big";
    in.name = "Big";
    Node s;
    s.id = "s";
    s.type = NodeType::Source;
    s.endpoint = "source";
    Node t;
    t.id = "t";
    t.type = NodeType::Target;
    t.endpoint = "target";
    in.nodes = {s, map, t};
    in.wires = {Wire{"s", "map", {}}, Wire{"map", "t", {}}};
    p.integrations.append(in);
    return p;
}

void openEditor(benchmark::State &state)
{
    const Project project = bigProject();
    for (auto _ : state) {
        ui::Document doc(project);
        const auto start = std::chrono::steady_clock::now();
        {
            ui::MappingEditor editor(&doc, nullptr, QStringLiteral("big"), QStringLiteral("map"));
            editor.resize(1400, 900);
            editor.updatePreview();
            const QPixmap frame = editor.grab(); // every part laid out and painted once
            benchmark::DoNotOptimize(frame.cacheKey());
            state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            state.counters["sourceFields"] = double(editor.sourceTree()->topLevelItemCount() * 10);
            state.counters["previewColumnsComputed"] = editor.previewModel()->computedColumns();
        }
    }
}

/// The Stripe-shaped spec imported (tests/support/stripeshape.h): a list of resources mapped
/// onto the update of another, some fields read through three shared schemas. Goal: ≤ 300 ms.
Project stripeProject()
{
    Project p = OpenApiImporter::import(testing::stripeShapedSpec(), QStringLiteral("stripe.json")).project;
    Integration in;
    in.id = "stripe";
    in.name = "Stripe";
    Node s;
    s.id = "s";
    s.endpoint = "getresource-0s";
    Node map;
    map.id = "map";
    map.type = NodeType::Map;
    Node t;
    t.id = "t";
    t.type = NodeType::Target;
    t.endpoint = "postresource-1sid";
    for (int f = 0; f < 14; ++f)
        map.fields.append(FieldMapping{QStringLiteral("field_%1").arg(f), QStringLiteral("field_%1").arg(13 - f), false});
    map.fields.append(FieldMapping{"email", "linked_0.linked_1.email", false});
    map.fields.append(FieldMapping{"field_0", "linked_2.detail_1.nested.country", false});
    in.nodes = {s, map, t};
    in.wires = {Wire{"s", "map", {}}, Wire{"map", "t", {}}};
    p.integrations.append(in);
    return p;
}

void openEditorOnStripeShaped(benchmark::State &state)
{
    const Project project = stripeProject();
    for (auto _ : state) {
        ui::Document doc(project);
        const auto start = std::chrono::steady_clock::now();
        {
            ui::MappingEditor editor(&doc, nullptr, QStringLiteral("stripe"), QStringLiteral("map"));
            editor.resize(1400, 900);
            editor.updatePreview();
            const QPixmap frame = editor.grab();
            benchmark::DoNotOptimize(frame.cacheKey());
            state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            if (!editor.sourceItem(QStringLiteral("linked_0.linked_1.email")))
                state.SkipWithError("a mapped field is not listed");
            int items = 0;
            for (QTreeWidgetItemIterator it(editor.sourceTree()); *it; ++it)
                ++items;
            state.counters["sourceFields"] = items;
        }
    }
    state.counters["endpoints"] = double(project.endpoints.size());
    state.counters["schemas"] = double(project.schemas.size());
}

void previewAfterEdit(benchmark::State &state)
{
    const Project project = bigProject();
    ui::Document doc(project);
    ui::MappingEditor editor(&doc, nullptr, QStringLiteral("big"), QStringLiteral("map"));
    editor.resize(1400, 900);
    editor.show();
    QApplication::processEvents();
    editor.updatePreview();
    (void)editor.grab();
    int n = 0;
    for (auto _ : state) {
        // one edit of a field whose column is on screen, as typing in its formula box does
        editor.setFormula(QStringLiteral("Group0.field1"), n++ % 2 ? QStringLiteral("lower(group0.field1)")
                                                                   : QStringLiteral("concat(group0.field1, \"!\")"));
        editor.updatePreview();
        QTableView *table = editor.previewView();
        const QPixmap frame = table->viewport()->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
    }
    state.counters["rows"] = editor.previewModel()->rowCount();
    state.counters["columns"] = editor.previewModel()->columnCount();
}

} // namespace

BENCHMARK(openEditor)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
BENCHMARK(openEditorOnStripeShaped)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
BENCHMARK(previewAfterEdit)->Unit(benchmark::kMillisecond);

PATCHBAY_QT_BENCHMARK_MAIN()
