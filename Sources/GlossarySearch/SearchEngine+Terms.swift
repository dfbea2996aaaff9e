import GlossaryModel
import GlossaryStore

extension SearchEngine {
    /// Tiers 1 to 3: the words equal a term, start one, or are all in one. Each tier scores
    /// below the one before, so once `limit` concepts score above everything the next tier can
    /// give, it is skipped: the best `limit` results are the same, found sooner. With
    /// `everyHit`, nothing is skipped (see ``run(_:language:limit:tokens:everyHit:in:)``).
    ///
    /// A term that starts with the query's whole words ("hébergeur": "hébergeur de données de
    /// santé"; "outsource": "outsourced software development") is a longer compound the query
    /// does not name: it scores below a term of the query's own family (``sameStems``), so the
    /// base concept comes first, and above the words tier.
    func termTiers(
        _ words: [String], language: Language?, limit: Int, tokens: SearchTokens, everyHit: Bool, into hits: inout [String: Hit],
        in db: GlossaryIndex.Reader
    ) throws {
        guard !words.isEmpty else { return }
        let stems = words.map(TextFolding.stem)
        func offer(_ kind: SearchMatch.Kind, _ score: Double, _ row: GlossaryIndex.Reader.TermRow) {
            let match = SearchMatch(kind: kind, language: row.language, text: row.text, term: nil, words: words)
            Self.offer(row.conceptID, Hit(score: score * row.status.weight, match: match), into: &hits)
        }
        func settled(above floor: Double) -> Bool {
            hits.count >= limit && hits.values.count(where: { $0.score > floor }) >= limit
        }
        let compact = words.joined(), stemCompact = stems.joined()

        // 1. Whole query equals a term, exactly or but for plurals.
        for row in try db.termsEqual(compact: compact, stemCompact: stemCompact, language: language) {
            let kind: SearchMatch.Kind = row.compact == compact ? .exact : .plural
            offer(kind, kind == .exact ? 1.0 : 0.97, row)
        }
        // 2. A term starts with the query. A term scores at most 0.8 + 0.1 × share (preferred,
        // not starting with whole words): once `limit` concepts score more, it cannot change
        // the best `limit`, and is passed over unread.
        let typed = Double(compact.utf8.count)
        let canChange = { (compactBytes: Int) in everyHit || !settled(above: 0.8 + 0.1 * typed / Double(compactBytes)) }
        try db.termsStarting(with: compact, language: language, where: canChange) { row in
            let share = typed / Double(row.compact.utf8.count)
            if Self.startsWithWholeWords(words, of: row, tokens: tokens) {
                offer(.prefix, 0.7 + 0.02 * share, row)
            } else {
                offer(.prefix, 0.8 + 0.1 * share, row)
            }
        }
        if settled(above: 0.7) { return }
        // 3. Every word of the query is in a term (the last one may be unfinished).
        for row in try db.termsMatching(Self.ftsPattern(stems, lastIsPrefix: true), language: language) {
            let termWords = Double(row.stemmed.split(separator: " ").count)
            offer(.words, 0.6 + 0.1 * Double(stems.count) / max(termWords, 1), row)
        }
    }

    /// Whether `row`'s term is longer than `words` and starts with all of them as whole words
    /// (the last one in any inflection: "outsource" starts "outsourced software development").
    static func startsWithWholeWords(_ words: [String], of row: GlossaryIndex.Reader.TermRow, tokens: SearchTokens) -> Bool {
        let termWords = TextFolding.words(row.text)
        guard let last = words.last, termWords.count > words.count else { return false }
        for (word, termWord) in zip(words.dropLast(), termWords) where TextFolding.stem(word) != TextFolding.stem(termWord) { return false }
        return tokens.token(last, row.language) == tokens.token(termWords[words.count - 1], row.language)
    }

    /// The terms of the query's family, in their language: a derived or inflected form of a
    /// term ("externaliser": externalisation; "hébergeur": hébergement; "subcontractor":
    /// subcontracting; "disponible": disponibilité).
    ///
    /// Scores 0.73–0.765: 0.75 when the Snowball stems are the query's, 0.745 when they are of
    /// one ``WordFamily``; 0.015 more when the term names the action or state the query's
    /// derived word comes from ("sous-traiter": sous-traitance before sous-traitant), 0.01 less
    /// per word the term has beyond the query's (at most two).
    func sameStems(
        _ words: [String], coreCount: Int, language: Language?, tokens: SearchTokens, into hits: inout [String: Hit], in db: GlossaryIndex.Reader
    ) throws {
        guard !words.isEmpty else { return }
        let typed = Set(words)
        func offer(_ row: GlossaryIndex.Reader.TermRow, sameStems: Bool) {
            let termWords = TextFolding.words(row.text)
            var score = sameStems ? 0.75 : 0.745
            if termWords.contains(where: { !typed.contains($0) && !StopWords.contains($0) && WordFamily.isActionNoun($0) }) { score += 0.015 }
            score -= 0.01 * Double(min(max(termWords.count - max(coreCount, words.count), 0), 2))
            let match = SearchMatch(kind: .stems, language: row.language, text: row.text, term: nil, words: words)
            Self.offer(row.conceptID, Hit(score: score * row.status.weight, match: match), into: &hits)
        }
        let languages = language.map { [$0] } ?? Language.allCases
        let stems = languages.map { l in words.map { tokens.token($0, l) } }
        let patterns = stems.map { Self.familyPattern(words, stems: $0) }
        // Both languages' patterns are often the same: one query finds both's terms.
        let shared =
            try patterns.count > 1 && patterns[0] != nil && Set(patterns).count == 1
            ? db.termsMatching(patterns[0]!, tokenCount: words.count, language: nil) : nil
        for (i, l) in languages.enumerated() {
            for row in try db.termsWithTokens(stems[i].joined(separator: " "), language: l) { offer(row, sameStems: true) }
            guard let pattern = patterns[i] else { continue }
            // The family's candidates, then checked stem by stem (a term's tokens are those of
            // its language).
            for (row, termStems) in try shared ?? db.termsMatching(pattern, tokenCount: words.count, language: l) where row.language == l {
                guard termStems != stems[i], zip(stems[i], termStems).allSatisfy(WordFamily.related),
                    zip(words, zip(stems[i], termStems)).allSatisfy({ word, pair in pair.0 == pair.1 || SpellingDictionary.knows(word) })
                else { continue }
                offer(row, sameStems: false)
            }
        }
    }

    /// The FTS5 pattern of the terms that may be of the family of `words` (whose tokens in one
    /// language are `stems`): each word a prefix of its key (``WordFamily/key(_:)``), searched
    /// in the terms' words. Nil when no word is long enough to have a family, or a key is not
    /// plain letters: only correctly spelt words' families are looked for, a typo's would be a
    /// guess ("infogairance" is corrected, not read as "infog…").
    static func familyPattern(_ words: [String], stems: [String]) -> String? {
        let keys = stems.map(WordFamily.key)
        guard keys.contains(where: { $0.utf8.count >= 5 }), keys.allSatisfy({ SearchTokens.encode($0) == $0 }) else { return nil }
        // The index holds words without plural endings ("sou" for "sous"): each word's
        // prefix is what its key and that form share.
        let prefixes = zip(keys, words).map { key, word in String(zip(key, TextFolding.stem(word)).prefix { $0 == $1 }.map(\.0)) }
        guard prefixes.allSatisfy({ !$0.isEmpty }) else { return nil }
        return prefixes.map { "\"" + $0 + "\"*" }.joined(separator: " ")
    }

    /// `"w1" "w2"*`: every word required, quoted so it is never FTS5 syntax.
    static func ftsPattern(_ words: [String], lastIsPrefix: Bool) -> String {
        words.enumerated().map { i, word in
            // Folded words have no quotes; a quote would be doubled, the FTS5 way.
            let escaped = word.utf8.contains(0x22) ? word.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") : word
            let quoted = "\"" + escaped + "\""
            return i == words.count - 1 && lastIsPrefix ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
