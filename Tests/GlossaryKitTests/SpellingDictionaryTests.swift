import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// The word check typo correction relies on (``SpellingDictionary``, ``DictionaryForms``,
/// ``AffixRules``): every form Hunspell accepts is known, folded, and a typo of one is not.
@Suite("Spelling dictionary")
struct SpellingDictionaryTests {
    /// Small dictionaries in the installed ones' formats (French: long flags, elisions,
    /// NEEDAFFIX; English: one-letter flags, a cross-product prefix), and a cache path.
    func dictionaries() throws -> (folder: URL, files: [(Language, String)], cache: String) {
        let folder = TestScratch.path("spelling-forms")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let frenchAff = """
            SET UTF-8
            FLAG long
            NEEDAFFIX ()
            FORBIDDENWORD {}
            PFX L' Y 2
            PFX L' 0 l' [aeéiou]
            PFX L' 0 L' [AEÉIOU]
            SFX S. Y 1
            SFX S. 0 s/L' [^sxz]
            SFX F. Y 4
            SFX F. é ée/S. é
            SFX F. é és é
            SFX F. er é/F. er
            SFX F. er ons/() er
            SFX R. Y 1
            SFX R. ons ons/S. ons
            """
        let french = folder.appendingPathComponent("fr.dic"), english = folder.appendingPathComponent("en.dic")
        try Data(frenchAff.utf8).write(to: folder.appendingPathComponent("fr.aff"))
        try Data("5\nliberté/S.L'\nrelocaliser/F.\nÉté\ninterdit/{}\ncontrat/()S.\n".utf8).write(to: french)
        let englishAff = """
            SET UTF-8
            PFX A Y 1
            PFX A 0 re .
            SFX D Y 2
            SFX D 0 d e
            SFX D y ied [^aeiou]y
            SFX G Y 1
            SFX G e ing e
            """
        try Data(englishAff.utf8).write(to: folder.appendingPathComponent("en.aff"))
        try Data("2\noutsource/DGA\ncopy/D\n".utf8).write(to: english)
        return (folder, [(.fr, french.path), (.en, english.path)], folder.appendingPathComponent("cache/forms.txt").path)
    }

    @Test("each entry stands for its forms by the affix rules, folded; no more")
    func spellsOutForms() throws {
        let (folder, files, _) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = DictionaryForms.read(files)
        #expect(
            forms.words == [
                "^ete", "contrats", "copied", "copy", "liberte", "libertes", "outsource", "outsourced", "outsourcing", "relocalise",
                "relocalisee", "relocaliser", "relocalises", "reoutsource", "reoutsourced", "reoutsourcing"
            ])
        // Not the forbidden word, not "contrat" (it needs an affix), not an elided form (two
        // words folded), not a form whose condition fails ("copyd"), not "relocalisons" (its
        // affix needs another), not a third affix ("relocalisées": Hunspell strips two).
        for word in ["interdit", "contrat", "lliberte", "copyd", "copyed", "relocalisons", "relocalisees", "outsourceing"] {
            #expect(!forms.contains(word), "\(word)")
        }
        for word in forms.words { #expect(forms.contains(word), "\(word)") }
        #expect(!forms.contains("") && !forms.contains("a") && !forms.contains("zzz"))
        // An entry with a capital is a name: marked apart.
        #expect(forms.contains("^ete") && !forms.contains("ete"))
    }

    @Test("the forms are cached: written once, read back the same, rebuilt when altered or for other files")
    func cachedForms() throws {
        let (folder, files, cache) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = DictionaryForms.read(files)
        #expect(DictionaryCache.loadForms(files, cache: cache) == fresh)
        let good = try #require(FileManager.default.contents(atPath: cache))
        #expect(DictionaryCache.loadForms(files, cache: cache) == fresh)
        var altered = good
        altered[altered.count - 3] = UInt8(ascii: "x")
        for data in [altered, good.prefix(good.count - 4), Data(), Data("glossary-forms 1 0 1 0\nword\n".utf8)] {
            try data.write(to: URL(fileURLWithPath: cache))
            #expect(DictionaryCache.loadForms(files, cache: cache) == fresh)
            #expect(FileManager.default.contents(atPath: cache) == good, "rewritten")
        }
        // Unsorted or empty lines are no forms.
        #expect(DictionaryForms(bytes: Array("a\n\nb\n".utf8)) == nil && DictionaryForms(bytes: Array("a\nb".utf8)) == nil)
    }

    /// Real words, inflected, derived or typed without accents, and one-edit typos of the
    /// shipped content's terms that the earlier rule (an entry's Snowball stem) took for words.
    static let realWords = [
        "relocalisation", "internalisation", "libertes", "liberte", "reversibilite", "externaliser", "externalisons", "hebergeur",
        "hebergees", "sous", "traitance", "prestataires", "contractuelles", "outsourcing", "outsourced", "outsources", "offshoring",
        "organised", "behaviour", "servers", "hosting", "ordering", "committees", "comite", "integration"
    ]
    static let typos = ["comtie", "libretes", "integation", "odering", "externalsation", "prestatiare", "reversibilte", "outsorcing"]

    @Test(
        "real words of both languages are known, typos of them are not",
        .enabled(if: SpellingDictionary.isAvailable, "hunspell-fr and hunspell-en-us are not installed"))
    func installedDictionaries() {
        for word in Self.realWords { #expect(SpellingDictionary.knows(word), "\(word)") }
        for word in Self.typos { #expect(!SpellingDictionary.knows(word), "\(word)") }
        // A name is a word typed with a capital only: "clint" is a typo of "client".
        #expect(SpellingDictionary.knows("lille", typed: "Lille") && SpellingDictionary.knows("lille", typed: "LILLE"))
        #expect(!SpellingDictionary.knows("lille", typed: "lille") && !SpellingDictionary.knows("clint") && !SpellingDictionary.knows("clint", typed: "clint"))
        #expect(SpellingDictionary.knows("client", typed: "Client"), "a word is a word however typed")
        #expect(SpellingDictionary.knownForms.count > 400_000)
    }
}
