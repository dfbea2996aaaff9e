import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySite
@testable import GlossaryStore

/// What the site's search knows of words beyond the content, computed at build time: real
/// French and English words (``SpellingFilter``), how terms write corrected words, which index
/// files exist (the key files), and the script as pages load it (``ScriptMinifier``).
@Suite("Site search words")
struct SiteSearchWordsTests {
    @Test("the key files list every index file, and only those, and where each is packed")
    func keyFiles() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let folder = out.appendingPathComponent("search")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let index = SearchIndex(knowledgeBase: kb)
        let layout = index.layout()
        var listed = Set<String>()
        // The file holding each file that is not its own, as the key files and q.js tell the page.
        var packed: [String: String] = [:]
        let keys = index.keyFiles()
        for (prefix, text) in keys {
            #expect(names.contains("k-" + SearchIndex.encoded(prefix) + ".js"), "\(prefix)")
            let start = text.firstIndex(of: "{")!, end = text.lastIndex(of: "}")!
            let kinds = try #require(try JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: String])
            func name(_ kind: String, _ key: String) -> String? {
                switch kind {
                case "s": SearchIndex.fileName(forKey: key)
                case "r": "r-\(key).js"
                case "b": "b-\(key).js"
                case "w": SearchIndex.vocabularyFileName("\(key)-\(prefix)", second: true)
                default: nil
                }
            }
            for (kind, list) in kinds where kind != "p" {
                for key in list.split(separator: " ").map(String.init) {
                    if let file = name(kind, key) { listed.insert(file) } else { #expect(["ss", "rs"].contains(kind), "\(kind)") }
                }
            }
            for pack in (kinds["p"] ?? "").split(separator: "|") {
                let files = pack.split(separator: " ").map { member in
                    let parts = member.split(separator: ":", maxSplits: 1).map(String.init)
                    return name(parts[0], parts[1]) ?? "?"
                }
                #expect(files.count > 1 && ["s", "r", "w"].contains { pack.hasPrefix($0 + ":") })
                for file in files.dropFirst() { packed[file] = files[0] }
            }
        }
        // v- files: every length up to the longest word of each first letter (q.js `vmax`),
        // packed as q.js `vp` says.
        let query = try SiteTestSupport.read(folder.appendingPathComponent("q.js"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(query.dropFirst("GLOSSARY_QUERY(".count).dropLast(3).utf8)) as? [String: Any])
        let starts = try #require(json["vp"] as? [String: String])
        for (letter, longest) in index.vocabularyLengths {
            let firsts = (starts[letter] ?? "").split(separator: " ").compactMap { Int($0) }
            var first = 1
            for n in 1...longest {
                let file = SearchIndex.vocabularyFileName("\(n)-\(letter)")
                listed.insert(file)
                if firsts.contains(n) { first = n }
                if !firsts.isEmpty, first != n { packed[file] = SearchIndex.vocabularyFileName("\(first)-\(letter)") }
            }
        }
        #expect(packed == layout.holder, "the page finds each file where it was written")
        #expect(!packed.isEmpty, "some files are packed")
        // index.js's bitmap names exactly the key files.
        let bitmap = SearchIndex.keyBitmap(Array(keys.keys))
        #expect(try SiteTestSupport.read(folder.appendingPathComponent("index.js")).contains(bitmap.bits))
        let indexed = names.filter { name in !["index.js", "q.js"].contains(name) && !name.hasPrefix("k-") && !name.hasPrefix("d-") }
        let written = Set(listed.map { packed[$0] ?? $0 })
        #expect(
            written == indexed,
            "listed but missing: \(written.subtracting(indexed).sorted().prefix(5)); unlisted: \(indexed.subtracting(written).sorted().prefix(5))")
        #expect(names.contains { $0.hasPrefix("w-") }, "second-letter vocabulary written")
        // Each file is in its pack's file exactly once, as its own file would have been.
        let contents = Dictionary(uniqueKeysWithValues: layout.files.map { ($0.name, $0.contents) })
        for pack in index.prefixPacks().values.joined() {
            #expect(contents[pack.name] == pack.members.map(\.contents).joined())
            #expect(pack.members.count == 1 || pack.contents.utf8.count <= SearchPack.budget)
        }
    }

    @Test("files are packed in order, each pack up to the budget, a larger file alone")
    func packs() {
        func member(_ n: Int, _ size: Int) -> SearchPack.Member { .init(code: "s:\(n)", name: "s-\(n).js", contents: String(repeating: "x", count: size)) }
        let members = [member(1, 5), member(2, 5), member(3, 1), member(4, 20), member(5, 3), member(6, 10), member(7, 10)]
        let packs = SearchPack.packs(members, budget: 10)
        #expect(packs.map { $0.members.map(\.code) } == [["s:1", "s:2"], ["s:3"], ["s:4"], ["s:5"], ["s:6"], ["s:7"]])
        #expect(packs.map(\.name) == ["s-1.js", "s-3.js", "s-4.js", "s-5.js", "s-6.js", "s-7.js"])
        #expect(packs[0].contents == String(repeating: "x", count: 10))
        #expect(SearchPack.packs([], budget: 10).isEmpty)
        #expect(SearchPack.packs(members, budget: 1_000).count == 1)
    }

    @Test("the vocabulary is the CLI's, and by second and third letters for first-letter typos")
    func vocabulary() throws {
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let index = SearchIndex(knowledgeBase: kb)
        let words = Set(index.vocabulary.values.joined())
        let cli = Set(kb.concepts.flatMap { ConceptRows.vocabulary(of: $0).map(\.word) })
        #expect(words == cli)
        // The index's words alone (no surfaces) are the CLI's vocabulary's, in order.
        #expect(kb.concepts.allSatisfy { ConceptRows.vocabularyWords(of: $0) == ConceptRows.vocabulary(of: $0).map(\.word) })
        #expect(index.secondLetter["11-nf"]?.contains("infogerance") == true)
        #expect(Set(index.secondLetter.values.joined()) == words.filter { $0.unicodeScalars.count > 2 })
    }

    @Test(
        "the spelling filter holds the dictionaries' forms, and agrees with the library's check",
        .enabled(if: SpellingDictionary.isAvailable, "hunspell-fr and hunspell-en-us are not installed"))
    func spellingFilter() throws {
        let filter = SpellingFilter()
        #expect(filter.shards.count > 50)
        // Files of similar size: a key of four letters is never cut, and the largest ("deci…",
        // 3 600 forms of décider, décimer…) holds under five times the budget.
        #expect(filter.shards.values.allSatisfy { $0.utf8.count < 5 * SpellingFilter.shardBudget }, "files of similar size")
        // Every element is in its shard's filter (no false negatives), by the page's hashing.
        func contains(_ element: String) -> Bool {
            guard let key = filter.shardKey(for: element), let text = filter.shards[key] else { return false }
            let base64 = text.split(separator: "\"")[3]
            let bytes = [UInt8](Data(base64Encoded: String(base64))!)
            return SpellingFilter.positions(element, bits: bytes.count * 8).allSatisfy { bytes[$0 >> 3] & (1 << UInt8($0 & 7)) != 0 }
        }
        let forms = SpellingDictionary.knownForms.words.filter { $0.count >= 4 && SpellingFilter.isPlain($0) }
        for word in forms.enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) { #expect(contains(word), "\(word)") }
        // The page's answer is the library's (SpellingDictionary.knows) on real words, inflected
        // or not, and on typos of them, but for the filter's rare false positives.
        let sample = ["relocalisation", "relocaliser", "libertes", "outsourcing", "hebergees", "organised"] + SpellingDictionaryTests.typos
        #expect(sample.filter { contains($0) != SpellingDictionary.knows($0) }.count <= 1)
        let typos = forms.enumerated().filter { $0.offset % 211 == 0 }.map { String($0.element.dropLast()) + "q" }.filter { !SpellingDictionary.knows($0) }
        #expect(typos.count > 1_000 && typos.filter(contains).count < typos.count / 200)
        // False positives: under 0.5 % of strings that are no element.
        let strangers = (0..<4000).map { "qzx" + String($0, radix: 7) + "wv" }
        #expect(strangers.filter(contains).count < 20)
    }

    @Test("the script loads without comments or indentation, and smaller")
    func minified() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.fixtureContent)
        let shipped = try SiteTestSupport.read(out.appendingPathComponent("assets/search.js"))
        let source = try SiteTestSupport.read(URL(fileURLWithPath: SiteTestSupport.siteDirectory).appendingPathComponent("assets/search.js"))
        #expect(shipped.utf8.count < source.utf8.count * 4 / 5)
        for line in shipped.split(separator: "\n") {
            #expect(!line.hasPrefix(" ") && !line.hasPrefix("//") && !line.hasPrefix("/*") && !line.hasPrefix("*"), "\(line)")
        }
        #expect(ScriptMinifier.minify("a();\n  /* x\n   * y */\n  // z\n  var s = '// kept';\n\n") == "a();\nvar s = '// kept';\n")
    }

    @Test(
        "the page knows real words, corrects typos as terms write them, even in the first letter, and asks for no missing file",
        .enabled(if: nodePath != nil && SpellingDictionary.isAvailable, "node or the hunspell dictionaries are not installed"))
    func page() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let queries = [
            "relocalisation", "parité", "externaliser", "hébergeur", "infogerence", "nfogérance", "xnearshore", "ofshore",
            "externalisatoin", "l'externalisation", "zzzzzz qqqq", "日本語", "consup dataagehost", "recensées"
        ]
        let response = try SiteSearchScriptTests().run(
            site: out, search: queries,
            known: [
                "relocalisation", "relocaliser", "externaliser", "hebergeurs", "offshore",
                "externalisatoin", "infogerence", "nfogerance", "ofshore"
            ])
        #expect(response.known == [true, true, true, true, true, false, false, false, false])
        let byQuery = Dictionary(uniqueKeysWithValues: response.search.map { ($0.query, $0) })
        // A real word that names no concept: said so, near concepts as "see also" only.
        let relocalisation = try #require(byQuery["relocalisation"])
        #expect(relocalisation.unnamed == ["relocalisation"])
        #expect(relocalisation.seeAlso.contains("delocalisation"))
        #expect(!relocalisation.ids.contains("delocalisation"))
        #expect(relocalisation.corrected == nil)
        // A real word whose stem is nowhere in the content: no result at all, only "see also".
        let parite = try #require(byQuery["parité"])
        #expect(parite.unnamed == ["parité"], "as typed, accents kept")
        #expect(parite.ids.isEmpty)
        // A real word in a form no text holds ("recensées"; a definition says "recense"): the
        // texts holding its stem, the token that starts it, are its results.
        let recensees = try #require(byQuery["recensées"])
        #expect(recensees.unnamed == ["recensées"])
        #expect(recensees.ids.contains("analyse-risques"))
        // Word families through Snowball's stems.
        #expect(byQuery["externaliser"]?.ids.first == "externalisation")
        #expect(byQuery["hébergeur"]?.ids.first == "hebergement")
        // Corrections as the terms write them, first letter included.
        #expect(byQuery["infogerence"]?.corrected == "infogérance")
        #expect(byQuery["nfogérance"]?.ids.first == "infogerance")
        #expect(byQuery["nfogérance"]?.corrected == "infogérance")
        #expect(byQuery["xnearshore"]?.ids.first == "nearshore")
        #expect(byQuery["xnearshore"]?.corrected == "nearshore")
        #expect(byQuery["ofshore"]?.ids.first == "offshore")
        #expect(byQuery["externalisatoin"]?.ids.first == "externalisation")
        #expect(byQuery["l'externalisation"]?.ids.first == "externalisation")
        #expect(response.missing == [], "files asked for that do not exist: \(response.missing)")
    }
}
