#!/usr/bin/env python3
"""Every #include points down (#25): a folder of core/ includes only the folders below it, core/
never includes ui/ or app/ (nor QtWidgets), ui/ never includes app/. The table is the one in
docs/architecture.md › Layers; change both together.

    check_layers.py SOURCE_DIR      exit 0: all fine; 1: each include that points up, one a line
"""
import pathlib
import re
import sys

# What each folder of core/ may include besides itself, lowest first.
ALLOWED = {
    "util": set(),
    "model": {"util"},
    "expr": {"model", "util"},
    "secrets": {"util"},
    "store": {"util"},
    "net": {"model", "secrets", "store", "util"},
    "project": {"expr", "model", "util"},
    "importers": {"expr", "model", "project", "util"},
    "sync": {"expr", "model", "net", "secrets", "store", "util"},
    "schedule": {"expr", "model", "net", "project", "secrets", "store", "sync", "util"},
    "agent": {"expr", "model", "net", "project", "secrets", "store", "sync", "util"},
    "checks": {"expr", "model", "net", "secrets", "util"},
}

# Known exceptions (a file, a folder it may include against the table), each with the step of
# #25 that removes it. An exception that no longer occurs is an error too, so that this list
# only shrinks. None is left.
EXCEPTIONS: set[tuple[str, str]] = set()

INCLUDE = re.compile(r'^\s*#\s*include\s+[<"]([^>"]+)[>"]', re.M)
WIDGETS = re.compile(r"^(QtWidgets/|Q(Widget|MainWindow|Dialog|Application|AbstractButton|PushButton|Label|"
                     r"LineEdit|TreeView|TableView|GraphicsView|GraphicsScene|Menu|Action|ToolBar)\b)")


def main(root: pathlib.Path) -> int:
    errors = []
    seen_exceptions = set()
    for path in sorted(root.glob("core/*/*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        folder = path.parent.name
        rel = path.relative_to(root).as_posix()
        if folder not in ALLOWED:
            errors.append(f"{rel}: core/{folder}/ is not in the table of layers (tests/support/check_layers.py, "
                          f"docs/architecture.md › Layers): say what it may include")
            continue
        for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if WIDGETS.match(target):
                errors.append(f"{rel}: includes <{target}>: core/ must not use QtWidgets")
                continue
            top = target.split("/", 1)[0] if "/" in target else None
            if top in ("ui", "app"):
                errors.append(f"{rel}: includes \"{target}\": core/ must not include {top}/")
            elif top in ALLOWED and top != folder and top not in ALLOWED[folder]:
                if (rel, top) in EXCEPTIONS:
                    seen_exceptions.add((rel, top))
                    continue
                allowed = ", ".join(sorted(ALLOWED[folder])) or "nothing of core"
                errors.append(f"{rel}: includes \"{target}\", but core/{folder}/ may include only {allowed}")
    for rel, top in sorted(EXCEPTIONS - seen_exceptions):
        errors.append(f"{rel} no longer includes {top}/: remove the exception from tests/support/check_layers.py")
    for path in sorted(root.glob("ui/**/*")):
        if path.suffix in (".h", ".cpp"):
            for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
                if target.startswith("app/"):
                    errors.append(f"{path.relative_to(root).as_posix()}: includes \"{target}\": ui/ must not include app/")
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
