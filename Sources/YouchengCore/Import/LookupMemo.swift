/// The results of a lookup that depends only on its text, kept for the rows after: a file names the same few
/// countries, domains and partners on thousands of rows, and each lookup folds the name first.
final class LookupMemo<Value> {
    private var values: [String: Value] = [:]

    /// The value for `key`, computed by `compute` the first time.
    func value(_ key: String, _ compute: (String) -> Value) -> Value {
        if let known = values[key] { return known }
        let value = compute(key)
        values[key] = value
        return value
    }
}
