#!/usr/bin/env python3
"""The translation completeness test: the .ts files must hold every string the sources show, translated.

Updates copies of translations/*.ts from the sources with translations/update.sh (lupdate) and fails when
- a message is unfinished (new in the code, or never translated) or obsolete/vanished (the committed
  file is not current: run `make translations`),
- the committed file and the updated copy differ in their messages (someone edited code after lupdate),
- a translation loses or invents a placeholder (%1, %L2, %n) or a mnemonic (&), which would print
  "%1" or break a keyboard shortcut at run time,
- lrelease reports anything untranslated.
Usage: check-ts.py SOURCE_DIR LRELEASE
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

source_dir, lrelease = sys.argv[1], sys.argv[2]
ts_dir = os.path.join(source_dir, "translations")
languages = ["de", "es", "en"]
placeholder = re.compile(r"%L?\d|%n")
mnemonic = re.compile(r"&(?!&)(?=\w)")
problems = []


def messages(path):
    """(context, source, comment) -> (type, [translations]) of one .ts file."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = (translation.get("type", ""), forms, message.get("numerus") == "yes")
    return out


with tempfile.TemporaryDirectory() as tmp:
    for lang in languages:
        shutil.copy(os.path.join(ts_dir, f"bouncedesk_{lang}.ts"), tmp)
    subprocess.run([os.path.join(ts_dir, "update.sh")] + languages, check=True, env=dict(os.environ, TS_DIR=tmp))
    for lang in languages:
        committed = messages(os.path.join(ts_dir, f"bouncedesk_{lang}.ts"))
        updated = messages(os.path.join(tmp, f"bouncedesk_{lang}.ts"))
        for key in sorted(set(updated) - set(committed)):
            problems.append(f"{lang}: not in the committed file (run `make translations`): {key[0]}: {key[1]!r}")
        for key in sorted(set(committed) - set(updated)):
            problems.append(f"{lang}: no longer in the sources (run `make translations`): {key[0]}: {key[1]!r}")
        for key, (kind, forms, numerus) in sorted(updated.items()):
            context, source, _ = key
            if kind:
                problems.append(f"{lang}: {kind}: {context}: {source!r}")
                continue
            wanted = sorted(set(placeholder.findall(source)))
            for form in forms:
                if numerus and lang != "en" and len(forms) != 2:
                    problems.append(f"{lang}: {len(forms)} plural forms, 2 wanted: {context}: {source!r}")
                got = sorted(set(placeholder.findall(form)))
                # A plural form may leave out %n ("one message" for 1), never add or lose the others.
                if [p for p in got if p != "%n"] != [p for p in wanted if p != "%n"] or ("%n" in got and "%n" not in wanted):
                    problems.append(f"{lang}: placeholders {got} for {wanted}: {context}: {source!r} -> {form!r}")
                if len(mnemonic.findall(source)) != len(mnemonic.findall(form)):
                    problems.append(f"{lang}: mnemonic '&' lost or added: {context}: {source!r} -> {form!r}")
        result = subprocess.run([lrelease, os.path.join(tmp, f"bouncedesk_{lang}.ts"), "-qm",
                                 os.path.join(tmp, f"bouncedesk_{lang}.qm")], capture_output=True, text=True)
        print(f"{lang}: {len(updated)} messages; lrelease: {result.stdout.strip()}")
        if result.returncode != 0 or re.search(r"Ignored [1-9]|[1-9]\d* unfinished", result.stdout + result.stderr):
            problems.append(f"{lang}: lrelease: {result.stdout.strip()} {result.stderr.strip()}")

for problem in problems:
    print(problem)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
