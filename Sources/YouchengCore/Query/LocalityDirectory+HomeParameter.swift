extension LocalityDirectory {
    /// The locality the `home` parameter names (a code or a name, already trimmed); unknown or ambiguous is
    /// refused with code `invalid_home`, the same on every page, API route and export.
    public func homeParameter(_ text: String) throws(FieldError) -> Locality {
        switch resolve(text) {
        case .success(let locality): return locality
        case .failure(let error): throw FieldError(code: "invalid_home", field: "home", message: error.message)
        }
    }
}
