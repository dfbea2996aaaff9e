import Foundation
import GlossaryModel
import GlossarySite

/// `glossary-bench --shortcuts CONTENT`: each speed path that shadows a library or Foundation,
/// timed against what it replaces over the texts of a content folder (the site benchmark's,
/// `Benchmarks/site/shortcuts.sh`), on one thread, in CPU time of that thread (steady on a
/// loaded machine), best of several passes; and the outputs compared, which must be equal.
struct Shortcuts {
    let knowledgeBase: KnowledgeBase
    let passes = 7

    /// One comparison: the shortcut's and the replaced way's seconds over the same inputs.
    struct Row: Encodable {
        var name: String
        var inputs: Int
        var shortcutSeconds: Double
        var replacedSeconds: Double
        var replacedBy: String
        var sameOutput: Bool
    }

    func rows() -> [Row] {
        let concepts = knowledgeBase.concepts
        let headwords = Dictionary(uniqueKeysWithValues: concepts.map { ($0.id, $0) })
        var markdown: [(Language, String)] = []
        var strings: [String] = []
        for concept in concepts {
            for language in Language.allCases {
                let section = concept[language]
                markdown += ([section.definition] + section.notes + section.examples).map { (language, $0) }
                strings += section.terms.map(\.text) + [section.definition] + section.notes + section.examples
            }
        }
        func renderer(_ language: Language) -> MarkdownRenderer {
            MarkdownRenderer { link in
                guard let target = headwords[link.id] else { return nil }
                return (link.label ?? target.headword(language), "\(link.id).html")
            }
        }
        let renderers = [Language.fr: renderer(.fr), .en: renderer(.en)]

        var rows: [Row] = []
        // Markdown: the plain path (most texts) with Ink for the rest, against Ink for all.
        let plain = measure { markdown.map { renderers[$0.0]!.html($0.1) } }
        let ink = measure { markdown.map { renderers[$0.0]!.inkHTML($0.1) } }
        rows.append(
            Row(
                name: "Markdown (plain path, else Ink)", inputs: markdown.count, shortcutSeconds: plain.seconds,
                replacedSeconds: ink.seconds, replacedBy: "Ink for every text", sameOutput: plain.value == ink.value))

        // Trimming, as the YAML reader trims every scalar.
        let ours = measure { strings.map(\.trimmed) }
        let foundation = measure { strings.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } }
        rows.append(
            Row(
                name: "trimming (String.trimmed)", inputs: strings.count, shortcutSeconds: ours.seconds,
                replacedSeconds: foundation.seconds, replacedBy: "Foundation trimmingCharacters(in: .whitespacesAndNewlines)",
                sameOutput: ours.value == foundation.value))

        // HTML escaping of every text the pages show.
        let bytes = measure {
            strings.map { text -> Int in
                var out: [UInt8] = []; HTML.escape(text, into: &out); return out.count
            }
        }
        let string = measure { strings.map { HTML.escape($0) } }
        let characters = measure { strings.map(Self.escapeByCharacter) }
        let replacing = measure { strings.map(Self.escapeByReplacing) }
        rows.append(
            Row(
                name: "HTML escaping to String (HTML.escape)", inputs: strings.count, shortcutSeconds: string.seconds,
                replacedSeconds: characters.seconds, replacedBy: "a loop over Characters (as swift-mustache escapes)",
                sameOutput: string.value == characters.value))
        rows.append(
            Row(
                name: "HTML escaping to String (HTML.escape)", inputs: strings.count, shortcutSeconds: string.seconds,
                replacedSeconds: replacing.seconds, replacedBy: "Foundation replacingOccurrences, five times",
                sameOutput: string.value == replacing.value))
        rows.append(
            Row(
                name: "HTML escaping to UTF-8 bytes (template renderer)", inputs: strings.count, shortcutSeconds: bytes.seconds,
                replacedSeconds: characters.seconds, replacedBy: "a loop over Characters (as swift-mustache escapes)",
                sameOutput: bytes.value == characters.value.map(\.utf8.count)))
        return rows
    }

    /// The least CPU time of this thread over `passes` runs of `work`, and its result.
    private func measure<T>(_ work: () -> T) -> (seconds: Double, value: T) {
        var best = Double.infinity
        var value: T?
        for _ in 0..<passes {
            let start = Self.threadCPUTime()
            let result = work()
            best = min(best, Self.threadCPUTime() - start)
            value = result
        }
        return (best, value!)
    }

    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func escapeByCharacter(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func escapeByReplacing(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
