import Foundation

/// Builds the context each template renders: plain dictionaries of strings, booleans and
/// lists (swift-mustache reads dictionaries without reflection, which keeps 20 000 pages fast).
///
/// Values under keys ending in `Html` (and `map`, `jsonld`) are HTML built here from escaped
/// parts and rendered with `{{{…}}}`; every other string is raw text that Mustache escapes.
struct SiteModel: Sendable {
    let knowledgeBase: KnowledgeBase
    let baseURL: String?

    /// Rendered Markdown of one concept, shared by its French and English pages (links between
    /// concept pages are the same from both: `other.html`).
    struct Texts: Sendable {
        var definition: [Language: String] = [:]
        var notes: [Language: [String]] = [:]
        var examples: [Language: [String]] = [:]
        var contrasts: [Language: [String]] = [:]
    }

    // MARK: - Layout

    /// The keys the layout uses, for a page at `path` whose version in each language is `versions`.
    func layout(path: String, language: Language, title: String, description: String,
                versions: [Language: String], jsonld: String = "") -> [String: Any] {
        let root = SitePaths.rootPrefix(from: path)
        var context: [String: Any] = [
            "lang": language.rawValue,
            "t": SiteStrings.table(language),
            "title": title,
            "description": description,
            "root": root,
            "homeHref": SitePaths.relative(from: path, to: SitePaths.home(language)),
            "azHref": SitePaths.relative(from: path, to: SitePaths.az(language)),
            "jsonld": jsonld,
            "alternates": Language.allCases.compactMap { l in
                versions[l].map { ["hreflang": l.rawValue, "href": url(for: $0, from: path)] }
            },
        ]
        if let other = versions[language.other] {
            context["switchHref"] = SitePaths.relative(from: path, to: other)
            context["switchLang"] = language.other.rawValue
        }
        if let baseURL { context["canonical"] = baseURL + path }
        return context
    }

    /// An absolute URL when the site has a base URL, else a relative one.
    func url(for target: String, from page: String) -> String {
        baseURL.map { $0 + target } ?? SitePaths.relative(from: page, to: target)
    }

    // MARK: - Root, 404

    func rootContext() -> [String: Any] {
        var context = layout(path: SitePaths.root, language: .fr, title: "Glossaire de l’infogérance · IT Outsourcing Glossary",
                             description: SiteStrings.table(.fr)["tagline"]!, versions: [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)])
        context["languages"] = Language.allCases.map { l -> [String: Any] in
            let t = SiteStrings.table(l)
            return ["lang": l.rawValue, "href": SitePaths.home(l), "name": t["languageName"]!, "siteName": t["siteName"]!,
                    "tagline": t["tagline"]!, "choose": t["chooseLanguage"]!]
        }
        return context
    }

    /// The 404 page is served from any depth, so its links are absolute when a base URL is
    /// known, and relative to the site's root otherwise.
    func notFoundContext() -> [String: Any] {
        var context = layout(path: SitePaths.notFound, language: .fr, title: "Page introuvable · Page not found",
                             description: "404", versions: [:])
        let base = baseURL ?? ""
        context["root"] = base
        context["homeHref"] = base + SitePaths.root
        context["azHref"] = base + SitePaths.az(.fr)
        context["languages"] = Language.allCases.map { l -> [String: Any] in
            let t = SiteStrings.table(l)
            return ["lang": l.rawValue, "href": base + SitePaths.home(l), "azHref": base + SitePaths.az(l), "title": t["notFoundTitle"]!,
                    "text": t["notFoundText"]!, "home": t["home"]!, "az": t["az"]!, "siteName": t["siteName"]!]
        }
        return context
    }

    // MARK: - Home

    func homeContext(_ language: Language) -> [String: Any] {
        let path = SitePaths.home(language)
        let t = SiteStrings.table(language)
        var jsonObject: [String: Any] = [
            "@context": "https://schema.org", "@type": "DefinedTermSet", "name": t["siteName"]!,
            "description": t["tagline"]!, "inLanguage": language.rawValue,
        ]
        if let baseURL { jsonObject["url"] = baseURL + path; jsonObject["@id"] = baseURL + path }
        var context = layout(path: path, language: language, title: t["siteName"]!, description: t["tagline"]!,
                             versions: [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)], jsonld: JSONLD.script(jsonObject))
        context["isHome"] = true
        context["conceptCount"] = knowledgeBase.concepts.count
        context["domains"] = knowledgeBase.domains.map { domain -> [String: Any] in
            var item: [String: Any] = [
                "name": domain[language].name,
                "href": SitePaths.relative(from: path, to: SitePaths.domain(domain.id, language)),
                "count": knowledgeBase.concepts(inDomain: domain.id).count,
            ]
            if let summary = domain[language].description { item["summary"] = summary }
            return item
        }
        // Entry points: the concepts with the most links, the hubs a newcomer should read first.
        let weighted: [(concept: Concept, links: Int)] = knowledgeBase.concepts.map { concept in
            (concept, concept.references.count + knowledgeBase.narrower(concept.id).count)
        }
        let sorted = weighted.sorted { a, b in a.links != b.links ? a.links > b.links : a.concept.id < b.concept.id }
        let hubs: [Concept] = sorted.prefix(8).map(\.concept)
        context["entries"] = hubs.map { conceptLink($0, language, from: path) }
        return context
    }

    // MARK: - A–Z

    func azContext(_ language: Language) -> [String: Any] {
        let path = SitePaths.az(language)
        let t = SiteStrings.table(language)
        struct Entry { var key: String; var text: String; var item: [String: Any] }
        var entries: [Entry] = []
        for concept in knowledgeBase.concepts {
            let headword = concept.headword(language)
            for term in concept[language].terms {
                var item: [String: Any] = [
                    "text": term.text,
                    "href": SitePaths.relative(from: path, to: SitePaths.concept(concept.id, language)),
                    "status": SiteStrings.status(term.status, language),
                    "statusClass": term.status.rawValue,
                    "isRecommended": term.status.isRecommended,
                ]
                if let type = term.type { item["type"] = SiteStrings.type(type, language) }
                if term.text != headword { item["preferred"] = headword }
                entries.append(Entry(key: FrenchCollation.key(term.text), text: term.text, item: item))
            }
        }
        entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
        var groups: [[String: Any]] = []
        var current: (letter: String, items: [[String: Any]])?
        for entry in entries {
            let first = entry.key.first.map { String($0) } ?? "#"
            let letter = first.range(of: "^[a-z]$", options: .regularExpression) != nil ? first.uppercased() : "#"
            if current?.letter != letter {
                if let current { groups.append(group(current.letter, current.items)) }
                current = (letter, [])
            }
            current!.items.append(entry.item)
        }
        if let current { groups.append(group(current.letter, current.items)) }
        var context = layout(path: path, language: language, title: t["az"]!, description: t["azIntro"]!,
                             versions: [.fr: SitePaths.az(.fr), .en: SitePaths.az(.en)])
        context["groups"] = groups
        context["termCount"] = entries.count
        return context
    }

    private func group(_ letter: String, _ items: [[String: Any]]) -> [String: Any] {
        ["letter": letter, "anchor": letter == "#" ? "letter-other" : "letter-" + letter.lowercased(), "items": items]
    }

    // MARK: - Domain

    func domainContext(_ domain: Domain, _ language: Language) -> [String: Any] {
        let path = SitePaths.domain(domain.id, language)
        let concepts = knowledgeBase.concepts(inDomain: domain.id)
            .map { ($0, FrenchCollation.key($0.headword(language))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.id < $1.0.id }
        var context = layout(path: path, language: language, title: domain[language].name,
                             description: domain[language].description ?? domain[language].name,
                             versions: [.fr: SitePaths.domain(domain.id, .fr), .en: SitePaths.domain(domain.id, .en)])
        var domainContext: [String: Any] = [
            "name": domain[language].name,
            "otherName": domain[language.other].name, "otherLang": language.other.rawValue,
            "concepts": concepts.map { conceptLink($0.0, language, from: path) },
            "count": concepts.count,
        ]
        if let summary = domain[language].description { domainContext["summary"] = summary }
        context["domain"] = domainContext
        return context
    }

    /// A link to a concept with its headword in `language` and in the other language.
    func conceptLink(_ concept: Concept, _ language: Language, from path: String) -> [String: Any] {
        [
            "label": concept.headword(language), "otherLabel": concept.headword(language.other),
            "otherLang": language.other.rawValue,
            "href": SitePaths.relative(from: path, to: SitePaths.concept(concept.id, language)),
        ]
    }

    // MARK: - Concept

    /// The concept's Markdown rendered once for both of its pages.
    func renderedTexts(_ concept: Concept) -> Texts {
        var texts = Texts()
        for language in Language.allCases {
            let renderer = MarkdownRenderer { link in
                guard let target = knowledgeBase.concept(link.id) else { return nil }
                return (link.label ?? target.headword(language), "\(target.id).html")
            }
            let section = concept[language]
            texts.definition[language] = renderer.html(section.definition)
            texts.notes[language] = section.notes.map { renderer.html($0) }
            texts.examples[language] = section.examples.map { renderer.html($0, inline: true) }
            texts.contrasts[language] = concept.contrasts.map { renderer.html($0[language]) }
        }
        return texts
    }

    func conceptContext(_ concept: Concept, _ language: Language, texts: Texts) -> [String: Any] {
        let path = SitePaths.concept(concept.id, language)
        let t = SiteStrings.table(language)
        let headword = concept.headword(language)
        let plainDefinition = HTML.text(of: texts.definition[language] ?? "")
        func sibling(_ id: String) -> [String: Any]? {
            guard let other = knowledgeBase.concept(id) else { return nil }
            var link = conceptLink(other, language, from: path)
            link["href"] = "\(id).html"
            return link
        }
        let columns = [language, language.other].map { l -> [String: Any] in
            Self.flagged([
                "lang": l.rawValue, "name": SiteStrings.table(l)["languageName"]!, "isCurrent": l == language,
                "terms": concept[l].terms.map { term -> [String: Any] in
                    var item: [String: Any] = [
                        "text": term.text, "status": SiteStrings.status(term.status, language), "statusClass": term.status.rawValue,
                        "isRecommended": term.status.isRecommended, "isHeadword": term == concept[l].headword,
                    ]
                    if let type = term.type { item["type"] = SiteStrings.type(type, language) }
                    if let grammar = SiteStrings.grammar(term, language) { item["grammar"] = grammar }
                    if let note = term.note { item["note"] = note }
                    return item
                },
                "definitionHtml": texts.definition[l] ?? "",
                "notes": (texts.notes[l] ?? []).map { ["html": $0] },
                "examples": (texts.examples[l] ?? []).map { ["html": $0] },
            ])
        }
        let broader = concept.broader.compactMap(sibling)
        let narrower = knowledgeBase.narrower(concept.id).compactMap(sibling)
        let related = concept.related.compactMap(sibling)
        let contrasts: [[String: Any]] = concept.contrasts.enumerated().compactMap { i, contrast in
            guard var link = sibling(contrast.with) else { return nil }
            link["html"] = texts.contrasts[language]?[i] ?? ""
            return link
        }
        func nodes(_ links: [[String: Any]]) -> [ConceptMap.Node] {
            links.map { ConceptMap.Node(label: $0["label"] as! String, href: $0["href"] as! String) }
        }
        let map = ConceptMap(title: "\(t["map"]!): \(headword)", center: headword, broader: nodes(broader),
                             narrower: nodes(narrower), related: nodes(related), contrasts: nodes(contrasts))
        let sources = concept.sources.map { source -> [String: Any] in
            var item: [String: Any] = ["title": source.title]
            if let publisher = source.publisher { item["publisher"] = publisher }
            if let url = source.url, HTML.isSafeExternalURL(url) { item["url"] = url }
            if let note = source.note { item["note"] = note }
            return item
        }

        var jsonObject: [String: Any] = [
            "@context": "https://schema.org", "@type": "DefinedTerm", "name": headword, "termCode": concept.id,
            "description": plainDefinition, "inLanguage": language.rawValue,
            "alternateName": concept[language].terms.map(\.text).filter { $0 != headword },
            "inDefinedTermSet": ["@type": "DefinedTermSet", "name": t["siteName"]!] as [String: Any],
        ]
        if let baseURL {
            jsonObject["url"] = baseURL + path
            jsonObject["@id"] = baseURL + path
            jsonObject["inDefinedTermSet"] = ["@type": "DefinedTermSet", "name": t["siteName"]!, "@id": baseURL + SitePaths.home(language)]
        }
        var context = layout(path: path, language: language, title: headword, description: String(plainDefinition.prefix(160)),
                             versions: [.fr: SitePaths.concept(concept.id, .fr), .en: SitePaths.concept(concept.id, .en)],
                             jsonld: JSONLD.script(jsonObject))
        context["concept"] = Self.flagged([
            "id": concept.id, "headword": headword, "otherHeadword": concept.headword(language.other),
            "otherLang": language.other.rawValue,
            "domains": concept.domains.compactMap { id -> [String: Any]? in
                knowledgeBase.domain(id).map { ["name": $0[language].name, "href": "../domains/\(id).html"] }
            },
            "columns": columns,
            "broader": broader, "narrower": narrower, "related": related, "contrasts": contrasts,
            "hasRelations": !(broader.isEmpty && narrower.isEmpty && related.isEmpty && contrasts.isEmpty),
            "map": map.svg(id: "map-\(concept.id)"),
            "sources": sources,
        ])
        return context
    }

    /// `context` with a `hasName` flag for each list `name`, since Mustache cannot test
    /// whether a list is empty around it (to open a `<ul>` only when there are items).
    static func flagged(_ context: [String: Any]) -> [String: Any] {
        var context = context
        for (key, value) in context {
            if let list = value as? [Any] { context["has" + key.prefix(1).uppercased() + key.dropFirst()] = !list.isEmpty }
        }
        return context
    }

    // MARK: - Sitemap

    /// `sitemap.xml` with an `xhtml:link` alternate per language; locations are absolute with
    /// a base URL and relative to the site's root otherwise. Text is XML-escaped.
    func sitemap() -> String {
        var pairs: [[Language: String]] = [
            [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)],
            [.fr: SitePaths.az(.fr), .en: SitePaths.az(.en)],
        ]
        pairs += knowledgeBase.domains.map { [.fr: SitePaths.domain($0.id, .fr), .en: SitePaths.domain($0.id, .en)] }
        pairs += knowledgeBase.concepts.map { [.fr: SitePaths.concept($0.id, .fr), .en: SitePaths.concept($0.id, .en)] }
        let base = baseURL ?? ""
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for pair in pairs {
            for language in Language.allCases {
                xml += "<url><loc>\(HTML.escape(base + pair[language]!))</loc>"
                for alternate in Language.allCases {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.rawValue)\" href=\"\(HTML.escape(base + pair[alternate]!))\"/>"
                }
                xml += "</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
