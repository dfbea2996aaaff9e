import Mustache

/// An object of a page's template context: named ``TemplateValue``s, written like a
/// dictionary literal (`["name": .text(name), "isCurrent": true]`).
///
/// Fields are kept in a small array and found by a linear scan: contexts have a dozen fields
/// at most (the interface words, `t`, about fifty), and building one costs a single
/// allocation, where a dictionary hashes every key. A missing field is absent, not empty, so
/// a lookup goes on down the context stack as it would for a dictionary without the key.
struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    /// A field's name with a summary of it (length, first and last byte) that tells most
    /// other names apart without comparing strings, since a lookup goes through every field
    /// of every object on the stack until it finds the name.
    struct FieldName: Sendable {
        let name: String
        let summary: Int

        init(_ name: String) {
            let utf8 = name.utf8
            self.name = name
            summary = utf8.count << 16 | Int(utf8.first ?? 0) << 8 | Int(utf8.last ?? 0)
        }
    }

    private var fields: [(key: FieldName, value: TemplateValue)]

    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = elements.map { (key: FieldName($0.0), value: $0.1) }
    }

    init<Fields: Sequence<(String, TemplateValue)>>(_ elements: Fields) {
        fields = elements.map { (key: FieldName($0.0), value: $0.1) }
    }

    /// The value of the field `key`, if there is one.
    func value(_ key: FieldName) -> TemplateValue? {
        // By index: iterating the fields would copy each one, retaining its name and value.
        fields.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key.summary == key.summary && buffer[index].key.name == key.name {
                return buffer[index].value
            }
            return nil
        }
    }

    subscript(name: String) -> TemplateValue? {
        get { value(FieldName(name)) }
        set {
            let index = fields.firstIndex { $0.key.name == name }
            switch (index, newValue) {
            case (let index?, let value?): fields[index].value = value
            case (let index?, nil): fields.remove(at: index)
            case (nil, let value?): fields.append((FieldName(name), value))
            case (nil, nil): break
            }
        }
    }

    /// This object with a `hasName` flag for each list `name`, since Mustache cannot test
    /// whether a list is empty around it (to open a `<ul>` only when there are items).
    func flagged() -> TemplateObject {
        var object = self
        object.fields.reserveCapacity(fields.count * 2)
        for field in fields {
            if case .list(let list) = field.value {
                let name = field.key.name
                // Field names are ASCII words: upper-case the first letter without Unicode tables.
                let utf8 = name.utf8
                let flag =
                    if let first = utf8.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) {
                        // Written in place: three concatenations cost more than the rest of this.
                        String(unsafeUninitializedCapacity: utf8.count + 3) { buffer in
                            buffer[0] = UInt8(ascii: "h")
                            buffer[1] = UInt8(ascii: "a")
                            buffer[2] = UInt8(ascii: "s")
                            buffer[3] = first - 32
                            var i = 4
                            for byte in utf8.dropFirst() {
                                buffer[i] = byte
                                i += 1
                            }
                            return i
                        }
                    } else {
                        "has" + name.prefix(1).uppercased() + name.dropFirst()
                    }
                let key = FieldName(flag)
                if object.value(key) == nil {
                    object.fields.append((key, .bool(!list.isEmpty)))
                } else {
                    object[flag] = .bool(!list.isEmpty)
                }
            }
        }
        return object
    }
}

extension TemplateObject: MustacheParent {
    func child(named name: String) -> Any? { self[name]?.mustacheValue }
}
