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
    /// The request has no readable `Host` header and the server answers only some hosts.
    case badHost
    /// The request names a host the server does not answer (DNS rebinding, or `--allowed-host` missing).
    case hostNotAllowed(String)
    /// A write sent from another site's page (its `Origin` or `Sec-Fetch-Site` says so).
    case crossSite
    /// As many imports as the server runs at once are under way.
    case busy
    /// The API was called without a valid session or token.
    case unauthorized
    /// A form POST without the session's CSRF token, or with a wrong one.
    case badCSRF
    /// More sign-in attempts from one address within a minute than the server allows.
    case tooManySignIns

    /// A stable machine code for the API.
    var code: String {
        switch self {
        case .badRequest: "bad_request"
        case .notFound: "not_found"
        case .tooLarge: "too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .importExpired: "import_expired"
        case .badHost: "bad_host"
        case .hostNotAllowed: "host_not_allowed"
        case .crossSite: "cross_site"
        case .busy: "busy"
        case .unauthorized: "unauthorized"
        case .badCSRF: "bad_csrf"
        case .tooManySignIns: "too_many_sign_ins"
        }
    }

    /// The message in both languages.
    var message: Bilingual {
        switch self {
        case .badRequest(let message, _): message
        case .notFound: Bilingual(zh: "页面或记录不存在", en: "no such page or record")
        case .tooLarge(let limit?):
            // A form's limit is kilobytes (PostedForm.Kind), an upload's megabytes: neither may read "0 MB".
            limit < 1_048_576
                ? Bilingual(
                    zh: "提交的内容超过 \(limit / 1024) KB 的上限", en: "the form is larger than the \(limit / 1024) KB limit")
                : Bilingual(
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
        case .badHost:
            Bilingual(zh: "请求缺少有效的 Host 头", en: "the request has no valid Host header")
        case .hostNotAllowed(let host):
            Bilingual(
                zh: "本服务器不接受发往「\(host)」的请求。如需用这个名称访问，"
                    + "请以 --allowed-host \(host) 启动（或设置 YOUCHENG_ALLOWED_HOSTS）",
                en: "this server does not answer for \"\(host)\"; to use that name, "
                    + "start it with --allowed-host \(host) (or set YOUCHENG_ALLOWED_HOSTS)")
        case .crossSite:
            Bilingual(
                zh: "出于安全考虑，已拒绝来自其他网站的提交，未做任何更改。请在本系统的页面上重新操作",
                en: "refused for safety: the request came from another site, and nothing was changed; "
                    + "try again from this site's pages")
        case .busy:
            Bilingual(
                zh: "服务器正在处理其他导入，请稍后再试", en: "the server is busy with other imports; try again in a moment")
        case .unauthorized:
            Bilingual(zh: "请先登录", en: "sign in first")
        case .badCSRF:
            Bilingual(
                zh: "表单已过期或来源无效，未做任何更改。请重新打开页面再提交",
                en: "the form has expired or is not valid, and nothing was changed; reload the page and try again")
        case .tooManySignIns:
            Bilingual(
                zh: "登录尝试过于频繁：来自此地址的登录提交已达每分钟上限，请一分钟后再试",
                en: "too many sign-in attempts: this address has reached the limit per minute; try again in a minute")
        }
    }

    /// A parameter that is required but missing or unreadable.
    static func invalidParameter(_ name: String, _ value: String) -> WebError {
        .badRequest(
            Bilingual(zh: "参数 \(name)「\(value)」无效", en: "parameter \(name): \"\(value)\" is not valid"), field: name)
    }
}
