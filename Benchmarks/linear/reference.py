#!/usr/bin/env python3
"""What a user would otherwise run on the same file: expat (xml.sax) on the TBX, libyaml
(PyYAML's CSafeLoader) on the concept file, the csv module on the CSV."""
import csv, sys, xml.sax
import yaml

kind, path = sys.argv[1], sys.argv[2]
if kind == "entities":
    xml.sax.parse(path, xml.sax.ContentHandler())
elif kind == "list":
    with open(path + "/concepts/liste.yaml") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
elif kind == "rows":
    with open(path, newline="") as f:
        sum(1 for _ in csv.reader(f))
