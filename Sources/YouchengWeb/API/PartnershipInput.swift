import Foundation
import YouchengCore

/// The body of `POST /api/v1/partnerships` and `PATCH /api/v1/partnerships/{id}`: a JSON object with the form's
/// fields (`home`, `partner`, `partner_zh` or `partnerZh`, `country`, `kind`, `established`, `status`, `notes`) as
/// strings (`established` may be a year number; `null` clears a field) and the record's `version` (PATCH).
/// An unknown key is refused, so a misspelt field is not silently ignored.
struct PartnershipInput: Sendable {
    /// The fields present in the body, by form name; null read as empty.
    var fields: [String: String]
    /// The version the change is based on.
    var version: Int?

    /// The text fields and the names they may be sent under.
    static let names: [String: String] = [
        "home": "home", "partner": "partner", "partner_zh": "partner_zh", "partnerZh": "partner_zh",
        "country": "country", "kind": "kind", "established": "established", "status": "status", "notes": "notes",
    ]

    /// Reads `bytes`; throws a `FieldError` (400) naming the field for anything it cannot use.
    init(json bytes: [UInt8]) throws {
        do {
            self = try JSONDecoder().decode(Decoded.self, from: Data(bytes)).input
        } catch let error as FieldError {
            throw error
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw Self.refusal(nil, zh: "请求体应为 JSON 对象", en: "the body must be a JSON object")
        } catch {
            throw Self.refusal(nil, zh: "请求体不是有效的 JSON", en: "the body is not valid JSON")
        }
    }

    /// The form these fields make on top of `base` (a stored record's form for PATCH, the empty form for POST).
    func form(over base: PartnershipForm) -> PartnershipForm {
        PartnershipForm(fields: base.fields.merging(fields) { _, new in new })
    }

    static func refusal(_ field: String?, zh: String, en: String) -> FieldError {
        FieldError(code: "invalid_body", field: field, message: Bilingual(zh: zh, en: en))
    }

    private struct Decoded: Decodable {
        var input = PartnershipInput(fields: [:], version: nil)

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: AnyCodingKey.self)
            for key in object.allKeys {
                let name = key.stringValue
                if name == "version" {
                    guard let version = try? object.decode(Int.self, forKey: key) else {
                        throw refusal("version", zh: "version 应为整数", en: "version must be a whole number")
                    }
                    input.version = version
                    continue
                }
                guard let field = PartnershipInput.names[name] else {
                    throw refusal(name, zh: "未知字段「\(name)」", en: "unknown field \"\(name)\"")
                }
                guard input.fields[field] == nil else {
                    throw refusal(name, zh: "字段「\(field)」给出了两次", en: "field \"\(field)\" is given twice")
                }
                if try object.decodeNil(forKey: key) {
                    input.fields[field] = ""
                } else if let text = try? object.decode(String.self, forKey: key) {
                    input.fields[field] = text
                } else if field == "established", let year = try? object.decode(Int.self, forKey: key) {
                    input.fields[field] = String(year)
                } else {
                    throw refusal(name, zh: "字段「\(name)」应为文本", en: "field \"\(name)\" must be a string")
                }
            }
        }
    }

    private init(fields: [String: String], version: Int?) {
        self.fields = fields
        self.version = version
    }
}
