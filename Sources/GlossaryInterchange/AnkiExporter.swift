import Foundation
import GRDB
import GlossaryModel
import GlossaryQuiz
import ZIPFoundation

/// Writes an Anki package (`.apkg`): a zip holding `collection.anki2`, a SQLite database in
/// the legacy schema (version 11) that every Anki version imports, and an empty `media` map.
///
/// One note per concept, with a GUID derived from the concept id (`glossary/<id>`), so that
/// importing a newer export updates the notes instead of adding copies (Anki updates a note
/// whose GUID it knows when the incoming one is newer: notes carry the export time).
/// Two cards per note (French → English, English → French); tags are the domain ids. A
/// concept with terms in one language only (imported) is left out: both cards need both.
///
/// With ``progress``, the cards glossary reviewed carry their schedule and FSRS memory state
/// (``AnkiCardSchedule``) and their review log (``AnkiRevlogEntry``); the others stay new.
/// Anki's importer adds a card's schedule only when it adds the card: a card already in the
/// collection keeps Anki's own schedule (rslib, `import_export/package/apkg/import/cards.rs`).
package struct AnkiExporter: Sendable {
    /// The time written as the notes' modification time.
    package var now: Date
    /// The learner's progress to carry, if any.
    package var progress: AnkiProgress?
    /// The time zone whose days the due dates are counted in (the learner's).
    package var timeZone: TimeZone

    /// An exporter stamping the deck and its notes with `now` (Anki needs creation times).
    package init(now: Date = Date()) {
        self.now = now
        timeZone = .current
    }

    /// An exporter that also writes `progress`, counting days in `timeZone`.
    package init(now: Date = Date(), progress: AnkiProgress?, timeZone: TimeZone = .current) {
        self.now = now
        self.progress = progress
        self.timeZone = timeZone
    }

    /// The knowledge base as an `.apkg` deck: a zipped Anki collection, one note per concept.
    package func export(_ kb: KnowledgeBase) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-anki-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = folder.appendingPathComponent("collection.anki2")
        try writeCollection(kb, to: collection.path)
        let packageURL = folder.appendingPathComponent("deck.apkg")
        let archive = try Archive(url: packageURL, accessMode: .create)
        try archive.addEntry(with: "collection.anki2", relativeTo: folder)
        let media = Data("{}".utf8)
        try archive.addEntry(with: "media", type: .file, uncompressedSize: Int64(media.count)) { position, size in
            media.subdata(in: Int(position)..<Int(position) + size)
        }
        return try Data(contentsOf: packageURL)
    }

    /// The stable GUID of a concept's note.
    package static func guid(_ conceptID: String) -> String { "glossary/\(conceptID)" }

    private func writeCollection(_ kb: KnowledgeBase, to path: String) throws {
        let seconds = Int64(now.timeIntervalSince1970)
        let millis = seconds * 1000
        let days = AnkiDay(now: now, timeZone: timeZone)
        var progressByCard: [String: CardProgress] = [:]
        var reviewsByCard: [String: [ReviewLogEntry]] = [:]
        if let progress {
            for card in progress.cards { progressByCard[card.cardID] = card }
            for entry in progress.reviews { reviewsByCard[entry.cardID, default: []].append(entry) }
        }
        var revlogIDs = Set<Int64>()
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: AnkiSchema.sql)
            try db.execute(
                sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                arguments: [
                    days.creationSeconds, millis, millis, AnkiSchema.conf(creationOffset: days.creationOffsetMinutesWest),
                    AnkiSchema.models(mod: seconds), AnkiSchema.decks(mod: seconds), AnkiSchema.deckConfig()
                ])
            // A concept in one language only has no card to ask in both directions: not in the deck.
            for (position, concept) in kb.concepts.enumerated() where concept.has(.fr) && concept.has(.en) {
                let fields = [
                    terms(concept.fr), HTML.escapeText(kb.plainText(concept.fr.definition, language: .fr)),
                    terms(concept.en), HTML.escapeText(kb.plainText(concept.en.definition, language: .en)), concept.id
                ]
                let sortField = concept.headword(.fr)
                let checksum = SHA1.digest(Array(sortField.utf8)).prefix(4).reduce(Int64(0)) { $0 << 8 | Int64($1) }
                let noteID = millis + Int64(position)
                let tags = concept.domains.isEmpty ? "" : " " + concept.domains.joined(separator: " ") + " "
                try db.execute(
                    sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
                    arguments: [
                        noteID, Self.guid(concept.id), AnkiNoteType.modelID, seconds, tags,
                        fields.joined(separator: "\u{1F}"), sortField, checksum
                    ])
                for ord in 0..<AnkiNoteType.templates.count {
                    let cardID = noteID * 2 + Int64(ord)
                    let glossaryID = AnkiNoteType.cardIDs[ord](concept.id)
                    var schedule = AnkiCardSchedule.new(position: position + 1)
                    if let progress, let card = progressByCard[glossaryID] {
                        schedule = AnkiCardSchedule(card, days: days, desiredRetention: progress.desiredRetention, scheduler: progress.scheduler)
                        for entry in reviewsByCard[glossaryID] ?? [] {
                            var row = AnkiRevlogEntry(entry)
                            while !revlogIDs.insert(row.id).inserted { row.id += 1 } // the id is the primary key
                            try db.execute(
                                sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
                                arguments: [row.id, cardID, row.ease, row.interval, row.lastInterval, row.factor, row.time, row.type])
                        }
                    }
                    try db.execute(
                        sql: "INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)",
                        arguments: [
                            cardID, noteID, AnkiNoteType.deckID, ord, seconds, schedule.type, schedule.queue, schedule.due,
                            schedule.interval, schedule.factor, schedule.reps, schedule.lapses, schedule.left, schedule.data
                        ])
                }
            }
        }
        try queue.close()
    }

    /// The terms of a language as HTML: the headword in bold, then the others, old and
    /// advised-against ones struck through, with gender and type.
    private func terms(_ section: LanguageSection) -> String {
        let headword = section.headword
        return section.terms.map { term in
            var text = HTML.escapeText(term.text)
            var details: [String] = []
            if let gender = term.gender { details.append(gender.rawValue) }
            if let type = term.type, type != .fullForm { details.append(type.rawValue) }
            if term.status == .deprecated || term.status == .obsolete { details.append(term.status.rawValue) }
            if !details.isEmpty { text += " <i>(\(details.joined(separator: ", ")))</i>" }
            if term == headword { return "<b>\(text)</b>" }
            return term.status.isRecommended ? text : "<span class=\"old\">\(text)</span>"
        }.joined(separator: "<br>")
    }
}
