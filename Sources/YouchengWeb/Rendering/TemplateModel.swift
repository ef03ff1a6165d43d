import Foundation
import Mustache

/// A view model the templates read by field name. For a plain value, Mustache reflects the whole value and filters
/// its fields on every name it looks up, and looks a name up in every value on its stack until one has it: a list page
/// spent four fifths of its time there. A template model answers from a table of its type's field positions, made
/// once per type, so a name it does not have costs a dictionary look-up and one it has costs one field read. What a
/// template sees is the same: the stored fields, an optional's value or nothing.
protocol TemplateModel: MustacheParent {}

extension TemplateModel {
    public func child(named name: String) -> Any? {
        var reflected: Mirror?
        let fields = TemplateFields.table(for: Self.self) {
            let mirror = Mirror(reflecting: self)
            reflected = mirror
            return mirror
        }
        guard let offset = fields[name] else { return nil }
        let children = (reflected ?? Mirror(reflecting: self)).children
        let value = children[children.index(children.startIndex, offsetBy: offset)].value
        return (value as? any OptionalField).map(\.unwrapped) ?? value
    }
}

/// Each template model type's field names and positions.
enum TemplateFields {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [ObjectIdentifier: [String: Int]] = [:]

    /// The table of `type`, made from `mirror` (an instance's) the first time.
    static func table(for type: Any.Type, mirror: () -> Mirror) -> [String: Int] {
        let key = ObjectIdentifier(type)
        if let known = lock.withLock({ tables[key] }) { return known }
        var table: [String: Int] = [:]
        for (offset, child) in mirror().children.enumerated() {
            // The first field of a name, as Mustache's own look-up takes.
            if let label = child.label, table[label] == nil { table[label] = offset }
        }
        lock.withLock { tables[key] = table }
        return table
    }
}

/// An optional field, read as its value or nothing, as Mustache reads one.
private protocol OptionalField {
    var unwrapped: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var unwrapped: Any? {
        switch self {
        case .some(let value): value
        case .none: nil
        }
    }
}
