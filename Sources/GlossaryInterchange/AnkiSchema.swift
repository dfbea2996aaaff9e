import Foundation

/// The legacy Anki collection schema (version 11) and the JSON its `col` row holds: the
/// format `.apkg` files have used since Anki 2.0, which current Anki still imports.
enum AnkiSchema {
    static let sql = """
        CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
            ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
            models text not null, decks text not null, dconf text not null, tags text not null);
        CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
            usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
            flags integer not null, data text not null);
        CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
            mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
            ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
            odue integer not null, odid integer not null, flags integer not null, data text not null);
        CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
            ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
        CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """

    static func json(_ value: Any) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The collection's settings. `schedVer` 2 with `rollover` and `creationOffset` (minutes
    /// west of UTC) makes Anki count days as ``AnkiDay`` does, and keeps its importer from
    /// running the v1 → v2 scheduler upgrade on the cards.
    static func conf(creationOffset: Int) -> String {
        json([
            "schedVer": 2, "rollover": AnkiDay.rolloverHour, "creationOffset": creationOffset,
            "activeDecks": [1], "curDeck": 1, "newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true,
            "dueCounts": true, "curModel": NSNull(), "nextPos": 1, "sortType": "noteFld", "sortBackwards": false, "addToCur": true
        ])
    }

    static func models(mod: Int64) -> String {
        let fields: [[String: Any]] = AnkiNoteType.fields.enumerated().map { ord, name in
            ["name": name, "ord": ord, "font": "Arial", "media": [String](), "rtl": false, "size": 20, "sticky": false]
        }
        let templates: [[String: Any]] = AnkiNoteType.templates.enumerated().map { ord, t in
            ["name": t.name, "ord": ord, "qfmt": t.front, "afmt": t.back, "bqfmt": "", "bafmt": "", "did": NSNull()]
        }
        let model: [String: Any] = [
            "id": AnkiNoteType.modelID, "name": AnkiNoteType.name, "type": 0, "mod": mod, "usn": -1, "sortf": 0,
            "did": AnkiNoteType.deckID, "tmpls": templates, "flds": fields, "css": AnkiNoteType.css,
            "latexPre":
                "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            "latexPost": "\\end{document}", "latexsvg": false,
            "req": [[0, "any", [0]], [1, "any", [2]]], "tags": [String](), "vers": [Int]()
        ]
        return json([String(AnkiNoteType.modelID): model])
    }

    static func decks(mod: Int64) -> String {
        func deck(_ id: Int64, _ name: String) -> [String: Any] {
            [
                "id": id, "name": name, "mod": mod, "usn": -1, "collapsed": false, "browserCollapsed": false, "conf": 1,
                "desc": "", "dyn": 0, "extendNew": 10, "extendRev": 50,
                "lrnToday": [0, 0], "newToday": [0, 0], "revToday": [0, 0], "timeToday": [0, 0]
            ]
        }
        return json(["1": deck(1, "Default"), String(AnkiNoteType.deckID): deck(AnkiNoteType.deckID, AnkiNoteType.deckName)])
    }

    static func deckConfig() -> String {
        json([
            "1": [
                "id": 1, "mod": 0, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true, "dyn": false,
                "new": ["bury": true, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7], "order": 1, "perDay": 20, "separate": true],
                "lapse": ["delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0],
                "rev": ["bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "minSpace": 1, "perDay": 100]
            ] as [String: Any]
        ])
    }
}
