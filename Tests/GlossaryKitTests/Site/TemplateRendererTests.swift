import Foundation
import Mustache
import Testing

@testable import GlossaryModel
@testable import GlossarySite

/// TemplateRenderer must write what swift-mustache writes from the same templates and contexts;
/// these tests render with both. They fail first if a new swift-mustache parses differently.
@Suite("Template renderer")
struct TemplateRendererTests {
    @Test("renders every page of the site as swift-mustache does", arguments: [nil, "https://example.org/glossaire/"])
    func everyPage(baseURL: String?) throws {
        let templates = try SiteTemplates(directory: SiteTestSupport.siteDirectory + "/templates")
        let renderer = try #require(templates.renderer, "the site's templates need nothing swift-mustache must render")
        let kb = try SiteTestSupport.knowledgeBase(SiteTestSupport.richContent)
        let model = SiteModel(knowledgeBase: kb, baseURL: baseURL)
        var pages: [(name: String, context: TemplateObject)] = [("root", model.rootContext()), ("404", model.notFoundContext())]
        for language in Language.allCases {
            pages += [("home", model.homeContext(language)), ("az", model.azContext(language))]
            pages += kb.domains.map { ("domain", model.domainContext($0, language)) }
            pages += kb.concepts.map { ("concept", model.conceptContext($0, language, texts: model.renderedTexts($0))) }
        }
        for page in pages {
            let expected = try #require(templates.library.render(page.context, withTemplate: page.name))
            #expect(renderer.render(page.name, page.context) == expected, "\(page.name)")
        }
    }

    @Test("follows swift-mustache on sections, lookups, partials, blocks, indentation and content types")
    func edgeCases() throws {
        let sources: [String: String] = [
            "layout": "<head>\n  {{$head}}\n  <t>{{title}}</t>\n  {{/head}}\n</head>\n{{$main}}{{/main}}\n",
            "page": "{{<layout}}{{$main}}\n  <p>{{a}}</p>\n  {{> part}}\n{{/main}}{{/layout}}",
            "part": "line {{a}}\n{{#list}}\n  - {{.}}\n{{/list}}\n",
            // Whitespace around tags: standalone or not, CRLF, tabs, spaces at the end, single braces.
            "spaces": "  {{! standalone comment }}  \n  {{#list}}  \n   [{{.}}]\r\n  {{/list}}\r\n{{^flag}} inline {{/flag}} x\n"
                + "  {{a}}  \n\t{{> part}}\t\n{ single { braces {{a}}}\n {{! inline }} after\n trailing {{#flag}}y{{/flag}}   ",
            // Indented block definitions and partials inside an inheriting template, text between.
            "child": "{{<layout}}\n  {{$head}}\n    <h>{{a}}</h>\n      {{> part}}\n  {{/head}}\n  ignored\n{{/layout}}\n",
            "blocks": "  {{$outer}}\n    {{$inner}}\n      in {{a}}\n    {{/inner}}\n  {{/outer}}\n{{#list}}{{$b}}{{.}}{{/b}}{{/list}}",
            "edge": """
            {{% CONTENT_TYPE: TEXT}}
            {{a}} {{{a}}} {{&a}}
            {{#list}}[{{.}}|{{x}}]{{/list}}{{^list}}no list{{/list}}
            {{#empty}}never{{/empty}}{{^empty}}empty{{/empty}}
            {{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}{{#n}}({{.}}){{/n}}
            {{obj.x}} {{#obj}}{{x}} {{a}} {{.x}} {{.a}}{{/obj}} {{missing.x}} {{obj.missing}}
            {{! a comment }}
              {{> part}}
            """
        ]
        var library = MustacheLibrary()
        for (name, source) in sources {
            library.register(try MustacheTemplate(string: source), named: name)
        }
        let renderer = try #require(TemplateRenderer(sources: sources))
        let contexts: [TemplateObject] = [
            [
                "a": "<A & 'b'>", "title": "T\"", "list": .list(["x", "y"]), "empty": .list([]), "flag": true, "n": .number(3),
                "obj": .object(["x": "X"])
            ],
            ["a": "", "list": .list([]), "empty": .list(["e"]), "flag": false, "x": "outer", "obj": .list([.object(["x": "1"])])],
            [:]
        ]
        for context in contexts {
            for name in sources.keys {
                #expect(renderer.render(name, context) == library.render(context, withTemplate: name), "\(name)")
            }
        }
    }

    @Test("leaves templates with transforms, dynamic partials or set delimiters to swift-mustache")
    func unsupported() throws {
        #expect(TemplateRenderer(sources: ["t": "{{uppercased(name)}}"]) == nil)
        #expect(TemplateRenderer(sources: ["t": "{{#list}}{{#first()}}1{{/first()}}{{/list}}"]) == nil)
        #expect(TemplateRenderer(sources: ["t": "{{>*name}}"]) == nil)
        #expect(TemplateRenderer(sources: ["t": "{{=<% %>=}}<% name %>"]) == nil)
        #expect(TemplateRenderer(sources: ["t": "{{name}}"]) != nil)
    }
}
