import Foundation

/// The affix rules of a Hunspell `.aff` file, to spell out every form a `.dic` entry stands for
/// ("libert/S." gives "liberté" and "libertés"; "outsource/DSG" gives "outsourced",
/// "outsources", "outsourcing"), as Hunspell itself accepts them: what ``DictionaryForms``
/// is made of.
///
/// Read: `FLAG` (one character, `long`, `num`, `UTF-8`), `AF` aliases, `SFX` and `PFX` rules
/// (strip, add, continuation flags, condition, cross product), `NEEDAFFIX` (an entry or an
/// affix that is no word alone), `FORBIDDENWORD`, `ONLYINCOMPOUND`. Compounding is left out:
/// the English dictionaries compound only numbers ("21st"), the French one not at all. A
/// suffix's continuation flags apply one more suffix or prefix (Hunspell's twofold affixes).
package struct AffixRules: Sendable {
    /// One `SFX` or `PFX` line.
    struct Affix: Sendable {
        var strip: [Unicode.Scalar]
        var add: [Unicode.Scalar]
        var continuation: [String]
        var condition: [ConditionElement]
    }

    /// One position of a condition: a set of characters, negated or not (`.` is an empty
    /// negated set).
    struct ConditionElement: Sendable {
        var scalars: Set<Unicode.Scalar>
        var negated: Bool

        func matches(_ scalar: Unicode.Scalar) -> Bool { scalars.contains(scalar) != negated }
    }

    /// The affixes of one flag.
    struct Rule: Sendable {
        var isSuffix: Bool
        var crossProduct: Bool
        var affixes: [Affix] = []
    }

    enum FlagType: Sendable { case single, long, numeric, utf8 }

    var flagType = FlagType.single
    var aliases: [[String]] = []
    var rules: [String: Rule] = [:]
    var needAffix: String?
    var forbidden: String?
    var onlyInCompound: String?

    /// The rules of the `.aff` text `text`.
    package init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2 else { continue }
            switch fields[0] {
            case "FLAG":
                switch fields[1] {
                case "long": flagType = .long
                case "num": flagType = .numeric
                case "UTF-8": flagType = .utf8
                default: break
                }
            case "AF" where fields.count == 2 && Int(fields[1]) != nil: continue
            case "AF": aliases.append(flags(fields[1]))
            case "NEEDAFFIX": needAffix = String(fields[1])
            case "FORBIDDENWORD": forbidden = String(fields[1])
            case "ONLYINCOMPOUND": onlyInCompound = String(fields[1])
            case "SFX", "PFX":
                let flag = String(fields[1])
                guard fields.count >= 4 else { continue }
                if rules[flag] == nil {
                    // The header: flag, cross product, count.
                    rules[flag] = Rule(isSuffix: fields[0] == "SFX", crossProduct: fields[2] == "Y")
                    continue
                }
                let strip = fields[2] == "0" ? [] : Array(fields[2].unicodeScalars)
                var add = Substring(fields[3]), continuation: [String] = []
                if let slash = add.firstIndex(of: "/") {
                    continuation = flagList(add[add.index(after: slash)...])
                    add = add[..<slash]
                }
                let condition = fields.count >= 5 ? Self.condition(fields[4]) : []
                // A prefix that adds anything but letters (the French elisions "l'", "qu'")
                // makes forms that fold to two words: left out.
                let added = add == "0" ? [] : Array(add.unicodeScalars)
                if fields[0] == "PFX", !added.allSatisfy(\.properties.isAlphabetic) { continue }
                rules[flag]!.affixes.append(Affix(strip: strip, add: added, continuation: continuation, condition: condition))
            default: continue
            }
        }
    }

    /// The flags written `text` in an entry or after an affix: an `AF` alias's number, or
    /// flags in the file's `FLAG` format.
    func flagList(_ text: Substring) -> [String] {
        if !aliases.isEmpty, let n = Int(text), n >= 1, n <= aliases.count { return aliases[n - 1] }
        return flags(text)
    }

    func flags(_ text: Substring) -> [String] {
        switch flagType {
        case .single, .utf8: return text.map { String($0) }
        case .numeric: return text.split(separator: ",").map(String.init)
        case .long:
            var out: [String] = [], rest = text
            while !rest.isEmpty {
                out.append(String(rest.prefix(2)))
                rest = rest.dropFirst(2)
            }
            return out
        }
    }

    /// A condition: `.` any character, `[abc]` one of them, `[^abc]` none of them, else that
    /// character.
    static func condition(_ text: Substring) -> [ConditionElement] {
        if text == "." { return [] }
        var out: [ConditionElement] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.popFirst() {
            switch first {
            case ".": out.append(ConditionElement(scalars: [], negated: true))
            case "[":
                var set = Set<Unicode.Scalar>(), negated = false
                if scalars.first == "^" {
                    negated = true
                    scalars.removeFirst()
                }
                while let next = scalars.popFirst(), next != "]" { set.insert(next) }
                out.append(ConditionElement(scalars: set, negated: negated))
            default: out.append(ConditionElement(scalars: [first], negated: false))
            }
        }
        return out
    }

    /// Every form of the entry `word` with `flags` (the entry itself unless it needs an
    /// affix), as Hunspell would accept it, but for the prefixes left out (elisions).
    package func forms(of word: String, flags: [String]) -> [String] {
        if let forbidden, flags.contains(forbidden) { return [] }
        if let onlyInCompound, flags.contains(onlyInCompound) { return [] }
        let root = Array(word.unicodeScalars)
        var out: [[Unicode.Scalar]] = []
        if needAffix.map(flags.contains) != true { out.append(root) }
        let ruleList = flags.compactMap { rules[$0] }
        var suffixed: [(form: [Unicode.Scalar], crossProduct: Bool)] = []
        for rule in ruleList where rule.isSuffix {
            for affix in rule.affixes {
                guard let form = Self.applySuffix(affix, to: root) else { continue }
                if needAffix.map(affix.continuation.contains) != true { out.append(form) }
                suffixed.append((form, rule.crossProduct))
                for next in affix.continuation.compactMap({ rules[$0] }) {
                    for other in next.affixes {
                        if next.isSuffix {
                            if let twice = Self.applySuffix(other, to: form) { out.append(twice) }
                        } else if rule.crossProduct, next.crossProduct, let both = Self.applyPrefix(other, to: form) {
                            out.append(both)
                        }
                    }
                }
            }
        }
        for rule in ruleList where !rule.isSuffix {
            for affix in rule.affixes {
                guard let form = Self.applyPrefix(affix, to: root) else { continue }
                out.append(form)
                guard rule.crossProduct else { continue }
                for (other, cross) in suffixed where cross {
                    if let both = Self.applyPrefix(affix, to: other, condition: root) { out.append(both) }
                }
            }
        }
        return out.map(Self.string)
    }

    /// The string of `scalars`, through their UTF-8 bytes (faster than a scalar view).
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + 4)
        for scalar in scalars {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes.append(contentsOf: UTF8.encode(scalar)!) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func applySuffix(_ affix: Affix, to word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard word.count >= affix.condition.count, word.count >= affix.strip.count,
            word.suffix(affix.strip.count).elementsEqual(affix.strip),
            zip(word.suffix(affix.condition.count), affix.condition).allSatisfy({ $1.matches($0) })
        else { return nil }
        return Array(word.dropLast(affix.strip.count)) + affix.add
    }

    /// `word` with the prefix `affix`, its condition checked on `condition` (the entry, when
    /// `word` is the entry with a suffix).
    static func applyPrefix(_ affix: Affix, to word: [Unicode.Scalar], condition: [Unicode.Scalar]? = nil) -> [Unicode.Scalar]? {
        let checked = condition ?? word
        guard checked.count >= affix.condition.count,
            word.count >= affix.strip.count, word.prefix(affix.strip.count).elementsEqual(affix.strip),
            zip(checked.prefix(affix.condition.count), affix.condition).allSatisfy({ $1.matches($0) })
        else { return nil }
        return affix.add + word.dropFirst(affix.strip.count)
    }
}
