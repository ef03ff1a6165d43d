import Foundation
import YouchengCore

/// `PUT /api/v1/targets`'s body read onto `PipelineTargetForm`, so the API and the page share one set of rules:
/// `home` (text), `year` (a number), `newPartnerships` (`{"min", "max"}` or one number), `totalBy` (`{"date",
/// "count"}` or null), `localitiesBy` (`{"date", "count"}` with a number or `"all"`, or null).
enum PipelineTargetInput {
    /// The target the body gives, or `FieldErrors` naming each bad field (unknown fields among them).
    static func target(_ input: PlanWriteInput, reference: ReferenceData) throws -> PipelineTarget {
        var input = input
        var form = PipelineTargetForm()
        input.text("home", into: &form.home)
        input.text("year", into: &form.year)
        let object = input.object
        func nested(_ key: String) -> [String: Any]? { object[key] as? [String: Any] }
        func text(_ value: Any?) -> String {
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: ""
            }
        }
        if let range = nested("newPartnerships") {
            form.newMin = text(range["min"])
            form.newMax = text(range["max"])
        } else {
            form.newMin = text(object["newPartnerships"])
        }
        if let total = nested("totalBy") {
            form.totalDate = text(total["date"])
            form.totalCount = text(total["count"])
        }
        if let localities = nested("localitiesBy") {
            form.localitiesDate = text(localities["date"])
            form.localitiesCount = text(localities["count"])
        }
        return try input.result(form.validated(reference: reference)).get()
    }
}
