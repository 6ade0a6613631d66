#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace patchbay::ui::theme {

/// Whether a palette is dark (a dark desktop theme): its base, where text is written, is dark.
inline bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

/// The colour to draw with: `light` on a light palette, `dark` on a dark one, so that what is
/// drawn by hand (the canvas, the mapping editor's lines and blocks) stays readable in both.
inline QColor pick(const QPalette &p, const QColor &light, const QColor &dark)
{
    return isDark(p) ? dark : light;
}

inline QColor pick(const QColor &light, const QColor &dark)
{
    return pick(QGuiApplication::palette(), light, dark);
}

} // namespace patchbay::ui::theme
