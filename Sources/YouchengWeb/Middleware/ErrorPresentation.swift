import Hummingbird
import YouchengCore
import YouchengSheets
import YouchengStore

/// How a refused request is answered: status, machine code, message in both languages and the field at fault.
/// Every error a user can cause maps here, and so does unreadable stored data (a 500 that says where); anything else
/// is a bug and becomes a generic 500.
struct ErrorPresentation: Sendable, Equatable {
    var status: HTTPResponse.Status
    var code: String
    var message: Bilingual
    var field: String?

    /// The presentation of `error`, or nil when it is unexpected.
    init?(_ error: any Error) {
        switch error {
        case let error as FieldError:
            self.init(.badRequest, error.code, error.message, error.field)
        case let error as FieldErrors:
            let messages = error.errors.map(\.message)
            self.init(
                .badRequest, error.errors.first?.code ?? "invalid",
                Bilingual(
                    zh: messages.map(\.zh).joined(separator: "；"), en: messages.map(\.en).joined(separator: "; ")),
                error.errors.first?.field)
        case let error as RegistryError:
            self.init(registry: error)
        case let error as WebError:
            self.init(web: error)
        case let error as AccountError:
            self.init(account: error)
        case let error as AccessDenied:
            self.init(.forbidden, "forbidden", error.message, nil)
        case let error as LocalityLookupError:
            self.init(.badRequest, "invalid_home", error.message, "home")
        case let error as ImportRefusal:
            self.init(.badRequest, "unreadable_file", error.message, "file")
        case let error as ImportFileError:
            self.init(.badRequest, "unreadable_file", error.message, "file")
        case let error as RegistryFileError:
            self.init(.badRequest, "unreadable_file", error.message, "file")
        case let error as ExchangeError:
            self.init(exchange: error)
        case let error as NoticeError:
            self.init(notice: error)
        case let error as PlanError:
            self.init(plan: error)
        case let error as MeetingError:
            self.init(meeting: error)
        case let error as ProjectError:
            self.init(project: error)
        case let error as ProjectImportRefusal:
            self.init(
                .unprocessableContent, "refused_rows",
                Bilingual(
                    zh: error.errors.map(\.message.zh).joined(separator: "；"),
                    en: error.errors.map(\.message.en).joined(separator: "; ")), error.errors.first?.field)
        case let error as ProspectError:
            self.init(prospect: error)
        case let error as IndicatorError:
            switch error {
            case .notFound: self.init(.notFound, "not_found", error.message, nil)
            case .staleVersion: self.init(.conflict, "stale_version", error.message, "version")
            case .duplicateCode: self.init(.conflict, "duplicate_code", error.message, "code")
            }
        case let error as MatchingError:
            self.init(matching: error)
        case let error as StoredValueError:
            // Not a user's mistake but data to repair: a 500 that says where, logged as an error.
            self.init(.internalServerError, "unreadable_stored_value", error.message, nil)
        case let error as any HTTPResponseError:
            // HTTPError and the body-size error of NIO, which Hummingbird maps to 413.
            self.init(http: error.status)
        default:
            return nil
        }
    }

    private init(_ status: HTTPResponse.Status, _ code: String, _ message: Bilingual, _ field: String?) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    private init(registry error: RegistryError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .duplicatePair: self.init(.conflict, "duplicate_pair", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, "version")
        case .conflictingRows: self.init(.unprocessableContent, "conflicting_rows", error.message, nil)
        case .partnerRename: self.init(.conflict, "partner_rename", error.message, "partner")
        case .partnerRenameZh: self.init(.conflict, "partner_rename", error.message, "partner_zh")
        case .partnerPlaceShared: self.init(.forbidden, "partner_shared", error.message, nil)
        }
    }

    private init(plan error: PlanError) {
        switch error {
        case .planNotFound, .taskNotFound: self.init(.notFound, "not_found", error.message, nil)
        case .unitNotFound: self.init(.notFound, "not_found", error.message, "unit")
        case .staleVersion: self.init(.conflict, "stale_version", error.message, "version")
        case .duplicateNumber: self.init(.conflict, "duplicate_number", error.message, "number")
        case .notTaskUnit: self.init(.forbidden, "forbidden", error.message, nil)
        }
    }

    private init(exchange error: ExchangeError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, "version")
        case .duplicate: self.init(.conflict, "duplicate_exchange", error.message, nil)
        }
    }

    private init(account error: AccountError) {
        switch error {
        case .unitNotFound, .userNotFound, .tokenNotFound: self.init(.notFound, "not_found", error.message, nil)
        case .ambiguousUnit: self.init(.badRequest, "ambiguous_unit", error.message, "unit")
        case .duplicateUnitName: self.init(.conflict, "duplicate_unit", error.message, "name_zh")
        case .duplicateUsername: self.init(.conflict, "duplicate_username", error.message, "username")
        case .inactiveUnit: self.init(.unprocessableContent, "inactive_unit", error.message, "unit")
        case .tokenAlreadyRevoked: self.init(.conflict, "token_revoked", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, "version")
        case .lastAdmin: self.init(.conflict, "last_admin", error.message, nil)
        case .ownAdminRole: self.init(.conflict, "own_admin_role", error.message, "role")
        case .ownDeactivation: self.init(.conflict, "own_deactivation", error.message, "active")
        }
    }

    private init(web error: WebError) {
        let status: HTTPResponse.Status =
            switch error {
            case .badRequest: .badRequest
            case .notFound: .notFound
            case .tooLarge: .contentTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .importExpired: .gone
            case .badHost: .badRequest
            case .hostNotAllowed: .misdirectedRequest
            case .crossSite: .forbidden
            case .busy: .serviceUnavailable
            case .unauthorized: .unauthorized
            case .badCSRF: .forbidden
            case .tooManySignIns: .tooManyRequests
            }
        let field: String? = if case .badRequest(_, let field) = error { field } else { nil }
        self.init(status, error.code, error.message, field)
    }

    private init(http status: HTTPResponse.Status) {
        switch status {
        case .notFound: self.init(web: .notFound)
        case .contentTooLarge: self.init(web: .tooLarge(limitBytes: nil))
        case .methodNotAllowed:
            self.init(status, "method_not_allowed", Bilingual(zh: "不支持该请求方法", en: "method not allowed"), nil)
        default:
            self.init(
                status, "http_\(status.code)", Bilingual(zh: "请求无法处理（\(status.code)）", en: status.reasonPhrase), nil)
        }
    }

    private init(notice error: NoticeError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .notAddressed: self.init(.forbidden, "not_addressed", error.message, nil)
        case .unknownUnit, .unknownPartner, .unknownExchange:
            self.init(.unprocessableContent, "unknown_reference", error.message, error.field)
        }
    }

    private init(meeting error: MeetingError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, error.field)
        case .duplicateTaskNumber: self.init(.conflict, "duplicate_number", error.message, error.field)
        case .unknownAgendaLink, .unknownUnit, .unknownPlan, .inactiveTaskUnit, .unknownTask:
            self.init(.unprocessableContent, "unknown_reference", error.message, error.field)
        }
    }

    private init(project error: ProjectError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, error.field)
        case .unknownPartner, .unknownUnit, .unknownSource:
            self.init(.unprocessableContent, "unknown_reference", error.message, error.field)
        case .sameStage, .dateBeforeStage, .futureDate, .reasonRequired:
            self.init(.unprocessableContent, "refused_move", error.message, error.field)
        }
    }

    private init(prospect error: ProspectError) {
        switch error {
        case .notFound: self.init(.notFound, "not_found", error.message, nil)
        case .staleVersion: self.init(.conflict, "stale_version", error.message, error.field)
        case .alreadySigned: self.init(.conflict, "already_signed", error.message, nil)
        case .signedNotDeleted: self.init(.conflict, "signed_prospect", error.message, nil)
        case .alreadyTwinned: self.init(.conflict, "duplicate_pair", error.message, nil)
        case .unknownUnit: self.init(.unprocessableContent, "unknown_reference", error.message, error.field)
        case .sameStage, .finalStage, .notAllowed, .reasonRequired, .dateBeforePrevious, .futureDate, .kindRequired,
            .initialStage:
            self.init(.unprocessableContent, "stage_rule", error.message, error.field)
        }
    }

    private init(matching error: MatchingError) {
        switch error {
        case .staleVersion: self.init(.conflict, "stale_version", error.message, error.field)
        case .unknownCity: self.init(.unprocessableContent, "unknown_reference", error.message, error.field)
        }
    }

    /// The answer to an error that should not happen.
    static let unexpected = ErrorPresentation(
        .internalServerError, "internal_error",
        Bilingual(zh: "服务器内部错误，已记录在日志中", en: "internal server error; it has been logged"), nil)
}
