import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySite

/// The site takes shortcuts for speed (Markdown without Ink, decimals without Foundation…);
/// each must give exactly what the long way gives, which these tests compare on awkward inputs.
@Suite("Site shortcuts")
struct SiteShortcutTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("Markdown without Markdown syntax is written as Ink writes it")
    func plainMarkdown() {
        let renderer = MarkdownRenderer { link in
            switch link.id {
            case "known": ("Known é", "known.html")
            case "marked": ("a*b", "marked.html")
            case "spaced": ("two  spaces", "spaced.html")
            case "mark": ("\u{301}x", "mark.html")
            default: nil
            }
        }
        var texts = [
            "Plain words, with punctuation: yes; no? (maybe) « oui » l’été.",
            "Words and a [[known]] link, and [[unknown|another]] one.", "[[known]] first", "last [[known]]",
            "[[known]][[known]]", "![[known]]", "x ![[known]]", "[[marked]] label", "[[spaced]] label", "x[[mark]]",
            "1. list", "12 monkeys", "½ cup", "# title", "- item", "+ item", "| table", "> quote", "< less", "!bang",
            "a  b", " lead", "trail ", "a\tb", "a\u{A0}b", "a \u{A0}b", "line\nbreak", "a\u{2028}b", "*em*", "_em_", "~~s~~",
            "`code`", "a\\b", "[x](y)", "a & b", "AT&T;", "&amp;", "&lt;b&gt;", "\"q\" 'a'", "<script>alert(1)</script>",
            "e\u{301}t\u{E9}", "'\u{301}", "&\u{301}", " \u{301}", "x \u{1F44D}\u{1F3FD}", "\u{600} x", "x\u{600}[[known]]",
            "a\u{200D}b", "", " ", "[[known]] ", "! [[known]]"
        ]
        let pieces = [
            "a", "é", "e\u{301}", " ", "\u{A0}", "\t", "\n", "*", "_", "`", "[", "]", "[[known]]", "[[unknown|x]]",
            "[[marked]]", "!", "#", "-", "1", "<", ">", "&", "\"", "'", "&amp;", "\\", "|", ")", ":", "\u{301}",
            "\u{1F3FD}", "\u{200D}", "\u{600}", "½", "«", "’", "\u{2028}", "word"
        ]
        var generator = Generator(state: 42)
        for _ in 0..<4000 {
            texts.append((0..<(1 + generator.next(8))).map { _ in pieces[generator.next(pieces.count)] }.joined())
        }
        for text in texts {
            #expect(renderer.html(text) == renderer.inkHTML(text), "\(text.debugDescription)")
            #expect(renderer.html(text, inline: true) == renderer.inkHTML(text, inline: true), "\(text.debugDescription)")
        }
    }

    @Test("the concept map writes decimals as %.1f does")
    func mapDecimals() {
        var values: [Double] = [0.05, 0.15, 0.25, 0.35, 2.25, 86.95, 128.55, 9.96, 99.95, 1.0, 450, 7.6, 0.1, 1e6 + 0.5, 3e7 + 0.25]
        for n in 1...7 {
            for i in 0..<n {
                let x = 900 * Double(i + 1) / Double(n + 1), y = 100 + 240 * Double(i + 1) / Double(n + 1)
                for length in 1...40 {
                    let w = Double(length) * ConceptMap.charWidth + 22
                    values += [x, y, x - w / 2, w, y + 5, y - 14, 125 - w / 2, 775 - w / 2]
                }
            }
        }
        var generator = Generator(state: 7)
        for _ in 0..<20_000 { values.append(Double(generator.next(10_000_000)) / 1000) }
        for value in values {
            let expected = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            #expect(ConceptMap.f(value) == expected, "\(value)")
        }
    }

    @Test("the text of rendered HTML, tags dropped and entities decoded")
    func textOfHTML() {
        /// What HTML.text(of:) did before it read bytes.
        func reference(_ html: String) -> String {
            var out = "", inTag = false
            for character in html {
                if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { out.append(character) }
            }
            return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let samples = [
            "<p>Plain <a href=\"x.html\">link</a> &amp;lt; &lt;b&gt; &quot;q&quot; &#39;a&#39; &amp;amp; &x; &</p>",
            " <p>été</p> ", "<p>a</p>\u{301}b", "a<\u{301}b>c", "\u{600}<b>x</b>", "<em>x", "x>y", "&amp&lt;", "&&lt;", ""
        ]
        for html in samples {
            #expect(HTML.text(of: html) == reference(html), "\(html.debugDescription)")
        }
    }

    @Test("trimming whitespace as Foundation's character sets do")
    func trimming() {
        let samples = [
            "", " ", "a", " a ", "\t a\tb \n", "\u{A0}a\u{202F}", "\u{3000}a\u{2028}", "\n\r\u{85}a\u{2029}\u{0B}",
            "a \u{301}", " \u{301}a", "\u{200B}a\u{200B}", "\u{FEFF}a", "é ", " \u{1680}x\u{2009}"
        ]
        let everyCharacter = (0...0x3100).compactMap(Unicode.Scalar.init).map { "\($0)a\($0)" } + ["\u{FEFF}a", "\u{E0020}a"]
        for text in samples + everyCharacter {
            #expect(text.trimming(newlines: false) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test("JSON strings escape quotes, backslashes, <, control characters and line separators")
    func jsonStrings() {
        #expect(
            JSON.string("a\"b\\c<d\u{1}e\u{1F}\u{2028}f\u{2029}g\u{2027}h é\n") == #""a\"b\\c\u003cd\u0001e\u001f\u2028f\u2029g"# + "\u{2027}h é" + #"\u000a""#)
        #expect(JSON.string("") == "\"\"")
        #expect(JSON.string("plain") == "\"plain\"")
    }

    @Test("relative links between pages")
    func relativePaths() {
        #expect(SitePaths.relative(from: "fr/concepts/a.html", to: "fr/concepts/b.html") == "b.html")
        #expect(SitePaths.relative(from: "fr/concepts/a.html", to: "fr/index.html") == "../index.html")
        #expect(SitePaths.relative(from: "fr/concepts/a.html", to: "en/concepts/a.html") == "../../en/concepts/a.html")
        #expect(SitePaths.relative(from: "fr/a-z.html", to: "fr/concepts/a.html") == "concepts/a.html")
        #expect(SitePaths.relative(from: "index.html", to: "fr/index.html") == "fr/index.html")
        #expect(SitePaths.relative(from: "fr/index.html", to: "index.html") == "../index.html")
        #expect(SitePaths.relative(from: "fr/concepts/a.html", to: "fr/concepts") == "../concepts")
    }

    @Test("a definition's summary over scalars is the one over characters")
    func summaries() {
        var texts = [
            "", " ", "One sentence. Two sentences.", "No period at the end", "Ends here.", ". lead", "a . b", "a.b. c",
            "*Marked* _words_ and `code`. Next.", "a *. b", "a.* b", "a. * b", "a\r\nb. c", "a\u{A0}b.\u{A0}c", "a\u{202F}b",
            "l’été « oui » — non… 10 €", "e\u{301}t\u{E9}. x", " \u{301}x", ".\u{301} x", "*\u{301}", "a\u{200D} b",
            "\u{600} x. y", "x\u{1F44D}\u{1F3FD}. y", "a\u{85}b\u{AD}c", String(repeating: "word ", count: 60),
            String(repeating: "x", count: 200), String(repeating: "é", count: 170) + " a", String(repeating: "ab ", count: 53) + "c.d",
            String(repeating: "a", count: 159) + " " + String(repeating: "b", count: 10),
            String(repeating: "a", count: 160) + " b", String(repeating: "a", count: 161) + " b. c"
        ]
        let pieces = [
            "a", "é", "e\u{301}", " ", "  ", "\u{A0}", "\u{202F}", "\u{2009}", "\t", "\n", "\r\n", "\r", "\u{85}", "\u{2028}",
            "*", "_", "`", ".", ". ", ".", "’", "«", "»", "—", "…", "€", "™", "\u{301}", "\u{AD}", "\u{200D}", "\u{600}",
            "\u{1F3FD}", "\u{1F44D}", "\u{3000}", "word", "longerword", "ab cd ef gh"
        ]
        var generator = Generator(state: 7)
        for _ in 0..<6000 {
            texts.append((0..<(1 + generator.next(60))).map { _ in pieces[generator.next(pieces.count)] }.joined())
        }
        for text in texts {
            #expect(SiteModel.summary(of: text) == SiteModel.summaryByCharacters(of: text), "\(text.debugDescription)")
        }
    }

    @Test("display typography over scalars gives what it gives over characters")
    func typographyScalars() {
        var texts = [
            "l'été : oui ; non ! quoi ? « citation » «x» « y »", "a :b", "a\u{A0}:", "a \u{A0}!", "«»", "« »", "«\u{A0}x»", "x »",
            "x\u{202F}»", "'\u{301}", " \u{301}:", "«\u{301}", "\r\n:", "a\r\n'", "https://x", "10:30", "C#:", "", "'", ":",
            "\u{1F44D}\u{1F3FD} !", "x\u{200D} ?", "é ? è !"
        ]
        let pieces = [
            "a", "é", "e\u{301}", " ", "\u{A0}", "\u{202F}", "\t", "\n", "\r", "\r\n", "'", ";", ":", "!", "?", "«", "»", "’", "&",
            "\u{301}", "\u{1F3FD}", "\u{200D}", "\u{600}", "\u{2028}", "\u{2009}", "—", "€", "word", "ſ", "\u{3000}", "\u{AD}"
        ]
        var generator = Generator(state: 11)
        for _ in 0..<6000 {
            texts.append((0..<(1 + generator.next(12))).map { _ in pieces[generator.next(pieces.count)] }.joined())
        }
        for text in texts {
            for language in Language.allCases {
                let fast = Typography.textByScalars(text, language: language)
                #expect(
                    (fast ?? Typography.textByCharacters(text, language: language)) == Typography.textByCharacters(text, language: language),
                    "\(text.debugDescription)")
                #expect(Typography.text(text, language: language) == Typography.textByCharacters(text, language: language))
            }
        }
        // The fast path takes the texts it is for.
        #expect(Typography.textByScalars("l'été : « oui »", language: .fr) != nil)
    }

    @Test("wiki links found over contiguous bytes are those found stepping string indices")
    func wikiLinks() {
        var texts = [
            "", "[[", "]]", "[[]]", "[[a]]", "x [[a|b]] y [[c]]", "[[a", "a]]", "[[[a]]]", "[[a]]]]", "[[ a | b | c ]]", "[[é|\u{301}]]",
            "[[a\u{301}]]", "[\u{301}[a]]", "[[a]\u{301}]", "é[[x]]è", "[[x]][[y]]", "[[|]]", "\u{1F44D}[[x|\u{1F3FD}]]"
        ]
        let pieces = ["[", "]", "[[", "]]", "|", "a", "é", "e\u{301}", "\u{301}", " ", "\u{1F44D}", "id", "\n"]
        var generator = Generator(state: 5)
        for _ in 0..<6000 {
            texts.append((0..<(1 + generator.next(14))).map { _ in pieces[generator.next(pieces.count)] }.joined())
        }
        for text in texts {
            #expect(WikiLink.all(in: text) == WikiLink.allByIndices(in: text), "\(text.debugDescription)")
        }
        #expect(WikiLink.all(in: "a [[b|c]]").map(\.label) == ["c"])
    }
}
