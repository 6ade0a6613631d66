#pragma once

namespace patchbay::ui {

/// Makes the canvas readable for screen readers and accessibility tools: the canvas (role
/// Canvas) has a child per node (a Button named after the node, described in words: type, what
/// it does, its problem, its last run), and each node a child per port ("input port of …",
/// "output port of …"). Installed once, when the first canvas is made.
void installCanvasAccessibility();

} // namespace patchbay::ui
