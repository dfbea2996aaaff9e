#!/usr/bin/env python3
"""Checks glossary's exports with the tools that really read them.

Usage: check_interchange.py EXPORT_DIR SCHEMA_DIR
EXPORT_DIR holds kb.json (the ground truth), kb.tbx, kb.tbx2, kb.csv, kb.ttl, kb.apkg and
kb-updated.apkg (an export of the same content with one French term changed, made later);
progress-at-export.sqlite (glossary's progress), kb-progress.apkg (exported with it), and
kb-progress-updated.apkg (the updated content with one more answer, exported later).
Prints one line per check and a final "N passed, M failed"; exits 1 on any failure.
"""
import csv
import json
import os
import sys
import tempfile
import traceback

export_dir, schema_dir = sys.argv[1], sys.argv[2]
path = lambda name: os.path.join(export_dir, name)
kb = json.load(open(path("kb.json"), encoding="utf-8"))
concepts = kb["concepts"]
terms = {(c["id"], lang, t["text"]) for c in concepts for lang in ("fr", "en") for t in c[lang]["terms"]}
results = []


def check(name):
    def wrap(fn):
        try:
            detail = fn()
            results.append(True)
            print(f"PASS {name}" + (f": {detail}" if detail else ""))
        except Exception as error:  # every failure is reported, then counted
            results.append(False)
            print(f"FAIL {name}: {error}")
            traceback.print_exc(limit=2)
        return fn
    return wrap


@check("TBX v3 against the RELAX NG grammar (lxml)")
def _():
    from lxml import etree
    rng = etree.RelaxNG(etree.parse(os.path.join(schema_dir, "TBXcoreStructV03.rng")))
    doc = etree.parse(path("kb.tbx"))
    if not rng.validate(doc):
        raise AssertionError(str(rng.error_log)[:2000])
    return f"{len(concepts)} concepts"


@check("TBX v3 against the TBX-Basic DCA Schematron (pyschematron)")
def _():
    # The Schematron's reference rule, `@target = //*/@id` for every element with a target,
    # makes pyschematron (pure Python XPath) walk the whole document once per reference:
    # quadratic, tens of minutes at 155 concepts. That one rule is checked here with a set of
    # ids, exactly as it reads, and pyschematron runs every other rule of the file unchanged.
    import re
    from lxml import etree
    from pyschematron import validate_document
    doc = etree.parse(path("kb.tbx"))
    ids = {e.get("id") for e in doc.iter() if e.get("id") is not None}
    bad = [t for e in doc.iter() if (t := e.get("target")) is not None and not (re.match(r"https?://.+", t) or t in ids)]
    if bad:
        raise AssertionError(f"ID must be IDREF for internal references or URI: {bad[:10]}")
    schema = etree.parse(os.path.join(schema_dir, "TBX-Basic_DCA.sch"))
    ns = {"sch": "http://purl.oclc.org/dsdl/schematron"}
    rules = schema.xpath("//sch:rule[@context='*[@target]']", namespaces=ns)
    assert len(rules) == 1, "the Schematron's reference rule changed: update this check"
    rules[0].getparent().remove(rules[0])
    # Every remaining rule looks at a node and its neighbours only, so the entries are checked
    # 20 at a time, each group in a copy of the document's header: pyschematron's cost grows
    # faster than the document, and 155 entries at once took over ten minutes.
    import copy
    tbx_ns = "urn:iso:std:iso:30042:ed-2"
    root = doc.getroot()
    body = root.find(f"{{{tbx_ns}}}text/{{{tbx_ns}}}body")
    entries = list(body)
    for start in range(0, max(len(entries), 1), 20):
        part = copy.deepcopy(root)
        part_body = part.find(f"{{{tbx_ns}}}text/{{{tbx_ns}}}body")
        for child in list(part_body):
            part_body.remove(child)
        for entry in entries[start:start + 20]:
            part_body.append(copy.deepcopy(entry))
        result = validate_document(etree.ElementTree(part), schema)
        if not result.is_valid():
            report = result.get_svrl()
            text = etree.tostring(report, encoding="unicode") if report is not None else "invalid"
            raise AssertionError(f"entries {start}-{start + 19}: " + text[:3000])
    return f"{len(entries)} entries in groups of 20, {len(ids)} ids, every reference resolved"


@check("TBX v3 has every term with its status")
def _():
    from lxml import etree
    ns = {"t": "urn:iso:std:iso:30042:ed-2"}
    doc = etree.parse(path("kb.tbx"))
    found = set()
    for entry in doc.iterfind(".//t:conceptEntry", ns):
        cid = entry.get("id").lstrip("_")
        for sec in entry.iterfind("t:langSec", ns):
            lang = sec.get("{http://www.w3.org/XML/1998/namespace}lang")
            for ts in sec.iterfind("t:termSec", ns):
                found.add((cid, lang, ts.findtext("t:term", namespaces=ns)))
    missing = terms - found
    assert not missing, f"missing terms: {sorted(missing)[:5]}"
    return f"{len(found)} terms"


@check("TBX v2 read by translate-toolkit with every term")
def _():
    from translate.storage import tbx
    store = tbx.tbxfile(open(path("kb.tbx2"), "rb"), sourcelanguage="fr", targetlanguage="en")
    units = store.units
    assert len(units) == len(concepts), f"{len(units)} entries, expected {len(concepts)}"
    found = set()
    for unit in units:
        cid = (unit.getid() or "").lstrip("_")
        found |= {(cid, "fr", t.text) for t in unit.get_source_terms()}
        found |= {(cid, "en", t.text) for t in unit.get_target_terms("en")}
    missing = terms - found
    assert not missing, f"missing terms: {sorted(missing)[:5]}"
    return f"{len(units)} entries, {len(found)} terms"


@check("SKOS Turtle parsed by rdflib with every label")
def _():
    import rdflib
    from rdflib.namespace import SKOS, RDF
    g = rdflib.Graph()
    g.parse(path("kb.ttl"), format="turtle")
    by_notation = {str(o): s for s, o in g.subject_objects(SKOS.notation)}
    assert len(list(g.subjects(RDF.type, SKOS.Concept))) == len(concepts)
    labels = 0
    for c in concepts:
        s = by_notation[c["id"]]
        for lang in ("fr", "en"):
            pref = [o for o in g.objects(s, SKOS.prefLabel) if o.language == lang]
            assert len(pref) == 1, f"{c['id']}: {len(pref)} prefLabel@{lang}"
            got = {str(o) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for o in g.objects(s, p) if o.language == lang}
            want = {t["text"] for t in c[lang]["terms"]}
            assert want <= got, f"{c['id']}@{lang}: missing {want - got}"
            labels += len(want)
            assert any(o.language == lang for o in g.objects(s, SKOS.definition)), f"{c['id']}: no definition@{lang}"
        for b in c.get("broader", []):
            assert (s, SKOS.broader, by_notation[b]) in g
    return f"{len(g)} triples, {labels} labels"


@check("SKOS accepted by skosify's checks: no cycle, no related/broader overlap, relations symmetric")
def _():
    import io
    import logging
    import rdflib
    import skosify
    from rdflib.namespace import SKOS
    from skosify import check as skos_check
    # skosify reports what it finds as log warnings; with fix=False it changes nothing.
    found = io.StringIO()
    handler = logging.StreamHandler(found)
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        g = rdflib.Graph()
        g.parse(path("kb.ttl"), format="turtle")
        skos_check.hierarchy_cycles(g, fix=False)
        skos_check.disjoint_relations(g, fix=False)
        skos_check.hierarchical_redundancy(g, fix=False)
        skos_check.label_overlap(g, fix=False)
        assert not found.getvalue(), found.getvalue()[:2000]
        # skosify's own clean-up (inverses, symmetric related, related/broader overlap)
        # must have nothing to add to or take from the relations.
        relations = (SKOS.related, SKOS.broader, SKOS.narrower)
        cleaned = skosify.skosify(path("kb.ttl"), from_format="turtle", eliminate_redundancy=False)
        added = [t for t in cleaned if t[1] in relations and t not in g]
        removed = [t for t in g if t[1] in relations and t not in cleaned]
        assert not added and not removed, f"skosify added {added[:3]}, removed {removed[:3]}"
    finally:
        root.removeHandler(handler)
    for s, _, o in g.triples((None, SKOS.related, None)):
        assert (o, SKOS.related, s) in g, f"related not symmetric: {s} → {o}"
    for s, _, o in g.triples((None, SKOS.broader, None)):
        assert (o, SKOS.narrower, s) in g, f"broader without narrower: {s} → {o}"
    for s, _, o in g.triples((None, SKOS.narrower, None)):
        assert (o, SKOS.broader, s) in g, f"narrower without broader: {s} → {o}"
    hidden = {str(o) for o in g.objects(None, SKOS.hiddenLabel)}
    old = {t["text"] for c in concepts for lang in ("fr", "en") for t in c[lang]["terms"] if t["status"] in ("deprecated", "obsolete")}
    assert old <= hidden, f"deprecated/obsolete terms not hiddenLabel: {sorted(old - hidden)[:5]}"
    return f"{len(list(g.triples((None, SKOS.related, None))))} related, {len(hidden)} hidden labels"


@check("CSV read by Python's csv module, one row per term")
def _():
    with open(path("kb.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    # No cell starts a spreadsheet formula; the export guards those with a leading ' (OWASP),
    # which a reader of our own files takes off (as `glossary import` does).
    formula = ("=", "+", "-", "@", "\t", "\r")
    for r in rows:
        for key, cell in r.items():
            assert not cell.startswith(formula), f"{r['concept']}: {key} starts a formula: {cell[:20]!r}"
            if cell.startswith("'") and cell.lstrip("'").startswith(formula):
                r[key] = cell[1:]
    found = {(r["concept"], r["language"], r["term"]) for r in rows}
    assert len(rows) == len(terms), f"{len(rows)} rows, expected {len(terms)}"
    assert found == terms, f"differs: {sorted(terms ^ found)[:5]}"
    defs = {(c["id"], lang): c[lang]["definition"] for c in concepts for lang in ("fr", "en")}
    for r in rows:
        assert r["definition"] == defs[(r["concept"], r["language"])], f"definition of {r['concept']}"
    return f"{len(rows)} rows"


@check("Anki deck imported by Anki's library, then an updated deck updates notes")
def _():
    from anki.collection import Collection, ImportAnkiPackageRequest
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(os.path.join(tmp, "test.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(path("kb.apkg"))))
            ids = col.find_notes("")
            assert len(ids) == len(concepts), f"{len(ids)} notes, expected {len(concepts)}"
            notes = {col.get_note(i).guid: col.get_note(i) for i in ids}
            for c in concepts:
                note = notes[f"glossary/{c['id']}"]
                assert note["Concept"] == c["id"]
                for lang, field in (("fr", "French"), ("en", "English")):
                    for t in c[lang]["terms"]:
                        text = t["text"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        assert text in note[field], f"{c['id']}: '{t['text']}' not in {field}"
                    assert note[f"{field} definition"], f"{c['id']}: empty {field} definition"
                assert set(note.tags) == set(c["domains"]), f"{c['id']}: tags {note.tags}"
            cards = len(col.find_cards(""))
            assert cards == 2 * len(concepts), f"{cards} cards"
            col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(path("kb-updated.apkg"))))
            ids = col.find_notes("")
            assert len(ids) == len(concepts), f"re-import: {len(ids)} notes, expected {len(concepts)} (duplicated)"
            updated = [i for i in ids if "ZZ " in col.get_note(i)["French"]]
            assert len(updated) == 1, f"re-import updated {len(updated)} notes, expected 1"
        finally:
            col.close()
    return f"{len(concepts)} notes, {cards} cards; re-import updated 1 note, no duplicates"


def anki_day(moment, offset_hours=4):
    """The local calendar day of a time, a day starting at Anki's rollover (4 a.m.)."""
    import datetime
    return (datetime.datetime.fromtimestamp(moment) - datetime.timedelta(hours=offset_hours)).date()


@check("Anki deck with progress: Anki's library imports each reviewed card due the same day, same FSRS state, reps and lapses; re-import keeps Anki's reviews")
def _():
    import sqlite3
    import time
    from anki.collection import Collection, ImportAnkiPackageRequest, ImportAnkiPackageOptions
    from anki.scheduler_pb2 import CardAnswer
    db = sqlite3.connect(path("progress-at-export.sqlite"))
    progress = db.execute("SELECT cardId, state, step, stability, difficulty, due, lastReview, reps, lapses FROM card_progress").fetchall()
    db.close()
    def epoch(text):  # GRDB stores dates as "YYYY-MM-DD HH:MM:SS.SSS" in UTC
        import datetime
        return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc).timestamp()
    ords = {"fr-en": 0, "en-fr": 1}
    expected = {}
    for card_id, state, step, s, d, due, last, reps, lapses in progress:
        concept, kind = card_id.split(":", 1)
        if kind in ords:
            expected[(f"glossary/{concept}", ords[kind])] = dict(state=state, s=s, d=d, due=epoch(due), reps=reps, lapses=lapses)
    assert len(expected) == 4, f"{len(expected)} translation cards with progress, expected 4"
    options = ImportAnkiPackageOptions(with_scheduling=True)
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(os.path.join(tmp, "learner.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(path("kb-progress.apkg")), options=options))
            cards = {}
            for cid in col.find_cards(""):
                card = col.get_card(cid)
                cards[(card.note().guid, card.ord)] = card
            assert len(cards) == 2 * len(concepts), f"{len(cards)} cards"
            today, now = col.sched.today, time.time()
            types = {"learning": (1, 1), "review": (2, 2), "relearning": (3, 1)}
            for key, want in expected.items():
                card = cards[key]
                assert (card.type, card.queue) == types[want["state"]], f"{key}: type/queue {card.type}/{card.queue} for {want['state']}"
                if want["state"] == "review":
                    days_ahead = (anki_day(want["due"]) - anki_day(now)).days
                    assert card.due - today == days_ahead, f"{key}: due in {card.due - today} days, glossary says {days_ahead}"
                else:
                    assert card.due == round(want["due"]), f"{key}: due at {card.due}, glossary says {want['due']}"
                m = card.memory_state
                assert m is not None, f"{key}: no FSRS memory state"
                assert abs(m.stability - want["s"]) <= 1e-4 * max(1, want["s"]), f"{key}: stability {m.stability} vs {want['s']}"
                assert abs(m.difficulty - want["d"]) <= 1e-3, f"{key}: difficulty {m.difficulty} vs {want['d']}"
                assert (card.reps, card.lapses) == (want["reps"], want["lapses"]), f"{key}: reps/lapses {card.reps}/{card.lapses}"
            fresh = [k for k, c in cards.items() if k not in expected]
            assert all(cards[k].type == 0 and cards[k].queue == 0 and cards[k].memory_state is None for k in fresh), "an unreviewed card is not new"
            revlog = col.db.scalar("SELECT count(*) FROM revlog")
            assert revlog == 6, f"{revlog} review log entries, expected the 6 answers of translation cards"

            # The learner turns FSRS on (as the README says) and goes on in Anki: the review
            # card is answered Good there, scheduled from the memory state glossary wrote.
            col.set_config("fsrs", True)
            key = next(k for k, w in expected.items() if w["state"] == "review")
            card = cards[key]
            card.start_timer()
            states = col._backend.get_scheduling_states(card.id)
            col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))
            after_anki = col.get_card(card.id)
            assert after_anki.reps == expected[key]["reps"] + 1
            assert after_anki.memory_state is not None and after_anki.memory_state.stability > expected[key]["s"], \
                "Anki's FSRS did not go on from glossary's memory state"

            # A newer export (updated content, one more glossary answer) imported again.
            col.import_anki_package(ImportAnkiPackageRequest(package_path=os.path.abspath(path("kb-progress-updated.apkg")), options=options))
            notes = col.find_notes("")
            assert len(notes) == len(concepts), f"re-import: {len(notes)} notes (duplicated)"
            assert len(col.find_cards("")) == 2 * len(concepts), "re-import added cards"
            assert len([n for n in notes if "ZZ " in col.get_note(n)["French"]]) == 1, "re-import did not update the note"
            kept = col.get_card(card.id)
            assert (kept.reps, kept.due, kept.type, kept.queue) == (after_anki.reps, after_anki.due, after_anki.type, after_anki.queue), \
                "re-import changed the schedule of a card reviewed in Anki"
            assert abs(kept.memory_state.stability - after_anki.memory_state.stability) < 1e-6
            assert col.db.scalar("SELECT count(*) FROM revlog WHERE cid = ?", card.id) == expected[key]["reps"] + 1, "Anki's review lost"
        finally:
            col.close()
    return f"{len(expected)} reviewed cards carried, {len(fresh)} new; Anki's review kept on re-import"


failed = results.count(False)
print(f"{results.count(True)} passed, {failed} failed")
sys.exit(1 if failed else 0)
