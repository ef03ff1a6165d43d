import Foundation
import Hummingbird
import YouchengCore

extension IndicatorListAPI {
    static let yearFields: Set<String> = ["target", "value", "source"]

    /// `PUT /api/v1/indicator-list/{id}/years/{year}` `{"target", "value", "source"}` (administrators): the year's
    /// figures replaced by those given (a field left out or null is none; all empty removes the row). Figures are
    /// JSON numbers or decimal strings. A computed indicator takes a target only (422 on `value`); a hand-entered
    /// value needs its source (422 on `source`); a year outside the reports' range is a 422 on `year`. 200
    /// `{"indicatorId", "year", "target", "value", "source"}`, audited by the store.
    func setYear(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let indicator = try await dependencies.storedIndicator(id: try context.pathID())
        var input = try await PlanWriteInput.read(request, context, known: Self.yearFields, limit: Self.maxBodyBytes)
        var form = IndicatorYearForm()
        Self.figure(&input, "target", into: &form.target)
        Self.figure(&input, "value", into: &form.value)
        input.text("source", into: &form.source)
        return try await APIWrite.refusingFields(context) {
            let year = try IndicatorYearPages.year(context.parameters.get("name") ?? "")
            let figures = try input.result(form.validate(indicator: indicator, year: year)).get()
            try await dependencies.services.indicators.setYear(figures, actor: try context.auditActor())
            return JSONResponse.response(
                json: .object([
                    ("indicatorId", .int(Int(indicator.id))), ("year", .int(year)),
                    ("target", IndicatorNumber.json(figures.target)), ("value", IndicatorNumber.json(figures.value)),
                    ("source", .string(figures.source)),
                ]))
        }
    }

    /// Sets `target` to field `key` as text: a JSON number as written, otherwise as `PlanWriteInput.text` reads it
    /// (a string, a whole number, null as empty; another type is refused naming the field).
    private static func figure(_ input: inout PlanWriteInput, _ key: String, into target: inout String) {
        if let number = input.object[key] as? NSNumber, !JSONObjectBody.isBoolean(number) {
            target = number.stringValue
        } else {
            input.text(key, into: &target)
        }
    }
}
