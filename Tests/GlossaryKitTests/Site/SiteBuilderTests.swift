import Foundation
import Testing

@testable import GlossaryModel
@testable import GlossarySite

@Suite("Site")
struct SiteBuilderTests {
    @Test("builds both languages of every page from the fixture")
    func buildsEveryPage() throws {
        let (out, report) = try SiteTestSupport.build(SiteTestSupport.fixtureContent)
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.fixtureContent)
        #expect(report.concepts == kb.concepts.count)
        for language in Language.allCases {
            for concept in kb.concepts {
                let html = try SiteTestSupport.read(out.appendingPathComponent(SitePaths.concept(concept.id, language)))
                #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
                #expect(html.contains("hreflang=\"\(language.other.rawValue)\" href=\"../../\(SitePaths.concept(concept.id, language.other))\""))
                #expect(html.contains("application/ld+json"))
                #expect(html.contains("<svg") == (!concept.references.isEmpty || !kb.narrower(concept.id).isEmpty))
            }
            for name in ["index.html", "a-z.html"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(language.rawValue)/\(name)").path))
            }
        }
        for name in ["index.html", "404.html", "sitemap.xml", "assets/style.css", "assets/search.js", "search/index.js"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let home = try SiteTestSupport.read(out.appendingPathComponent("fr/index.html"))
        #expect(home.contains("\"@type\":\"DefinedTermSet\""))
        let links = LinkCrawler.matches(#"(?:href|src)="([^"]*)""#, in: home)
        #expect(!links.contains { $0.contains("//") }, "no absolute URL without --base-url")
    }

    @Test("marks foreign-language text with lang on the concept page")
    func langAttributes() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.fixtureContent)
        let html = try SiteTestSupport.read(out.appendingPathComponent("fr/concepts/infogerance.html"))
        #expect(html.contains("<span class=\"term-text\" lang=\"en\">IT outsourcing</span>"))
        #expect(html.contains("<div class=\"definition\" lang=\"en\">"))
        #expect(html.contains("lang=\"en\" class=\"lang-switch\""))
        #expect(html.contains("href=\"../../en/concepts/infogerance.html\" hreflang=\"en\""))
    }

    @Test("every internal link and anchor resolves", arguments: ["content", "site-content"])
    func crawl(_ fixture: String) throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.fixtures.appendingPathComponent(fixture))
        let (checked, broken) = try LinkCrawler(root: out).brokenLinks()
        #expect(checked > 100)
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test("the A–Z index lists every term, sorted as French dictionaries do, with letter anchors")
    func azIndex() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        for language in Language.allCases {
            let html = try SiteTestSupport.read(out.appendingPathComponent(SitePaths.az(language)))
            let listed = LinkCrawler.matches(#"<li class="status-[a-z]+"><a href="[^"]*">([^<]*)</a>"#, in: html)
                .map {
                    $0.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
                }
            // Shown with typographic apostrophes (Typography), as every page shows content text.
            let terms = kb.concepts.flatMap { $0[language].terms.map { Typography.text($0.text, language: language) } }
            #expect(listed.count == terms.count)
            #expect(Set(listed) == Set(terms))
            #expect(listed == listed.sorted(by: FrenchCollation.areInIncreasingOrder))
            #expect(html.contains("<a href=\"#letter-s\">S</a>") && html.contains("id=\"letter-s\""))
        }
        let fr = try SiteTestSupport.read(out.appendingPathComponent("fr/a-z.html"))
        #expect(fr.contains("SSII</a> <span class=\"badge badge-obsolete\">"), "old names are marked")
        #expect(fr.range(of: #"SSII</a>[^\n]*→ <a href="concepts/esn.html">"#, options: .regularExpression) != nil, "and point to the preferred term")
    }

    @Test("sitemap lists both languages with alternates, absolute with a base URL")
    func sitemap() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.fixtureContent, baseURL: "https://example.org/glossaire")
        let xml = try SiteTestSupport.read(out.appendingPathComponent("sitemap.xml"))
        #expect(
            xml.contains(
                "<loc>https://example.org/glossaire/fr/concepts/infogerance.html</loc><xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/glossaire/fr/concepts/infogerance.html\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/glossaire/en/concepts/infogerance.html\"/>"
            ))
        let page = try SiteTestSupport.read(out.appendingPathComponent("en/concepts/infogerance.html"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/glossaire/en/concepts/infogerance.html\">"))
        #expect(page.contains("href=\"../../fr/concepts/infogerance.html\" hreflang=\"fr\""), "links between pages stay relative")
    }

    @Test("text from the content that looks like HTML renders as text")
    func escapesContent() throws {
        let content = try SiteTestSupport.copy(SiteTestSupport.fixtureContent)
        try """
        id: piege
        domains: [modeles]
        related: [infogerance]
        fr:
          terms:
            - { text: "piège <script>alert(1)</script>", status: preferred, note: "x\\" onload=\\"alert(2)" }
          definition: "Texte <script>alert(3)</script> et <img src=x onerror=alert(4)> puis \\" onload=\\"alert(5) [lien](javascript:alert(6)) ![img](http://example.org/x.png) [[infogerance]]"
          notes: ["</script><!-- `<b>code</b>`"]
        en:
          terms:
            - { text: "trap\\" onload=\\"alert(7)", status: preferred }
          definition: "A [[infogerance|<b>label</b>]] trap."
        sources:
          - { title: "<i>t</i>", url: "javascript:alert(8)" }
        """.write(to: content.appendingPathComponent("concepts/piege.yaml"), atomically: true, encoding: .utf8)
        let (out, _) = try SiteTestSupport.build(content)
        for language in Language.allCases {
            let page = try SiteTestSupport.read(out.appendingPathComponent(SitePaths.concept("piege", language)))
            let jsonld = LinkCrawler.matches(#"<script type="application/ld\+json">(.*?)</script>"#, in: page)
            #expect(jsonld.count == 1 && !jsonld[0].contains("<"))
            let html = page.replacingOccurrences(of: jsonld.first ?? "", with: "")
            #expect(html.contains("piège &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("Texte &lt;script&gt;alert(3)&lt;/script&gt; et &lt;img src=x onerror=alert(4)&gt; puis &quot; onload=&quot;alert(5)"))
            #expect(html.contains("trap&quot; onload=&quot;alert(7)"))
            #expect(html.contains("<code>&lt;b&gt;code&lt;/b&gt;</code>"))
            #expect(html.contains("&lt;b&gt;label&lt;/b&gt;</a>"))
            for n in 1...8 {
                #expect(!html.contains("<script>alert(\(n))") && !html.contains("\"alert(\(n))") && !html.contains("=alert(\(n))>"), "alert(\(n)) escaped")
            }
            #expect(!html.contains("javascript:"))
            #expect(!html.contains("example.org/x.png"), "no request may leave the page")
        }
        let az = try SiteTestSupport.read(out.appendingPathComponent("fr/a-z.html"))
        #expect(az.contains("piège &lt;script&gt;"))
        // The search files, packed or not, hold the term with `<` escaped.
        let search = out.appendingPathComponent("search")
        let files = try FileManager.default.contentsOfDirectory(atPath: search.path).map { try SiteTestSupport.read(search.appendingPathComponent($0)) }
        #expect(files.contains { $0.contains("GLOSSARY_SHARD(\"pi") && $0.contains("piège \\u003cscript") })
        #expect(!files.contains { $0.contains("<") })
    }

    @Test("the search index holds every term, folded as TextFolding folds it")
    func searchIndexHoldsEveryTerm() throws {
        let (out, report) = try SiteTestSupport.build(SiteTestSupport.richContent)
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let index = SearchIndex(knowledgeBase: kb)
        let holder = index.layout().holder
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("search").path)
        var all = ""
        for file in files where file.hasPrefix("s-") { all += try SiteTestSupport.read(out.appendingPathComponent("search/" + file)) }
        var count = 0
        for concept in kb.concepts {
            for language in Language.allCases {
                for term in concept[language].terms {
                    count += 1
                    let folded = TextFolding.fold(term.text)
                    let entry = JSON.string(term.text) + "," + (folded == term.text ? "0" : JSON.string(folded)) + "]"
                    let name = SearchIndex.fileName(forKey: index.key(for: folded.replacingOccurrences(of: " ", with: "")))
                    let shard = "search/" + (holder[name] ?? name)
                    #expect(try SiteTestSupport.read(out.appendingPathComponent(shard)).contains(entry), "\(term.text) in \(shard)")
                }
            }
        }
        #expect(report.terms == count)
        #expect(all.contains("\"infogerance\""))
    }

    @Test("a template error names the file and line and stops the build")
    func templateError() throws {
        let site = try SiteTestSupport.temporaryDirectory()
        try FileManager.default.copyItem(atPath: SiteTestSupport.siteDirectory, toPath: site.appendingPathComponent("Site").path)
        let concept = site.appendingPathComponent("Site/templates/concept.mustache")
        try "{{<layout}}\n{{$main}}\n{{#concept}}\n<h1>{{headword}}</h1>\n{{/main}}\n{{/layout}}\n".write(to: concept, atomically: true, encoding: .utf8)
        #expect {
            _ = try SiteTemplates(directory: site.appendingPathComponent("Site/templates").path)
        } throws: { error in
            guard case .siteTemplate(let path, let line, _, _) = error as? SiteError else { return false }
            return path.hasSuffix("concept.mustache") && line > 0
        }
        try "{{<layout}}\n{{$main}}\n  {{> missing-part}}\n{{/main}}\n{{/layout}}\n".write(to: concept, atomically: true, encoding: .utf8)
        #expect(
            throws: SiteError.siteTemplate(
                path: concept.path, line: 3, column: 3,
                message: "the partial 'missing-part' does not exist (no missing-part.mustache in \(site.appendingPathComponent("Site/templates").path))")
        ) {
            _ = try SiteTemplates(directory: site.appendingPathComponent("Site/templates").path)
        }
    }

    @Test("a failed build leaves the previous site untouched")
    func atomicSwap() throws {
        let (out, _) = try SiteTestSupport.build(SiteTestSupport.fixtureContent)
        let marker = out.appendingPathComponent("marker.txt")
        try "old".write(to: marker, atomically: true, encoding: .utf8)
        #expect(throws: SiteError.self) {
            try SitePublisher.publish(to: out) { (folder) throws(SiteError) in
                _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("index.html").path, contents: Data("partial".utf8))
                throw SiteError.siteTemplate(path: "x.mustache", line: 1, column: 1, message: "boom")
            }
        }
        #expect(try SiteTestSupport.read(marker) == "old")
        #expect(try SiteTestSupport.read(out.appendingPathComponent("fr/index.html")).contains("<html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["site"], "no temporary folder left behind")
        // A successful build replaces it.
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.fixtureContent)
        let builder = try SiteBuilder(knowledgeBase: kb, siteDirectory: SiteTestSupport.siteDirectory)
        try SitePublisher.publish(to: out) { (folder) throws(OutputError) in try builder.build(into: folder) }
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test("Markdown: links keep safe URLs only, images become text, headings do not break the outline")
    func markdown() {
        let renderer = MarkdownRenderer { link in link.id == "known" ? ("Known", "known.html") : nil }
        #expect(renderer.html("See [[known]] and [[unknown|other]].") == "<p>See <a href=\"known.html\">Known</a> and other.</p>")
        #expect(renderer.html("[a](https://example.org) [b](javascript:alert(1))") == "<p><a href=\"https://example.org\">a</a> b</p>")
        #expect(renderer.html("# Title") == "<p><strong>Title</strong></p>")
        #expect(renderer.html("*x* & y", inline: true) == "<em>x</em> &amp; y")
    }
}
