/// One parameter of a list query being read, with the refusal the list queries share (`参数 NAME「VALUE」…`) and
/// the readers of the parameters every list has: `sort`, `page`, `per`.
struct QueryParameter {
    let name: String
    let value: String

    /// The error naming this parameter and its value, with `zh` / `en` saying what is wrong.
    func invalid(_ zh: String, _ en: String) -> FieldError {
        FieldError(
            code: "invalid_parameter", field: name,
            message: Bilingual(zh: "参数 \(name)「\(value)」\(zh)", en: "parameter \(name): \"\(value)\" \(en)"))
    }

    /// A sort column of `Column`, descending with a `-` before it.
    func sort<Column: RawRepresentable & CaseIterable>(_: Column.Type) throws(FieldError) -> (Column, Bool)
    where Column.RawValue == String {
        let descending = value.hasPrefix("-")
        guard let column = Column(rawValue: descending ? String(value.dropFirst()) : value) else {
            let names = Column.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid("不是可排序的列（\(names)）", "is not a sortable column (\(names))")
        }
        return (column, descending)
    }

    /// A page number from 1.
    func page() throws(FieldError) -> Int {
        guard let n = Int(value), n >= 1, n <= 1_000_000 else {
            throw invalid("应为从 1 开始的页码", "must be a page number from 1")
        }
        return n
    }

    /// A page size from 1 to `max`.
    func per(max: Int) throws(FieldError) -> Int {
        guard let n = Int(value), (1...max).contains(n) else {
            throw invalid("应为 1 到 \(max) 之间的整数", "must be a whole number from 1 to \(max)")
        }
        return n
    }
}
