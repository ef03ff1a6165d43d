import Foundation
import Hummingbird
import YouchengCore

/// `POST /api/v1/tasks/{id}/reports` with `{"date", "status", "progress", "text"}` (and optionally `nextSteps`):
/// 201 with the report; 403 when the caller's unit neither leads nor cooperates on the task (admins included:
/// nobody reports for another unit); 404 for an unknown task; 422 naming every bad field; 400 for a body that is
/// not a JSON object. From a cookie session the call carries the session's CSRF token in `X-CSRF-Token`.
extension PlansAPI {
    /// A report is a few kilobytes at most.
    static let maxBodyBytes = 64 * 1024

    func report(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        if context.csrfToken != nil { try context.requireCSRF(request.headers[PartnershipsAPI.csrfHeader]) }
        let taskId = try context.pathID()
        guard let task = try await dependencies.services.plans.task(id: taskId) else { throw PlanError.taskNotFound }
        let principal = try context.principal()
        guard AccessPolicy.mayReport(on: task, as: principal) else { throw AccessDenied() }
        let type = HeaderValue.parse(request.headers[.contentType] ?? "").value.lowercased()
        guard type == "application/json" else { throw WebError.unsupportedMediaType }
        let draft: ProgressReportDraft
        do {
            draft = try ReportInput.draft(json: try await request.bodyBytes(limit: Self.maxBodyBytes)).validated()
        } catch let errors as FieldErrors {
            return try JSONResponse.response(FieldErrorsJSON(errors, context.language), status: .unprocessableContent)
        }
        let report = try await dependencies.services.plans.addReport(
            draft, taskId: taskId, unitId: principal.unitId, actor: try context.auditActor())
        return JSONResponse.response(json: PlanJSON.report(report), status: .created)
    }
}

/// Reads a report's JSON body into a draft, every bad or missing field named at once.
enum ReportInput {
    static let fields: Set<String> = ["date", "status", "progress", "text", "nextSteps"]

    /// The draft `bytes` give; `FieldErrors` (422) for bad fields, a `FieldError` (400) for a body that is no
    /// JSON object.
    static func draft(json bytes: [UInt8]) throws -> ProgressReportDraft {
        try draft(object: JSONObjectBody.read(bytes))
    }

    /// The draft `object` gives (the API's JSON body, or the report form's fields with progress as a number when it
    /// reads as one); `FieldErrors` naming every bad or missing field.
    static func draft(object: [String: Any]) throws -> ProgressReportDraft {
        var errors = JSONObjectBody.unknownFields(object, known: fields)
        let dateText = object["date"] as? String
        let date = dateText.flatMap { Day(parsing: $0) }
        if date == nil {
            errors.append(
                FieldError(
                    code: "invalid_date", field: "date",
                    message: Bilingual(
                        zh: "日期「\(dateText ?? "")」应为 YYYY-MM-DD", en: "date \"\(dateText ?? "")\" must be YYYY-MM-DD")))
        }
        let statusText = object["status"] as? String
        let status = statusText.flatMap { PlanTaskStatus(rawValue: $0) ?? PlanTaskStatus(parsing: $0) }
        if status == nil {
            errors.append(
                FieldError(
                    code: "invalid_status", field: "status",
                    message: Bilingual(
                        zh: "状态「\(statusText ?? "")」应为 notStarted、inProgress、done 或 cancelled",
                        en: "status \"\(statusText ?? "")\" must be notStarted, inProgress, done or cancelled")))
        }
        let progress = integer(object["progress"])
        if progress == nil {
            errors.append(ProgressReportDraft.progressError(object["progress"].map { "\($0)" } ?? ""))
        }
        let text = object["text"] as? String
        if object["text"] != nil, text == nil {
            errors.append(
                FieldError(
                    code: "invalid_text", field: "text",
                    message: Bilingual(zh: "进展情况应为文字", en: "the report's text must be a string")))
        }
        let nextSteps = object["nextSteps"] as? String
        if let value = object["nextSteps"], !(value is NSNull), nextSteps == nil {
            errors.append(
                FieldError(
                    code: "invalid_text", field: "nextSteps",
                    message: Bilingual(zh: "下一步计划应为文字", en: "the next steps must be a string")))
        }
        // The draft's own rules (a text required, progress 0–100) are checked too, so every bad field is named at
        // once; placeholders stand for the fields already refused.
        let draft = ProgressReportDraft(
            date: date ?? Day(year: 2000, month: 1, day: 1)!, status: status ?? .notStarted, progress: progress ?? 0,
            text: text ?? "", nextSteps: nextSteps ?? "")
        do {
            let valid = try draft.validated()
            guard errors.isEmpty else { throw FieldErrors(errors: ordered(errors)) }
            return valid
        } catch let rules as FieldErrors {
            throw FieldErrors(errors: ordered(errors + rules.errors.filter { !errors.map(\.field).contains($0.field) }))
        }
    }

    /// `errors` in the body's field order, unknown fields last.
    private static func ordered(_ errors: [FieldError]) -> [FieldError] {
        let order = ["date", "status", "progress", "text", "nextSteps"]
        return errors.enumerated().sorted { a, b in
            let x = order.firstIndex(of: a.element.field ?? "") ?? order.count
            let y = order.firstIndex(of: b.element.field ?? "") ?? order.count
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// A whole number sent as a JSON number (not a boolean, not a fraction, not text).
    private static func integer(_ value: Any?) -> Int? {
        guard let number = value as? NSNumber, !JSONObjectBody.isBoolean(number) else { return nil }
        let double = number.doubleValue
        guard double.rounded() == double, abs(double) < 1e9 else { return nil }
        return Int(double)
    }
}

/// A request body that must be a JSON object.
enum JSONObjectBody {
    /// The object `bytes` hold; a `FieldError` (400) for a body that is no JSON object.
    static func read(_ bytes: [UInt8]) throws -> [String: Any] {
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw FieldError(
                    code: "invalid_body", field: nil,
                    message: Bilingual(zh: "请求体应为 JSON 对象", en: "the body must be a JSON object"))
            }
            return parsed
        } catch let error as FieldError {
            throw error
        } catch {
            throw FieldError(
                code: "invalid_body", field: nil,
                message: Bilingual(zh: "请求体不是有效的 JSON", en: "the body is not valid JSON"))
        }
    }

    /// Whether `number` is a JSON `true` or `false`. Not `is Bool`: on Linux a number 0 or 1 bridges to `Bool` too,
    /// so `is Bool` refused a progress of 0 or 1 and a version 1.
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    /// An error for each key of `object` not in `known`, sorted.
    static func unknownFields(_ object: [String: Any], known: Set<String>) -> [FieldError] {
        object.keys.sorted().filter { !known.contains($0) }.map { key in
            FieldError(
                code: "unknown_field", field: key,
                message: Bilingual(zh: "未知字段「\(key)」", en: "unknown field \"\(key)\""))
        }
    }
}
