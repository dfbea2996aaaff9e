import GlossaryModel

/// The small map of a concept's neighbours drawn on its page as inline SVG, computed at build
/// time so it shows without JavaScript: broader concepts above, narrower below, related on the
/// left, contrasts on the right, each a link to its page. Labels are HTML-escaped and wrap on
/// two lines at word boundaries (a third line's words become "…" after a whole word, never
/// inside one); colours come from the page's stylesheet (classes `map-*`), so dark mode
/// applies. On narrow screens the stylesheet hides the map: the relation lists above it say
/// the same, and an SVG this wide would shrink its labels below a readable size.
struct ConceptMap {
    struct Node {
        var label: String
        var href: String
    }

    var title: String
    var center: String
    var broader: [Node]
    var narrower: [Node]
    var related: [Node]
    var contrasts: [Node]

    static let width = 900.0, height = 460.0
    /// Approximate advance of one character at the map's 14px font.
    static let charWidth = 7.6
    static let maxPerSide = 6

    var isEmpty: Bool { broader.isEmpty && narrower.isEmpty && related.isEmpty && contrasts.isEmpty }

    /// The `<svg>` element, or "" when the concept has no neighbour. Written as UTF-8 bytes
    /// (one map per page, some forty numbers each; appending to a `String` costs more).
    func svg(id: String) -> String {
        guard !isEmpty else { return "" }
        let cx = Self.width / 2, cy = Self.height / 2
        let center = Self.f(cx), middle = Self.f(cy)
        var edges: [UInt8] = [], nodes: [UInt8] = []
        edges.reserveCapacity(1024)
        nodes.reserveCapacity(2048)
        func place(_ list: [Node], kind: String, at points: [(Double, Double)], maxChars: Int) {
            for (node, point) in zip(list.prefix(Self.maxPerSide), points) {
                // Piece by piece: an array literal of the pieces costs an allocation per node.
                edges.append(contentsOf: "<line class=\"map-edge map-".utf8)
                edges.append(contentsOf: kind.utf8)
                edges.append(contentsOf: "\" x1=\"".utf8)
                edges.append(contentsOf: center.utf8)
                edges.append(contentsOf: "\" y1=\"".utf8)
                edges.append(contentsOf: middle.utf8)
                edges.append(contentsOf: "\" x2=\"".utf8)
                edges.append(contentsOf: Self.f(point.0).utf8)
                edges.append(contentsOf: "\" y2=\"".utf8)
                edges.append(contentsOf: Self.f(point.1).utf8)
                edges.append(contentsOf: "\"/>".utf8)
                box(node.label, at: point, kind: kind, href: node.href, maxChars: maxChars, into: &nodes)
            }
        }
        // Rows of more than three nodes are staggered on two lines, so each label gets the
        // width of two slots.
        func row(_ count: Int, y: Double, inward: Double) -> [(Double, Double)] {
            let n = min(count, Self.maxPerSide)
            return (0..<n).map { i -> (Double, Double) in
                let x: Double = Self.width * Double(i + 1) / Double(n + 1)
                let staggered: Bool = n > 3 && i % 2 == 1
                return (x, staggered ? y + inward : y)
            }
        }
        func column(_ count: Int, x: Double) -> [(Double, Double)] {
            let n = min(count, Self.maxPerSide)
            return (0..<n).map { i -> (Double, Double) in
                let y: Double = 60 + (Self.height - 120) * Double(i + 1) / Double(n + 1)
                return (x, y)
            }
        }
        let rowChars = { (count: Int) -> Int in
            let n = min(count, Self.maxPerSide)
            let slot = Self.width / Double(n + 1) * (n > 3 ? 2 : 1)
            return max(8, Int(slot / Self.charWidth) - 4)
        }
        place(broader, kind: "broader", at: row(broader.count, y: 26, inward: 54), maxChars: rowChars(broader.count))
        place(narrower, kind: "narrower", at: row(narrower.count, y: Self.height - 26, inward: -54), maxChars: rowChars(narrower.count))
        place(related, kind: "related", at: column(related.count, x: 150), maxChars: 34)
        place(contrasts, kind: "contrast", at: column(contrasts.count, x: Self.width - 150), maxChars: 34)
        box(self.center, at: (cx, cy), kind: "center", href: nil, maxChars: 30, into: &nodes)
        var svg: [UInt8] = []
        svg.reserveCapacity(edges.count + nodes.count + 256)
        for part in [
            "<svg class=\"concept-map\" id=\"", id, "\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\"",
            id, "-title\"><title id=\"", id, "-title\">"
        ] {
            svg.append(contentsOf: part.utf8)
        }
        HTML.escape(title, into: &svg)
        svg.append(contentsOf: "</title>".utf8)
        svg += edges
        svg += nodes
        svg.append(contentsOf: "</svg>".utf8)
        return String(decoding: svg, as: UTF8.self)
    }

    /// `label` on one line, or wrapped on two at spaces when longer than `maxChars`; words that
    /// do not fit on two lines are replaced by "…" after the last whole word. A single word
    /// longer than `maxChars` stays whole (its box grows).
    static func lines(_ label: String, maxChars: Int) -> [String] {
        guard label.count > maxChars else { return [label] }
        let words = label.split(separator: " ").map(String.init)
        var lines: [String] = [""]
        for word in words {
            let candidate = lines[lines.count - 1].isEmpty ? word : lines[lines.count - 1] + " " + word
            if candidate.count <= maxChars || lines[lines.count - 1].isEmpty {
                lines[lines.count - 1] = candidate
            } else if lines.count < 2 {
                lines.append(word)
            } else {
                lines[1] += "…"
                return lines
            }
        }
        return lines
    }

    private func box(_ label: String, at point: (Double, Double), kind: String, href: String?, maxChars: Int, into out: inout [UInt8]) {
        let lines = Self.lines(label, maxChars: maxChars)
        let longest = lines.map(\.count).max() ?? 0
        let w = Double(longest) * Self.charWidth + 22, h = lines.count == 1 ? 28.0 : 46.0
        if let href {
            out.append(contentsOf: "<a href=\"".utf8)
            HTML.escape(href, into: &out)
            out.append(contentsOf: "\">".utf8)
            if lines.joined(separator: " ") != label {
                out.append(contentsOf: "<title>".utf8)
                HTML.escape(label, into: &out)
                out.append(contentsOf: "</title>".utf8)
            }
        } else {
            out.append(contentsOf: "<g>".utf8)
        }
        out.append(contentsOf: "<rect class=\"map-node map-node-".utf8)
        out.append(contentsOf: kind.utf8)
        out.append(contentsOf: "\" x=\"".utf8)
        out.append(contentsOf: Self.f(point.0 - w / 2).utf8)
        out.append(contentsOf: "\" y=\"".utf8)
        out.append(contentsOf: Self.f(point.1 - h / 2).utf8)
        out.append(contentsOf: "\" width=\"".utf8)
        out.append(contentsOf: Self.f(w).utf8)
        out.append(contentsOf: "\" height=\"".utf8)
        out.append(contentsOf: Self.f(h).utf8)
        out.append(contentsOf: "\" rx=\"6\"/><text class=\"map-label\" x=\"".utf8)
        out.append(contentsOf: Self.f(point.0).utf8)
        out.append(contentsOf: "\" y=\"".utf8)
        out.append(contentsOf: Self.f(point.1 + 5 - (lines.count == 1 ? 0 : 9)).utf8)
        out.append(contentsOf: "\" text-anchor=\"middle\">".utf8)
        if lines.count == 1 {
            HTML.escape(lines[0], into: &out)
        } else {
            for (i, line) in lines.enumerated() {
                out.append(contentsOf: "<tspan x=\"\(Self.f(point.0))\"\(i == 0 ? "" : " dy=\"18\"")>".utf8)
                HTML.escape(line, into: &out)
                out.append(contentsOf: "</tspan>".utf8)
            }
        }
        out.append(contentsOf: "</text>".utf8)
        out.append(contentsOf: (href == nil ? "</g>" : "</a>").utf8)
    }

    /// `value` as an integer when it is one, else with one decimal, as `%.1f` writes it.
    static func f(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        // `%.1f` through Foundation costs more than the rest of the map. `%.1f` rounds the
        // exact value to the nearest tenth; `value × 10` is off the exact product by far less
        // than 10⁻⁶ below a million, so rounding it gives the same tenth unless the product
        // is that close to a tie (x.5): those, and other values, go to Foundation.
        let tenths = value * 10
        if value > 0, value < 1_000_000, abs(tenths - tenths.rounded(.down) - 0.5) > 1e-6 {
            let rounded = Int(tenths.rounded())
            return "\(rounded / 10).\(rounded % 10)"
        }
        return String(format: "%.1f", value)
    }
}
