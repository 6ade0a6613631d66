#!/usr/bin/env python3
"""Fills the English plural forms in translations/patchbay_en.ts.

Source strings with %n are written as "%n error(s)", "%n entry(s)"; English needs "1 error" and
"2 errors", "1 entry" and "2 entries". lupdate -pluralonly puts just those strings into
patchbay_en.ts; this script writes their two forms. Run after `cmake --build … --target
update_translations`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/patchbay_en.ts"


def forms(source):
    singular = re.sub(r"y\(s\)", "y", source)
    singular = singular.replace("(s)", "")
    plural = re.sub(r"y\(s\)", "ies", source)
    plural = plural.replace("(s)", "s")
    return singular, plural


tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in forms(source):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
    changed += 1

tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0)
    f.write(text)
    f.truncate()
print(f"{path}: {changed} plural messages filled")
