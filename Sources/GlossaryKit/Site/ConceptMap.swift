/// The small map of a concept's neighbours drawn on its page as inline SVG, computed at build
/// time so it shows without JavaScript: broader concepts above, narrower below, related on the
/// left, contrasts on the right, each a link to its page. Labels are HTML-escaped and cut to
/// fit; colours come from the page's stylesheet (classes `map-*`), so dark mode applies.
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

    static let width = 900.0, height = 440.0
    /// Approximate advance of one character at the map's 14px font.
    static let charWidth = 7.6
    static let maxPerSide = 6

    var isEmpty: Bool { broader.isEmpty && narrower.isEmpty && related.isEmpty && contrasts.isEmpty }

    /// The `<svg>` element, or "" when the concept has no neighbour. Written by appending to
    /// one string (one map per page, some forty numbers each).
    func svg(id: String) -> String {
        guard !isEmpty else { return "" }
        let cx = Self.width / 2, cy = Self.height / 2
        let center = Self.f(cx), middle = Self.f(cy)
        var edges = "", nodes = ""
        edges.reserveCapacity(1024)
        nodes.reserveCapacity(2048)
        func place(_ list: [Node], kind: String, at points: [(Double, Double)], maxChars: Int) {
            for (node, point) in zip(list.prefix(Self.maxPerSide), points) {
                edges += "<line class=\"map-edge map-"
                edges += kind
                edges += "\" x1=\""
                edges += center
                edges += "\" y1=\""
                edges += middle
                edges += "\" x2=\""
                edges += Self.f(point.0)
                edges += "\" y2=\""
                edges += Self.f(point.1)
                edges += "\"/>"
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
                let y: Double = 100 + (Self.height - 200) * Double(i + 1) / Double(n + 1)
                return (x, y)
            }
        }
        let rowChars = { (count: Int) -> Int in
            let n = min(count, Self.maxPerSide)
            let slot = Self.width / Double(n + 1) * (n > 3 ? 2 : 1)
            return max(8, Int(slot / Self.charWidth) - 4)
        }
        place(broader, kind: "broader", at: row(broader.count, y: 24, inward: 40), maxChars: rowChars(broader.count))
        place(narrower, kind: "narrower", at: row(narrower.count, y: Self.height - 24, inward: -40), maxChars: rowChars(narrower.count))
        place(related, kind: "related", at: column(related.count, x: 125), maxChars: 28)
        place(contrasts, kind: "contrast", at: column(contrasts.count, x: Self.width - 125), maxChars: 28)
        box(self.center, at: (cx, cy), kind: "center", href: nil, maxChars: 30, into: &nodes)
        var svg = "<svg class=\"concept-map\" id=\"" + id + "\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" role=\"img\" aria-labelledby=\""
        svg.reserveCapacity(edges.utf8.count + nodes.utf8.count + 256)
        svg += id
        svg += "-title\"><title id=\""
        svg += id
        svg += "-title\">"
        HTML.escape(title, into: &svg)
        svg += "</title>"
        svg += edges
        svg += nodes
        svg += "</svg>"
        return svg
    }

    private func box(_ label: String, at point: (Double, Double), kind: String, href: String?, maxChars: Int, into out: inout String) {
        let count = label.count
        let text = count > maxChars ? String(label.prefix(max(1, maxChars - 1))) + "…" : label
        let w = Double(count > maxChars ? text.count : count) * Self.charWidth + 22, h = 28.0
        if let href {
            out += "<a href=\""
            HTML.escape(href, into: &out)
            out += "\">"
            if text != label {
                out += "<title>"
                HTML.escape(label, into: &out)
                out += "</title>"
            }
        } else {
            out += "<g>"
        }
        out += "<rect class=\"map-node map-node-"
        out += kind
        out += "\" x=\""
        out += Self.f(point.0 - w / 2)
        out += "\" y=\""
        out += Self.f(point.1 - h / 2)
        out += "\" width=\""
        out += Self.f(w)
        out += "\" height=\""
        out += Self.f(h)
        out += "\" rx=\"6\"/><text class=\"map-label\" x=\""
        out += Self.f(point.0)
        out += "\" y=\""
        out += Self.f(point.1 + 5)
        out += "\" text-anchor=\"middle\">"
        HTML.escape(text, into: &out)
        out += "</text>"
        out += href == nil ? "</g>" : "</a>"
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
