import Foundation
import YouchengCore

/// The bodies of `POST /api/v1/notices` (`title`, `body`, `kind`, `partner`, `deadline` as strings or null,
/// `partner` also a number, `units` an array of unit ids or the string `"all"`) and of `POST …/{id}/responses`
/// (`answer`, `comment`, `contact` as strings, `exchange` an id or null). A body that is not a JSON object, or has a
/// key neither names, is refused (400) naming it; a value of the wrong type is a field error (422) beside the
/// others.
struct NoticeInput: Sendable {
    /// The text fields, by name; null read as empty.
    var fields: [String: String] = [:]
    /// The unit ids as text, or nil when `units` was `"all"`.
    var units: [String]? = []
    /// Fields whose value had the wrong type.
    var typeErrors: [FieldError] = []

    static let noticeFields: Set<String> = ["title", "body", "kind", "partner", "deadline", "units"]
    static let answerFields: Set<String> = ["answer", "comment", "contact", "exchange"]

    /// Reads `bytes` allowing the keys `allowed`.
    init(json bytes: [UInt8], allowed: Set<String>) throws {
        let decoder = JSONDecoder()
        decoder.userInfo[Decoded.allowedKey] = allowed
        do {
            self = try decoder.decode(Decoded.self, from: Data(bytes)).input
        } catch let error as FieldError {
            throw error
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw Self.refusal(nil, zh: "请求体应为 JSON 对象", en: "the body must be a JSON object")
        } catch {
            throw Self.refusal(nil, zh: "请求体不是有效的 JSON", en: "the body is not valid JSON")
        }
    }

    private init() {}

    /// A unit id in the `units` array: a number or a string.
    private struct UnitItem: Decodable {
        /// The id as text; `?` for anything else, which the form then refuses as not an id.
        let text: String

        init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer()
            if let id = try? value.decode(Int64.self) {
                text = String(id)
            } else if let text = try? value.decode(String.self) {
                self.text = text.isEmpty ? "?" : text
            } else {
                text = "?"
            }
        }
    }

    private struct Decoded: Decodable {
        static let allowedKey = CodingUserInfoKey(rawValue: "allowed")!
        var input = NoticeInput()

        init(from decoder: any Decoder) throws {
            let allowed = decoder.userInfo[Self.allowedKey] as? Set<String> ?? []
            let object = try decoder.container(keyedBy: AnyCodingKey.self)
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                let name = key.stringValue
                guard allowed.contains(name) else {
                    throw NoticeInput.refusal(name, zh: "未知字段「\(name)」", en: "unknown field \"\(name)\"")
                }
                if name == "units" {
                    if let text = try? object.decode(String.self, forKey: key),
                        text.trimmingCharacters(in: .whitespaces).lowercased() == "all"
                    {
                        input.units = nil
                    } else if let items = try? object.decode([UnitItem].self, forKey: key) {
                        input.units = items.map(\.text)
                    } else {
                        input.typeError(
                            "units", zh: "字段「units」应为单位编号的数组，或 \"all\"（全部单位）",
                            en: "field \"units\" must be an array of unit ids or \"all\"")
                    }
                } else if try object.decodeNil(forKey: key) {
                    input.fields[name] = ""
                } else if let text = try? object.decode(String.self, forKey: key) {
                    input.fields[name] = text
                } else if ["partner", "exchange"].contains(name), let id = try? object.decode(Int64.self, forKey: key) {
                    input.fields[name] = String(id)
                } else {
                    input.typeError(name, zh: "字段「\(name)」应为文本", en: "field \"\(name)\" must be a string")
                }
            }
        }
    }

    private mutating func typeError(_ field: String, zh: String, en: String) {
        typeErrors.append(FieldError(code: "invalid_type", field: field, message: Bilingual(zh: zh, en: en)))
    }

    /// The notice form these fields make.
    var noticeForm: NoticeForm {
        NoticeForm(
            title: fields["title"] ?? "", body: fields["body"] ?? "", kind: fields["kind"] ?? "",
            partner: fields["partner"] ?? "", deadline: fields["deadline"] ?? "", allUnits: units == nil,
            units: units ?? [])
    }

    static func refusal(_ field: String?, zh: String, en: String) -> FieldError {
        FieldError(code: "invalid_body", field: field, message: Bilingual(zh: zh, en: en))
    }
}
