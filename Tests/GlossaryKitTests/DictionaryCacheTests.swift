import Foundation
import GlossaryTestSupport
import Testing

@testable import GlossaryModel
@testable import GlossaryStore

/// The dictionaries' words and stems kept in the user's cache (``DictionaryCache``): the
/// same words as reading the `.dic` files, read again when these change or the file is not
/// exactly what was written.
@Suite("Dictionary cache")
struct DictionaryCacheTests {
    /// A folder with small French and English dictionaries, and the cache path in it.
    func dictionaries() throws -> (folder: URL, files: [(Language, String)], cache: String) {
        let folder = TestScratch.path("dictionary-cache")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let french = folder.appendingPathComponent("fr.dic"), english = folder.appendingPathComponent("en.dic")
        try Data("5\nexternalisation/S.\nrelocaliser/a1\nÉté\nservices\nd'abord\n".utf8).write(to: french)
        try Data("3\noutsourcing/M\nservices\nonshore\n".utf8).write(to: english)
        try Data("SET UTF-8\n".utf8).write(to: folder.appendingPathComponent("fr.aff"))
        return (folder, [(.fr, french.path), (.en, english.path)], folder.appendingPathComponent("cache/dictionaries.txt").path)
    }

    @Test("a first load writes the cache, a second reads it: both give the words of the files")
    func writesThenReads() throws {
        let (folder, files, cache) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = DictionaryWords.read(files)
        #expect(fresh.words == ["externalisation", "relocaliser", "ete", "services", "outsourcing", "onshore"])
        #expect(fresh.languages == [1, 1, 1, 3, 2, 2])
        #expect(fresh.french[0] == Stemmer(.fr).stem("externalisation") && fresh.english[4] == Stemmer(.en).stem("outsourcing"))
        #expect(DictionaryCache.load(files, cache: cache) == fresh)
        let written = try #require(FileManager.default.contents(atPath: cache))
        #expect(DictionaryCache.decode(written, key: DictionaryCache.key(files)) == fresh)
        #expect(DictionaryCache.load(files, cache: cache) == fresh)
        // Atomically: nothing beside the cache file in its folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: (cache as NSString).deletingLastPathComponent) == ["dictionaries.txt"])
    }

    @Test("a changed .dic or .aff (size or modification time) is read again")
    func invalidatedWhenFilesChange() throws {
        let (folder, files, cache) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = DictionaryCache.load(files, cache: cache)
        let french = files[0].1
        try Data("2\nexternalisation\ninfogerance\n".utf8).write(to: URL(fileURLWithPath: french))
        let changed = DictionaryCache.load(files, cache: cache)
        #expect(changed.words.contains("infogerance") && !changed.words.contains("relocaliser"))
        #expect(changed == DictionaryWords.read(files))
        // Same size, another word and another modification time.
        try Data("2\nexternalisation\ninfogerancf\n".utf8).write(to: URL(fileURLWithPath: french))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: french)
        #expect(DictionaryCache.load(files, cache: cache).words.contains("infogerancf"))
        // The .aff beside it is part of the key.
        let before = DictionaryCache.key(files)
        try Data("SET UTF-8\nTRY abc\n".utf8).write(to: URL(fileURLWithPath: String(french.dropLast(4)) + ".aff"))
        #expect(DictionaryCache.key(files) != before)
    }

    @Test("a corrupt, truncated or foreign cache file is rebuilt, never trusted")
    func corruptFileRebuilt() throws {
        let (folder, files, cache) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = DictionaryCache.load(files, cache: cache)
        let good = try #require(FileManager.default.contents(atPath: cache))
        let key = DictionaryCache.key(files)
        // One letter of a stem changed, the length kept: the body's hash tells.
        var altered = good
        let at = try #require(altered.lastIndex(of: UInt8(ascii: "r")))
        altered[at] = UInt8(ascii: "x")
        let corrupt: [Data] = [altered, good.prefix(good.count - 7), Data(), Data("glossary-dictionary 1 0 1 0\nword\tw\tw\t1\n".utf8)]
        for data in corrupt {
            #expect(DictionaryCache.decode(data, key: key) == nil)
            try data.write(to: URL(fileURLWithPath: cache))
            #expect(DictionaryCache.load(files, cache: cache) == fresh)
            #expect(FileManager.default.contents(atPath: cache) == good, "rewritten")
        }
        // Written for other files: not these words.
        #expect(DictionaryCache.decode(good, key: key + "x") == nil)
    }

    @Test("a cache that cannot be written is no error, and a folder in its place is left alone")
    func unwritableCache() throws {
        let (folder, files, cache) = try dictionaries()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        #expect(DictionaryCache.load(files, cache: cache) == DictionaryWords.read(files))
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: cache, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test(
        "the cached stems of the installed dictionaries are Snowball's, and the spelling sets those of the files",
        .enabled(if: SpellingDictionary.isAvailable, "hunspell-fr and hunspell-en-us are not installed"))
    func installedDictionaries() {
        let list = SpellingDictionary.list
        let french = Stemmer(.fr), english = Stemmer(.en)
        #expect(list.words.indices.allSatisfy { list.french[$0] == french.stem(list.words[$0]) && list.english[$0] == english.stem(list.words[$0]) })
        let found = SpellingDictionary.files.compactMap { language, paths in
            paths.first(where: { FileManager.default.isReadableFile(atPath: $0) }).map { (language, $0) }
        }
        #expect(list == DictionaryWords.read(found))
        #expect(SpellingDictionary.entries == Set(list.words))
        #expect(SpellingDictionary.knows("relocalisation") && SpellingDictionary.knows("onshore"))
    }
}
