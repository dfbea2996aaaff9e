/// Several of the search index's files written as one: the files a page asks for stay the same
/// (each still one `GLOSSARY_…(key, …);` call, see ``SearchIndex``), but neighbours are
/// concatenated into the file of the first of them, up to ``budget`` bytes.
///
/// At 10 000 concepts the index was 18 180 files, half of the whole site's, and creating,
/// linking and deleting files was about a tenth of the build's CPU (kernel); packed, it is
/// about 3 000 files, and a query loads about as many files as before, each larger (see
/// BENCHMARKS.md, "the site's search files packed": bytes a query loads before and after).
///
/// search.js learns where a file is before asking for it: the term, ranked and second-letter
/// vocabulary files of a two-letter prefix are packed together, in the order of their keys,
/// and the key file of that prefix lists each pack of more than one file (`p`); the vocabulary
/// files of a first letter are packed by length, and `q.js` gives the first length of each pack
/// (`vp`).
struct SearchPack {
    /// One file of the index as search.js asks for it: how the key file names it (`s:key`,
    /// `r:key`, `w:length`), its name and its contents.
    struct Member {
        var code: String
        var name: String
        var contents: String
    }

    /// Bytes of files packed together: a pack is cut before the file that would take it past
    /// this (a larger file is a pack of its own).
    static let budget = 16_000

    var members: [Member]

    /// The pack's file name: its first member's.
    var name: String { members[0].name }

    /// The pack's contents: its members' one after another.
    var contents: String {
        var out = ""
        out.reserveCapacity(members.reduce(0) { $0 + $1.contents.utf8.count })
        for member in members { out += member.contents }
        return out
    }

    /// `members`, in order, cut into packs of up to ``budget`` bytes.
    static func packs(_ members: [Member], budget: Int = Self.budget) -> [SearchPack] {
        var packs: [SearchPack] = []
        var current: [Member] = []
        var bytes = 0
        for member in members {
            let size = member.contents.utf8.count
            if !current.isEmpty, bytes + size > budget {
                packs.append(SearchPack(members: current))
                current = []
                bytes = 0
            }
            current.append(member)
            bytes += size
        }
        if !current.isEmpty { packs.append(SearchPack(members: current)) }
        return packs
    }
}
