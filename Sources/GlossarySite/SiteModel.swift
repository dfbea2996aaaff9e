import Foundation
import GlossaryModel

/// Builds the context each template renders: ``TemplateObject``s of text, flags, numbers and
/// lists (see ``TemplateRenderer``). The concept pages are in `SiteModel+Concept.swift`, the
/// A–Z index in `SiteModel+AZ.swift`.
///
/// Values under keys ending in `Html` (and `html`, `map`, `jsonld`) are HTML built here from
/// escaped parts and rendered with `{{{…}}}`; every other text is raw text that Mustache escapes.
struct SiteModel: Sendable {
    let knowledgeBase: KnowledgeBase
    let baseURL: String?
    /// The interface words of each language, `t` in every template.
    private let tables: [Language: TemplateValue]
    /// Each concept's headword in each language, by id: what links to a concept show, found
    /// without copying the whole concept.
    let headwords: [String: Headwords]
    /// The positions in `knowledgeBase.concepts` of each domain's concepts, by domain id.
    private let conceptsByDomain: [String: [Int]]

    struct Headwords: Sendable {
        var fr: String
        var en: String
        subscript(language: Language) -> String { language == .fr ? fr : en }
    }

    init(knowledgeBase: KnowledgeBase, baseURL: String?) {
        self.knowledgeBase = knowledgeBase
        self.baseURL = baseURL
        var tables: [Language: TemplateValue] = [:]
        for language in Language.allCases {
            tables[language] = .object(TemplateObject(SiteStrings.table(language).lazy.map { ($0.key, TemplateValue.text($0.value)) }))
        }
        self.tables = tables
        var headwords: [String: Headwords] = [:]
        headwords.reserveCapacity(knowledgeBase.concepts.count)
        for concept in knowledgeBase.concepts where headwords[concept.id] == nil {
            headwords[concept.id] = Headwords(
                fr: Typography.text(concept.headword(.fr), language: .fr),
                en: Typography.text(concept.headword(.en), language: .en))
        }
        self.headwords = headwords
        var conceptsByDomain: [String: [Int]] = [:]
        for (i, concept) in knowledgeBase.concepts.enumerated() {
            for domain in Set(concept.domains) { conceptsByDomain[domain, default: []].append(i) }
        }
        self.conceptsByDomain = conceptsByDomain
    }

    // MARK: - Layout

    /// The keys the layout uses, for a page at `path` whose version in each language is `versions`.
    func layout(
        path: String, language: Language, title: String, description: String,
        versions: [Language: String], jsonld: String = ""
    ) -> TemplateObject {
        var context: TemplateObject = [
            "lang": .text(language.rawValue),
            "t": tables[language]!,
            "title": .text(title),
            "description": .text(description),
            "root": .text(SitePaths.rootPrefix(from: path)),
            "homeHref": .text(SitePaths.relative(from: path, to: SitePaths.home(language))),
            "azHref": .text(SitePaths.relative(from: path, to: SitePaths.az(language))),
            "jsonld": .text(jsonld),
            "alternates": .list(
                Language.allCases.compactMap { l in
                    versions[l].map { .object(["hreflang": .text(l.rawValue), "href": .text(url(for: $0, from: path))]) }
                })
        ]
        if let other = versions[language.other] {
            context["switchHref"] = .text(SitePaths.relative(from: path, to: other))
            context["switchLang"] = .text(language.other.rawValue)
        }
        if let baseURL { context["canonical"] = .text(baseURL + path) }
        return context
    }

    /// An absolute URL when the site has a base URL, else a relative one.
    func url(for target: String, from page: String) -> String {
        baseURL.map { $0 + target } ?? SitePaths.relative(from: page, to: target)
    }

    // MARK: - Root, 404

    func rootContext() -> TemplateObject {
        var context = layout(
            path: SitePaths.root, language: .fr, title: "Glossaire de l’infogérance · IT Outsourcing Glossary",
            description: SiteStrings.table(.fr)["tagline"]!, versions: [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)])
        context["languages"] = .list(
            Language.allCases.map { l in
                let t = SiteStrings.table(l)
                return .object([
                    "lang": .text(l.rawValue), "href": .text(SitePaths.home(l)), "name": .text(t["languageName"]!),
                    "siteName": .text(t["siteName"]!), "tagline": .text(t["tagline"]!), "choose": .text(t["chooseLanguage"]!)
                ])
            })
        return context
    }

    /// The 404 page is served from any depth, so its links are absolute when a base URL is
    /// known, and relative to the site's root otherwise.
    func notFoundContext() -> TemplateObject {
        var context = layout(
            path: SitePaths.notFound, language: .fr, title: "Page introuvable · Page not found",
            description: "404", versions: [:])
        let base = baseURL ?? ""
        context["root"] = .text(base)
        context["homeHref"] = .text(base + SitePaths.root)
        context["azHref"] = .text(base + SitePaths.az(.fr))
        context["languages"] = .list(
            Language.allCases.map { l in
                let t = SiteStrings.table(l)
                return .object([
                    "lang": .text(l.rawValue), "href": .text(base + SitePaths.home(l)), "azHref": .text(base + SitePaths.az(l)),
                    "title": .text(t["notFoundTitle"]!), "text": .text(t["notFoundText"]!), "home": .text(t["home"]!),
                    "az": .text(t["az"]!), "siteName": .text(t["siteName"]!),
                    "homeLink": .text(Typography.text(t["siteName"]! + (l == .fr ? " : " : ": ") + t["home"]!, language: l))
                ])
            })
        return context
    }

    // MARK: - Home

    func homeContext(_ language: Language) -> TemplateObject {
        let path = SitePaths.home(language)
        let t = SiteStrings.table(language)
        var jsonObject: [(key: String, value: JSONLD.Value)] = [
            ("@context", .string("https://schema.org")), ("@type", .string("DefinedTermSet")), ("name", .string(t["siteName"]!)),
            ("description", .string(t["tagline"]!)), ("inLanguage", .string(language.rawValue))
        ]
        if let baseURL { jsonObject += [("url", .string(baseURL + path)), ("@id", .string(baseURL + path))] }
        var context = layout(
            path: path, language: language, title: t["siteName"]!, description: t["tagline"]!,
            versions: [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)], jsonld: JSONLD.script(jsonObject))
        context["isHome"] = true
        context["conceptCountLabel"] = .text(SiteStrings.counted(knowledgeBase.concepts.count, "concepts", language))
        context["domains"] = .list(
            knowledgeBase.domains.map { domain in
                var item: TemplateObject = [
                    "name": .text(Typography.text(domain[language].name, language: language)),
                    "href": .text(SitePaths.relative(from: path, to: SitePaths.domain(domain.id, language))),
                    "count": .number(conceptsByDomain[domain.id]?.count ?? 0)
                ]
                if let summary = domain[language].description { item["summary"] = .text(Typography.text(summary, language: language)) }
                return .object(item)
            })
        // Entry points: the concepts with the most links, the hubs a newcomer should read first.
        let concepts = knowledgeBase.concepts
        let weighted: [(index: Int, links: Int)] = concepts.indices.map { i in
            (i, concepts[i].references.count + knowledgeBase.narrower(concepts[i].id).count)
        }
        let sorted = weighted.sorted { a, b in a.links != b.links ? a.links > b.links : concepts[a.index].id < concepts[b.index].id }
        context["entries"] = .list(sorted.prefix(8).map { .object(conceptLink(concepts[$0.index], language, from: path)) })
        return context
    }

    // MARK: - Domain

    func domainContext(_ domain: Domain, _ language: Language) -> TemplateObject {
        let path = SitePaths.domain(domain.id, language)
        let all = knowledgeBase.concepts
        let concepts = (conceptsByDomain[domain.id] ?? [])
            .map { ($0, FrenchCollation.key(all[$0].headword(language))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : all[$0.0].id < all[$1.0].id }
        var context = layout(
            path: path, language: language, title: domain[language].name,
            description: domain[language].description ?? domain[language].name,
            versions: [.fr: SitePaths.domain(domain.id, .fr), .en: SitePaths.domain(domain.id, .en)])
        var domainContext: TemplateObject = [
            "name": .text(Typography.text(domain[language].name, language: language)),
            "otherName": .text(Typography.text(domain[language.other].name, language: language.other)),
            "otherLang": .text(language.other.rawValue),
            "concepts": .list(
                concepts.map { entry in
                    var link = conceptLink(all[entry.0], language, from: path)
                    let summary = shortDefinition(all[entry.0], language)
                    if !summary.isEmpty { link["summary"] = .text(summary) }
                    return .object(link)
                }),
            "countLabel": .text(SiteStrings.counted(concepts.count, "concepts", language))
        ]
        if let summary = domain[language].description { domainContext["summary"] = .text(Typography.text(summary, language: language)) }
        context["domain"] = .object(domainContext)
        return context
    }

    /// A link to a concept with its headword in `language` and in the other language.
    func conceptLink(_ concept: Concept, _ language: Language, from path: String) -> TemplateObject {
        conceptLink(concept, language, href: SitePaths.relative(from: path, to: SitePaths.concept(concept.id, language)))
    }

    func conceptLink(_ concept: Concept, _ language: Language, href: String) -> TemplateObject {
        conceptLink(headwords[concept.id] ?? Headwords(fr: concept.headword(.fr), en: concept.headword(.en)), language, href: href)
    }

    /// A link to a concept: its headword in `language`, and in the other language only when it
    /// is written differently (never "IaaS IaaS").
    func conceptLink(_ headwords: Headwords, _ language: Language, href: String) -> TemplateObject {
        let label = headwords[language], other = headwords[language.other]
        var link: TemplateObject = ["label": .text(label), "otherLang": .text(language.other.rawValue), "href": .text(href)]
        if label != other { link["otherLabel"] = .text(other) }
        return link
    }

    /// The first sentence of a concept's definition as plain text, links shown as their labels
    /// and Markdown marks dropped, cut at a word near 160 characters: what a list of concepts
    /// shows under each name.
    func shortDefinition(_ concept: Concept, _ language: Language) -> String {
        let definition = WikiLink.replacing(in: concept[language].definition) { link in
            link.label ?? headwords[link.id]?[language] ?? link.id
        }
        return Typography.text(Self.summary(of: definition), language: language)
    }

    /// `definition` without Markdown marks, its white space collapsed, cut after its first
    /// sentence and at a word near 160 characters (see ``shortDefinition(_:_:)``).
    ///
    /// A speed path over Unicode scalars (the long way, ``summaryByCharacters(of:)``, splits
    /// grapheme clusters and searches with Foundation: 9 % of a 10k site's CPU). It takes only
    /// text where every scalar is a cluster of its own (nothing that joins a cluster: below
    /// U+0300, or common punctuation, currency and spaces), so a scalar is a `Character`; any
    /// other text goes the long way. `SiteShortcutTests` compares both on awkward inputs.
    static func summary(of definition: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(definition.utf8.count)
        // `count` characters so far; `lastSpace`, the byte offset of the last space among the
        // first 160 characters.
        var space = false, count = 0, lastSpace = -1
        scan: for scalar in definition.unicodeScalars {
            let isSpace: Bool
            switch scalar.value {
            case 0x2A, 0x5F, 0x60: continue // * _ `
            case 0x09...0x0D, 0x20, 0x85, 0xA0: isSpace = true
            case 0...0x2FF: isSpace = false
            case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: isSpace = true
            case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: isSpace = false
            default: return summaryByCharacters(of: definition)
            }
            if isSpace {
                space = !out.isEmpty
                continue
            }
            if space {
                // The first ". " ends the summary, its period kept.
                if out.last == UInt8(ascii: ".") { break scan }
                if count < 160 { lastSpace = out.count }
                out.append(0x20)
                count += 1
                space = false
            }
            out.append(contentsOf: scalar.utf8)
            count += 1
        }
        if count > 160 {
            var end = lastSpace
            if end < 0 {
                // No space: the first 160 characters, each one scalar.
                var seen = 0
                end = out.count
                for (i, byte) in out.enumerated() where byte & 0xC0 != 0x80 {
                    if seen == 160 {
                        end = i
                        break
                    }
                    seen += 1
                }
            }
            out.removeSubrange(end...)
            out.append(contentsOf: "…".utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The long way of ``summary(of:)``, over `Character`s and with Foundation's search.
    static func summaryByCharacters(of definition: String) -> String {
        var text = String(
            definition.filter { $0 != "*" && $0 != "_" && $0 != "`" }
                .split(whereSeparator: \.isWhitespace).joined(separator: " "))
        if let end = text.range(of: ". ") { text = String(text[..<end.lowerBound]) + "." }
        if text.count > 160 {
            let cut = text.prefix(160)
            text = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return text
    }

    // MARK: - Sitemap

    /// `sitemap.xml` with an `xhtml:link` alternate per language; locations are absolute with
    /// a base URL and relative to the site's root otherwise. Text is XML-escaped.
    func sitemap() -> String {
        var pairs: [[Language: String]] = [
            [.fr: SitePaths.home(.fr), .en: SitePaths.home(.en)],
            [.fr: SitePaths.az(.fr), .en: SitePaths.az(.en)]
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
                xml += "<url><loc>" + XML.escape(base + pair[language]!) + "</loc>"
                for alternate in Language.allCases {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(alternate.rawValue)\" href=\""
                    xml += XML.escape(base + pair[alternate]!, attribute: true) + "\"/>"
                }
                xml += "</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
