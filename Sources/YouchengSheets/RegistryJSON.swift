import Foundation
import YouchengCore

/// The JSON form of the registry: `{"partnerships": [{…}]}`, each item the partnership as every JSON output gives it
/// (`PartnershipJSON`: `id`, `home {code, name}`, `partner {id, name, nameZh}`, `country`, `kind`, `established`,
/// `status`) with `notes` after it. Reading takes `home.code`, the partner's names, `country`, `kind`, `established`,
/// `status` and `notes` (ids are ignored: an import matches by home and partner). A bare array, and the API's
/// `{"items": […]}`, read the same way.
enum RegistryJSON {
    struct Document: Encodable {
        var partnerships: [PartnershipJSON]
    }

    static func encode(_ records: [PartnershipRecord]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return try encoder.encode(Document(partnerships: records.map { PartnershipJSON($0, extra: .notes) }))
    }

    /// The fields of an item, as table columns (header names the importer accepts).
    private static let fields: [(column: String, read: @Sendable ([String: Any]) -> Any?)] = [
        ("home_code", { ($0["home"] as? [String: Any])?["code"] ?? $0["home"] }),
        ("partner", { ($0["partner"] as? [String: Any])?["name"] ?? $0["partner_en"] }),
        ("partner_zh", { ($0["partner"] as? [String: Any])?["nameZh"] ?? $0["partner_zh"] }),
        ("country", { $0["country"] }),
        ("kind", { $0["kind"] }),
        ("established", { $0["established"] }),
        ("status", { $0["status"] }),
        ("notes", { $0["notes"] }),
    ]

    /// The items as a table, so JSON goes through the same row validation as a spreadsheet: item N is reported as
    /// row N + 1. A field no item has is left out, so it keeps what is stored (the API's items carry no notes).
    static func table(from text: String) throws(RegistryFileError) -> [[String]] {
        guard let root = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw .json("not valid JSON")
        }
        let list: [Any]
        if let array = root as? [Any] {
            list = array
        } else if let object = root as? [String: Any], let array = (object["partnerships"] ?? object["items"]) as? [Any]
        {
            list = array
        } else {
            throw .json("expected {\"partnerships\": [...]}")
        }
        var items: [[String: Any]] = []
        for (i, element) in list.enumerated() {
            guard let item = element as? [String: Any] else { throw .json("item \(i + 1) is not an object") }
            items.append(item)
        }
        let present = fields.filter { field in items.contains { field.read($0) != nil } }
        var rows = [present.map(\.column)]
        for item in items {
            rows.append(present.map { cell($0.read(item)) })
        }
        return rows
    }

    private static func cell(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: ""
        case let string as String: string
        case let number as NSNumber: number.stringValue
        case let other?:
            (try? JSONSerialization.data(withJSONObject: other)).map { String(decoding: $0, as: UTF8.self) }
                ?? "\(other)"
        }
    }
}
