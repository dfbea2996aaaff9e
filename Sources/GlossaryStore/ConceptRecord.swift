import GlossaryModel

/// The binary form a ``Concept`` takes in the index's `concept.record` column.
///
/// The index is derived and disposable, so its storage needs no interchange format: strings
/// are a LEB128 length and their UTF-8 bytes, lists a count and their items, optional values a
/// presence byte, enumerations their position in `allCases`. Encoding and decoding cost a few
/// microseconds, where `JSONEncoder` was a tenth of an index build and `JSONDecoder` a visible
/// share of every search. Any change to the layout must bump ``IndexSchema/version``, which
/// makes older indexes stale and rebuilt.
enum ConceptRecord {
    /// Thrown when a record does not decode: a corrupt index, rebuilt with `glossary index`.
    struct Corrupt: Error, CustomStringConvertible {
        var description: String { "a concept record in the index is damaged; rebuild it with 'glossary index'" }
    }

    static func encode(_ concept: Concept) -> [UInt8] {
        var w = Writer()
        w.bytes.reserveCapacity(1024)
        w.string(concept.id)
        w.strings(concept.domains)
        w.strings(concept.broader)
        w.strings(concept.related)
        w.count(concept.contrasts.count)
        for c in concept.contrasts { w.string(c.with); w.string(c.fr); w.string(c.en) }
        for section in [concept.fr, concept.en] {
            w.count(section.terms.count)
            for t in section.terms {
                w.string(t.text)
                w.enumeration(t.status)
                w.enumeration(t.type)
                w.enumeration(t.gender)
                w.enumeration(t.pos)
                w.optional(t.note)
                w.strings(t.geo)
                w.enumeration(t.register)
                w.count(t.authority.count)
                for a in t.authority { w.string(a.by); w.enumeration(a.verdict); w.optional(a.record) }
            }
            w.string(section.definition)
            w.strings(section.notes)
            w.strings(section.examples)
            w.strings(section.keywords)
        }
        w.count(concept.sources.count)
        for s in concept.sources {
            w.string(s.title); w.optional(s.publisher); w.optional(s.url); w.optional(s.seed); w.optional(s.note)
            w.optional(s.id); w.optional(s.date)
        }
        return w.bytes
    }

    static func decode(_ raw: UnsafeRawBufferPointer) throws(Corrupt) -> Concept {
        var r = Reader(bytes: raw)
        let id = try r.string()
        let domains = try r.strings(), broader = try r.strings(), related = try r.strings()
        var contrasts: [Contrast] = []
        for _ in 0..<(try r.count()) { contrasts.append(Contrast(with: try r.string(), fr: try r.string(), en: try r.string())) }
        var sections: [LanguageSection] = []
        for _ in 0..<2 {
            var terms: [Term] = []
            for _ in 0..<(try r.count()) {
                let text = try r.string()
                guard let status: TermStatus = try r.enumeration() else { throw Corrupt() }
                let type: TermType? = try r.enumeration(), gender: Gender? = try r.enumeration()
                let pos: PartOfSpeech? = try r.enumeration(), note = try r.optional()
                let geo = try r.strings(), register: TermRegister? = try r.enumeration()
                var authority: [AuthorityVerdict] = []
                for _ in 0..<(try r.count()) {
                    let by = try r.string()
                    guard let verdict: AuthorityVerdict.Kind = try r.enumeration() else { throw Corrupt() }
                    authority.append(AuthorityVerdict(by: by, verdict: verdict, record: try r.optional()))
                }
                terms.append(
                    Term(
                        text: text, status: status, type: type, gender: gender, pos: pos, note: note,
                        geo: geo, register: register, authority: authority))
            }
            sections.append(
                LanguageSection(
                    terms: terms, definition: try r.string(), notes: try r.strings(),
                    examples: try r.strings(), keywords: try r.strings()))
        }
        var sources: [Source] = []
        for _ in 0..<(try r.count()) {
            sources.append(
                Source(
                    title: try r.string(), publisher: try r.optional(), url: try r.optional(),
                    seed: try r.optional(), note: try r.optional(), id: try r.optional(), date: try r.optional()))
        }
        guard r.offset == raw.count else { throw Corrupt() }
        return Concept(
            id: id, domains: domains, broader: broader, related: related, contrasts: contrasts,
            fr: sections[0], en: sections[1], sources: sources)
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ value: Int) {
            var v = UInt(value)
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }

        mutating func string(_ s: String) {
            var s = s
            s.withUTF8 { utf8 in
                count(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        mutating func strings(_ list: [String]) {
            count(list.count)
            for s in list { string(s) }
        }

        mutating func optional(_ s: String?) {
            if let s { bytes.append(1); string(s) } else { bytes.append(0) }
        }

        /// 0 for nil, else the case's position plus one.
        mutating func enumeration<E: CaseIterable & Equatable>(_ value: E?) where E.AllCases.Index == Int {
            bytes.append(value.flatMap { E.allCases.firstIndex(of: $0) }.map { UInt8($0 + 1) } ?? 0)
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        mutating func byte() throws(Corrupt) -> UInt8 {
            guard offset < bytes.count else { throw Corrupt() }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func count() throws(Corrupt) -> Int {
            var value: UInt = 0, shift: UInt = 0
            while true {
                let b = try byte()
                value |= UInt(b & 0x7F) << shift
                if b < 0x80 { break }
                shift += 7
                guard shift < 63 else { throw Corrupt() }
            }
            // Every list item and every string byte takes at least one byte of what remains.
            guard value <= UInt(bytes.count - offset) else { throw Corrupt() }
            return Int(value)
        }

        mutating func string() throws(Corrupt) -> String {
            let length = try count()
            guard length <= bytes.count - offset else { throw Corrupt() }
            defer { offset += length }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        }

        mutating func strings() throws(Corrupt) -> [String] {
            let n = try count()
            var list: [String] = []
            list.reserveCapacity(n)
            for _ in 0..<n { list.append(try string()) }
            return list
        }

        mutating func optional() throws(Corrupt) -> String? {
            try byte() == 0 ? nil : try string()
        }

        mutating func enumeration<E: CaseIterable>() throws(Corrupt) -> E? where E.AllCases.Index == Int {
            let b = Int(try byte())
            guard b > 0 else { return nil }
            let cases = E.allCases
            guard b <= cases.count else { throw Corrupt() }
            return cases[b - 1]
        }
    }
}
