import Foundation

/// The rules that need more than one file: ids, references, domains, shared terms.
package struct ContentValidator {
    struct ParsedFile {
        var path: String
        var concept: Concept
        var positions: ReferencePositions
    }

    let files: [ParsedFile]
    let domains: [Domain]
    /// Ids of concepts whose file could not be read: references to them are not reported.
    var unreadable: Set<String> = []
    /// Whether `domains.yaml` could be read, so that concepts' domains can be checked.
    var checksDomains = true

    /// Lowercase letters and digits in groups joined by single hyphens.
    package static func isSlug(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let ok =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-"))
            if !ok { return false }
            previous = byte
        }
        return true
    }

    func validate() -> [Diagnostic] {
        let ids = Set(files.map(\.concept.id)).union(unreadable)
        let domainIDs = Set(domains.map(\.id))
        // The rules of one file against the set of ids run on every core; only the rules that
        // compare files with each other run after, in file order.
        let checksDomains = self.checksDomains
        var out = Parallel.map(files.count) { i in Self.check(files[i], ids: ids, domainIDs: checksDomains ? domainIDs : nil) }.flatMap { $0 }
        // Files are referred to by position below: a `ParsedFile` holds a whole concept, and
        // copying 100,000 of them into dictionaries cost more than the rules themselves.
        var fileForID: [String: Int] = [:]
        fileForID.reserveCapacity(files.count)
        for index in files.indices where !files[index].concept.id.isEmpty {
            if let first = fileForID[files[index].concept.id] {
                let file = files[index]
                out.append(
                    Diagnostic(
                        .error, path: file.path, line: file.positions.id?.line ?? 0, column: file.positions.id?.column ?? 0,
                        "duplicate id '\(file.concept.id)': \(files[first].path) already defines it"))
            } else {
                fileForID[files[index].concept.id] = index
            }
        }
        out += cycles(fileForID)
        out += sharedPreferredTerms()
        out += redundantLabels(fileForID)
        return out
    }

    /// A link whose label is the headword it would show anyway (`[[sla|SLA]]`) says nothing
    /// more than `[[sla]]`, and an exchange file cannot tell the two apart: a TBX export read
    /// back gives `[[sla]]`. Reported so that the content keeps the one form.
    private func redundantLabels(_ fileForID: [String: Int]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for file in files {
            for language in Language.allCases {
                let section = file.concept[language]
                let texts = [section.definition] + section.notes + section.examples + file.concept.contrasts.map { $0[language] }
                for text in texts {
                    for link in WikiLink.all(in: text) {
                        guard let label = link.label, let target = fileForID[link.id],
                            files[target].concept.headword(language) == label
                        else { continue }
                        let mark = file.positions.marks.first { $0.id == link.id }?.mark ?? nil
                        out.append(
                            Diagnostic(
                                .warning, path: file.path, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                "the link [[\(link.id)|\(label)]] shows the headword anyway: write [[\(link.id)]]"))
                    }
                }
            }
        }
        return out
    }

    /// The rules one file must follow given the ids and domains that exist.
    private static func check(_ file: ParsedFile, ids: Set<String>, domainIDs: Set<String>?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let c = file.concept
        let idLine = file.positions.id?.line ?? 0, idColumn = file.positions.id?.column ?? 0
        func error(_ line: Int, _ column: Int, _ message: String) {
            out.append(Diagnostic(.error, path: file.path, line: line, column: column, message))
        }
        let stem = ((file.path as NSString).lastPathComponent as NSString).deletingPathExtension
        if !c.id.isEmpty {
            if !isSlug(c.id) {
                error(idLine, idColumn, "id '\(c.id)' is not a valid slug: use lowercase letters a-z, digits and single hyphens (e.g. '\(Slug.make(c.id))')")
            } else if c.id != stem {
                error(idLine, idColumn, "id '\(c.id)' does not match the file name '\(stem).yaml': rename the file or change the id")
            }
        }
        for (id, mark) in file.positions.marks {
            if id == c.id {
                error(mark?.line ?? 0, mark?.column ?? 0, "'\(c.id)' refers to itself")
            } else if !ids.contains(id) {
                let hint = EditDistance.suggestion(for: id, in: ids).map { ": did you mean '\($0)'?" } ?? ": create it or fix the id"
                error(mark?.line ?? 0, mark?.column ?? 0, "no concept with id '\(id)'\(hint)")
            }
        }
        for domain in c.domains where domainIDs.map({ !$0.contains(domain) }) ?? false {
            let mark = file.positions.domains[domain] ?? nil
            let hint = EditDistance.suggestion(for: domain, in: domainIDs ?? []).map { "did you mean '\($0)'?" } ?? "add it to domains.yaml"
            error(mark?.line ?? 0, mark?.column ?? 0, "unknown domain '\(domain)': \(hint)")
        }
        if c.broader.isEmpty, c.related.isEmpty, c.contrasts.isEmpty {
            out.append(
                Diagnostic(
                    .warning, path: file.path, line: idLine, column: idColumn,
                    "'\(c.id)' has no relation at all: add 'broader', 'related' or 'contrasts' so learners can navigate"))
        }
        return out
    }

    /// A concept cannot be broader than itself through a chain of `broader` links.
    private func cycles(_ fileForID: [String: Int]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for file in files where !file.concept.broader.isEmpty {
            var seen: Set<String> = []
            var frontier = file.concept.broader
            while let next = frontier.popLast() {
                if next == file.concept.id {
                    out.append(
                        Diagnostic(
                            .error, path: file.path, line: file.positions.id?.line ?? 0, column: 1,
                            "'broader' links of '\(file.concept.id)' lead back to itself: a concept cannot be more general than itself"))
                    break
                }
                if seen.insert(next).inserted, let parent = fileForID[next] { frontier += files[parent].concept.broader }
            }
        }
        return out
    }

    /// Two concepts whose preferred terms fold to the same text in one language are probably
    /// one concept, or one of them needs a more precise term.
    private func sharedPreferredTerms() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for language in Language.allCases {
            let keys = Parallel.map(files.count) { i in
                files[i].concept[language].terms.filter { $0.status == .preferred }.map { TextFolding.compact($0.text) }
            }
            var owners: [String: Int] = [:]
            owners.reserveCapacity(files.count)
            for (index, preferred) in keys.enumerated() {
                for (position, key) in preferred.enumerated() {
                    if let other = owners[key], files[other].concept.id != files[index].concept.id {
                        let file = files[index]
                        let term = file.concept[language].terms.filter { $0.status == .preferred }[position]
                        out.append(
                            Diagnostic(
                                .warning, path: file.path, line: file.positions.id?.line ?? 0, column: 1,
                                "preferred \(language.rawValue) term '\(term.text)' is also preferred in '\(files[other].concept.id)': merge the concepts or make one term more precise"
                            ))
                    } else {
                        owners[key] = index
                    }
                }
            }
        }
        return out
    }
}
