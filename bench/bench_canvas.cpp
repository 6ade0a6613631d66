// Canvas rendering speed: 300 nodes and 1,000 wires, one frame of the whole scene rendered
// offscreen into a 1920×1080 QImage (QGraphicsView::render). The goal (#7): at most 16 ms.
// Run with QT_QPA_PLATFORM=offscreen.

#include "qtbenchmain.h"

#include "project/projectfile.h"
#include "ui/canvas/canvasview.h"
#include "ui/document.h"

#include <QImage>
#include <QPainter>

using namespace patchbay;

namespace {

Project bigProject()
{
    Project p;
    p.id = "bench";
    p.name = "Bench";
    Integration in;
    in.id = "big";
    in.name = "Big";
    // 300 nodes in 20 columns of 15: sources, then filters/maps, targets last
    for (int i = 0; i < 300; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        const int column = i / 15;
        n.type = column == 0 ? NodeType::Source : column == 19 ? NodeType::Target : (i % 2 ? NodeType::Map : NodeType::Filter);
        n.name = QStringLiteral("Node %1").arg(i);
        n.condition = QStringLiteral("status = \"active\"");
        n.position = QPointF(column * 240, (i % 15) * 100);
        in.nodes.append(n);
    }
    // 1,000 wires between neighbouring columns
    for (int k = 0; k < 1000; ++k) {
        const int column = k % 19;
        const int a = column * 15 + (k / 19) % 15;
        const int b = (column + 1) * 15 + (k * 7) % 15;
        in.wires.append(Wire{QStringLiteral("n%1").arg(a), QStringLiteral("n%1").arg(b), {}});
    }
    p.integrations.append(in);
    return p;
}

void renderFrame(benchmark::State &state)
{
    ui::Document doc(bigProject());
    ui::CanvasView view(&doc, QStringLiteral("big"));
    view.resize(1920, 1080);
    view.show(); // laid out like a window (offscreen), so that the viewport has its size
    QApplication::processEvents();
    view.fitAll(); // the whole canvas in the frame: every node and wire is drawn
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(image.bits());
    }
    if (const QByteArray out = qgetenv("PATCHBAY_BENCH_IMAGE"); !out.isEmpty())
        image.save(QString::fromLocal8Bit(out)); // to look at what was measured
    state.counters["nodes"] = 300;
    state.counters["wires"] = double(view.wireItems().size());
}

} // namespace

BENCHMARK(renderFrame)->Unit(benchmark::kMillisecond);

PATCHBAY_QT_BENCHMARK_MAIN()
