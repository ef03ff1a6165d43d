import Foundation

extension BackupLine {
    /// Reads a row line whose columns hold `kinds`; the error says what is wrong (the caller adds the line number).
    public static func decode(_ line: String, kinds: [ColumnKind]) throws(BackupError) -> [BackupValue] {
        guard let array = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any] else {
            throw BackupError(Bilingual(zh: "不是 JSON 数组", en: "not a JSON array"))
        }
        guard array.count == kinds.count else {
            throw BackupError(
                Bilingual(
                    zh: "有 \(array.count) 个值，表头有 \(kinds.count) 列",
                    en: "\(array.count) values for \(kinds.count) columns"))
        }
        var row: [BackupValue] = []
        row.reserveCapacity(array.count)
        for (index, (item, kind)) in zip(array, kinds).enumerated() {
            guard let value = value(item, kind) else {
                throw BackupError(
                    Bilingual(
                        zh: "第 \(index + 1) 个值不是\(kind.rawValue)类型",
                        en: "value \(index + 1) is not of kind \(kind.rawValue)"))
            }
            row.append(value)
        }
        return row
    }

    private static func value(_ item: Any, _ kind: ColumnKind) -> BackupValue? {
        if item is NSNull { return .null }
        switch kind {
        case .text:
            return (item as? String).map(BackupValue.text)
        case .integer:
            guard let number = item as? NSNumber, !(item is String) else { return nil }
            let whole = number.int64Value
            return NSNumber(value: whole) == number ? .integer(whole) : nil
        case .real:
            guard let number = item as? NSNumber, !(item is String) else { return nil }
            return .real(number.doubleValue)
        case .bytes:
            guard let object = item as? [String: Any], let text = object["base64"] as? String,
                let data = Data(base64Encoded: text)
            else { return nil }
            return .bytes([UInt8](data))
        }
    }
}
