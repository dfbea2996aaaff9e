import GlossaryModel

extension SiteModel {
    /// The A–Z index of `language`: every term, sorted by ``FrenchCollation``, grouped by the
    /// first letter of its collation key (`#` for anything but a–z).
    func azContext(_ language: Language) -> TemplateObject {
        let path = SitePaths.az(language)
        let t = SiteStrings.table(language)
        struct Entry { var key: String; var text: String; var item: TemplateObject }
        var entries: [Entry] = []
        let concepts = knowledgeBase.concepts
        for c in concepts.indices {
            let headword = concepts[c].headword(language)
            let href = TemplateValue.text(SitePaths.relative(from: path, to: SitePaths.concept(concepts[c].id, language)))
            for term in concepts[c][language].terms {
                var item: TemplateObject = [
                    "text": .text(Typography.text(term.text, language: language)),
                    "href": href,
                    "status": .text(SiteStrings.status(term.status, language)),
                    "statusClass": .text(term.status.rawValue),
                    "isRecommended": .bool(term.status.isRecommended)
                ]
                if let type = term.type { item["type"] = .text(SiteStrings.type(type, language)) }
                if term.text != headword { item["preferred"] = .text(Typography.text(headword, language: language)) }
                entries.append(Entry(key: FrenchCollation.key(term.text), text: term.text, item: item))
            }
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
        var groups: [TemplateValue] = []
        var current: (letter: String, items: [TemplateValue])?
        for entry in entries {
            let letter = Self.letter(of: entry.key)
            if current?.letter != letter {
                if let current { groups.append(group(current.letter, current.items)) }
                current = (letter, [])
            }
            current!.items.append(.object(entry.item))
        }
        if let current { groups.append(group(current.letter, current.items)) }
        var context = layout(
            path: path, language: language, title: t["az"]!, description: t["azIntro"]!,
            versions: [.fr: SitePaths.az(.fr), .en: SitePaths.az(.en)])
        context["groups"] = .list(groups)
        context["termCount"] = .number(entries.count)
        return context
    }

    /// The group of a collation key: its first character upper-cased when that is a single
    /// letter a–z, else `#`.
    static func letter(of key: String) -> String {
        guard let first = key.first, first.unicodeScalars.count == 1,
            let scalar = first.unicodeScalars.first, ("a"..."z").contains(scalar)
        else { return "#" }
        return String(first).uppercased()
    }

    private func group(_ letter: String, _ items: [TemplateValue]) -> TemplateValue {
        .object(["letter": .text(letter), "anchor": .text(letter == "#" ? "letter-other" : "letter-" + letter.lowercased()), "items": .list(items)])
    }
}
