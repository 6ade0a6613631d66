#pragma once

// What a user's hand does, for the GUI tests: a drag with the mouse from one widget to another.

#include <QTest>
#include <QWidget>

/// Press on `from` at `a`, move in steps, release on `to` at `b` (viewport coordinates).
inline void dragWithMouse(QWidget *from, QPoint a, QWidget *to, QPoint b)
{
    QTest::mousePress(from, Qt::LeftButton, {}, a);
    QTest::mouseMove(from, a + QPoint(12, 0));
    const QPoint target = from->mapFromGlobal(to->mapToGlobal(b));
    QTest::mouseMove(from, (a + target) / 2);
    QTest::mouseMove(to, b);
    QTest::mouseRelease(to, Qt::LeftButton, {}, b);
}
