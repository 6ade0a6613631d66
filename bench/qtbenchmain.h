#pragma once

// main() for the benchmarks that need widgets: a QApplication on the offscreen platform (unless
// QT_QPA_PLATFORM says otherwise), then Google Benchmark.

#include <QApplication>

#include <benchmark/benchmark.h>

#define PATCHBAY_QT_BENCHMARK_MAIN()                                                                           \
    int main(int argc, char **argv)                                                                            \
    {                                                                                                          \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                    \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                           \
        QApplication app(argc, argv);                                                                          \
        benchmark::Initialize(&argc, argv);                                                                    \
        benchmark::RunSpecifiedBenchmarks();                                                                   \
        benchmark::Shutdown();                                                                                 \
        return 0;                                                                                              \
    }
