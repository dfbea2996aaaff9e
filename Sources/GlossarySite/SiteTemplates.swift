import Foundation
import GlossaryModel
import Mustache

/// The Mustache templates of the site, read from a folder (`Site/templates` by default) and
/// checked before anything is written: a syntax error or a partial that does not exist is
/// reported with the template's file, line and column, and the build stops.
///
/// Templates render page contexts built by ``SiteModel``. `{{name}}` escapes HTML;
/// `{{{name}}}` is used only for values that are already HTML built from escaped parts
/// (rendered Markdown, the concept map, JSON-LD).
///
/// swift-mustache parses the templates and reports their errors; ``TemplateRenderer`` parses
/// them again the same way and renders them, unless a template uses a feature it leaves to
/// swift-mustache (transforms, dynamic partials, set delimiters), in which case swift-mustache
/// renders them all, more slowly, to the same output.
package struct SiteTemplates: Sendable {
    /// The templates every site needs, by name (file name without `.mustache`).
    package static let required = ["layout", "root", "home", "concept", "domain", "az", "404"]

    let library: MustacheLibrary
    /// Nil when swift-mustache renders.
    let renderer: TemplateRenderer?
    package let directory: String

    /// Reads and checks the templates of `directory`; throws with the file, line and column of the
    /// first error.
    package init(directory: String) throws(SiteError) {
        self.directory = directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .siteFilesNotFound(path: directory, reason: "no templates folder here")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.sorted()
        var library = MustacheLibrary()
        var texts: [String: (path: String, text: String)] = [:]
        for file in names {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .siteFilesNotFound(path: path, reason: "cannot read this template")
            }
            let text = String(decoding: data, as: UTF8.self)
            let name = String(file.dropLast(".mustache".count))
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .siteTemplate(
                    path: path, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: Self.describe(error.error))
            } catch {
                throw .siteTemplate(path: path, line: 0, column: 0, message: "\(error)")
            }
            texts[name] = (path, text)
        }
        for name in Self.required where texts[name] == nil {
            throw .siteFilesNotFound(
                path: (directory as NSString).appendingPathComponent("\(name).mustache"),
                reason: "this required template is missing")
        }
        // swift-mustache renders a missing partial as nothing; say so instead.
        for (_, file) in texts.sorted(by: { $0.key < $1.key }) {
            for (lineNumber, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for reference in Self.partialReferences(in: String(line)) where texts[reference.name] == nil {
                    throw .siteTemplate(
                        path: file.path, line: lineNumber + 1, column: reference.column,
                        message: "the partial '\(reference.name)' does not exist (no \(reference.name).mustache in \(directory))")
                }
            }
        }
        self.library = library
        self.renderer = TemplateRenderer(sources: texts.mapValues(\.text))
    }

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: TemplateObject) -> String {
        if let renderer { return renderer.render(name, context) ?? "" }
        return library.render(context, withTemplate: name) ?? ""
    }

    /// What ``render(_:_:)`` gives, as UTF-8 bytes.
    func bytes(_ name: String, _ context: TemplateObject) -> [UInt8] {
        if let renderer { return renderer.bytes(name, context) ?? [] }
        return Array((library.render(context, withTemplate: name) ?? "").utf8)
    }

    /// `{{> name}}` and `{{< name}}` tags of one line, with their 1-based columns.
    static func partialReferences(in line: String) -> [(name: String, column: Int)] {
        var found: [(String, Int)] = []
        var search = line.startIndex
        while let open = line.range(of: "{{", range: search..<line.endIndex) {
            guard let close = line.range(of: "}}", range: open.upperBound..<line.endIndex) else { break }
            let inner = line[open.upperBound..<close.lowerBound].trimming(newlines: false)
            if let first = inner.first, first == ">" || first == "<" {
                let name = inner.dropFirst().trimming(newlines: false)
                if !name.isEmpty { found.append((name, line.distance(from: line.startIndex, to: open.lowerBound) + 1)) }
            }
            search = close.upperBound
        }
        return found
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: "a section is never closed (missing '{{/name}}')"
        case .invalidSetDelimiter: "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: "only '{{$block}}' overrides may appear inside '{{<parent}}'"
        case .textInsideInheritSection: "text found inside '{{<parent}}' outside a '{{$block}}'"
        case .invalidConfigVariableSyntax: "a '{{% ... }}' configuration tag is malformed"
        case .unrecognisedConfigVariable: "unknown '{{% ... }}' configuration tag"
        @unknown default: "\(error)"
        }
    }
}
