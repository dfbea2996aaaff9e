import GlossaryModel

extension SiteModel {
    /// Rendered Markdown of one concept, shared by its French and English pages (links between
    /// concept pages are the same from both: `other.html`).
    struct Texts: Sendable {
        var definition: [Language: String] = [:]
        /// The definition as plain text, for the page's description and JSON-LD.
        var plainDefinition: [Language: String] = [:]
        var notes: [Language: [String]] = [:]
        var examples: [Language: [String]] = [:]
        var contrasts: [Language: [String]] = [:]
    }

    /// The concept's Markdown rendered once for both of its pages.
    func renderedTexts(_ concept: Concept) -> Texts {
        var texts = Texts()
        for language in Language.allCases {
            let renderer = MarkdownRenderer { link in
                guard let target = headwords[link.id] else { return nil }
                return (link.label ?? target[language], "\(link.id).html")
            }
            let section = concept[language]
            let definition = renderer.html(section.definition)
            texts.definition[language] = Typography.html(definition, language: language)
            texts.plainDefinition[language] = HTML.text(of: definition)
            texts.notes[language] = section.notes.map { Typography.html(renderer.html($0), language: language) }
            texts.examples[language] = section.examples.map { Typography.html(renderer.html($0, inline: true), language: language) }
            texts.contrasts[language] = concept.contrasts.map { Typography.html(renderer.html($0[language]), language: language) }
        }
        return texts
    }

    func conceptContext(_ concept: Concept, _ language: Language, texts: Texts) -> TemplateObject {
        let path = SitePaths.concept(concept.id, language)
        let t = SiteStrings.table(language)
        let headword = headwords[concept.id]?[language] ?? concept.headword(language)
        let sourcesByRecord = Dictionary(concept.sources.compactMap { s in s.id.map { ($0, s) } }) { first, _ in first }
        let plainDefinition = texts.plainDefinition[language] ?? ""
        /// A link to a neighbour, with its node on the concept map.
        func sibling(_ id: String) -> (link: TemplateObject, node: ConceptMap.Node)? {
            guard let other = headwords[id] else { return nil }
            let href = "\(id).html"
            return (conceptLink(other, language, href: href), ConceptMap.Node(label: other[language], href: href))
        }
        let columns = [language, language.other].map { l -> TemplateValue in
            let headwordTerm = concept[l].headword
            let column: TemplateObject = [
                "lang": .text(l.rawValue), "name": .text(SiteStrings.table(l)["languageName"]!), "isCurrent": .bool(l == language),
                "terms": .list(
                    concept[l].terms.map { term in
                        var item: TemplateObject = [
                            "text": .text(term.text), "status": .text(SiteStrings.status(term.status, language)),
                            "statusClass": .text(term.status.rawValue),
                            "isRecommended": .bool(term.status.isRecommended), "isHeadword": .bool(term == headwordTerm)
                        ]
                        if let type = term.type { item["type"] = .text(SiteStrings.type(type, language)) }
                        if let grammar = SiteStrings.grammar(term, language) { item["grammar"] = .text(grammar) }
                        if let note = term.note { item["note"] = .text(Typography.text(note, language: l)) }
                        item["text"] = .text(Typography.text(term.text, language: l))
                        let regions = term.geo.map { SiteStrings.region($0, language) }
                        if !regions.isEmpty { item["regions"] = .text(regions.joined(separator: ", ")) }
                        if let register = term.register { item["registerLabel"] = .text(SiteStrings.register(register, language)) }
                        item["verdicts"] = .list(
                            term.authority.map { verdict in
                                var v: TemplateObject = [
                                    "verdictText": .text(
                                        Typography.text(
                                            verdict.by + (language == .fr ? " : " : ": ")
                                                + SiteStrings.verdict(verdict.verdict, language), language: language))
                                ]
                                if let record = verdict.record {
                                    v["record"] = .text(record)
                                    if let url = sourcesByRecord[record]?.url, HTML.isSafeExternalURL(url) { v["recordHref"] = .text(url) }
                                }
                                return .object(v)
                            })
                        return .object(item.flagged())
                    }),
                "definitionHtml": .text(texts.definition[l] ?? ""),
                "hasDefinition": .bool(!concept[l].definition.isEmpty),
                "notes": .list((texts.notes[l] ?? []).map { .object(["html": .text($0)]) }),
                "examples": .list((texts.examples[l] ?? []).map { .object(["html": .text($0)]) })
            ]
            return .object(column.flagged())
        }
        let broader = concept.broader.compactMap(sibling)
        let narrower = knowledgeBase.narrower(concept.id).compactMap(sibling)
        let related = concept.related.compactMap(sibling)
        let contrasts = concept.contrasts.enumerated().compactMap { i, contrast -> (link: TemplateObject, node: ConceptMap.Node)? in
            guard var neighbour = sibling(contrast.with) else { return nil }
            neighbour.link["html"] = .text(texts.contrasts[language]?[i] ?? "")
            return neighbour
        }
        let map = ConceptMap(
            title: "\(t["map"]!): \(headword)", center: headword, broader: broader.map(\.node),
            narrower: narrower.map(\.node), related: related.map(\.node), contrasts: contrasts.map(\.node))
        let sources = concept.sources.map { source -> TemplateValue in
            var item: TemplateObject = ["title": .text(Typography.text(source.title, language: language))]
            if let publisher = source.publisher { item["publisher"] = .text(publisher) }
            if let url = source.url, HTML.isSafeExternalURL(url) { item["url"] = .text(url) }
            if let note = source.note { item["note"] = .text(Typography.text(note, language: language)) }
            if let id = source.id { item["recordId"] = .text(id) }
            if let date = source.date { item["recordDate"] = .text(date) }
            return .object(item)
        }

        var termSet: [(key: String, value: JSONLD.Value)] = [("@type", .string("DefinedTermSet")), ("name", .string(t["siteName"]!))]
        var jsonObject: [(key: String, value: JSONLD.Value)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("DefinedTerm")), ("name", .string(concept.headword(language))),
            ("termCode", .string(concept.id)), ("description", .string(plainDefinition)), ("inLanguage", .string(language.rawValue)),
            ("alternateName", .list(concept[language].terms.map(\.text).filter { $0 != concept.headword(language) }.map { .string($0) }))
        ]
        if let baseURL {
            jsonObject += [("url", .string(baseURL + path)), ("@id", .string(baseURL + path))]
            termSet.append(("@id", .string(baseURL + SitePaths.home(language))))
        }
        jsonObject.append(("inDefinedTermSet", .object(termSet)))
        var context = layout(
            path: path, language: language, title: headword, description: String(plainDefinition.prefix(160)),
            versions: [.fr: SitePaths.concept(concept.id, .fr), .en: SitePaths.concept(concept.id, .en)],
            jsonld: JSONLD.script(jsonObject))
        let conceptObject: TemplateObject = [
            "id": .text(concept.id), "headword": .text(headword),
            "otherHeadword": .text(headwords[concept.id]?[language.other] ?? concept.headword(language.other)),
            "hasOtherHeadword": .bool(concept.has(language) && concept.has(language.other)),
            "otherLang": .text(language.other.rawValue),
            "languageNav": .list(
                [language, language.other].map { l in
                    .object(["lang": .text(l.rawValue), "name": .text(SiteStrings.table(l)["languageName"]!)])
                }),
            "domains": .list(
                concept.domains.compactMap { id in
                    knowledgeBase.domain(id).map {
                        .object(["name": .text(Typography.text($0[language].name, language: language)), "href": .text("../domains/\(id).html")])
                    }
                }),
            "columns": .list(columns),
            "broader": .list(broader.map { .object($0.link) }), "narrower": .list(narrower.map { .object($0.link) }),
            "related": .list(related.map { .object($0.link) }), "contrasts": .list(contrasts.map { .object($0.link) }),
            "hasRelations": .bool(!(broader.isEmpty && narrower.isEmpty && related.isEmpty && contrasts.isEmpty)),
            "map": .text(map.svg(id: "map-\(concept.id)")),
            "sources": .list(sources)
        ]
        context["concept"] = .object(conceptObject.flagged())
        return context
    }
}
