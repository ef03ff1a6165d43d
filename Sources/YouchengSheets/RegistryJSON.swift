import Foundation
import YouchengCore

/// The JSON form of the registry: `{"partnerships": [{"home": {"code", "name"}, "partner": {"name", "nameZh"},
/// "country", "kind", "established", "status", "notes"}]}`. The API's `{"items": […]}` reads the same way.
enum RegistryJSON {
    struct Home: Codable {
        var code: String
        var name: String?
    }

    struct PartnerNames: Codable {
        var name: String?
        var nameZh: String?
    }

    struct Item: Codable {
        var home: Home
        var partner: PartnerNames
        var country: String
        var kind: String?
        var established: String?
        var status: String?
        var notes: String?
    }

    struct Document: Codable {
        var partnerships: [Item]?
        var items: [Item]?
    }

    static func encode(_ records: [PartnershipRecord]) throws -> Data {
        let items = records.map { r in
            Item(
                home: Home(code: r.home.code, name: r.home.fullName),
                partner: PartnerNames(name: r.partner.name, nameZh: r.partner.nameZh), country: r.partner.country,
                kind: r.partnership.kind.rawValue, established: r.partnership.established?.description,
                status: r.partnership.status.rawValue, notes: r.partnership.notes)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(Document(partnerships: items, items: nil))
    }

    /// The items as a table with English headers, so the JSON goes through the same validation as a spreadsheet
    /// (item N is reported as row N + 1).
    static func table(from text: String) throws(RegistryFileError) -> [[String]] {
        let decoder = JSONDecoder()
        let items: [Item]
        do {
            if let document = try? decoder.decode(Document.self, from: Data(text.utf8)),
                let list = document.partnerships ?? document.items
            {
                items = list
            } else {
                items = try decoder.decode([Item].self, from: Data(text.utf8))
            }
        } catch let DecodingError.keyNotFound(key, context) {
            throw .json("missing \"\(key.stringValue)\" at \(path(context))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .json("wrong type at \(path(context))")
        } catch {
            throw .json("not valid JSON")
        }
        var rows = [["home_code", "partner", "partner_zh", "country", "kind", "established", "status", "notes"]]
        for item in items {
            rows.append([
                item.home.code, item.partner.name ?? "", item.partner.nameZh ?? "", item.country, item.kind ?? "",
                item.established ?? "", item.status ?? "", item.notes ?? "",
            ])
        }
        return rows
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
