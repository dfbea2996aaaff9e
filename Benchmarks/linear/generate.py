#!/usr/bin/env python3
"""Hostile inputs for the linear-time benchmark (issue 18): one file per kind and size.

  generate.py entities N FILE   a TBX whose one note holds N character and entity references
  generate.py list N FOLDER     a content folder whose one concept has a list of N notes
  generate.py rows N FILE       a CSV of N rows (terms) of one concept
"""
import os, shutil, sys

kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
fixture = os.path.join(here, "..", "..", "Tests", "GlossaryKitTests", "Fixtures", "content")

if kind == "entities":
    with open(out, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
                'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="e"><langSec xml:lang="en">'
                '<termSec><term>e</term></termSec></langSec><note>')
        f.write("a&amp;&#233;" * n)
        f.write("</note></conceptEntry></body></text></tbx>\n")
elif kind == "list":
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(fixture, out)
    with open(os.path.join(out, "concepts", "liste.yaml"), "w") as f:
        f.write("id: liste\ndomains: [modeles]\nrelated: [esn]\nfr:\n  terms: [{ text: liste, status: preferred }]\n"
                "  definition: Une liste.\n  notes:\n")
        f.writelines("    - note %d\n" % i for i in range(n))
        f.write("en:\n  terms: [{ text: list, status: preferred }]\n  definition: A list.\nsources: [{ title: Test }]\n")
elif kind == "rows":
    with open(out, "w") as f:
        f.write("concept,language,term,status\r\n")
        f.writelines("one,fr,terme %d,admitted\r\n" % i for i in range(n))
else:
    sys.exit("unknown kind " + kind)
