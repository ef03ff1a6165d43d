import YouchengCore

/// Problems with a request that the web layer itself finds (as opposed to domain errors from Core and the store).
enum WebError: Error, Sendable, Equatable {
    /// The request is malformed: bad bytes, a missing or unreadable field.
    case badRequest(Bilingual, field: String?)
    /// Nothing lives at this address (also a non-numeric id).
    case notFound
    /// The body is larger than the configured limit.
    case tooLarge(limitBytes: Int?)
    /// The body is not of a type the route accepts.
    case unsupportedMediaType
    /// The import waiting for confirmation is gone (expired or already stored).
    case importExpired

    /// A stable machine code for the API.
    var code: String {
        switch self {
        case .badRequest: "bad_request"
        case .notFound: "not_found"
        case .tooLarge: "too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .importExpired: "import_expired"
        }
    }

    /// The message in both languages.
    var message: Bilingual {
        switch self {
        case .badRequest(let message, _): message
        case .notFound: Bilingual(zh: "页面或记录不存在", en: "no such page or record")
        case .tooLarge(let limit?):
            Bilingual(
                zh: "上传内容超过 \(limit / 1_048_576) MB 的上限",
                en: "the upload is larger than the \(limit / 1_048_576) MB limit")
        case .tooLarge(nil):
            Bilingual(zh: "上传内容超过大小上限", en: "the upload is larger than the limit")
        case .unsupportedMediaType:
            Bilingual(zh: "请求的内容类型不受支持", en: "the request's content type is not supported")
        case .importExpired:
            Bilingual(
                zh: "待确认的导入已过期或已完成，请重新上传文件",
                en: "the import awaiting confirmation has expired or is done; upload the file again")
        }
    }

    /// A parameter that is required but missing or unreadable.
    static func invalidParameter(_ name: String, _ value: String) -> WebError {
        .badRequest(
            Bilingual(zh: "参数 \(name)「\(value)」无效", en: "parameter \(name): \"\(value)\" is not valid"), field: name)
    }
}
