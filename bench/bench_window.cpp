// The main window with a big project open (#16: "the explorer, console and canvas stay
// responsive with a Stripe-size project open"): the GitHub-shaped spec imported
// (tests/support/githubshape.h, 845 endpoints, ~510 shared schemas), written as a project file.
//  - openProject: from File › Open to the first complete frame of the window (grab()).
//  - filterTree: one filter typed into the explorer's filter box, the tree repainted.
//  - openConsole: an endpoint opened in the request console, its first frame.
//  - openCanvas: an integration on a list endpoint opened on the canvas, its first frame.
// Goal for each: at most 100 ms (what a click or a keystroke may take to answer).
// Run with QT_QPA_PLATFORM=offscreen.

#include "qtbenchmain.h"

#include "githubshape.h"
#include "importers/openapiimporter.h"
#include "project/projectfile.h"
#include "secrets/envsecretstore.h"
#include "ui/canvas/canvasview.h"
#include "ui/console/requestconsole.h"
#include "ui/editortabs.h"
#include "ui/mainwindow.h"
#include "ui/projectexplorer.h"
#include "ui/services.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>

#include <chrono>

using namespace patchbay;
using namespace patchbay::ui;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString file;
    std::unique_ptr<Services> services;
    Fixture()
    {
        Project p = OpenApiImporter::import(testing::gitHubShapedSpec(), QStringLiteral("github.json")).project;
        Integration in;
        in.id = "issues";
        in.name = "Issues";
        Node s;
        s.id = "s";
        s.endpoint = p.endpoints[0].id; // a list
        Node t;
        t.id = "t";
        t.type = NodeType::Target;
        t.endpoint = p.endpoints[1].id; // a create
        t.position = {400, 0};
        in.nodes = {s, t};
        in.wires = {Wire{"s", "t", {}}};
        p.integrations.append(in);
        file = dir.filePath(QStringLiteral("github.patchbay.json"));
        if (!ProjectFile::write(p, file))
            qFatal("cannot write %s", qPrintable(file));
        services = std::make_unique<Services>(dir.filePath(QStringLiteral("data")), std::make_unique<EnvSecretStore>());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

/// The window with the project open, shown.
std::unique_ptr<MainWindow> openWindow(Fixture &f)
{
    auto w = std::make_unique<MainWindow>(f.services.get());
    w->resize(1600, 1000);
    w->show();
    w->openProject(f.file);
    return w;
}

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void openProject(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        MainWindow w(f.services.get());
        w.resize(1600, 1000);
        w.show();
        const auto start = std::chrono::steady_clock::now();
        if (!w.openProject(f.file))
            state.SkipWithError("not opened");
        benchmark::DoNotOptimize(w.grab().cacheKey());
        state.SetIterationTime(since(start));
        state.counters["endpoints"] = double(w.project()->endpoints.size());
    }
}

void filterTree(benchmark::State &state)
{
    std::unique_ptr<MainWindow> window = openWindow(fixture());
    MainWindow &w = *window;
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("explorerFilter"));
    if (!filter) {
        state.SkipWithError("no filter box");
        return;
    }
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        filter->setText(n++ % 2 ? QStringLiteral("resource-16") : QStringLiteral("update"));
        benchmark::DoNotOptimize(w.explorer()->grab().cacheKey());
        state.SetIterationTime(since(start));
    }
}

void openConsole(benchmark::State &state)
{
    std::unique_ptr<MainWindow> window = openWindow(fixture());
    MainWindow &w = *window;
    int n = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        QWidget *console = w.editors()->openConsole(w.project()->endpoints[(n++ * 97) % w.project()->endpoints.size()].id);
        benchmark::DoNotOptimize(console->grab().cacheKey());
        state.SetIterationTime(since(start));
        w.tabs()->clear();
        delete console;
    }
}

void openCanvas(benchmark::State &state)
{
    std::unique_ptr<MainWindow> window = openWindow(fixture());
    MainWindow &w = *window;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        QWidget *canvas = w.editors()->openCanvas(QStringLiteral("issues"));
        benchmark::DoNotOptimize(canvas->grab().cacheKey());
        state.SetIterationTime(since(start));
        w.tabs()->clear();
        delete canvas;
    }
}

} // namespace

BENCHMARK(openProject)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);
BENCHMARK(filterTree)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);
BENCHMARK(openConsole)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);
BENCHMARK(openCanvas)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

PATCHBAY_QT_BENCHMARK_MAIN()
