import Foundation
import Hummingbird
import YouchengCore

/// `GET /api/v1/pipeline?home=&year=` (anyone signed in): the progress of a home's pipeline against its target,
/// exactly what `youcheng pipeline --json` prints (`PipelineProgress.json`); 400 when no home is given or found.
/// `PUT /api/v1/targets` (administrators): `{"home", "year", "newPartnerships": {"min", "max"}, "totalBy": {"date",
/// "count"}, "localitiesBy": {"date", "count" (a number or "all")}}`, the last two optional (null or absent: none);
/// answers the target as stored, 422 naming each bad field.
struct PipelineAPI: Sendable {
    let dependencies: WebDependencies

    func progress(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = try await PipelineScope(
            query: try request.queryString(), principal: try context.principal(), dependencies: dependencies)
        guard let home = scope.home else {
            throw FieldError(
                code: "invalid_home", field: "home",
                message: Bilingual(zh: "请用参数 home 指定本地主体", en: "give the home with the home parameter"))
        }
        let progress = try await dependencies.services.prospects.progress(
            homeCode: home.code, year: scope.year, asOf: dependencies.noticeToday)
        return JSONResponse.response(json: progress.json)
    }

    func setTarget(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let api = ProspectsAPI(dependencies: dependencies)
        let input = try await api.writeInput(
            request, context, known: ["home", "year", "newPartnerships", "totalBy", "localitiesBy"])
        return try await api.answer(context) {
            let target = try PipelineTargetInput.target(input, reference: dependencies.reference)
            try await dependencies.services.prospects.setTarget(target, by: try context.auditActor())
            return JSONResponse.response(json: target.json)
        }
    }
}
